//! "The largest outbreak in the last 30 years was in 2019 when 1,249 cases across 31 states
//! were reported": a clause that "when" opens right after a year is dated by that year, and
//! states what happened then. Unless the claim's statement names that year, its values are
//! another time's and say nothing of the claim.

use crate::quantity::{Quantity, QuantityKind};
use crate::span::Span;

/// Whether `value` stands in a "when" clause opened right after a year that the claim's
/// `statement` does not name.
pub(super) fn dated_by_another_year(
    text: &str,
    sentence: Span,
    value: &Quantity,
    statement: Option<&str>,
) -> bool {
    if matches!(value.kind, QuantityKind::Year | QuantityKind::Date) {
        return false;
    }
    let Some(before) = text.get(sentence.start..value.span.start) else {
        return false;
    };
    let Some(when) = before.rfind(" when ") else {
        return false;
    };
    if before[when..].contains([';', ':', '(', ')', '—']) {
        return false;
    }
    let year = before[..when].trim_end_matches(',');
    let year = &year[year.len().saturating_sub(5)..];
    let Some(year) = year.strip_prefix(' ').or(Some(year)).filter(|y| {
        y.len() == 4
            && y.bytes().all(|b| b.is_ascii_digit())
            && (y.starts_with("19") || y.starts_with("20"))
    }) else {
        return false;
    };
    !statement.is_some_and(|s| s.contains(year))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity;

    fn dated(text: &str, value: &str, statement: Option<&str>) -> bool {
        let all = quantity::extract(text);
        let q = all
            .iter()
            .find(|q| q.span.slice(text) == value)
            .expect("the value is read");
        dated_by_another_year(text, Span::new(0, text.len()), q, statement)
    }

    #[test]
    fn a_when_clause_after_a_year_is_that_years() {
        let text = "The largest outbreak was in 2019 when 1,249 cases were reported.";
        assert!(dated(text, "1,249", Some("The outbreak has 124 cases.")));
        assert!(!dated(
            text,
            "1,249",
            Some("The 2019 outbreak had 1,249 cases.")
        ));
        let text = "Officials said 124 cases were confirmed when the update was published.";
        assert!(!dated(text, "124", None));
    }
}
