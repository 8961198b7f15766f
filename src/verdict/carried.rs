//! A subject carried into the next sentence: "Nvidia raised the dividend to $0.10 a share. It
//! will be paid out on June 28." News names a thing once and goes on with "it", "they" or "the
//! party" in the sentence after, and the figure is stated there.
//!
//! Which noun a pronoun or a definite description refers to is not knowable from words alone
//! ("It" may be Nvidia or the dividend), so the sentence after is read for a claim only when
//! what it says fits the claim's statement: its subject is "It" or "They" (agreeing in number
//! with the subject as the sentence before wrote it) or "the" and the head noun of one of the
//! claim's aliases ("the party" for "Labour Party"), and the value is stated by the verb the
//! claim's statement uses ("The dividend is paid on June 28, 2024": "will be paid out starting
//! on June 28"; "Labour won 412 seats": "The party won a total of 412 seats"). A claim without
//! a statement, or whose statement has no verb of its own (only "is", "has", "said"), is never
//! carried. The reading of the sentence after is then the ordinary one (`attach`), with the
//! referring phrase as the subject.

use super::about::{About, SentenceScope};
use super::evidence::Site;
use super::{Checker, Finding, read_sentence};
use crate::claims::Claim;
use crate::clause::is_one_of;
use crate::entity::{Via, ViaSource};
use crate::span::Span;
use crate::time::Period;
use std::collections::BTreeMap;

/// What a claim's statement says with its own verbs: how to recognise a sentence that goes on
/// about its subject, and whether its subject is a speaker (`reported.rs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct StatementVerbs {
    /// Stems of the statement's own verbs ("win" of "won", "pay" of "paid").
    verbs: Vec<String>,
    /// Head nouns of the aliases of several words, lowercase: "party" of "Labour Party".
    heads: Vec<String>,
    /// The statement reports what its subject says: "Delta says the outage cost it $500
    /// million" (an alias, then a verb of saying).
    speaker: bool,
}

/// The phrase that opens a sentence and refers back to a subject named before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Referent {
    /// "It", "They".
    Pronoun(Span),
    /// "The party", "The new division".
    Description(Span),
}

impl Referent {
    pub fn span(self) -> Span {
        match self {
            Referent::Pronoun(span) | Referent::Description(span) => span,
        }
    }
}

/// The reading of `claim`'s statement, when it has a verb of its own to recognise the sentence
/// after by.
pub(super) fn statement_verbs(claim: &Claim) -> Option<StatementVerbs> {
    let statement = claim.statement.as_deref()?;
    let aliases: Vec<String> = claim.subject.iter().map(|a| a.to_lowercase()).collect();
    let words: Vec<&str> = statement_words(statement).collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    // The words of the subject's occurrence are not verbs of the statement ("construction
    // workers"), whatever their ending.
    let mut in_subject = vec![false; lower.len()];
    for alias in &aliases {
        let alias: Vec<&str> = alias.split_whitespace().collect();
        if alias.is_empty() {
            continue;
        }
        for start in 0..lower.len().saturating_sub(alias.len() - 1) {
            if lower[start..start + alias.len()]
                .iter()
                .zip(&alias)
                .all(|(w, a)| w == a)
            {
                in_subject[start..start + alias.len()].fill(true);
            }
        }
    }
    let mut verbs: Vec<String> = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let before = i.checked_sub(1).and_then(|j| lower.get(j));
        let after_number = before.is_some_and(|b| b.starts_with(|c: char| c.is_ascii_digit()));
        // "after the split", "412 seats": a noun after a determiner or a figure.
        let noun_position = before.is_some_and(|b| {
            after_number || is_one_of(b, &["the", "a", "an", "its", "their", "per", "of"])
        });
        if in_subject[i] || noun_position || !reads_as_verb(word) {
            continue;
        }
        let stem = stem(&lower[i]);
        if !verbs.contains(&stem) {
            verbs.push(stem);
        }
    }
    if verbs.is_empty() {
        return None;
    }
    let heads = aliases
        .iter()
        .filter_map(|alias| {
            let words: Vec<&str> = alias.split_whitespace().collect();
            // "earnings per share" is headed by "earnings": the word before a preposition.
            let head = match words.iter().position(|w| is_one_of(w, PREPOSITIONS)) {
                Some(p) => words.get(p.checked_sub(1)?)?,
                None => words.last()?,
            };
            (words.len() > 1 && head.chars().all(|c| c.is_ascii_lowercase()))
                .then(|| head.to_string())
        })
        .collect();
    // "Delta says", "The health ministry said".
    let opening = usize::from(lower.first().is_some_and(|w| w == "the"));
    let speaker = aliases.iter().any(|alias| {
        let n = opening + alias.split_whitespace().count();
        lower.len() > n
            && lower[opening..n]
                .iter()
                .map(String::as_str)
                .eq(alias.split_whitespace())
            && is_one_of(&lower[n], crate::clause::SAYING_VERBS)
    });
    Some(StatementVerbs {
        verbs,
        heads,
        speaker,
    })
}

impl StatementVerbs {
    /// The phrase opening `next` that may refer back to the subject occurrence `named` (in
    /// the sentence before): "It" for a singular subject and "They" for a plural one, or "the",
    /// at most two lowercase words and one of the aliases' head nouns; a verb follows it.
    pub fn referent(&self, text: &str, next: Span, named: Span) -> Option<Referent> {
        let body = next.slice(text);
        let mut words = body
            .split_inclusive(char::is_whitespace)
            .scan(next.start, |at, raw| {
                let start = *at;
                *at += raw.len();
                let word = raw.trim_end();
                Some((Span::new(start, start + word.len()), word))
            })
            .filter(|(_, w)| !w.is_empty());
        let (first_span, first) = words.next()?;
        let plural = named
            .slice(text)
            .rsplit(' ')
            .next()
            .is_some_and(|w| looks_plural(&w.to_lowercase()));
        if (first == "It" && !plural) || (first == "They" && plural) {
            let (_, verb) = words.next()?;
            return is_verb_group_start(verb).then_some(Referent::Pronoun(first_span));
        }
        if first != "The" || self.heads.is_empty() {
            return None;
        }
        for (span, word) in words.by_ref().take(3) {
            if !word.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                return None;
            }
            let singular = word.strip_suffix('s').unwrap_or(word);
            if self.heads.iter().any(|h| h == word || h == singular) {
                let (_, verb) = words.next()?;
                return is_verb_group_start(verb)
                    .then(|| Referent::Description(Span::new(first_span.start, span.end)));
            }
        }
        None
    }

    /// Whether the statement reports what its subject says.
    pub fn speaker(&self) -> bool {
        self.speaker
    }

    /// Whether one of the statement's verbs stands in `text[from..to]`: the sentence after
    /// states the value with the statement's verb.
    pub fn states_with_verb(&self, text: &str, from: usize, to: usize) -> bool {
        crate::span::window(text, from, to)
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .any(|w| reads_as_verb(w) && self.verbs.contains(&stem(&w.to_lowercase())))
    }
}

impl Checker {
    /// Adds to `findings` the evidence of the sentences that go on about a subject named in
    /// the sentence before them: for each sentence of `placed` (subject occurrences as
    /// (sentence, claim, span), sorted), the sentence right after it in its paragraph, when it
    /// names none of the claim's aliases itself, opens with a phrase that refers back
    /// ([`StatementVerbs::referent`]) and states a value with the statement's verb. When the
    /// sentence before names the subjects of claims with different aliases and the phrase
    /// could refer to more than one of them, it refers to none.
    pub(super) fn carried_evidence<'a>(
        &self,
        text: &str,
        sentences: &[Span],
        placed: &[(usize, usize, Span)],
        date: Option<Period>,
        about: &dyn Fn(usize) -> Option<About<'a>>,
        findings: &mut BTreeMap<usize, Finding>,
    ) {
        let mut claims: Vec<(usize, Referent)> = Vec::new();
        for group in placed.chunk_by(|a, b| a.0 == b.0) {
            let Some(&(s, _, _)) = group.first() else {
                continue;
            };
            let carried = |claim: usize| self.statement_verbs.get(claim).and_then(Option::as_ref);
            if !group.iter().any(|&(_, claim, _)| carried(claim).is_some()) {
                continue;
            }
            let sentence = sentences[s];
            let Some(next) = self.next_sentence(text, sentences, s) else {
                continue;
            };
            // `placed` is sorted by sentence, then claim.
            let named_in_next = |claim: usize| {
                let at = placed.partition_point(|&(t, c, _)| (t, c) < (s + 1, claim));
                placed
                    .get(at)
                    .is_some_and(|&(t, c, span)| (t, c) == (s + 1, claim) && next.contains(span))
            };
            claims.clear();
            for by_claim in group.chunk_by(|a, b| a.1 == b.1) {
                let Some(&(_, claim, named)) = by_claim.first() else {
                    continue;
                };
                let Some(carried) = carried(claim) else {
                    continue;
                };
                if named_in_next(claim) {
                    continue;
                }
                if let Some(referent) = carried.referent(text, next, named)
                    && carried.states_with_verb(text, referent.span().end, next.end)
                {
                    claims.push((claim, referent));
                }
            }
            // "The party" after a sentence that names two parties refers to neither for sure.
            let subject = |claim: usize| self.claims.get(claim).map(|c| &c.subject);
            let Some(&(first, _)) = claims.first() else {
                continue;
            };
            if claims.iter().any(|&(c, _)| subject(c) != subject(first)) {
                continue;
            }
            let mut read: [Option<(Vec<_>, _)>; 2] = [None, None];
            for &(claim, referent) in &claims {
                let subjects = [referent.span()];
                let about = about(claim);
                let scope = about
                    .as_ref()
                    .map(|a| SentenceScope::new(a, text, next, &subjects));
                let site = Site {
                    text,
                    sentence: next,
                    subjects: &subjects,
                    date,
                };
                let timed = super::is_timed(&self.claims, claim, date);
                let read = &mut read[usize::from(timed)];
                let Some(mut evidence) = self.evidence(site, claim, scope, || {
                    let (values, reading) =
                        read.get_or_insert_with(|| read_sentence(text, next, date, timed));
                    Some((&*values, &*reading))
                }) else {
                    continue;
                };
                let Some(carried) = carried(claim) else {
                    continue;
                };
                if !carried.states_with_verb(text, referent.span().end, evidence.value.start) {
                    continue;
                }
                evidence.via = evidence.via.or(Some(Via {
                    source: ViaSource::PreviousSentence,
                    span: sentence,
                }));
                let list = &mut findings.entry(claim).or_default().evidence;
                let at = list.partition_point(|e| e.sentence.start <= next.start);
                list.insert(at, evidence);
            }
        }
    }

    /// The sentence after `sentences[s]` in its paragraph, when it opens with a word that may
    /// refer back ("It", "They", "The"): the one already segmented, or the segmenter's.
    fn next_sentence(&self, text: &str, sentences: &[Span], s: usize) -> Option<Span> {
        let sentence = *sentences.get(s)?;
        let rest = crate::span::window(text, sentence.end, sentence.end + 64);
        let opener = rest.trim_start().split(' ').next()?;
        if !matches!(opener, "It" | "They" | "The") {
            return None;
        }
        let start = sentence.end + (rest.len() - rest.trim_start().len());
        // Another line is another paragraph, a list item or a headline.
        if rest[..start - sentence.end].contains(['\n', '\r']) {
            return None;
        }
        match sentences.get(s + 1) {
            Some(next) if next.start == start => Some(*next),
            _ => self.segmenter.sentence_after(text, sentence),
        }
    }
}

/// Whether a word opens a verb group: an auxiliary, an adverb of the group or a verb form.
fn is_verb_group_start(word: &str) -> bool {
    let word = word.trim_end_matches([',', ';']);
    word.chars().all(|c| c.is_ascii_lowercase())
        && (is_one_of(word, crate::clause::VERB_GROUP_WORDS) || reads_as_verb(word))
}

/// The words of a statement, without their punctuation.
fn statement_words(statement: &str) -> impl Iterator<Item = &str> {
    statement
        .split(|c: char| !c.is_alphanumeric() && !matches!(c, '-' | '$' | '%' | '.' | ','))
        .map(|w| w.trim_matches(|c: char| matches!(c, '.' | ',' | '-')))
        .filter(|w| !w.is_empty())
}

/// Whether a lowercase word reads as a verb of its own: a form in -s, -ed or -ing, or an
/// irregular form, not a verb every statement may use (be, have, say).
fn reads_as_verb(word: &str) -> bool {
    if !word.chars().all(|c| c.is_ascii_lowercase()) || is_one_of(word, NOT_OWN_VERBS) {
        return false;
    }
    IRREGULAR.iter().any(|(form, _)| *form == word)
        || crate::clause::HAVING_VERBS.contains(&word)
        || crate::clause::LEVEL_VERBS.contains(&word)
        || (word.len() >= 4
            && (word.ends_with("ed") || word.ends_with("ing") || word.ends_with('s'))
            && !["ss", "us", "is"].iter().any(|e| word.ends_with(e)))
}

/// A verb's stem, shared by its forms: "win" of "won" and "wins", "pay" of "paid", "kil" of
/// "killed" and "kill", "collaps" of "collapsed" and "collapse".
fn stem(word: &str) -> String {
    if let Some((_, lemma)) = IRREGULAR.iter().find(|(form, _)| *form == word) {
        return (*lemma).to_string();
    }
    let mut bare = word;
    for suffix in ["ing", "ied", "ies", "ed", "es", "s"] {
        if let Some(b) = bare.strip_suffix(suffix).filter(|b| b.len() >= 2) {
            bare = b;
            if matches!(suffix, "ied" | "ies") {
                return format!("{bare}y");
            }
            break;
        }
    }
    let bare = bare
        .strip_suffix('e')
        .filter(|b| b.len() >= 2)
        .unwrap_or(bare);
    let bytes = bare.as_bytes();
    // "stopped": "stopp" is "stop".
    match bytes {
        [.., a, b] if a == b && !b"aeiou".contains(b) => bare[..bare.len() - 1].to_string(),
        _ => bare.to_string(),
    }
}

fn looks_plural(word: &str) -> bool {
    word.len() >= 4 && word.ends_with('s') && !["ss", "us", "is"].iter().any(|e| word.ends_with(e))
}

/// Verbs every statement may use, which say nothing of what it states.
const NOT_OWN_VERBS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "having",
    "does",
    "did",
    "says",
    "said",
    "saying",
    "reports",
    "reported",
    "announced",
    "announces",
    "stated",
    "states",
    "told",
    "tells",
    "according",
    "expects",
    "expected",
    "includes",
    "included",
    "including",
];

/// Prepositions that end an alias's head: "earnings per share".
const PREPOSITIONS: &[&str] = &["of", "per", "for", "in", "on", "at", "from", "to", "with"];

/// Irregular forms of the verbs news states figures with, and their lemma.
const IRREGULAR: &[(&str, &str)] = &[
    ("won", "win"),
    ("paid", "pay"),
    ("held", "hold"),
    ("struck", "strike"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("took", "take"),
    ("taken", "take"),
    ("began", "begin"),
    ("begun", "begin"),
    ("led", "lead"),
    ("sold", "sell"),
    ("bought", "buy"),
    ("spent", "spend"),
    ("made", "make"),
    ("gave", "give"),
    ("given", "give"),
    ("got", "get"),
    ("brought", "bring"),
    ("kept", "keep"),
    ("lost", "lose"),
    ("left", "leave"),
    ("met", "meet"),
    ("sent", "send"),
    ("stood", "stand"),
    ("cost", "cost"),
    ("hit", "hit"),
    ("cut", "cut"),
    ("set", "set"),
    ("put", "put"),
    ("shook", "shake"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::Claims;

    fn claim(subject: &[&str], statement: &str, value: &str) -> Claim {
        let subjects: Vec<String> = subject.iter().map(|s| format!("{s:?}")).collect();
        let toml = format!(
            "[[claim]]\nid = \"c\"\nstatement = {statement:?}\nsubject = [{}]\nvalue = {value:?}\n",
            subjects.join(", ")
        );
        let claims =
            Claims::parse(std::path::Path::new("claims.toml"), &toml).expect("the claims load");
        claims.claims[0].clone()
    }

    fn referent(carried: &StatementVerbs, text: &str, named: &str) -> Option<String> {
        let next = text.find(". ").map(|i| i + 2)?;
        let at = text.find(named)?;
        carried
            .referent(
                text,
                Span::new(next, text.len()),
                Span::new(at, at + named.len()),
            )
            .map(|r| r.span().slice(text).to_string())
    }

    #[test]
    fn the_statement_gives_its_own_verbs_and_the_aliases_heads() {
        let c = statement_verbs(&claim(
            &["Labour", "Labour Party"],
            "Labour won 412 seats.",
            "412",
        ));
        assert_eq!(
            c,
            Some(StatementVerbs {
                verbs: vec!["win".into()],
                heads: vec!["party".into()],
                speaker: false,
            })
        );
        let c = statement_verbs(&claim(
            &["workers", "construction workers"],
            "Six construction workers were killed.",
            "six",
        ));
        assert_eq!(c.map(|c| c.verbs), Some(vec!["kil".to_string()]));
        let c = statement_verbs(&claim(
            &["health ministry"],
            "The health ministry says the outbreak has killed 45 people.",
            "45",
        ));
        assert!(c.is_some_and(|c| c.speaker() && c.verbs == ["kil"]));
        // Only "is" and "after the split": nothing to recognise the sentence after by.
        let c = statement_verbs(&claim(
            &["dividend"],
            "The quarterly dividend is one cent ($0.01) per share after the split.",
            "$0.01",
        ));
        assert_eq!(c, None);
    }

    #[test]
    fn a_pronoun_or_the_aliases_head_opening_the_next_sentence_refers_back() {
        let dividend = statement_verbs(&claim(
            &["dividend"],
            "The dividend is paid on June 28, 2024.",
            "June 28, 2024",
        ))
        .expect("a verb");
        let text = "Nvidia raised the dividend to $0.10. It will be paid out on June 28.";
        assert_eq!(referent(&dividend, text, "dividend").as_deref(), Some("It"));
        // "They" is not the dividend.
        let text = "Nvidia raised the dividend to $0.10. They will be paid out on June 28.";
        assert_eq!(referent(&dividend, text, "dividend"), None);
        let labour = statement_verbs(&claim(
            &["Labour", "Labour Party"],
            "Labour won 412 seats.",
            "412",
        ))
        .expect("a verb");
        let text = "Voters put Labour into power. The party won a total of 412 seats.";
        assert_eq!(
            referent(&labour, text, "Labour").as_deref(),
            Some("The party")
        );
        // Another noun opens the sentence.
        let text = "Voters put Labour into power. The government won 412 votes.";
        assert_eq!(referent(&labour, text, "Labour"), None);
        // "It" as a name's first word is no pronoun.
        let text = "Voters put Labour into power. It Labour won 412 seats.";
        assert_eq!(referent(&labour, text, "Labour"), None);
    }

    #[test]
    fn the_value_must_be_stated_with_the_statements_verb() {
        let c =
            statement_verbs(&claim(&["Labour"], "Labour won 412 seats.", "412")).expect("a verb");
        let text = "The party won a total of 412 seats";
        assert!(c.states_with_verb(text, 0, text.len()));
        let text = "The party reported 412 new members";
        assert!(!c.states_with_verb(text, 0, text.len()));
        assert_eq!(stem("paid"), stem("pay"));
        assert_eq!(stem("costing"), stem("cost"));
        assert_eq!(stem("collapsed"), stem("collapse"));
        assert_eq!(stem("killed"), stem("kills"));
    }
}
