//! "The largest outbreak in the last 30 years was in 2019 when 1,249 cases across 31 states
//! were reported": a clause that "when" opens right after a year is dated by that year, and
//! states what happened then. Unless the claim's statement names that year, its values are
//! another time's and say nothing of the claim.

use crate::clause::is_one_of;
use crate::quantity::{Quantity, QuantityKind};
use crate::span::{Span, window};

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

/// "issued two proclamations on Monday, February 10, 2025, that make changes to the tariffs
/// the president initially imposed in his first term", against "signed the proclamations on
/// March 8, 2018": a sentence that itself sets its event against an earlier instance
/// ("initially", "originally", "again", "to replace") dates a later occurrence, and a date of
/// another year there is that occurrence's, not a wrong day for the claim's. Both years must be
/// written; without such a word a date of another year is evidence as always ("Line 2 was
/// opened on March 4, 2019").
pub(super) fn another_occurrence(
    text: &str,
    sentence: Span,
    expected: &Quantity,
    found: &Quantity,
) -> bool {
    let year = |q: &Quantity| q.date.and_then(|d| d.from.year.or(d.to.year));
    matches!((year(expected), year(found)), (Some(a), Some(b)) if a != b)
        && sentence
            .slice(text)
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| is_one_of(w, EARLIER_INSTANCE_WORDS))
}

/// Words by which a sentence sets its event against an earlier instance of it.
const EARLIER_INSTANCE_WORDS: &[&str] = &[
    "initially",
    "originally",
    "original",
    "previously",
    "earlier",
    "again",
    "replace",
    "replaces",
    "replaced",
    "replacing",
];

/// "which will take effect March 23" against "take effect on March 12, 2025": a date written
/// without its year is in the document's year, and in the claim's only when that is the same;
/// an undated document must name the claim's year somewhere for the date to be read in it.
/// Otherwise the date is of another year, or of any, and when it disagrees it says nothing
/// against the claim.
pub(super) fn year_unknown(
    text: &str,
    expected: &Quantity,
    found: &Quantity,
    document_year: Option<i32>,
) -> bool {
    let written = found
        .date
        .is_some_and(|d| d.from.year.or(d.to.year).is_some());
    let claimed = expected.date.and_then(|d| d.from.year.or(d.to.year));
    !written
        && claimed.is_some_and(|y| match document_year {
            Some(d) => d != y,
            None => !names_year_near(text, found.span, y),
        })
}

/// Bytes on each side of a date searched for the claim's year: a whole article, and a bound
/// on a corpus file of megabytes, where searching all of it for every yearless date would make
/// the run quadratic.
const YEAR_REACH: usize = 64 * 1024;

/// Whether the text within [`YEAR_REACH`] of `at` names the year `year`.
fn names_year_near(text: &str, at: Span, year: i32) -> bool {
    window(
        text,
        at.start.saturating_sub(YEAR_REACH),
        at.end.saturating_add(YEAR_REACH),
    )
    .contains(&year.to_string())
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

    #[test]
    fn a_date_of_another_year_is_another_occurrence() {
        let date = |text: &str| {
            quantity::extract(text)
                .into_iter()
                .find(|q| q.kind == QuantityKind::Date)
                .expect("a date")
        };
        let claim = date("March 8, 2018");
        let occurrence =
            |text: &str| another_occurrence(text, Span::new(0, text.len()), &claim, &date(text));
        assert!(occurrence(
            "He signed new proclamations on February 10, 2025, changing the tariffs he initially set."
        ));
        // No earlier instance named, the same year, or no year: the claim's event.
        assert!(!occurrence(
            "He signed the proclamations on February 10, 2025."
        ));
        assert!(!occurrence("He initially signed them on March 9, 2018."));
        assert!(!occurrence("He initially signed them on March 23."));
    }

    #[test]
    fn a_yearless_date_is_read_in_a_year_the_text_names() {
        let claim = quantity::parse_value("March 12, 2025").expect("a date");
        let text = "The duties will take effect March 23, officials said.";
        let found = quantity::extract(text).remove(0);
        assert!(year_unknown(text, &claim, &found, None));
        // A document of another year, or of the claim's.
        assert!(year_unknown(text, &claim, &found, Some(2018)));
        assert!(!year_unknown(text, &claim, &found, Some(2025)));
        let text = "The 2025 duties will take effect March 23.";
        let found = quantity::extract(text)
            .into_iter()
            .find(|q| q.kind == QuantityKind::Date)
            .expect("a date");
        assert!(!year_unknown(text, &claim, &found, None));
    }
}
