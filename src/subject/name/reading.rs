//! Reading what the words before a surname say: the given name matches, is misspelt, is
//! another name, or says nothing (a title, a sentence opening), and near-miss similarity.
//!
//! Conflicting readings ([`NameReading::Misspelt`], [`NameReading::OtherGivenName`]) need
//! clear evidence, because a false conflict fails someone's build: when in doubt a hit is
//! [`NameReading::SurnameOnly`] or nothing.

use super::context::{Before, GivenWord, is_sentence_start, next_is_capitalised};
use super::{NameHit, NameMatcher, NameReading, Person};
use crate::span::Span;

impl NameMatcher {
    /// The reading of an exact surname `word` for person `p`. `bearers` are all claimed people
    /// with this surname: when the given name is exactly another one's ("Manmohan Singh" while
    /// "Rajnath Singh" and "Manmohan Singh" are both claimed), that person is named, not `p`.
    pub(super) fn read_exact(
        &self,
        word: Span,
        p: usize,
        bearers: &[usize],
        context: &Before,
        hits: &mut Vec<NameHit>,
    ) {
        let person = &self.people[p];
        let (reading, start) = match self.given_reading(person, context) {
            Some((NameReading::Misspelt | NameReading::OtherGivenName, _))
                if self.names_another(p, bearers, context) =>
            {
                return;
            }
            Some((reading, start)) => (reading, start),
            // A claim that names only a surname is fully matched by it.
            None if person.given.is_empty() => (NameReading::Full, word.start),
            None => (NameReading::SurnameOnly, word.start),
        };
        hits.push(NameHit {
            claim: person.claim,
            span: Span::new(start, word.end),
            reading,
        });
    }

    /// The reading of a near-miss surname `word` for person `p`: misspelt when the given name
    /// agrees, or when the surname stands alone and is long and close enough; otherwise nothing.
    pub(super) fn read_misspelt(
        &self,
        text: &str,
        word: Span,
        p: usize,
        lone_ok: bool,
        context: &Before,
        hits: &mut Vec<NameHit>,
    ) {
        let person = &self.people[p];
        let start = match self.given_reading(person, context) {
            Some((NameReading::Full | NameReading::Misspelt, start)) => start,
            Some(_) => return,
            None => {
                // Alone, or after a title; an initial that disagrees means someone else.
                let unnamed = context
                    .given
                    .as_ref()
                    .is_none_or(|g| self.not_a_given_name(g));
                if !lone_ok
                    || !unnamed
                    || !context.initials.is_empty()
                    || is_sentence_start(text, word.start)
                    || next_is_capitalised(text, word.end)
                {
                    return;
                }
                word.start
            }
        };
        hits.push(NameHit {
            claim: person.claim,
            span: Span::new(start, word.end),
            reading: NameReading::Misspelt,
        });
    }

    /// What the words before a surname say about the given name: `None` when they say nothing
    /// (no given name, a title, a sentence opening), else the reading and where the name starts.
    fn given_reading(&self, person: &Person, context: &Before) -> Option<(NameReading, usize)> {
        if person.given.is_empty() {
            return None;
        }
        if let Some(g) = &context.given {
            if person.given.iter().any(|given| same_given(&g.lower, given)) {
                return Some((NameReading::Full, g.span.start));
            }
            if person.given.iter().any(|given| similar(&g.lower, given, 3)) {
                return Some((NameReading::Misspelt, g.span.start));
            }
            if !self.not_a_given_name(g) {
                return Some((NameReading::OtherGivenName, g.span.start));
            }
        }
        // Initials directly before the surname ("S. Jaishankar", "Minister S. Jaishankar").
        let (first_initial, start) = context.initials.first().copied()?;
        let claimed = person.given.first()?.chars().next()?;
        if first_initial.to_lowercase().eq(claimed.to_lowercase()) {
            Some((NameReading::Full, start))
        } else {
            // Another initial may be a middle name we were not told: no conflict.
            None
        }
    }

    /// True when the given name before a surname is exactly that of a claimed person other
    /// than `p` among `bearers`.
    fn names_another(&self, p: usize, bearers: &[usize], context: &Before) -> bool {
        let Some(g) = &context.given else {
            return false;
        };
        bearers.iter().any(|&q| {
            q != p
                && self.people[q]
                    .given
                    .iter()
                    .any(|given| given.chars().count() > 1 && same_given(&g.lower, given))
        })
    }

    /// True when a capitalised word before a surname is not evidence of a different given name:
    /// a title, a sentence opening, an acronym, another claimed surname, or title case.
    fn not_a_given_name(&self, g: &GivenWord) -> bool {
        g.excluded || self.exact.contains_key(&g.lower)
    }
}

/// True when `written` names the claimed given name: equal, equal to its initial, or a
/// shortening of it at either end ("Tony" for "Antony", "Rob" for "Robert").
fn same_given(written: &str, claimed: &str) -> bool {
    if written == claimed {
        return true;
    }
    let (w, c) = (written.chars().count(), claimed.chars().count());
    if w == 1 || c == 1 {
        return written.chars().next() == claimed.chars().next();
    }
    w >= 3 && c >= 3 && (claimed.starts_with(written) || claimed.ends_with(written))
}

/// True when two different lowercase words are near misses of each other: both at least
/// `min_len` characters, Damerau-Levenshtein distance 1 (2 from eight characters on), and a
/// Jaro-Winkler similarity of at least 0.85.
pub(super) fn similar(a: &str, b: &str, min_len: usize) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la.min(lb) < min_len || a == b {
        return false;
    }
    let allowed = if la.max(lb) >= 8 { 2 } else { 1 };
    if la.abs_diff(lb) > allowed || bag_distance(a, b) > allowed {
        return false;
    }
    strsim::damerau_levenshtein(a, b) <= allowed && strsim::jaro_winkler(a, b) >= 0.85
}

/// A lower bound of the Damerau-Levenshtein distance, far cheaper than it: the larger of the
/// number of letters of `a` missing from `b` and of `b` missing from `a`, counted as multisets
/// (a substitution, insertion or deletion changes it by at most one, a transposition not at
/// all). Exact for ASCII letters; other characters share one bucket, which only loosens the
/// bound. It rejects nearly every pair of unrelated words before the quadratic distance runs.
fn bag_distance(a: &str, b: &str) -> usize {
    let mut counts = [0i32; 27];
    let bucket = |c: char| match c {
        'a'..='z' => c as usize - 'a' as usize,
        _ => 26,
    };
    for c in a.chars() {
        counts[bucket(c)] += 1;
    }
    for c in b.chars() {
        counts[bucket(c)] -= 1;
    }
    let surplus: i32 = counts.iter().filter(|&&n| n > 0).sum();
    let deficit: i32 = -counts.iter().filter(|&&n| n < 0).sum::<i32>();
    surplus.max(deficit) as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::subject::name::tests::{AUSTIN, BLINKEN, Expected, JAISHANKAR, found, matcher};
    use NameReading::*;

    #[test]
    fn tells_mentions_misspellings_and_other_people_apart() {
        let cases: &[(&str, Expected)] = &[
            ("He met Blinken.", &[(BLINKEN, "Blinken", SurnameOnly)]),
            (
                "Secretary Blinken said",
                &[(BLINKEN, "Blinken", SurnameOnly)],
            ),
            (
                "Mr. Jaishankar said",
                &[(JAISHANKAR, "Jaishankar", SurnameOnly)],
            ),
            (
                "Dr Jaishankar said",
                &[(JAISHANKAR, "Jaishankar", SurnameOnly)],
            ),
            (
                "talks between Jaishankar and Blinken",
                &[
                    (JAISHANKAR, "Jaishankar", SurnameOnly),
                    (BLINKEN, "Blinken", SurnameOnly),
                ],
            ),
            (
                "On Monday Blinken said",
                &[(BLINKEN, "Blinken", SurnameOnly)],
            ),
            (
                "US Hosts Blinken In Delhi",
                &[(BLINKEN, "Blinken", SurnameOnly)],
            ),
            (
                "a call with Tony Blinken",
                &[(BLINKEN, "Tony Blinken", Full)],
            ),
            (
                "ANTONY BLINKEN VISITS",
                &[(BLINKEN, "ANTONY BLINKEN", Full)],
            ),
            ("and Mr. Blinkin said", &[(BLINKEN, "Blinkin", Misspelt)]),
            ("met Blinkin on", &[(BLINKEN, "Blinkin", Misspelt)]),
            ("said Jaishanker.", &[(JAISHANKAR, "Jaishanker", Misspelt)]),
            ("with Llyod Austin", &[(AUSTIN, "Llyod Austin", Misspelt)]),
            ("with Lloyd Austen", &[(AUSTIN, "Lloyd Austen", Misspelt)]),
            (
                "Minister S. Jaishanker",
                &[(JAISHANKAR, "S. Jaishanker", Misspelt)],
            ),
            (
                "met Donald Blinken",
                &[(BLINKEN, "Donald Blinken", OtherGivenName)],
            ),
            (
                "Donald J. Blinken",
                &[(BLINKEN, "Donald J. Blinken", OtherGivenName)],
            ),
            // Someone else, or no name at all.
            ("a novel by Jane Austen", &[]),
            (
                "a visit to Austin, Texas",
                &[(AUSTIN, "Austin", SurnameOnly)],
            ),
            ("Austin", &[(AUSTIN, "Austin", SurnameOnly)]),
            ("he met Austen", &[]),
            ("he blinkin well did, blinken", &[]),
            ("Blinkin said", &[]),
            ("met Blinkin Park", &[]),
            ("met A. Jaishanker", &[]),
            ("J. Blinken spoke", &[(BLINKEN, "Blinken", SurnameOnly)]),
        ];
        let m = matcher();
        for (text, want) in cases {
            assert_eq!(found(&m, text), *want, "in {text:?}");
        }
    }

    #[test]
    fn another_claimed_person_with_the_same_surname_is_no_conflict() {
        let m = NameMatcher::new(&[
            (0, "Rajnath Singh".to_string()),
            (1, "Manmohan Singh".to_string()),
        ]);
        let text = "Defence Minister Rajnath Singh met Manmohan Singh and Mr. Singh";
        let want: Expected = &[
            (0, "Rajnath Singh", Full),
            (1, "Manmohan Singh", Full),
            (0, "Singh", SurnameOnly),
            (1, "Singh", SurnameOnly),
        ];
        assert_eq!(found(&m, text), want);
        // With only one of them claimed, the other is another given name.
        let m = NameMatcher::new(&[(0, "Rajnath Singh".to_string())]);
        let text = "met Manmohan Singh";
        assert_eq!(found(&m, text), [(0, "Manmohan Singh", OtherGivenName)]);
    }

    #[test]
    fn similarity_is_bounded_by_length() {
        let cases = [
            ("anthony", "antony", true),
            ("llyod", "lloyd", true),
            ("blinkin", "blinken", true),
            ("jaishanker", "jaishankar", true),
            ("jaishnkr", "jaishankar", true),
            ("austen", "austin", true),
            ("donald", "antony", false),
            ("jane", "lloyd", false),
            ("blinken", "blinken", false),
            ("sing", "singh", true),
            ("cruz", "cruise", false),
            ("lee", "li", false),
        ];
        for (a, b, want) in cases {
            assert!(
                bag_distance(a, b) <= strsim::damerau_levenshtein(a, b),
                "{a} ~ {b}"
            );
            assert_eq!(similar(a, b, 4), want, "{a} ~ {b}");
        }
        assert!(same_given("tony", "antony"));
        assert!(same_given("s", "subrahmanyam"));
        assert!(!same_given("donald", "antony"));
    }
}
