//! A surname written before the given name: "Austin Lloyd" for Lloyd Austin is the name written
//! wrong, "Austin, Lloyd" is the catalogue form of it written right.
//!
//! English prose puts the given name first, so a claimed surname followed on the same line by
//! the claimed given name, with nothing between them, names the person in the wrong order
//! ([`NameReading::SurnameFirst`], a conflict), also when one of the two is misspelt ("Blinken
//! Anthony", "Blinkin Antony"). With a comma between them it is the "Surname, Given" order of
//! indexes, bibliographies and lists of participants, and names the person rightly
//! ([`NameReading::Full`]) when both are written exactly and the given name ends the entry.
//!
//! Neither reading is given where the surname may be something else: after a place
//! preposition ("in Austin, Lloyd said": a city, then someone called Lloyd), before a further
//! capitalised word ("Austin Lloyd Webber"), or when the pair is itself a claimed person's
//! name ("Austin Lloyd" while Austin Lloyd is claimed too). An initial after the surname
//! ("Austin L.") is never read as a given name: too many things are written that way.

use super::context::Before;
use super::letters::folded;
use super::reading::same_given;
use super::similar::similar;
use super::{NameHit, NameMatcher, NameReading, Person};
use crate::span::Span;

/// Lowercase words after which a capitalised word is more likely a place than a person:
/// "in Austin", "near Jackson", "from Washington".
#[rustfmt::skip]
const PLACE_PREPOSITIONS: &[&str] = &[
    "across", "around", "at", "from", "in", "inside", "into", "near", "outside", "throughout",
    "to", "toward", "towards", "via", "within",
];

/// The capitalised word right after a surname, on the same line.
#[derive(Debug, Clone)]
pub struct After {
    pub span: Span,
    /// The word lowercased.
    pub lower: String,
    /// A comma stands between the surname and the word ("Austin, Lloyd").
    pub comma: bool,
}

/// The capitalised word of two or more letters after the surname that ends at `end`, across
/// spaces or a comma and spaces on the same line; `None` for anything else.
pub fn after(text: &str, end: usize) -> Option<After> {
    let tail = text.get(end..)?;
    let comma = tail.starts_with(',');
    let spaced = tail.get(usize::from(comma)..)?;
    let rest = spaced.trim_start_matches([' ', '\t']);
    if rest.len() == spaced.len() {
        return None; // "Austin,Lloyd" or "Austin-Lloyd": not two words of a name
    }
    let start = end + usize::from(comma) + (spaced.len() - rest.len());
    let len: usize = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum();
    let word = rest.get(..len)?;
    let mut letters = word.chars();
    let (first, second) = (letters.next()?, letters.next());
    if !first.is_uppercase() || second.is_none() {
        return None;
    }
    Some(After {
        span: Span::new(start, start + len),
        lower: folded(word),
        comma,
    })
}

/// True when the lowercase word before `pos` (across spaces) is a place preposition.
fn after_place_preposition(text: &str, pos: usize) -> bool {
    let Some(head) = text.get(..pos) else {
        return false;
    };
    let head = head.trim_end_matches([' ', '\t']);
    let word_start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(head.len(), |(i, _)| i);
    head.get(word_start..)
        .is_some_and(|w| PLACE_PREPOSITIONS.iter().any(|p| p.eq_ignore_ascii_case(w)))
}

/// What follows a "Surname, Given" entry when it is one: the end of the line or text, or
/// punctuation that is not a comma before another capitalised word (a list of surnames goes
/// on: "Austin, Lloyd, Smith"). Initials of middle names may come first ("Austin, Lloyd J.").
/// Prose goes on with a word ("Austin, Lloyd said"), and is no catalogue entry.
fn ends_entry(text: &str, end: usize) -> bool {
    let mut rest = text.get(end..).unwrap_or_default();
    loop {
        let trimmed = rest.trim_start_matches([' ', '\t']);
        let mut chars = trimmed.chars();
        match (chars.next(), chars.next()) {
            (Some(c), Some('.')) if c.is_uppercase() => rest = chars.as_str(),
            (None | Some('\n' | '\r'), _) => return true,
            (Some(','), _) => {
                let after_comma = trimmed.get(1..).unwrap_or_default().trim_start();
                return !after_comma.starts_with(char::is_uppercase);
            }
            // A year or a page may follow ("Austin, Lloyd 2023"); a word may not.
            (Some(c), _) => return !c.is_alphabetic(),
        }
    }
}

/// True when the word at `pos` is followed, across spaces on the same line, by a capitalised
/// word.
fn capitalised_next(text: &str, end: usize) -> bool {
    text.get(end..)
        .and_then(|t| t.chars().find(|&c| c != ' ' && c != '\t'))
        .is_some_and(char::is_uppercase)
}

/// How the word after a surname names the person's given name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum GivenAfter {
    Exact,
    NearMiss,
}

impl NameMatcher {
    /// The reading of the surname at `word`, written before a given name of person `p`:
    /// `exact` tells whether the surname is written exactly (else it is a near miss). `None`
    /// unless the surname opens the name (nothing before it names anyone) and the word after
    /// it is the person's given name.
    pub(super) fn read_surname_first(
        &self,
        text: &str,
        word: Span,
        p: usize,
        exact: bool,
        context: &Before,
        after: Option<&After>,
    ) -> Option<NameHit> {
        let after = after?;
        let person = &self.people[p];
        let named_before = context.given.as_ref().is_some_and(|g| !g.excluded());
        if named_before || !context.initials.is_empty() || after_place_preposition(text, word.start)
        {
            return None;
        }
        let given = given_after(person, &after.lower)?;
        let surname = folded(text.get(word.start..word.end)?);
        if self.is_claimed_name(&surname, &after.lower) {
            return None;
        }
        let reading = if after.comma {
            let exact_entry = exact && given == GivenAfter::Exact;
            (exact_entry && ends_entry(text, after.span.end)).then_some(NameReading::Full)?
        } else {
            // One misspelling at most: two would be too weak to tell from another name.
            let one_miss = exact || given == GivenAfter::Exact;
            (one_miss && !capitalised_next(text, after.span.end))
                .then_some(NameReading::SurnameFirst)?
        };
        Some(NameHit {
            claim: person.claim,
            span: Span::new(word.start, after.span.end),
            reading,
        })
    }

    /// True when `given surname` (lowercase) is a claimed person's name, in that order.
    fn is_claimed_name(&self, given: &str, surname: &str) -> bool {
        self.exact.get(surname).is_some_and(|&s| {
            self.surnames[s]
                .1
                .iter()
                .any(|&q| self.people[q].given.iter().any(|g| g == given))
        })
    }
}

/// Whether `written` (lowercase, two letters or more) is one of `person`'s given names: as
/// claimed or shortened ("Tony" for Antony), or a near miss of it that keeps its first letter
/// ("Anthony", "Loyd"). Claimed initials are not compared.
fn given_after(person: &Person, written: &str) -> Option<GivenAfter> {
    let names = person.given.iter().filter(|g| g.chars().nth(1).is_some());
    let mut near = false;
    for given in names {
        if same_given(written, given) {
            return Some(GivenAfter::Exact);
        }
        near |= written.chars().next() == given.chars().next() && similar(written, given, 3);
    }
    near.then_some(GivenAfter::NearMiss)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::subject::name::tests::{AUSTIN, BLINKEN, Expected, JAISHANKAR, found, matcher};
    use NameReading::*;

    #[test]
    fn a_surname_written_first_conflicts() {
        let cases: &[(&str, Expected)] = &[
            (
                "Defense Secretary Austin Lloyd arrived in New Delhi on Thursday.",
                &[(AUSTIN, "Austin Lloyd", SurnameFirst)],
            ),
            (
                "Blinken Antony met his counterpart on the sidelines of the summit.",
                &[(BLINKEN, "Blinken Antony", SurnameFirst)],
            ),
            (
                "talks with Jaishankar Subrahmanyam ended late",
                &[(JAISHANKAR, "Jaishankar Subrahmanyam", SurnameFirst)],
            ),
            // A shortened given name, a misspelt given name, a misspelt surname.
            (
                "the visit of Blinken Tony.",
                &[(BLINKEN, "Blinken Tony", SurnameFirst)],
            ),
            (
                "as Blinken Anthony told reporters",
                &[(BLINKEN, "Blinken Anthony", SurnameFirst)],
            ),
            (
                "when Austin Loyd met them",
                &[(AUSTIN, "Austin Loyd", SurnameFirst)],
            ),
            (
                "US Secretary of State Blinkin Antony said",
                &[(BLINKEN, "Blinkin Antony", SurnameFirst)],
            ),
        ];
        let m = matcher();
        for (text, want) in cases {
            assert_eq!(found(&m, text), *want, "in {text:?}");
        }
    }

    #[test]
    fn a_catalogue_entry_supports_and_places_stay_mentions() {
        let cases: &[(&str, Expected)] = &[
            // "Surname, Given": an index, a reference list, a list of participants.
            (
                "Participants: Austin, Lloyd (United States); Jaishankar, Subrahmanyam (India)",
                &[
                    (AUSTIN, "Austin, Lloyd", Full),
                    (JAISHANKAR, "Jaishankar, Subrahmanyam", Full),
                ],
            ),
            (
                "Blinken, Antony J. 2023. Remarks to the press.",
                &[(BLINKEN, "Blinken, Antony", Full)],
            ),
            ("Austin, Lloyd\n", &[(AUSTIN, "Austin, Lloyd", Full)]),
            // Prose, or a list of surnames: no entry.
            (
                "In Austin, Lloyd said the deal was done.",
                &[(AUSTIN, "Austin", SurnameOnly)],
            ),
            (
                "Austin, Lloyd said the deal was done.",
                &[(AUSTIN, "Austin", SurnameOnly)],
            ),
            (
                "signed by Austin, Lloyd, Smith and Jones",
                &[(AUSTIN, "Austin", SurnameOnly)],
            ),
            // The city.
            (
                "a visit to Austin, Texas, last week",
                &[(AUSTIN, "Austin", SurnameOnly)],
            ),
            (
                "the conference in Austin Lloyd attended",
                &[(AUSTIN, "Austin", SurnameOnly)],
            ),
            // Another name, or not a name of two words.
            (
                "a show at the Austin Lloyd Webber Theatre",
                &[(AUSTIN, "Austin", SurnameOnly)],
            ),
            ("Austin L. said", &[(AUSTIN, "Austin", SurnameOnly)]),
            ("Austin-Lloyd", &[(AUSTIN, "Austin", SurnameOnly)]),
            ("Austin Floyd", &[(AUSTIN, "Austin", SurnameOnly)]),
            ("Blinkin Anthony", &[]),
            // In the right order, whatever follows.
            ("Lloyd Austin Lloyd", &[(AUSTIN, "Lloyd Austin", Full)]),
        ];
        let m = matcher();
        for (text, want) in cases {
            assert_eq!(found(&m, text), *want, "in {text:?}");
        }
    }

    #[test]
    fn a_claimed_name_in_that_order_is_that_person() {
        let m = NameMatcher::new(&[
            (0, "Lloyd Austin".to_string()),
            (1, "Austin Lloyd".to_string()),
        ]);
        assert_eq!(
            found(&m, "met Austin Lloyd and Lloyd Austin"),
            [
                (0, "Austin", SurnameOnly),
                (1, "Austin Lloyd", Full),
                (0, "Lloyd Austin", Full),
                (1, "Lloyd", SurnameOnly),
            ]
        );
    }
}
