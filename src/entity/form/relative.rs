//! Siblings named by their place relative to now or to another instance: "the current
//! quarter", "the next round" for an entity named "first quarter" or "fifth round".

use super::{Forms, Slot, Word, is_head};
use crate::span::Span;

impl Forms {
    /// "the current quarter", "the next round", "the previous quarter" for an alias "first
    /// quarter" or "fifth round": a word that places an instance relative to the writer's now
    /// or to another instance, in the slot of a numbered alias's ordinal or number, names an
    /// instance the alias does not. An alias that names its instance by number is a fixed
    /// one; the one "current" when a story is written is the one after the period it reports
    /// ("In the current quarter, the company expects revenue of $28 billion" in a report on
    /// the first quarter).
    pub(super) fn relative_at(&self, words: &[Word], i: usize) -> Option<Span> {
        let word = words.get(i)?;
        if !RELATIVE_PLACES.contains(&word.folded.as_str()) {
            return None;
        }
        self.numbered
            .iter()
            .filter(|f| matches!(f.slot, Slot::Ordinal(_) | Slot::Number(_)))
            .filter(|f| f.prefix.is_empty() && !f.after.is_empty())
            .find_map(|f| {
                let after = words.get(i + 1..=i + f.after.len())?;
                let last = after.last()?;
                after
                    .iter()
                    .zip(&f.after)
                    .all(|(w, a)| is_head(&w.folded, a))
                    .then(|| Span::new(word.span.start, last.span.end))
            })
    }
}

/// Whether a sibling's span names it by its place relative to now ("the current quarter").
/// Such a sibling is an aside of its own sentence (a forecast, a comparison): the sentences
/// after it that name no entity still refer to the instance the story is about.
pub fn named_relative(text: &str, span: Span) -> bool {
    span.slice(text)
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|w| crate::clause::is_one_of(w, RELATIVE_PLACES))
}

/// Words that name an instance by its place relative to now or to another instance, where a
/// numbered name has its number: "the next round", "the current quarter".
const RELATIVE_PLACES: &[&str] = &[
    "current",
    "next",
    "previous",
    "prior",
    "preceding",
    "following",
    "coming",
    "upcoming",
];
