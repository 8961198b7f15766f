//! "increase the existing tariff rate from 10% to 25%": the extractor reads "from 10% to 25%"
//! as a range, but after a verb or a noun of change it is a change from an old figure to a new
//! level. Only the level after "to" is stated; the figure after "from" is the old one, which
//! says nothing of the claim.

use crate::clause::is_one_of;
use crate::quantity::{self, Quantity};
use crate::span::Span;

/// The level a "from … to …" value states when a word of change stands before it in its
/// clause, at most six words back: the quantity written after "to". `None` for a range that
/// no change leads to ("prices range from $10 to $15").
pub(super) fn changed_to(text: &str, sentence: Span, q: &Quantity) -> Option<Quantity> {
    let written = q.span.slice(text);
    let rest = written.strip_prefix("from ")?;
    let to = rest.rfind(" to ")?;
    let before = text.get(sentence.start..q.span.start)?;
    let clause = before
        .rsplit([',', ';', '(', '—'])
        .next()
        .unwrap_or_default();
    let changed = clause
        .split_whitespace()
        .rev()
        .take(6)
        .any(|w| is_one_of(w, CHANGE_WORDS));
    if !changed {
        return None;
    }
    let at = q.span.end - (rest.len() - to - 4);
    let level = text.get(at..q.span.end)?;
    quantity::extract(level)
        .into_iter()
        .next()
        .map(|l| l.shifted(at))
}

/// Verbs and nouns of change that a "from … to …" after them follows.
const CHANGE_WORDS: &[&str] = &[
    "increase",
    "increases",
    "increased",
    "increasing",
    "raise",
    "raises",
    "raised",
    "raising",
    "rise",
    "rises",
    "rose",
    "risen",
    "cut",
    "cuts",
    "cutting",
    "lower",
    "lowers",
    "lowered",
    "reduce",
    "reduces",
    "reduced",
    "grew",
    "grow",
    "grows",
    "grown",
    "fell",
    "fall",
    "falls",
    "fallen",
    "jump",
    "jumps",
    "jumped",
    "climb",
    "climbs",
    "climbed",
    "double",
    "doubled",
    "hike",
    "hiked",
    "boost",
    "boosted",
    "drop",
    "drops",
    "dropped",
    "change",
    "changed",
    "move",
    "moved",
    "went",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn level(text: &str) -> Option<String> {
        let q = quantity::extract(text)
            .into_iter()
            .find(|q| q.span.slice(text).starts_with("from"))?;
        changed_to(text, Span::new(0, text.len()), &q).map(|l| l.span.slice(text).to_string())
    }

    #[test]
    fn a_change_from_one_figure_to_another_states_the_second() {
        assert_eq!(
            level("They increase the existing tariff rate from 10% to 25%.").as_deref(),
            Some("25%")
        );
        // A range no change leads to stays a range.
        assert_eq!(level("Fares range from $2 to $5 a ride."), None);
    }
}
