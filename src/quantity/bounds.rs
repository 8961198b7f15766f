//! Joined bounds: "more than 10 and less than 40", "at most 100 and at least 20" — a lower and
//! an upper bound on either side of "and", "but" or a comma become one range.
//!
//! Contract: [`join_bounds`] takes a quantity just read and the token after it; when a
//! one-sided qualified figure of the same kind and unit follows with the opposite bound, it
//! returns the joined `Between` quantity and the token after both, else its input unchanged.

use super::figure::read_figure;
use super::qualifier::read_prefix;
use super::scan::{figure_quantity, span_of};
use super::token::Token;
use super::{Interval, Qualifier, QualifierKind, Quantity};
use crate::span::Span;

/// "more than 10 and less than 40", "at most 100 and at least 20": one bound each side of
/// "and"/"but"/"," join into one range.
pub(crate) fn join_bounds(
    toks: &[Token],
    blocked: &[bool],
    q: Quantity,
    end: usize,
) -> (Quantity, usize) {
    let one_sided = |q: &Quantity| match (q.qualifier.is_some(), q.interval.low, q.interval.high) {
        (true, Some(_), None) => Some(true),
        (true, None, Some(_)) => Some(false),
        _ => None,
    };
    let Some(first_is_low) = one_sided(&q) else {
        return (q, end);
    };
    let joins = toks
        .get(end)
        .is_some_and(|t| t.is_any_word(&["and", "but"]) || t.is_symbol(','));
    let second = joins.then(|| read_bound(toks, blocked, end + 1)).flatten();
    let Some((q2, end2)) = second.filter(|(q2, _)| {
        one_sided(q2) == Some(!first_is_low) && q2.kind == q.kind && q2.unit == q.unit
    }) else {
        return (q, end);
    };
    let (lo, hi) = if first_is_low { (&q, &q2) } else { (&q2, &q) };
    let interval = Interval {
        high: hi.interval.high,
        high_inclusive: hi.interval.high_inclusive,
        ..lo.interval
    };
    if let (Some(l), Some(h)) = (interval.low, interval.high)
        && l >= h
    {
        return (q, end);
    }
    let joined = Quantity {
        span: Span::new(q.span.start, q2.span.end),
        value: None,
        interval,
        qualifier: q.qualifier.map(|x| Qualifier {
            kind: QualifierKind::Between,
            ..x
        }),
        compound: q2.compound,
        ..q
    };
    (joined, end2)
}

/// A prefix-qualified figure at `i` (no range, no join): the second half of a joined bound.
fn read_bound(toks: &[Token], blocked: &[bool], i: usize) -> Option<(Quantity, usize)> {
    let (kind, body) = read_prefix(toks, i)?;
    if kind == QualifierKind::Since {
        return None;
    }
    let f = read_figure(toks, body, blocked)?;
    let q = figure_quantity(toks, &f, i, f.end, Some((kind, span_of(toks, i, body)?)))?;
    Some((q, f.end))
}

#[cfg(test)]
mod tests {
    use super::super::extract;

    #[test]
    fn joins_table() {
        type Case = (&'static str, Option<(Option<f64>, Option<f64>)>);
        let cases: &[Case] = &[
            (
                "above 1000 and below 1500",
                Some((Some(1000.0), Some(1500.0))),
            ),
            (
                "at most 100 and at least 20",
                Some((Some(20.0), Some(100.0))),
            ),
            ("more than 40 and less than 10", None),
            ("more than 40 and 10", None),
        ];
        for (text, want) in cases {
            let q = extract(text);
            let joined = (q.len() == 1 && q[0].value.is_none())
                .then(|| (q[0].interval.low, q[0].interval.high));
            assert_eq!(joined, *want, "{text}");
        }
    }
}
