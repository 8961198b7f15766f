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
use super::range::{range_quantity, read_between, read_second};
use super::reach::{BODY_REACH, NONE, first_in_reach, first_in_reach_of, next_values};
use super::token::{Token, TokenKind, tokenize, touching};
use super::value_screen::may_hold_value;
use super::{DateRange, Interval, Qualifier, QualifierKind, Quantity, QuantityKind};
use crate::span::Span;

/// Every quantity in `text`, sorted by position, non-overlapping.
pub(crate) fn scan(text: &str) -> Vec<Quantity> {
    if !may_hold_value(text) {
        return Vec::new();
    }
    let toks = tokenize(text);
    let next = next_values(&toks);
    if next.first().is_none_or(|&v| v == NONE) {
        return Vec::new();
    }
    let blocked = blocked_tokens(&toks);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // no reader succeeds too far ahead of a value (`reach.rs`)
        i = first_in_reach(&next, i);
        match read_at(&toks, &blocked, i, Some(&next)) {
            Some((mut q, next)) => {
                if q.kind == QuantityKind::Measure {
                    super::measure::set_base(&mut q);
                }
                out.push(q);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// Byte span of tokens `start..end`.
pub(crate) fn span_of(toks: &[Token], start: usize, end: usize) -> Option<Span> {
    let first = toks.get(start)?;
    let last = toks.get(end.checked_sub(1)?)?;
    Some(Span::new(first.start, last.end.max(first.start)))
}

/// The date quantity of tokens `start..end` ([`Quantity::of_date`]), with its qualifier.
/// `compound` when it is hyphen-joined to a following word.
pub(super) fn date_quantity(
    toks: &[Token],
    start: usize,
    end: usize,
    date: DateRange,
    qualifier: Option<Qualifier>,
    compound: bool,
) -> Option<Quantity> {
    Some(Quantity {
        qualifier,
        compound,
        ..Quantity::of_date(span_of(toks, start, end)?, date)
    })
}

/// The quantity that starts at token `i`, if a reader reads one there, and the token after it.
/// Given [`next_values`], a reading whose qualifier leaves no value token within
/// [`BODY_REACH`] is not tried: only a currency, a sign and an article may stand between
/// the qualifier and the value (`reach.rs`), and most tokens in reach of a value are in reach
/// only for a qualifier that is not there.
pub(super) fn read_at(
    toks: &[Token],
    blocked: &[bool],
    i: usize,
    next: Option<&[usize]>,
) -> Option<(Quantity, usize)> {
    let t = toks.get(i)?;
    if t.is_word("between") {
        return read_between(toks, blocked, i);
    }
    if let Some(aged) = super::measure::read_aged(toks, blocked, i) {
        return Some(aged);
    }
    let prefix = read_prefix(toks, i);
    let body = prefix.map_or(i, |(_, j)| j);
    if let Some(next) = next
        && first_in_reach_of(next, body, BODY_REACH) != body
    {
        return None;
    }
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
        let q = date_quantity(toks, start, end, date, q, is_compound(toks, end))?;
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
    if let Some((k, e)) = read_suffix(toks, end, kind) {
        q_span = span_of(toks, end, e);
        kind = Some(k);
        end = e;
    }
    let q = figure_quantity(toks, &first, start, end, kind.zip(q_span))?;
    Some(super::bounds::join_bounds(toks, blocked, q, end))
}

pub(crate) fn figure_quantity(
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
        rounding: f.half_width.filter(|h| *h > 0.0 && !f.decade),
        date: None,
        unit: f.unit,
        measure: None,
        qualifier: qualifier.map(|(kind, span)| Qualifier { kind, span }),
        compound: is_compound(toks, end),
    })
}

/// The quantity ending before token `end` is hyphen-joined to a following word: "fifth-largest",
/// "30-member", "two-day".
pub(super) fn is_compound(toks: &[Token], end: usize) -> bool {
    let (Some(last), Some(dash), Some(word)) = (
        end.checked_sub(1).and_then(|k| toks.get(k)),
        toks.get(end),
        toks.get(end + 1),
    ) else {
        return false;
    };
    dash.is_dash() && touching(last, dash) && touching(dash, word) && word.kind == TokenKind::Word
}

#[cfg(test)]
mod tests {
    use super::super::{QualifierKind as Q, QuantityKind as K, extract};

    type Seen<'a> = (&'a str, K, Option<f64>, Option<Q>, bool);

    fn seen(text: &str) -> Vec<Seen<'_>> {
        extract(text)
            .into_iter()
            .map(|q| {
                (
                    q.span.slice(text),
                    q.kind,
                    q.value,
                    q.qualifier.map(|x| x.kind),
                    q.compound,
                )
            })
            .collect()
    }

    #[test]
    fn news_sentences_table() {
        let cases: &[(&str, &[Seen])] = &[
            (
                "This included an agreement for the purchase of 30 Predator Armed Drones from the US for India’s three armed services.",
                &[
                    ("30", K::Count, Some(30.0), None, false),
                    ("three", K::Count, Some(3.0), None, false),
                ],
            ),
            (
                "This would have prevented the US from penalising India for its purchases of S 400 surface-to-air missile systems from Russia in 2018.",
                &[("2018", K::Year, Some(2018.0), None, false)],
            ),
            (
                "The foreign and defense ministers convened for their fifth “2 plus 2” dialogue in New Delhi on November 10, 2023.",
                &[
                    ("fifth", K::Ordinal, Some(5.0), None, false),
                    ("2", K::Count, Some(2.0), None, false),
                    ("2", K::Count, Some(2.0), None, false),
                    ("November 10, 2023", K::Date, None, None, false),
                ],
            ),
            (
                "India, the world’s fifth-largest economy",
                &[("fifth", K::Ordinal, Some(5.0), None, true)],
            ),
            (
                "For instance, about 60% of India’s military equipment is sourced from Russia.",
                &[("about 60%", K::Percent, Some(60.0), Some(Q::About), false)],
            ),
            (
                "The two-plus-two talks, a tradition since 2018, have been instrumental",
                &[("since 2018", K::Year, Some(2018.0), Some(Q::Since), false)],
            ),
            (
                "By siliconindia | Tuesday, 24 October 2023, 02:24 IST",
                &[("Tuesday, 24 October 2023", K::Date, None, None, false)],
            ),
            (
                "18.11.2023 Author: Anvar Azimov",
                &[("18.11.2023", K::Date, None, None, false)],
            ),
            (
                "the fifth India-US 2+2 ministerial-level talks",
                &[("fifth", K::Ordinal, Some(5.0), None, false)],
            ),
            (
                "The talks also covered a more than $3 billion deal for India to acquire 31 armed drones",
                &[
                    (
                        "more than $3 billion",
                        K::Money,
                        Some(3e9),
                        Some(Q::Over),
                        false,
                    ),
                    ("31", K::Count, Some(31.0), None, false),
                ],
            ),
            (
                "including over three billion dollars worth of predator drones",
                &[(
                    "over three billion dollars",
                    K::Money,
                    Some(3e9),
                    Some(Q::Over),
                    false,
                )],
            ),
            (
                "a ₹28,000 crore ($3.3 billion) deal",
                &[
                    ("₹28,000 crore", K::Money, Some(2.8e11), None, false),
                    ("$3.3 billion", K::Money, Some(3.3e9), None, false),
                ],
            ),
            (
                "a 30-member team for a two-day visit",
                &[
                    ("30", K::Count, Some(30.0), None, true),
                    ("two-day", K::Measure, Some(2.0), None, false),
                ],
            ),
            ("One of the key disadvantages; no one; the one", &[]),
            (
                "MQ-9B, S-400, F414, G20, I2U2, COVID-19, No. 10 Downing Street, 1.2.3, 10:30",
                &[],
            ),
            ("call +1 202-555-0100 or 011-2345-6789", &[]),
            (
                "3-4 drones",
                &[("3-4", K::Count, None, Some(Q::Between), false)],
            ),
            (
                "nearly $4 billion",
                &[(
                    "nearly $4 billion",
                    K::Money,
                    Some(4e9),
                    Some(Q::Nearly),
                    false,
                )],
            ),
            (
                "in the 1990s",
                &[("1990s", K::Year, Some(1990.0), None, false)],
            ),
            ("on 10/11/2023", &[]),
            (
                "more than 10 and less than 40 drones",
                &[(
                    "more than 10 and less than 40",
                    K::Count,
                    None,
                    Some(Q::Between),
                    false,
                )],
            ),
            (
                "sales rose 15% to $415.9 million",
                &[
                    ("15%", K::Percent, Some(15.0), None, false),
                    ("$415.9 million", K::Money, Some(415.9e6), None, false),
                ],
            ),
            (
                "500+ drones, 100+ integrations and a 50-plus crowd",
                &[
                    ("500+", K::Count, Some(500.0), Some(Q::AtLeast), false),
                    ("100+", K::Count, Some(100.0), Some(Q::AtLeast), false),
                    ("50-plus", K::Count, Some(50.0), Some(Q::AtLeast), false),
                ],
            ),
            (
                "$3bn+ in deals; 2+2 talks",
                &[("$3bn+", K::Money, Some(3e9), Some(Q::AtLeast), false)],
            ),
            (
                "about 500 or more",
                &[(
                    "about 500 or more",
                    K::Count,
                    Some(500.0),
                    Some(Q::AtLeast),
                    false,
                )],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(seen(text), want.to_vec(), "{text}");
        }
    }

    /// Random mixes of tricky fragments: never panics, spans sorted, disjoint, on char boundaries.
    #[test]
    fn invariants_hold_on_generated_text() {
        const PIECES: &[&str] = &[
            "$", "₹", "3", ",", "000", ".", "5", "-", "–", "bn", "crore", "one", "hundred", "and",
            "a", "half", "fifth", "th", "%", "per", "cent", "between", "April", "31", "2023", "10",
            "/", ":", "+", "over", "é", "“", " ", " ", "Rs", "US", "million", "s", "the", "of",
            "𝟘",
        ];
        let mut lcg = crate::random_text::Lcg::new(0x9e37_79b9_7f4a_7c15);
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..12 {
                let state = lcg.next();
                let piece = PIECES[(state >> 33) as usize % PIECES.len()];
                text.push_str(piece);
                if state & 1 == 0 {
                    text.push(' ');
                }
            }
            let found = extract(&text);
            let mut last_end = 0;
            for q in &found {
                assert!(
                    q.span.start >= last_end && q.span.start < q.span.end,
                    "{text:?}"
                );
                assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
                last_end = q.span.end;
            }
        }
    }
}
