//! Ranges of figures: "between 10 and 15", "3-4 drones", "1000–5000", "20 to 30", "20~100",
//! "from 200 to 300", "$3-4 billion", "2019-20".
//!
//! A range is one quantity with `value = None` and interval `[low, high]`. The two ends share
//! what only one of them wrote: "3-4 billion" reads 3 as 3 billion, "$3-4 billion" makes both
//! money, "20-30%" both percent, and "2019-20" reads 20 as 2020. Contract: [`read_second`] looks
//! for a connector and a second figure after a first one and returns the merged range, or
//! `None` when the two do not make an increasing range of one kind (then they stay apart);
//! [`read_between`] reads "between X and Y" (a date range or a range of figures) and
//! [`range_quantity`] makes the quantity of a range the scan has read.

use super::date::read_date;
use super::figure::{Figure, read_figure};
use super::scan::{date_quantity, is_compound, span_of};
use super::token::{Token, touching};
use super::{Interval, Qualifier, QualifierKind, Quantity, QuantityKind};
use crate::span::Span;

/// A merged range: both ends, the connector's tokens, and the token after the range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct FigureRange {
    pub kind: QuantityKind,
    pub unit: Option<&'static str>,
    pub low: f64,
    pub high: f64,
    pub connector: (usize, usize),
    pub end: usize,
}

/// The connector after a first figure ending at `i`: "-", "–", "to", "through", "~".
fn connector_at(toks: &[Token], i: usize, between: bool) -> Option<usize> {
    let t = toks.get(i)?;
    let ok = if between {
        t.is_word("and")
    } else {
        t.is_dash() || t.is_symbol('~') || t.is_any_word(&["to", "through", "thru"])
    };
    ok.then_some(i + 1)
}

/// Reads "<connector> <figure>" after `first`; `between` when the range opened with "between".
pub(crate) fn read_second(
    toks: &[Token],
    first: &Figure,
    blocked: &[bool],
    between: bool,
) -> Option<FigureRange> {
    let j = connector_at(toks, first.end, between)?;
    let dash = toks.get(first.end).is_some_and(Token::is_dash);
    if dash {
        // a dash joins a range only when it touches both sides or neither ("3-4", "3 - 4")
        let prev = first.end.checked_sub(1).and_then(|k| toks.get(k));
        let (Some(a), Some(d), Some(b)) = (prev, toks.get(first.end), toks.get(j)) else {
            return None;
        };
        if touching(a, d) != touching(d, b) {
            return None;
        }
    }
    let second = read_figure(toks, j, blocked)?;
    merge(first, &second, dash).map(|(kind, unit, low, high)| FigureRange {
        kind,
        unit,
        low,
        high,
        connector: (first.end, j),
        end: second.end,
    })
}

type Merged = (QuantityKind, Option<&'static str>, f64, f64);

fn merge(a: &Figure, b: &Figure, dash: bool) -> Option<Merged> {
    use QuantityKind::*;
    let mut low = a.value;
    let mut high = b.value;
    // "2019-20": a fiscal year written short
    if dash
        && a.kind == Year
        && b.kind == Count
        && (0.0..100.0).contains(&high)
        && b.end == b.start + 1
    {
        high += (low / 100.0).floor() * 100.0;
        return (high > low).then_some((Year, None, low, high));
    }
    // "3-4 billion", "between 4.3 and 5.2 billion": the first end borrows the second's scale,
    // whether or not it is written with decimals
    if a.scale == 1.0 && b.scale > 1.0 && low * b.scale <= high {
        low *= b.scale;
    }
    let (kind, unit) = match (a.kind, b.kind) {
        (Ordinal, _) | (_, Ordinal) | (Date, _) | (_, Date) => return None,
        (Money, Money) if a.unit != b.unit => return None,
        (Money, Money) => (Money, a.unit),
        (Count, Money) => (Money, b.unit),
        (Money, Count) if dash && b.unit.is_none() => (Money, a.unit),
        (Percent, Percent) | (Count, Percent) => (Percent, Some("%")),
        (Year, Year) => (Year, None),
        (Count, Count) => (Count, None),
        // "between 2 and 3 km", "2-3 km", "2 km to 3 km"
        (Count, Measure) => (Measure, b.unit),
        (Measure, Measure) if a.unit == b.unit => (Measure, a.unit),
        _ => return None, // "rose 15% to $415.9 million" is two figures, not a range
    };
    if a.decade || b.decade {
        return None;
    }
    (low < high).then_some((kind, unit, low, high))
}

/// "between X and Y": a date range, or a range of figures.
pub(super) fn read_between(
    toks: &[Token],
    blocked: &[bool],
    i: usize,
) -> Option<(Quantity, usize)> {
    let between = span_of(toks, i, i + 1)?;
    if let Some((date, end)) = read_date(toks, i) {
        let between = Qualifier {
            kind: QualifierKind::Between,
            span: between,
        };
        let q = date_quantity(toks, i, end, date, Some(between), false)?;
        return Some((q, end));
    }
    let first = read_figure(toks, i + 1, blocked)?;
    let r = read_second(toks, &first, blocked, true)?;
    let q = range_quantity(toks, i, r.end, r.kind, r.unit, r.low, r.high, between)?;
    Some((q, r.end))
}

#[allow(clippy::too_many_arguments)]
pub(super) fn range_quantity(
    toks: &[Token],
    start: usize,
    end: usize,
    kind: QuantityKind,
    unit: Option<&'static str>,
    low: f64,
    high: f64,
    q_span: Span,
) -> Option<Quantity> {
    Some(Quantity {
        span: span_of(toks, start, end)?,
        kind,
        value: None,
        rounding: None,
        interval: Interval {
            low: Some(low),
            high: Some(high),
            low_inclusive: true,
            high_inclusive: true,
        },
        date: None,
        unit,
        measure: None,
        qualifier: Some(Qualifier {
            kind: QualifierKind::Between,
            span: q_span,
        }),
        compound: is_compound(toks, end),
    })
}

#[cfg(test)]
mod tests {
    use super::super::code::blocked_tokens;
    use super::super::token::tokenize;
    use super::*;
    use QuantityKind::*;

    fn range(text: &str) -> Option<(QuantityKind, Option<&'static str>, f64, f64)> {
        let toks = tokenize(text);
        let blocked = blocked_tokens(&toks);
        let between = toks.first().is_some_and(|t| t.is_word("between"));
        let start = usize::from(between);
        let first = read_figure(&toks, start, &blocked)?;
        read_second(&toks, &first, &blocked, between).map(|r| (r.kind, r.unit, r.low, r.high))
    }

    #[test]
    fn ranges_table() {
        type Case = (
            &'static str,
            Option<(QuantityKind, Option<&'static str>, f64, f64)>,
        );
        let cases: &[Case] = &[
            ("3-4 drones", Some((Count, None, 3.0, 4.0))),
            ("between 10 and 15", Some((Count, None, 10.0, 15.0))),
            ("1000 – 5000", Some((Count, None, 1000.0, 5000.0))),
            ("20 to 30", Some((Count, None, 20.0, 30.0))),
            ("20~100", Some((Count, None, 20.0, 100.0))),
            ("$3-4 billion", Some((Money, Some("USD"), 3e9, 4e9))),
            // A first end written with decimals borrows the scale all the same.
            (
                "between $4.3 and $5.2 billion",
                Some((Money, Some("USD"), 4.3e9, 5.2e9)),
            ),
            ("1.7 to 1.9 billion", Some((Count, None, 1.7e9, 1.9e9))),
            // A first end larger than the second's scale keeps its own value.
            ("2.5-3 thousand", Some((Count, None, 2500.0, 3000.0))),
            ("20-30%", Some((Percent, Some("%"), 20.0, 30.0))),
            ("2019-20", Some((Year, None, 2019.0, 2020.0))),
            ("2018-2020", Some((Year, None, 2018.0, 2020.0))),
            ("3-0 win", None),
            ("15 % to $ 415.9 million", None),
            ("5k-20k", Some((Count, None, 5000.0, 20000.0))),
            ("10 and 15", None),
            ("30 -40", None),
        ];
        for (text, want) in cases {
            assert_eq!(range(text), *want, "{text}");
        }
    }
}
