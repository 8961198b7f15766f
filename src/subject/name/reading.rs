//! Reading what the words before a surname say: the given name or initial matches, is
//! misspelt, is another name, or says nothing (a title, a sentence opening).
//!
//! Conflicting readings ([`NameReading::Misspelt`], [`NameReading::OtherGivenName`]) need
//! clear evidence, because a false conflict fails someone's build: when in doubt a hit is
//! [`NameReading::SurnameOnly`] or nothing.

use super::context::{Before, GivenWord, is_sentence_start, next_is_capitalised};
use super::letters::folded_letter;
use super::order::After;
use super::similar::similar;
use super::{NameHit, NameMatcher, NameReading, Person};
use crate::span::Span;

impl NameMatcher {
    /// The reading of an exact surname `word` for person `p`. `bearers` are all claimed people
    /// with this surname: when the given name is exactly another one's ("Manmohan Singh" while
    /// "Rajnath Singh" and "Manmohan Singh" are both claimed), that person is named, not `p`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn read_exact(
        &self,
        text: &str,
        word: Span,
        p: usize,
        bearers: &[usize],
        context: &Before,
        after: Option<&After>,
        hits: &mut Vec<NameHit>,
    ) {
        let person = &self.people[p];
        if let Some(part) = &person.part {
            // Part of a hyphenated surname: only "Adaeze Okafor", with the given name written
            // out, and not when the rest follows ("Adaeze Okafor Bell").
            let whole = after.is_some_and(|a| part.next.as_ref() == Some(&a.lower));
            let given = self.given_reading(person, context);
            if let (false, Some((NameReading::Full, start))) = (whole, given)
                && context
                    .given
                    .as_ref()
                    .is_some_and(|g| g.span.start == start)
            {
                hits.push(NameHit {
                    claim: person.claim,
                    span: Span::new(start, word.end),
                    reading: NameReading::Misspelt,
                });
            }
            return;
        }
        let (reading, start) = match self.given_reading(person, context) {
            Some((NameReading::Misspelt | NameReading::OtherGivenName, _))
                if self.names_another(p, bearers, context) =>
            {
                return;
            }
            Some((reading, start)) => (reading, start),
            // A claim that names only a surname is fully matched by it.
            None if person.given.is_empty() => (NameReading::Full, word.start),
            None => {
                // "Austin Lloyd", "Austin, Lloyd": the given name after the surname.
                if let Some(hit) = self.read_surname_first(text, word, p, true, context, after) {
                    hits.push(hit);
                    return;
                }
                (NameReading::SurnameOnly, word.start)
            }
        };
        hits.push(NameHit {
            claim: person.claim,
            span: Span::new(start, word.end),
            reading,
        });
    }

    /// The reading of a near-miss surname `word` for person `p`: misspelt when the given name
    /// agrees, or when the surname stands alone and is long and close enough; otherwise nothing.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn read_misspelt(
        &self,
        text: &str,
        word: Span,
        p: usize,
        lone_ok: bool,
        context: &Before,
        after: Option<&After>,
        hits: &mut Vec<NameHit>,
    ) {
        let person = &self.people[p];
        if person.part.is_some() {
            return; // a part of a surname, misspelt too, is too weak to read
        }
        let start = match self.given_reading(person, context) {
            Some((NameReading::Full | NameReading::Misspelt, start)) => start,
            Some(_) => return,
            None if person.given.is_empty() => return,
            None => {
                // "Blinkin Antony": the exact given name after a misspelt surname.
                if let Some(hit) = self.read_surname_first(text, word, p, false, context, after) {
                    hits.push(hit);
                    return;
                }
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
        // Initials directly before the surname ("S. Jaishankar", "L.J. Austin", "L Austin").
        let first = context.initials.first()?;
        let initial_of = |given: &String| given.chars().next().map(lowercase_initial);
        let letter = lowercase_initial(first.letter);
        if person.given.first().and_then(initial_of) == Some(letter) {
            return Some((NameReading::Full, first.start));
        }
        // Other initials name someone else ("R. Austin", "R. J. Austin" for Lloyd Austin) when
        // each is an initial of its own, with a full stop and a space: not bare ("Plan B
        // Austin"), not glued to another capital (an abbreviation: "D.C."); and when none is
        // the initial of a claimed name ("J. Austin" for Lloyd J. Austin, "F. S. Fitzgerald"
        // for Scott Fitzgerald: the claim may leave out a name the text spells out).
        let alone = context.initials.iter().all(|i| i.dotted_alone);
        let claimed = context.initials.iter().any(|i| {
            let letter = lowercase_initial(i.letter);
            person.given.iter().any(|g| initial_of(g) == Some(letter))
        });
        (alone && !claimed).then_some((NameReading::OtherGivenName, first.start))
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

/// The first lowercase letter of `c` ("İ" lowercases to two chars), its diacritics folded
/// ("Ş." is the initial of "Şimşek" and of "Simsek"): how initials compare.
fn lowercase_initial(c: char) -> char {
    folded_letter(c)
}

/// True when `written` names the claimed given name: equal, equal to its initial, or a
/// shortening of it at either end ("Tony" for "Antony", "Rob" for "Robert").
pub(super) fn same_given(written: &str, claimed: &str) -> bool {
    if written == claimed {
        return true;
    }
    let (w, c) = (written.chars().count(), claimed.chars().count());
    if w == 1 || c == 1 {
        return written.chars().next() == claimed.chars().next();
    }
    w >= 3 && c >= 3 && (claimed.starts_with(written) || claimed.ends_with(written))
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
            (
                "J. Blinken spoke",
                &[(BLINKEN, "J. Blinken", OtherGivenName)],
            ),
        ];
        let m = matcher();
        for (text, want) in cases {
            assert_eq!(found(&m, text), *want, "in {text:?}");
        }
    }

    #[test]
    fn initials_stand_for_the_given_name() {
        let cases: &[(&str, Expected)] = &[
            (
                "Defense Secretary L. Austin told reporters on Friday",
                &[(AUSTIN, "L. Austin", Full)],
            ),
            ("a call with L Austin", &[(AUSTIN, "L Austin", Full)]),
            (
                "according to L.J. Austin, the talks",
                &[(AUSTIN, "L.J. Austin", Full)],
            ),
            ("signed by L. J. Austin", &[(AUSTIN, "L. J. Austin", Full)]),
            (
                "External Affairs Minister S. Jaishankar said",
                &[(JAISHANKAR, "S. Jaishankar", Full)],
            ),
            // Another initial, written as one: someone else.
            (
                "Defense Secretary R. Austin told reporters",
                &[(AUSTIN, "R. Austin", OtherGivenName)],
            ),
            (
                "said R. J. Austin",
                &[(AUSTIN, "R. J. Austin", OtherGivenName)],
            ),
            (
                "Minister K. Jaishankar said",
                &[(JAISHANKAR, "K. Jaishankar", OtherGivenName)],
            ),
            // Glued or bare capitals may be abbreviations or labels: a mention.
            ("said R.J. Austin", &[(AUSTIN, "Austin", SurnameOnly)]),
            ("said R Austin", &[(AUSTIN, "Austin", SurnameOnly)]),
            (
                "back in the U.S. Austin said",
                &[(AUSTIN, "Austin", SurnameOnly)],
            ),
            (
                "in Washington D.C. Austin met",
                &[(AUSTIN, "Austin", SurnameOnly)],
            ),
            // A misspelt surname after another initial is someone else.
            ("met R. Jaishanker", &[]),
        ];
        let m = matcher();
        for (text, want) in cases {
            assert_eq!(found(&m, text), *want, "in {text:?}");
        }
        // An initial of a claimed middle name, or with one that is: no conflict.
        let m = NameMatcher::new(&[
            (0, "Lloyd J. Austin".to_string()),
            (1, "Scott Fitzgerald".to_string()),
        ]);
        let text = "J. Austin and F. S. Fitzgerald";
        assert_eq!(
            found(&m, text),
            [(0, "Austin", SurnameOnly), (1, "Fitzgerald", SurnameOnly)]
        );
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
    fn given_names_shorten_at_either_end() {
        assert!(same_given("tony", "antony"));
        assert!(same_given("s", "subrahmanyam"));
        assert!(!same_given("donald", "antony"));
    }
}
