//! A sentence that places a value before a date: "In 2019 the line carried 40,000 passengers a
//! day", "in April 2022", "last year" (against the document's date), "originally", "had
//! planned". Such a value was true then; against a claim that holds from a later date it is
//! history, not a contradiction.

use super::{Period, count};
use crate::clause::Reading;
use crate::entity::words;
use crate::quantity::{Quantity, QuantityKind};
use crate::span::Span;

/// Prepositions that place a statement at a time ("in 2019", "on 10 April 2022").
const AT_TIME: &[&str] = &[
    "in", "on", "during", "at", "of", "around", "circa", "by", "from",
];

/// Words that say a value is an earlier state, whatever its date.
const EARLIER: &[&[&str]] = &[
    &["originally"],
    &["initially"],
    &["previously"],
    &["at", "first"],
    &["at", "the", "time"],
    &["had", "planned"],
    &["had", "intended"],
    &["had", "expected"],
    &["first", "plan"],
    &["earlier", "plan"],
    &["earlier", "plans"],
    &["was", "first"],
];

/// Whether the sentence places `values[value]` before `as_of`: a year or a date in its clause
/// after a time preposition ("in 2019"), a relative time resolved against the `document`'s date
/// ("last year", "two years ago"; never guessed for an undated document), or a word that makes
/// it an earlier state ("originally", "had planned").
pub fn placed_before(
    text: &str,
    sentence: Span,
    reading: &Reading,
    values: &[Quantity],
    value: usize,
    as_of: Period,
    document: Option<Period>,
) -> bool {
    let Some(v) = values.get(value) else {
        return false;
    };
    let in_clause = |span: Span| reading.same_clause(span, v.span);
    let words = words(text, sentence);
    let word_before = |span: Span| {
        let i = words.partition_point(|w| w.span.end <= span.start);
        i.checked_sub(1).map(|p| words[p].folded.as_str())
    };
    // "in 2019", "in April 2022": a time of the clause's own.
    let dated = values.iter().enumerate().any(|(i, q)| {
        i != value
            && matches!(q.kind, QuantityKind::Year | QuantityKind::Date)
            && in_clause(q.span)
            && word_before(q.span).is_some_and(|w| AT_TIME.contains(&w))
            && time_of(q).is_some_and(|p| p.before(&as_of))
    });
    if dated {
        return true;
    }
    for (i, word) in words.iter().enumerate() {
        if !in_clause(word.span) {
            continue;
        }
        let next = |k: usize| words.get(i + k).map(|w| w.folded.as_str());
        let earlier = EARLIER
            .iter()
            .any(|phrase| phrase.iter().enumerate().all(|(k, p)| next(k) == Some(*p)));
        if earlier {
            return true;
        }
        // "last year", "two years ago", "a year earlier": resolved against the document.
        let Some(document) = document else {
            continue;
        };
        let years_back = match (word.folded.as_str(), next(1), next(2)) {
            ("last" | "previous", Some("year"), _) => Some(1),
            (n, Some("year" | "years"), Some("ago" | "earlier")) => {
                count(n).and_then(|n| i16::try_from(n).ok())
            }
            _ => None,
        };
        if years_back
            .and_then(|n| document.years_earlier(n))
            .is_some_and(|p| p.before(&as_of))
        {
            return true;
        }
    }
    false
}

/// The period a year or a date stands for.
fn time_of(q: &Quantity) -> Option<Period> {
    match q.kind {
        QuantityKind::Year => q.value.and_then(|y| Period::year(y as i32)),
        QuantityKind::Date => q.date.and_then(|d| Period::from_partial(d.to)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity;

    /// Whether `sentence` places its value `value` before `as_of`, for a document of `document`.
    fn placed(sentence: &str, value: &str, as_of: &str, document: Option<&str>) -> bool {
        let span = Span::new(0, sentence.len());
        let values = quantity::extract(sentence);
        let index = values
            .iter()
            .position(|q| q.span.slice(sentence) == value)
            .unwrap_or_else(|| panic!("{value} is a value of {sentence:?}"));
        let reading = Reading::new(sentence, span, &values);
        placed_before(
            sentence,
            span,
            &reading,
            &values,
            index,
            Period::parse(as_of).expect("a date"),
            document.and_then(Period::parse),
        )
    }

    #[test]
    fn a_time_of_the_clause_places_the_value() {
        assert!(placed(
            "In 2019 the line carried 40,000 passengers a day.",
            "40,000",
            "2023",
            None
        ));
        assert!(placed(
            "In April 2022 the deal covered 30 drones.",
            "30",
            "2023-06",
            None
        ));
        assert!(!placed(
            "In 2024 the line carried 40,000 passengers a day.",
            "40,000",
            "2023",
            None
        ));
        // A time in another clause says nothing of this one.
        assert!(!placed(
            "The line opened in 2019; it now carries 40,000 passengers a day.",
            "40,000",
            "2023",
            None
        ));
    }

    #[test]
    fn relative_times_need_the_document_date() {
        let s = "Last year the line carried 40,000 passengers a day.";
        assert!(placed(s, "40,000", "2024", Some("2024-05-01")));
        assert!(
            !placed(s, "40,000", "2024", None),
            "never guessed for an undated document"
        );
        assert!(placed(
            "Two years ago the fleet had 30 drones.",
            "30",
            "2023",
            Some("2024-03")
        ));
    }

    #[test]
    fn earlier_states_are_placed_before() {
        assert!(placed(
            "The city had planned to buy 40 buses.",
            "40",
            "2023",
            None
        ));
        assert!(placed(
            "The order was originally for 40 buses.",
            "40",
            "2023",
            None
        ));
        assert!(!placed("The city will buy 40 buses.", "40", "2023", None));
    }
}
