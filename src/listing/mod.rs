//! Listings: what crosscheck reads in a document, for `crosscheck sentences` and
//! `crosscheck extract`. They show exactly what `check` works from (the same segmenter, and the
//! same extractor run sentence by sentence), so a surprising verdict can be traced to its source.

pub mod render;

use crate::corpus::Document;
use crate::quantity::{self, DateRange, Interval, PartialDate, Quantity};
use crate::segment::Segmenter;
use crate::span::{LineIndex, Span};
use serde::Serialize;

/// One sentence of a document (the `sentences` JSON Lines record).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentenceRecord {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    pub text: String,
}

/// A number or a date, as JSON writes it: integers without a fraction, dates in ISO 8601.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Scalar {
    Integer(i64),
    Number(f64),
    Text(String),
}

/// One quantity of a document (the `extract` JSON Lines record).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuantityRecord {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    pub text: String,
    /// count, money, ordinal, percent, year, date or measure.
    pub kind: &'static str,
    /// The number as written, scale applied (4000000000 for "$4 billion", 5 for "fifth"); an
    /// ISO 8601 date ("2023-11-10", "2022-04", "--11-10" without a year); null for a pure range.
    pub value: Option<Scalar>,
    /// The interval compared with claims; null ends are unbounded. Dates give their first and
    /// last day.
    pub low: Option<Scalar>,
    pub high: Option<Scalar>,
    /// Whether each end belongs to the interval: "over 10" excludes 10, "at least 10" and
    /// "10+" include it. Without them a reader of the record could not tell the two apart.
    pub low_inclusive: bool,
    pub high_inclusive: bool,
    /// ISO 4217 currency code, "%", or a measurement's unit ("km", "MW", "°C", "day").
    pub unit: Option<&'static str>,
    /// A measurement's dimension ("length", "power", "duration", …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimension: Option<&'static str>,
    /// A measurement's interval in its dimension's base unit (`base_unit`: "m", "W", "s", "K",
    /// …), what is compared across units; null ends are unbounded, and both are null for
    /// degrees of no stated scale. Inclusive as `low_inclusive` and `high_inclusive` say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_unit: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_low: Option<Scalar>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_high: Option<Scalar>,
    /// The words that widened the value ("over", "nearly", "between"), lowercased.
    pub qualifier: Option<String>,
}

/// Every sentence of `document`: its text as read (the prose: Markdown and HTML without their
/// markup), its position in the file.
pub fn sentences(document: &Document, segmenter: &dyn Segmenter) -> Vec<SentenceRecord> {
    let text = document.text.as_str();
    let source = document.source_text();
    let index = LineIndex::new(source);
    segmenter
        .sentences(text)
        .into_iter()
        .map(|span| {
            let at = document.source_span(span);
            let line_col = index.line_col(source, at.start);
            SentenceRecord {
                path: document.path.clone(),
                line: line_col.line,
                column: line_col.column,
                byte_start: at.start,
                byte_end: at.end,
                text: span.slice(text).to_string(),
            }
        })
        .collect()
}

/// Every quantity of `document`, read sentence by sentence as `check` reads them, with its
/// position in the file.
pub fn quantities(document: &Document, segmenter: &dyn Segmenter) -> Vec<QuantityRecord> {
    let text = document.text.as_str();
    let source = document.source_text();
    let index = LineIndex::new(source);
    let mut records = Vec::new();
    for sentence in segmenter.sentences(text) {
        for q in quantity::extract(sentence.slice(text)) {
            let q = q.shifted(sentence.start);
            let at = document.source_span(q.span);
            let line_col = index.line_col(source, at.start);
            let mut record = record(document, text, line_col.line, line_col.column, &q);
            record.byte_start = at.start;
            record.byte_end = at.end;
            records.push(record);
        }
    }
    records
}

fn record(
    document: &Document,
    text: &str,
    line: usize,
    column: usize,
    q: &Quantity,
) -> QuantityRecord {
    let (value, low, high) = match q.date {
        Some(range) => (
            Some(Scalar::Text(iso_range(range))),
            iso_end(range.from),
            iso_end(range.to),
        ),
        None => (
            q.value.map(number),
            end(q.interval.low),
            end(q.interval.high),
        ),
    };
    QuantityRecord {
        path: document.path.clone(),
        line,
        column,
        byte_start: q.span.start,
        byte_end: q.span.end,
        text: q.span.slice(text).to_string(),
        kind: q.kind.as_str(),
        value,
        low,
        high,
        low_inclusive: q.date.is_some() || (q.interval.low_inclusive && q.interval.low.is_some()),
        high_inclusive: q.date.is_some()
            || (q.interval.high_inclusive && q.interval.high.is_some()),
        unit: q.unit,
        dimension: q.measure.as_ref().map(|m| m.dimension.as_str()),
        base_unit: q.measure.as_ref().map(|m| m.base_unit),
        base_low: q
            .measure
            .as_ref()
            .and_then(|m| m.base)
            .and_then(|b| end(b.low)),
        base_high: q
            .measure
            .as_ref()
            .and_then(|m| m.base)
            .and_then(|b| end(b.high)),
        qualifier: q
            .qualifier
            .map(|qualifier| qualifier_words(text, qualifier.span)),
    }
}

fn qualifier_words(text: &str, span: Span) -> String {
    text.get(span.start..span.end)
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn end(x: Option<f64>) -> Option<Scalar> {
    x.map(number)
}

/// Integers print without a fraction ("4000000000", not "4000000000.0").
pub fn number(x: f64) -> Scalar {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        Scalar::Integer(x as i64)
    } else {
        Scalar::Number(x)
    }
}

/// ISO 8601 with the precision the text had: "2023-11-10", "2022-04", "2018", "--11-10".
pub fn iso_date(d: PartialDate) -> String {
    match (d.year, d.month, d.day) {
        (Some(y), Some(m), Some(day)) => format!("{y:04}-{m:02}-{day:02}"),
        (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
        (Some(y), None, _) => format!("{y:04}"),
        (None, Some(m), Some(day)) => format!("--{m:02}-{day:02}"),
        (None, Some(m), None) => format!("--{m:02}"),
        (None, None, _) => String::new(),
    }
}

fn iso_range(range: DateRange) -> String {
    if range.from == range.to {
        iso_date(range.from)
    } else {
        format!("{}/{}", iso_date(range.from), iso_date(range.to))
    }
}

fn iso_end(d: PartialDate) -> Option<Scalar> {
    let iso = iso_date(d);
    (!iso.is_empty()).then_some(Scalar::Text(iso))
}

/// An interval for people: "[3500000000, 4500000000)", "(3000000000, ∞)".
pub fn interval_text(interval: &Interval) -> String {
    let show = |x: Option<f64>, infinity: &str| match x.map(number) {
        Some(Scalar::Integer(i)) => i.to_string(),
        Some(Scalar::Number(f)) => format!("{f}"),
        _ => infinity.to_string(),
    };
    format!(
        "{}{}, {}{}",
        if interval.low_inclusive && interval.low.is_some() {
            '['
        } else {
            '('
        },
        show(interval.low, "-∞"),
        show(interval.high, "∞"),
        if interval.high_inclusive && interval.high.is_some() {
            ']'
        } else {
            ')'
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::RuleSegmenter;

    fn document(text: &str) -> Document {
        Document::plain("a.md".to_string(), text.to_string())
    }

    #[test]
    fn quantities_carry_positions_values_and_intervals() {
        let doc = document(
            "Drone deal\n\nIndia will buy 31 drones for nearly $4 billion. Talks began on November 10, 2023.",
        );
        let records = quantities(&doc, &RuleSegmenter::default());
        #[allow(clippy::type_complexity)]
        let summary: Vec<(
            usize,
            usize,
            &str,
            &str,
            Option<Scalar>,
            Option<Scalar>,
            Option<Scalar>,
        )> = records
            .iter()
            .map(|r| {
                (
                    r.line,
                    r.column,
                    r.text.as_str(),
                    r.kind,
                    r.value.clone(),
                    r.low.clone(),
                    r.high.clone(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            vec![
                (
                    3,
                    16,
                    "31",
                    "count",
                    Some(Scalar::Integer(31)),
                    Some(Scalar::Integer(31)),
                    Some(Scalar::Integer(31))
                ),
                (
                    3,
                    30,
                    "nearly $4 billion",
                    "money",
                    Some(Scalar::Integer(4_000_000_000)),
                    Some(Scalar::Integer(3_600_000_000)),
                    Some(Scalar::Integer(4_000_000_000))
                ),
                (
                    3,
                    64,
                    "November 10, 2023",
                    "date",
                    Some(Scalar::Text("2023-11-10".into())),
                    Some(Scalar::Text("2023-11-10".into())),
                    Some(Scalar::Text("2023-11-10".into()))
                ),
            ]
        );
        assert_eq!(records[1].unit, Some("USD"));
        assert_eq!(records[1].qualifier.as_deref(), Some("nearly"));
    }

    #[test]
    fn sentences_carry_positions() {
        let doc = document(
            "India-U.S. 2+2 Dialogue\nThe U.S. Secretary of State Antony J. Blinken came. He left.",
        );
        let records = sentences(&doc, &RuleSegmenter::default());
        let texts: Vec<(usize, usize, &str)> = records
            .iter()
            .map(|r| (r.line, r.column, r.text.as_str()))
            .collect();
        assert_eq!(
            texts,
            [
                (1, 1, "India-U.S. 2+2 Dialogue"),
                (2, 1, "The U.S. Secretary of State Antony J. Blinken came."),
                (2, 53, "He left."),
            ]
        );
    }

    #[test]
    fn dates_print_in_iso_8601_with_their_precision() {
        let d = |year, month, day| PartialDate { year, month, day };
        assert_eq!(iso_date(d(Some(2023), Some(11), Some(10))), "2023-11-10");
        assert_eq!(iso_date(d(Some(2022), Some(4), None)), "2022-04");
        assert_eq!(iso_date(d(None, Some(11), Some(10))), "--11-10");
        assert_eq!(interval_text(&Interval::exact(31.0)), "[31, 31]");
    }
}
