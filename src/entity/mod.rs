//! Whose value: a claim's `about` entity told apart from its siblings.
//!
//! A claim with `about = ["Line 3"]` is about one entity among siblings (other lines, rounds,
//! quarters). A sentence is evidence for it only when it states the value about that entity:
//! the value's clause names it, or the sentence names no entity and the one named last before
//! it (the sentences before it, nearest first, then the headline) is it. A sibling is known
//! by the claim's `not_about` list or by its form (`form.rs`: "Line 2", "the fourth round",
//! "the Green Line", "the tram's opening"); `scope.rs` decides which entity a value is about.
//!
//! The `about` and `not_about` aliases are found by the subject automaton in its one pass over
//! the document; forms are matched only in the sentences a verdict asks about.

mod form;
mod scope;

use crate::claims::About;
use crate::clause::{CHANGE_NOUNS, is_one_of};
use crate::span::Span;
use form::{Forms, subject_name};
pub use form::{Word, words};
pub use scope::{Scope, Via, ViaSource, headline, value_scope};

/// The entity of one claim, ready to tell its mentions from its siblings'.
#[derive(Debug, Clone)]
pub struct Entity {
    forms: Forms,
    /// The words of its aliases, folded: "the line's opening" is the entity's own when an
    /// alias is "Line 3" or "Purple Line".
    heads: Vec<String>,
    /// When every alias is a proper name ("Novaxim", "Chandrayaan-3"), their lengths in
    /// words: another name of such a length in a sentence's subject position, or owning its
    /// subject, is a sibling ("Cortivax was cleared…", "Cortivax's approval"). Empty otherwise.
    proper: Vec<usize>,
}

/// Where an entity is named in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    /// The claim's entity (an `about` alias), or a sibling.
    pub own: bool,
    /// Named in a comparison ("unlike Line 2", "more than Line 2"): not what the clause is
    /// about.
    pub compared: bool,
}

/// The `about` and `not_about` occurrences of one claim in a document, sorted by start.
#[derive(Debug, Clone, Copy, Default)]
pub struct Hits<'a> {
    pub own: &'a [Span],
    pub other: &'a [Span],
}

/// Verbs of a change, whose "from" names its base: "rose 4% from Q2".
const CHANGE_VERBS: &[&str] = &[
    "up",
    "down",
    "rose",
    "fell",
    "grew",
    "climbed",
    "jumped",
    "increased",
    "decreased",
    "declined",
];

/// Words before a name that make it the other side of a comparison.
const COMPARISON: &[&str] = &["unlike", "like", "than", "versus", "vs"];

impl Entity {
    pub fn new(about: &About) -> Entity {
        let heads = about
            .aliases
            .iter()
            .flat_map(|a| words(a, Span::new(0, a.len())))
            .filter(|w| w.folded.chars().all(char::is_alphabetic))
            .map(|w| w.folded)
            .collect();
        let all_proper = about.aliases.iter().all(|a| {
            a.split_whitespace().next().is_some_and(|w| {
                // "Q3", "H1", "FY24" are codes, not names.
                let letters = w.chars().take_while(|c| c.is_alphabetic()).count();
                let code = letters <= 3 && w[letters..].chars().all(|c| c.is_ascii_digit());
                w.starts_with(char::is_uppercase) && !code
            })
        });
        let proper = if all_proper {
            about
                .aliases
                .iter()
                .map(|a| words(a, Span::new(0, a.len())).len())
                .collect()
        } else {
            Vec::new()
        };
        Entity {
            forms: Forms::new(&about.aliases),
            heads,
            proper,
        }
    }

    /// The entities named in `region` of `text`, in order: the claim's own (`hits.own`), its
    /// `not_about` siblings, siblings by form, and a definite possessor of a subject occurrence
    /// ("the tram's opening", with `subjects` holding "opening").
    pub fn mentions(
        &self,
        text: &str,
        region: Span,
        hits: Hits,
        subjects: &[Span],
    ) -> Vec<Mention> {
        let within = |spans: &[Span]| -> Vec<Span> {
            let from = spans.partition_point(|s| s.start < region.start);
            spans[from..]
                .iter()
                .take_while(|s| s.end <= region.end)
                .copied()
                .collect()
        };
        let mut siblings = within(hits.other);
        // "Aria 5" inside a `not_about` "Aria 5 Pro" is the sibling's.
        let own: Vec<Span> = within(hits.own)
            .into_iter()
            .filter(|o| !siblings.iter().any(|s| s.contains(*o) && s != o))
            .collect();
        let words = words(text, region);
        self.forms.siblings(text, &words, &mut siblings);
        if let Some(name) = subject_name(text, &words, &self.proper) {
            siblings.push(name);
        }
        for subject in subjects.iter().filter(|s| region.contains(**s)) {
            if let Some(possessor) = self.possessor(text, &words, *subject) {
                siblings.push(possessor);
            }
        }
        let overlaps_own = |s: &Span| own.iter().any(|o| o.start < s.end && s.start < o.end);
        let mut mentions: Vec<Mention> = own
            .iter()
            .map(|&span| (span, true))
            .chain(
                siblings
                    .into_iter()
                    .filter(|s| !overlaps_own(s))
                    .map(|span| (span, false)),
            )
            .map(|(span, own)| Mention {
                span,
                own,
                compared: compared(&words, span),
            })
            .collect();
        mentions.sort_by_key(|m| (m.span.start, m.span.end));
        mentions.dedup_by_key(|m| m.span);
        mentions
    }

    /// The owner of what a subject occurrence names, when it is another entity: a definite
    /// common noun ("the tram's opening") that is none of the entity's own words ("the line's
    /// opening"), or a capitalised name ("Cortivax's approval"; the entity's own name is an
    /// own mention and wins over this one).
    fn possessor(&self, text: &str, words: &[Word], subject: Span) -> Option<Span> {
        let i = words.partition_point(|w| w.span.end <= subject.start);
        let owner = words.get(i.checked_sub(2)?)?;
        let s = words.get(i - 1)?;
        let apostrophe = text.get(owner.span.end..s.span.start)?;
        if s.folded != "s" || !matches!(apostrophe, "'" | "’") {
            return None;
        }
        if owner.capital && !self.proper.is_empty() {
            let mut first = i - 2;
            while let Some(prev) = first.checked_sub(1).and_then(|p| words.get(p)) {
                if !prev.capital || prev.folded == "the" {
                    break;
                }
                first -= 1;
            }
            return Some(Span::new(words[first].span.start, s.span.end));
        }
        let the = words.get(i.checked_sub(3)?)?;
        (the.folded == "the" && !self.heads.contains(&owner.folded))
            .then_some(Span::new(the.span.start, s.span.end))
    }
}

/// Periods whose adjective in -ly names the same span of time: "first quarterly earnings"
/// are the first quarter's, as news writes them beside "first-quarter earnings".
const PERIOD_ADJECTIVES: &[(&str, &str)] = &[
    ("quarter", "quarterly"),
    ("year", "yearly"),
    ("month", "monthly"),
    ("week", "weekly"),
];

/// The forms an `about` alias takes before a noun: an ordinal or other word and a period
/// ("first quarter") also reads as that word and the period's adjective ("first quarterly"),
/// so a report of "its first quarterly earnings" names the quarter. An alias of one word
/// ("quarter") has none: "quarterly" alone names no period.
pub fn adjective_forms(alias: &str) -> Option<String> {
    let (before, last) = alias.trim_end().rsplit_once(' ')?;
    let (_, adjective) = PERIOD_ADJECTIVES
        .iter()
        .find(|(noun, _)| last.eq_ignore_ascii_case(noun))?;
    Some(format!("{before} {adjective}"))
}

/// Named right after a comparison word ("unlike Line 2", "than the Green Line", "compared with
/// Line 2", "up 18% from Q4").
fn compared(words: &[Word], span: Span) -> bool {
    let i = words.partition_point(|w| w.span.end <= span.start);
    let mut before = words[..i].iter().rev().map(|w| w.folded.as_str());
    let mut first = before.next();
    if first == Some("the") {
        first = before.next();
    }
    match first {
        Some(w) if COMPARISON.contains(&w) => true,
        // The base of a change: "up 18% from Q4", "rose to 12 from Q4", not "lessons from the
        // fourth round" or "220 planes from Boeing" (a figure of its own noun, and a source).
        Some("from") => {
            let mut before = before.take(3).peekable();
            before
                .peek()
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
                || before.any(|w| is_one_of(w, CHANGE_NOUNS) || is_one_of(w, CHANGE_VERBS))
        }
        Some("with" | "to") => before.next() == Some("compared"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::{Span, adjective_forms, compared, words};

    /// Whether `name` is compared where `text` names it.
    fn is_compared(text: &str, name: &str) -> bool {
        let at = text.find(name).expect("the name is in the text");
        let words = words(text, Span::new(0, text.len()));
        compared(&words, Span::new(at, at + name.len()))
    }

    #[test]
    fn a_name_after_the_from_of_a_change_is_compared_and_a_seller_is_not() {
        assert!(is_compared("Sales were up 18% from Q4.", "Q4"));
        assert!(is_compared("It rose to 12 from Q4.", "Q4"));
        assert!(is_compared(
            "a 4% increase from the previous quarter",
            "previous quarter"
        ));
        assert!(is_compared("Revenue grew unlike Line 2.", "Line 2"));
        assert!(!is_compared("It bought 220 planes from Boeing.", "Boeing"));
        assert!(!is_compared(
            "lessons from the fourth round",
            "fourth round"
        ));
    }

    #[test]
    fn a_period_after_another_word_has_an_adjective_form() {
        assert_eq!(
            adjective_forms("first quarter").as_deref(),
            Some("first quarterly")
        );
        assert_eq!(
            adjective_forms("second fiscal Quarter").as_deref(),
            Some("second fiscal quarterly")
        );
        assert_eq!(
            adjective_forms("next month").as_deref(),
            Some("next monthly")
        );
        // One word names no period by its adjective; other nouns have no such form.
        assert_eq!(adjective_forms("quarter"), None);
        assert_eq!(adjective_forms("Line 3"), None);
        assert_eq!(adjective_forms("quarter ended April 28"), None);
    }
}
