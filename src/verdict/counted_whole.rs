//! The count a claim's statement gives the whole its value is about: "The whole 470-aircraft
//! order is worth $70 billion" is about 470 aircraft. A sentence that ties its amount to other
//! counts ("190 B737 MAX, 20 B787 and 10 B777X ... valued at USD 34 billion", "290 Boeing
//! planes with a list price of USD 34 billion") states the value of another set, a part of
//! the order: a part never contradicts the total. Counts that add up to the statement's
//! ("250 Airbus and 220 Boeing jets worth $70 billion") are the whole itself.

use crate::claims::{Claim, ClaimKind, Expected};
use crate::clause::Reading;
use crate::quantity::{self, Quantity, QuantityKind};

/// The one count of `claim`'s statement, for a claim whose value is no count: `None` when the
/// statement counts nothing, or several things.
pub(super) fn counted_whole(claim: &Claim) -> Option<f64> {
    let (Some(statement), Expected::Quantity(_)) = (&claim.statement, &claim.expected) else {
        return None;
    };
    if matches!(
        claim.kind,
        ClaimKind::Quantity(QuantityKind::Count | QuantityKind::Ordinal)
    ) {
        return None;
    }
    let mut counts = quantity::extract(statement)
        .into_iter()
        .filter(|q| q.kind == QuantityKind::Count)
        .filter_map(|q| q.value);
    let count = counts.next()?;
    counts.next().is_none().then_some(count)
}

/// Whether the value `all[index]` is tied to counts of another set than the claim's whole of
/// `whole`: counts before it in its clause, none of them the whole's and not adding up to it.
pub(super) fn about_another_set(
    reading: &Reading,
    all: &[Quantity],
    index: usize,
    whole: f64,
) -> bool {
    let Some(q) = all.get(index) else {
        return false;
    };
    let counts: Vec<f64> = all[..index]
        .iter()
        .filter(|o| o.kind == QuantityKind::Count && reading.same_clause(o.span, q.span))
        .filter_map(|o| o.value)
        .collect();
    let same = |v: f64| (v - whole).abs() < 0.5;
    !counts.is_empty() && !counts.iter().any(|&v| same(v)) && !same(counts.iter().sum())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn another_set(text: &str, value: &str, whole: f64) -> bool {
        let all = quantity::extract(text);
        let reading = Reading::new(text, Span::new(0, text.len()), &all);
        let index = all
            .iter()
            .position(|q| q.span.slice(text) == value)
            .expect("the value is read");
        about_another_set(&reading, &all, index, whole)
    }

    #[test]
    fn an_amount_tied_to_other_counts_is_another_sets() {
        assert!(another_set(
            "The airline will buy 290 Boeing planes with a list price of $34 billion.",
            "$34 billion",
            470.0
        ));
        // The whole's own count, or parts that add up to it, are the whole.
        assert!(!another_set(
            "The airline will buy 470 planes worth $70 billion.",
            "$70 billion",
            470.0
        ));
        assert!(!another_set(
            "The airline will buy 250 Airbus and 220 Boeing planes worth $70 billion.",
            "$70 billion",
            470.0
        ));
        // No count before the amount: nothing says which set it is.
        assert!(!another_set(
            "The order is worth $70 billion at list prices.",
            "$70 billion",
            470.0
        ));
    }
}
