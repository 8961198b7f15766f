//! Relative times resolved against a document's date: "last year" in an article of March 2024
//! is 2023, "yesterday" in one of 10 November 2023 is 9 November, "on Tuesday" the Tuesday
//! before it. Read only for dated documents (never guessed), and only as values of the claims
//! whose kind is a year or a date.

use super::{Period, Precision, count};
use crate::entity::words;
use crate::quantity::{DateRange, Interval, PartialDate, Quantity, QuantityKind};
use crate::span::Span;
use jiff::civil::{Date, Weekday};

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

/// The relative times of `sentence` in `text`, as year or date values (document offsets) of a
/// document written in `document`.
pub fn relative_times(text: &str, sentence: Span, document: Period) -> Vec<Quantity> {
    let words = words(text, sentence);
    let mut found = Vec::new();
    let year = i32::from(document.first.year());
    let mut i = 0;
    while i < words.len() {
        let w = |k: usize| words.get(i + k).map(|w| w.folded.as_str());
        let span = |len: usize| Span::new(words[i].span.start, words[i + len - 1].span.end);
        let (len, value) = match (w(0), w(1), w(2)) {
            (Some("last" | "previous"), Some("year"), _) => (2, year_value(year - 1)),
            (Some("this"), Some("year"), _) => (2, year_value(year)),
            (Some("next"), Some("year"), _) => (2, year_value(year + 1)),
            (Some(n), Some("year" | "years"), Some("ago")) => {
                (3, count(n).and_then(|n| year_value(year - n)))
            }
            (Some("last"), Some("month"), _) => (2, month_value(document, -1)),
            (Some("this"), Some("month"), _) => (2, month_value(document, 0)),
            (Some("next"), Some("month"), _) => (2, month_value(document, 1)),
            (Some("yesterday"), _, _) => (1, day_value(document, -1)),
            (Some("today"), _, _) => (1, day_value(document, 0)),
            (Some("tomorrow"), _, _) => (1, day_value(document, 1)),
            (Some("on" | "last"), Some(day), _) => (2, weekday_value(document, day)),
            _ => (1, None),
        };
        match value {
            Some(mut q) => {
                q.span = span(len);
                found.push(q);
                i += len;
            }
            None => i += 1,
        }
    }
    found
}

fn year_value(year: i32) -> Option<Quantity> {
    let value = f64::from(year);
    Some(Quantity {
        span: Span::default(),
        kind: QuantityKind::Year,
        value: Some(value),
        interval: Interval::exact(value),
        rounding: None,
        date: None,
        unit: None,
        measure: None,
        qualifier: None,
        compound: false,
    })
}

fn date_value(date: PartialDate) -> Quantity {
    Quantity::of_date(
        Span::default(),
        DateRange {
            from: date,
            to: date,
        },
    )
}

fn partial(date: Date, day: bool) -> PartialDate {
    PartialDate {
        year: Some(i32::from(date.year())),
        month: u8::try_from(date.month()).ok(),
        day: day.then(|| u8::try_from(date.day()).ok()).flatten(),
    }
}

/// The month `shift` months from the document's (a month or a day precise).
fn month_value(document: Period, shift: i32) -> Option<Quantity> {
    if document.precision == Precision::Year {
        return None;
    }
    let first = document.first.first_of_month();
    let months = jiff::Span::new().months(shift);
    let month = first.checked_add(months).ok()?;
    Some(date_value(partial(month, false)))
}

/// The day `shift` days from the document's (day precise only).
fn day_value(document: Period, shift: i64) -> Option<Quantity> {
    if document.precision != Precision::Day {
        return None;
    }
    let day = document
        .first
        .checked_add(jiff::Span::new().days(shift))
        .ok()?;
    Some(date_value(partial(day, true)))
}

/// "on Tuesday", "last Tuesday": the latest such day on or before the document's day.
fn weekday_value(document: Period, word: &str) -> Option<Quantity> {
    let (_, weekday) = WEEKDAYS.iter().find(|(name, _)| *name == word)?;
    if document.precision != Precision::Day {
        return None;
    }
    let mut day = document.first;
    for _ in 0..7 {
        if day.weekday() == *weekday {
            return Some(date_value(partial(day, true)));
        }
        day = day.yesterday().ok()?;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolved(sentence: &str, document: &str) -> Vec<(String, String)> {
        let period = Period::parse(document).expect("a date");
        relative_times(sentence, Span::new(0, sentence.len()), period)
            .into_iter()
            .map(|q| {
                let value = match (q.value, q.date) {
                    (Some(y), _) => format!("{y}"),
                    (None, Some(d)) => Period::from_partial(d.from)
                        .map(|p| p.to_string())
                        .unwrap_or_default(),
                    _ => String::new(),
                };
                (q.span.slice(sentence).to_string(), value)
            })
            .collect()
    }

    #[test]
    fn relative_times_resolve_against_the_document() {
        assert_eq!(
            resolved(
                "The first dialogue was held last year, and the next one next year.",
                "2019-03-04"
            ),
            [
                ("last year".into(), "2018".into()),
                ("next year".into(), "2020".into())
            ]
        );
        assert_eq!(
            resolved("Talks ended yesterday.", "2023-11-10"),
            [("yesterday".into(), "2023-11-09".into())]
        );
        // 10 November 2023 was a Friday: "on Tuesday" is the 7th.
        assert_eq!(
            resolved("They met on Tuesday.", "2023-11-10"),
            [("on Tuesday".into(), "2023-11-07".into())]
        );
        assert_eq!(
            resolved("It opened last month.", "2024-01-15"),
            [("last month".into(), "2023-12".into())]
        );
        assert_eq!(
            resolved("It opened two years ago.", "2024-01"),
            [("two years ago".into(), "2022".into())]
        );
    }

    #[test]
    fn a_document_known_only_to_its_year_resolves_no_day() {
        assert!(resolved("Talks ended yesterday.", "2023").is_empty());
        assert!(resolved("It opened last month.", "2023").is_empty());
    }
}
