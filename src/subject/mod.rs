//! Subjects: where each claim's aliases occur in a document, found in one pass for all claims.
//!
//! Contract of [`SubjectMatcher::find`]: every whole-word occurrence of every alias of every
//! claim, ignoring case, runs of white space, hyphen versus space, white space around symbols,
//! typographic versus straight quotes, and a plural -s/-es (-s after a digit: "S-400s"); spans
//! are bytes of the original text. The one exception to ignoring case is an acronym in an alias
//! (module `acronym`): "US" never finds the pronoun "us".
//!
//! Design: the document is folded once (module `fold`) into a normalised string with a sparse
//! map back to the original; all aliases of all claims, folded the same way, are searched by one
//! Aho-Corasick automaton built once per claims file. Word boundaries and the plural suffix are
//! checked on the folded text, then spans are mapped back. People's names, which need string
//! similarity rather than exact matching, are in [`name`].

mod acronym;
mod fold;
pub use fold::{fold, is_invisible};
pub mod name;
mod screen;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::span::Span;
use fold::{Folded, ceil_boundary, floor_boundary};

pub use name::{NameHit, NameMatcher, NameReading, is_particle};
pub use screen::AliasScreen;

/// One occurrence of one of a claim's aliases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct SubjectHit {
    /// Index of the claim in the slice given to [`SubjectMatcher::new`].
    pub claim: usize,
    pub span: Span,
}

/// Why a [`SubjectMatcher`] could not be built.
#[derive(Debug, thiserror::Error)]
pub enum SubjectError {
    /// The automaton over all aliases exceeded the limits of aho-corasick.
    #[error("cannot build the alias automaton: {0}")]
    Automaton(#[from] aho_corasick::BuildError),
}

/// A claim that bears a pattern, with the acronym mask of its alias ([`acronym::mask`]).
type Bearer = (usize, Option<Box<[bool]>>);

/// Finds every alias of every claim in one pass over a document.
#[derive(Debug, Clone)]
pub struct SubjectMatcher {
    /// `None` when no claim has a usable alias.
    automaton: Option<AhoCorasick>,
    /// `claims[p]`: the claims whose aliases fold to pattern `p` (several claims may share one),
    /// each with the acronym mask of its alias, if it has acronyms.
    claims: Vec<Vec<Bearer>>,
    /// `plural[p]`: the plural suffixes that may follow pattern `p`.
    plural: Vec<&'static [&'static str]>,
    /// One word of every pattern, for a file's own text before it is read.
    screen: AliasScreen,
}

impl SubjectMatcher {
    /// `aliases[i]` are the aliases of claim `i`. Aliases that fold to nothing (empty, only white
    /// space or quotes) are skipped; aliases that fold alike are searched once, for all their
    /// claims.
    pub fn new(aliases: &[Vec<String>]) -> Result<Self, SubjectError> {
        let mut patterns: Vec<String> = Vec::new();
        let mut claims: Vec<Vec<Bearer>> = Vec::new();
        let mut index = std::collections::HashMap::new();
        for (claim, list) in aliases.iter().enumerate() {
            for alias in list {
                let folded = fold::fold(alias);
                if folded.is_empty() {
                    continue;
                }
                let p = *index.entry(folded.clone()).or_insert_with(|| {
                    patterns.push(folded);
                    claims.push(Vec::new());
                    claims.len() - 1
                });
                let entry = (claim, acronym::mask(alias));
                if !claims[p].contains(&entry) {
                    claims[p].push(entry);
                }
            }
        }
        let plural = patterns
            .iter()
            .map(|p| plural_suffixes(p.chars().next_back()))
            .collect();
        let screen = AliasScreen::new(patterns.iter().map(String::as_str));
        let automaton = if patterns.is_empty() {
            None
        } else {
            // Standard semantics, searched overlapping: "armed drones" and "drones" both report.
            // Always a DFA: built once, run over every byte; the default NFA (beyond a few
            // hundred patterns) was the largest cost of a 1,000-claim run.
            Some(
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .kind(Some(AhoCorasickKind::DFA))
                    .build(&patterns)?,
            )
        };
        Ok(SubjectMatcher {
            automaton,
            claims,
            plural,
            screen,
        })
    }

    /// The screen of a file's own text for these aliases (see [`AliasScreen`]).
    pub fn screen(&self) -> &AliasScreen {
        &self.screen
    }

    /// Every whole-word occurrence of every alias, sorted by `(span.start, claim)`.
    ///
    /// An occurrence of a plural ("drones" for the alias "drone") spans the suffix too. Nested
    /// occurrences of one claim's aliases ("armed drones" and the "drones" inside it) are all
    /// reported; identical `(claim, span)` pairs are reported once. Spans lie on `char`
    /// boundaries of `text`.
    pub fn find(&self, text: &str) -> Vec<SubjectHit> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let folded = Folded::new(text);
        let haystack = folded.as_str();
        let mut hits = Vec::new();
        for m in automaton.find_overlapping_iter(haystack) {
            let p = m.pattern().as_usize();
            let (Some(claims), Some(plural)) = (self.claims.get(p), self.plural.get(p)) else {
                continue;
            };
            if !starts_word(haystack, m.start()) {
                continue;
            }
            let Some(end) = word_end(haystack, m.end(), plural) else {
                continue;
            };
            let start = floor_boundary(text, folded.start_of(m.start()));
            let end = ceil_boundary(text, folded.end_of(end));
            if start >= end {
                continue;
            }
            let span = Span::new(start, end);
            let written = span.slice(text);
            hits.extend(
                claims
                    .iter()
                    .filter(|(_, mask)| {
                        mask.as_ref()
                            .is_none_or(|m| acronym::keeps_case(m, written))
                    })
                    .map(|&(claim, _)| SubjectHit { claim, span }),
            );
        }
        hits.sort_unstable_by_key(|h| (h.span.start, h.claim, h.span.end));
        hits.dedup();
        hits
    }
}

/// True when a match starting at folded byte `start` begins a word: either the match does not
/// start with a letter or digit, or the character before it is not one.
fn starts_word(haystack: &str, start: usize) -> bool {
    let (Some(before), Some(after)) = (haystack.get(..start), haystack.get(start..)) else {
        return false;
    };
    let first_is_word = after.chars().next().is_some_and(char::is_alphanumeric);
    !first_is_word
        || !before
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

/// The plural suffixes an alias ending in `last` may take: "-s" and "-es" after a letter
/// ("drones", "buses"), "-s" after a digit ("S-400s"), none after a symbol.
fn plural_suffixes(last: Option<char>) -> &'static [&'static str] {
    match last {
        Some(c) if c.is_alphabetic() => &["s", "es"],
        Some(c) if c.is_numeric() => &["s"],
        _ => &[],
    }
}

/// Where a match ending at folded byte `end` ends as a whole word: at `end`, or after one of
/// the `plural` suffixes. `None` when the match ends inside a word.
fn word_end(haystack: &str, end: usize, plural: &[&str]) -> Option<usize> {
    let (before, after) = (haystack.get(..end)?, haystack.get(end..)?);
    let last_is_word = before
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let ends_here = |rest: &str| !rest.chars().next().is_some_and(char::is_alphanumeric);
    if !last_is_word || ends_here(after) {
        return Some(end);
    }
    plural.iter().find_map(|suffix| {
        let rest = after.strip_prefix(suffix)?;
        ends_here(rest).then_some(end + suffix.len())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher() -> SubjectMatcher {
        let aliases = [
            vec!["armed drones", "Predator drones", "MQ-9B", "drones"],
            vec!["2+2", "2 plus 2", "two-plus-two"],
            vec!["military equipment"],
            vec!["S-400"],
        ];
        let aliases: Vec<Vec<String>> = aliases
            .iter()
            .map(|list| list.iter().map(|a| a.to_string()).collect())
            .collect();
        SubjectMatcher::new(&aliases).unwrap()
    }

    /// `(claim, text as written)` of every hit.
    fn found<'a>(m: &SubjectMatcher, text: &'a str) -> Vec<(usize, &'a str)> {
        m.find(text)
            .iter()
            .map(|h| (h.claim, h.span.slice(text)))
            .collect()
    }

    const DRONES: usize = 0;
    const ROUND: usize = 1;
    const EQUIPMENT: usize = 2;
    const S400: usize = 3;

    /// Sentences from the seed articles, with every hit expected in them.
    #[test]
    fn finds_every_alias_in_seed_sentences() {
        let cases: &[(&str, &[(usize, &str)])] = &[
            (
                "convened for their fifth “2 plus 2” dialogue in New Delhi on November 10, 2023.",
                &[(ROUND, "2 plus 2")],
            ),
            (
                "Rajnath Singh and Lloyd Austin, in addition to the “2+2” meeting.",
                &[(ROUND, "2+2")],
            ),
            (
                "the acquisition of over $3 billion worth of drones, the manufacturing of",
                &[(DRONES, "drones")],
            ),
            (
                "India-U.S. 2+2 Ministerial Dialogue: Enhancing Bilateral",
                &[(ROUND, "2+2")],
            ),
            (
                "over three billion dollars worth of predator drones and related systems",
                &[(DRONES, "predator drones"), (DRONES, "drones")],
            ),
            (
                "met in New Delhi for their annual “2+2 Dialogue,” focusing on",
                &[(ROUND, "2+2")],
            ),
            (
                "for India to acquire 31 armed drones made by General Atomics",
                &[(DRONES, "armed drones"), (DRONES, "drones")],
            ),
            (
                "The two-plus-two talks, a tradition since 2018, have been",
                &[(ROUND, "two-plus-two")],
            ),
            (
                "The fourth round of the “2+2 dialogue” between India and the US took",
                &[(ROUND, "2+2")],
            ),
            (
                "about 60% of India’s military equipment is sourced from Russia.",
                &[(EQUIPMENT, "military equipment")],
            ),
            (
                "Military equipment purchased from Russia has not been restricted",
                &[(EQUIPMENT, "Military equipment")],
            ),
            (
                "the purchase of 30 Predator Armed Drones from the US for India’s three",
                &[(DRONES, "Armed Drones"), (DRONES, "Drones")],
            ),
            (
                "penalising India for its purchases of S 400 surface-to-air missile systems",
                &[(S400, "S 400")],
            ),
            (
                "two-plus-\ntwo talks and two plus two talks",
                &[(ROUND, "two-plus-\ntwo"), (ROUND, "two plus two")],
            ),
        ];
        let m = matcher();
        for (text, want) in cases {
            assert_eq!(found(&m, text), *want, "in {text:?}");
        }
    }

    #[test]
    fn folds_spacing_quotes_and_plurals() {
        let cases: &[(&str, &[(usize, &str)])] = &[
            ("a 2+ 2 and a 2 +2", &[(ROUND, "2+ 2"), (ROUND, "2 +2")]),
            ("the “2+2” dialogue", &[(ROUND, "2+2")]),
            (
                "an MQ 9B and MQ-9Bs",
                &[(DRONES, "MQ 9B"), (DRONES, "MQ-9Bs")],
            ),
            (
                "ARMED  DRONES",
                &[(DRONES, "ARMED  DRONES"), (DRONES, "DRONES")],
            ),
            ("drone", &[]),
            ("its S-400s and S-400es", &[(S400, "S-400s")]),
            // Not whole words.
            ("12+2 and 2+23 and dronesque and S-4000", &[]),
        ];
        let m = matcher();
        for (text, want) in cases {
            assert_eq!(found(&m, text), *want, "in {text:?}");
        }
    }

    /// Double quotes may sit anywhere in a quoted alias (seeds 003 and 004).
    #[test]
    fn quoted_aliases_match_across_quotes() {
        let m = SubjectMatcher::new(&[vec!["2+2 dialogue".to_string()]]).unwrap();
        let cases = [
            (
                "the establishment of a “2+2” dialogue between each side’s ministers",
                "2+2” dialogue",
            ),
            (
                "The fourth round of the “2+2 dialogue” between",
                "2+2 dialogue",
            ),
            ("their annual \"2+2 Dialogue,\" focusing", "2+2 Dialogue"),
            ("has 2 + 2 dialogues only with", "2 + 2 dialogues"),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = m.find(text).iter().map(|h| h.span.slice(text)).collect();
            assert_eq!(got, [want], "in {text:?}");
        }
    }

    #[test]
    fn acronyms_in_aliases_keep_their_case() {
        let aliases = vec![vec!["US".to_string()], vec!["us".to_string()]];
        let m = SubjectMatcher::new(&aliases).unwrap();
        let text = "India and the US told us; US-India ties";
        let got: Vec<(usize, &str)> = found(&m, text);
        let want = [(0, "US"), (1, "US"), (1, "us"), (0, "US"), (1, "US")];
        assert_eq!(got, want);
    }

    #[test]
    fn every_claim_sharing_an_alias_gets_the_hit() {
        let aliases = vec![
            vec!["drones".to_string()],
            vec!["Drones".to_string(), "drone".to_string()],
            vec![String::new(), "  ".to_string()],
        ];
        let m = SubjectMatcher::new(&aliases).unwrap();
        let text = "31 drones";
        let hits = m.find(text);
        let span = Span::new(3, 9);
        assert_eq!(
            hits,
            vec![SubjectHit { claim: 0, span }, SubjectHit { claim: 1, span }]
        );
    }

    #[test]
    fn lowercasing_that_changes_length_maps_back_to_char_boundaries() {
        let aliases = vec![
            vec!["istanbul talks".to_string()],
            vec!["kelvin".to_string()],
        ];
        let m = SubjectMatcher::new(&aliases).unwrap();
        // U+212A KELVIN SIGN lowercases to a one-byte 'k'.
        let text = "“Ünd” \u{212A}elvin — ISTANBUL   talks";
        let hits = m.find(text);
        let got: Vec<&str> = hits.iter().map(|h| h.span.slice(text)).collect();
        assert_eq!(got, ["\u{212A}elvin", "ISTANBUL   talks"]);
    }

    #[test]
    fn never_panics_on_odd_input() {
        let m = matcher();
        let texts = [
            "",
            " ",
            "“”",
            "-+-",
            "2+2",
            "\u{FEFF}2\u{00AD}+\u{200B}2",
            "İİİ drones İ",
            "’’’drones’",
        ];
        for text in texts {
            for hit in m.find(text) {
                assert!(text.is_char_boundary(hit.span.start));
                assert!(text.is_char_boundary(hit.span.end));
                assert!(hit.span.start < hit.span.end);
            }
        }
        let empty = SubjectMatcher::new(&[]).unwrap();
        assert!(empty.find("drones").is_empty());
    }
}
