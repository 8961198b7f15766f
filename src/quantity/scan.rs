//! The scan behind [`super::extract`]: walks the tokens left to right and, at each one, tries
//! the readers in order of specificity — a date, then a (qualified) figure, possibly the start
//! of a range — taking the first that matches and resuming after it.
//!
//! Why this order: "November 10, 2023" must be one date, not a count 10 and a year 2023;
//! "between 10 and 15 April" is a date range before it is a count range. Because every reader
//! consumes whole tokens and the scan resumes after what was read, quantities come out sorted
//! and non-overlapping by construction.

use super::code::blocked_tokens;
use super::date::read_date;
use super::figure::{Figure, read_figure};
use super::qualifier::{interval_for, read_prefix, read_suffix, rounding_interval};
use super::range::read_second;
use super::token::{Token, TokenKind, tokenize, touching};
use super::{Interval, Qualifier, QualifierKind, Quantity, QuantityKind};
use crate::span::Span;

/// Every quantity in `text`, sorted by position, non-overlapping.
pub(crate) fn scan(text: &str) -> Vec<Quantity> {
    let toks = tokenize(text);
    let blocked = blocked_tokens(&toks);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match read_at(&toks, &blocked, i) {
            Some((q, next)) => {
                out.push(q);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// Byte span of tokens `start..end`.
fn span_of(toks: &[Token], start: usize, end: usize) -> Option<Span> {
    let first = toks.get(start)?;
    let last = toks.get(end.checked_sub(1)?)?;
    Some(Span::new(first.start, last.end.max(first.start)))
}

fn unbounded() -> Interval {
    Interval {
        low: None,
        high: None,
        low_inclusive: false,
        high_inclusive: false,
    }
}

fn read_at(toks: &[Token], blocked: &[bool], i: usize) -> Option<(Quantity, usize)> {
    let t = toks.get(i)?;
    if t.is_word("between") {
        return read_between(toks, blocked, i);
    }
    let prefix = read_prefix(toks, i);
    let body = prefix.map_or(i, |(_, j)| j);
    let qualifier =
        |kind: QualifierKind| span_of(toks, i, body).map(|span| Qualifier { kind, span });
    if let Some((date, end)) = read_date(toks, body) {
        let ranged = date.from != date.to;
        let (start, q) = match prefix {
            Some((QualifierKind::Since, _)) => {
                let kind = if ranged {
                    QualifierKind::Between
                } else {
                    QualifierKind::Since
                };
                (i, qualifier(kind))
            }
            _ if ranged => (
                body,
                span_of(toks, body, end).map(|span| Qualifier {
                    kind: QualifierKind::Between,
                    span,
                }),
            ),
            _ => (body, None),
        };
        let q = Quantity {
            span: span_of(toks, start, end)?,
            kind: QuantityKind::Date,
            value: None,
            interval: unbounded(),
            date: Some(date),
            unit: None,
            qualifier: q,
            compound: is_compound(toks, end),
        };
        return Some((q, end));
    }
    let first = read_figure(toks, body, blocked)?;
    if let Some(r) = read_second(toks, &first, blocked, false) {
        // "from 200 to 300" keeps "from"; other qualifiers before a range are dropped
        let from = prefix.is_some_and(|_| t.is_word("from"));
        let start = if from { i } else { body };
        let q_span = if from {
            span_of(toks, i, body)
        } else {
            span_of(toks, r.connector.0, r.connector.1)
        };
        let q = range_quantity(toks, start, r.end, r.kind, r.unit, r.low, r.high, q_span?)?;
        return Some((q, r.end));
    }
    let mut kind = prefix.map(|(k, _)| k);
    let mut start = i;
    let from_or_since = kind == Some(QualifierKind::Since);
    if from_or_since && first.kind != QuantityKind::Year {
        kind = None; // "from 30 drones": "from" says nothing about the number
        start = body;
    }
    let mut end = first.end;
    let mut q_span = kind.and_then(|_| span_of(toks, i, body));
    if kind.is_none()
        && let Some((k, e)) = read_suffix(toks, end)
    {
        q_span = span_of(toks, end, e);
        kind = Some(k);
        end = e;
    }
    let q = figure_quantity(toks, &first, start, end, kind.zip(q_span))?;
    Some((q, end))
}

/// "between X and Y": a date range, or a range of figures.
fn read_between(toks: &[Token], blocked: &[bool], i: usize) -> Option<(Quantity, usize)> {
    let between = span_of(toks, i, i + 1)?;
    if let Some((date, end)) = read_date(toks, i) {
        let q = Quantity {
            span: span_of(toks, i, end)?,
            kind: QuantityKind::Date,
            value: None,
            interval: unbounded(),
            date: Some(date),
            unit: None,
            qualifier: Some(Qualifier {
                kind: QualifierKind::Between,
                span: between,
            }),
            compound: false,
        };
        return Some((q, end));
    }
    let first = read_figure(toks, i + 1, blocked)?;
    let r = read_second(toks, &first, blocked, true)?;
    let q = range_quantity(toks, i, r.end, r.kind, r.unit, r.low, r.high, between)?;
    Some((q, r.end))
}

#[allow(clippy::too_many_arguments)]
fn range_quantity(
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
        interval: Interval {
            low: Some(low),
            high: Some(high),
            low_inclusive: true,
            high_inclusive: true,
        },
        date: None,
        unit,
        qualifier: Some(Qualifier {
            kind: QualifierKind::Between,
            span: q_span,
        }),
        compound: is_compound(toks, end),
    })
}

fn figure_quantity(
    toks: &[Token],
    f: &Figure,
    start: usize,
    end: usize,
    qualifier: Option<(QualifierKind, Span)>,
) -> Option<Quantity> {
    let rounded = if f.decade {
        Interval {
            low: Some(f.value),
            high: Some(f.value + 9.0),
            low_inclusive: true,
            high_inclusive: true,
        }
    } else {
        rounding_interval(f.value, f.half_width)
    };
    Some(Quantity {
        span: span_of(toks, start, end)?,
        kind: f.kind,
        value: Some(f.value),
        interval: interval_for(qualifier.map(|(k, _)| k), f.value, rounded),
        date: None,
        unit: f.unit,
        qualifier: qualifier.map(|(kind, span)| Qualifier { kind, span }),
        compound: is_compound(toks, end),
    })
}

/// The quantity ending before token `end` is hyphen-joined to a following word: "fifth-largest",
/// "30-member", "two-day".
fn is_compound(toks: &[Token], end: usize) -> bool {
    let (Some(last), Some(dash), Some(word)) = (
        end.checked_sub(1).and_then(|k| toks.get(k)),
        toks.get(end),
        toks.get(end + 1),
    ) else {
        return false;
    };
    dash.is_dash() && touching(last, dash) && touching(dash, word) && word.kind == TokenKind::Word
}
