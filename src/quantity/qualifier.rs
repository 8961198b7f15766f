//! Qualifiers: the words that turn a figure into an interval ("over $3 billion", "about 60%",
//! "up to 700", "since 2018", "500 or more") and the interval arithmetic they imply.
//!
//! Contract: [`read_prefix`] matches a qualifier phrase that starts at a token and says where the
//! figure must start; [`read_suffix`] matches "or more"-style phrases after a figure;
//! [`interval_for`] turns a value, its rounding and a qualifier into the compared interval.

use super::numeral::read_numeral;
use super::token::{Token, TokenKind, touching};
use super::{Interval, QualifierKind};
#[cfg(test)]
pub(crate) use phrases::longest_prefix;
use phrases::{PREFIX_INDEX, SUFFIX_INDEX};

mod phrases;

/// A qualifier phrase starting at token `i`: its kind and the token after it.
pub(crate) fn read_prefix(toks: &[Token], i: usize) -> Option<(QualifierKind, usize)> {
    let found = PREFIX_INDEX.find(toks, i)?;
    let over = toks.get(i).is_some_and(|t| t.is_word("over")) && found.1 == i + 1;
    (!(over && after_extent_verb(toks, i))).then_some(found)
}

/// Verbs of extent, after which "over" is the preposition of a span ("cases span over nine
/// counties", "scattered over 12 sites"), not "more than": the figure is exact. "Spreads over
/// 190 km2" stays "more than", as the units suite reads it.
const EXTENT_VERBS: &[&str] = &[
    "span",
    "spans",
    "spanned",
    "spanning",
    "scattered",
    "distributed",
];

fn after_extent_verb(toks: &[Token], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|t| t.is_any_word(EXTENT_VERBS))
}

/// A qualifier phrase right after a figure ending before token `i`, given the figure's prefix
/// qualifier: "500 or more", "about 500 or more", "equal to 500 or less" (the suffix decides),
/// "more than 500 or equal (to it)" (the bound becomes inclusive). "200 or greater than 190"
/// is two figures: a suffix followed by "than" and a number is the next figure's prefix.
pub(crate) fn read_suffix(
    toks: &[Token],
    i: usize,
    prefix: Option<QualifierKind>,
) -> Option<(QualifierKind, usize)> {
    use QualifierKind::*;
    if matches!(prefix, None | Some(About))
        && let Some(end) = open_ended(toks, i)
    {
        return Some((AtLeast, end));
    }
    match prefix {
        None | Some(About) | Some(Exactly) => {
            let (kind, mut end) = SUFFIX_INDEX.find(toks, i)?;
            if toks.get(end).is_some_and(|t| t.is_word("than")) {
                if read_numeral(toks, end + 1).is_some() {
                    return None;
                }
                end += 1;
            }
            Some((kind, end))
        }
        Some(Over) | Some(Under) => {
            let or_equal = toks.get(i).is_some_and(|t| t.is_word("or"))
                && toks.get(i + 1).is_some_and(|t| t.is_word("equal"));
            if !or_equal {
                return None;
            }
            let mut end = i + 2;
            if toks.get(end).is_some_and(|t| t.is_word("to")) {
                if read_numeral(toks, end + 1).is_some() {
                    return None; // "more than 5000 or equal to 6000": two figures
                }
                end += 1;
                if toks.get(end).is_some_and(|t| t.is_word("it")) {
                    end += 1;
                }
            }
            let kind = if prefix == Some(Over) { AtLeast } else { UpTo };
            Some((kind, end))
        }
        _ => None,
    }
}

/// "500+", "$3bn+", "50-plus": a plus sign or "-plus" glued to the figure ending before `i`
/// makes it open-ended, at least that much. Not a "+" glued to a number after it ("2+2" is a
/// name, blocked before; "5+3" a sum).
fn open_ended(toks: &[Token], i: usize) -> Option<usize> {
    let last = toks.get(i.checked_sub(1)?)?;
    let t = toks.get(i).filter(|t| touching(last, t))?;
    if t.is_symbol('+') {
        let sum = toks
            .get(i + 1)
            .is_some_and(|n| touching(t, n) && n.kind != TokenKind::Word);
        return (!sum).then_some(i + 1);
    }
    let plus = toks
        .get(i + 1)
        .filter(|p| p.is_word("plus") && touching(t, p))?;
    let joined_on = toks.get(i + 2).is_some_and(|n| touching(plus, n));
    (t.is_dash() && !joined_on).then_some(i + 2)
}

/// The rounding interval of a figure: `[v - h, v + h)` when written rounded, else `[v, v]`.
pub(crate) fn rounding_interval(value: f64, half_width: Option<f64>) -> Interval {
    match half_width {
        Some(h) if h > 0.0 => Interval {
            low: Some(value - h),
            high: Some(value + h),
            low_inclusive: true,
            high_inclusive: false,
        },
        _ => Interval::exact(value),
    }
}

/// The interval a qualified figure covers. `rounded` is its rounding interval.
pub(crate) fn interval_for(kind: Option<QualifierKind>, value: f64, rounded: Interval) -> Interval {
    let open = |low: Option<f64>, low_inclusive, high: Option<f64>, high_inclusive| Interval {
        low,
        high,
        low_inclusive,
        high_inclusive,
    };
    match kind {
        None | Some(QualifierKind::Between) => rounded,
        Some(QualifierKind::Exactly) => Interval::exact(value),
        Some(QualifierKind::Over) => open(Some(value), false, None, false),
        Some(QualifierKind::AtLeast | QualifierKind::Since) => open(Some(value), true, None, false),
        Some(QualifierKind::UpTo) => open(None, false, Some(value), true),
        Some(QualifierKind::Under) => open(None, false, Some(value), false),
        Some(QualifierKind::Nearly) => {
            let (a, b) = ordered(0.9 * value, value);
            open(Some(a), true, Some(b), true)
        }
        Some(QualifierKind::About) => {
            let (a, b) = ordered(0.9 * value, 1.1 * value);
            let (low, low_inclusive) = match rounded.low {
                Some(l) if l < a => (l, rounded.low_inclusive),
                _ => (a, true),
            };
            let (high, high_inclusive) = match rounded.high {
                Some(h) if h > b => (h, rounded.high_inclusive),
                _ => (b, true),
            };
            open(Some(low), low_inclusive, Some(high), high_inclusive)
        }
    }
}

fn ordered(a: f64, b: f64) -> (f64, f64) {
    if a <= b { (a, b) } else { (b, a) }
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize;
    use super::*;
    use QualifierKind::*;

    #[test]
    fn reads_phrases_table() {
        let cases: &[(&str, Option<(QualifierKind, usize)>)] = &[
            ("more than 30", Some((Over, 2))),
            ("over $3", Some((Over, 1))),
            ("at least 5", Some((AtLeast, 2))),
            ("an estimated 5", Some((About, 2))),
            ("approx. 5", Some((About, 2))),
            ("up to 700", Some((UpTo, 2))),
            ("fewer than a thousand", Some((Under, 2))),
            ("since 2018", Some((Since, 1))),
            ("the 30", None),
            ("less than or equal to 100", Some((UpTo, 5))),
            (">= 30", Some((AtLeast, 2))),
            ("<20", Some((Under, 1))),
        ];
        for (text, want) in cases {
            assert_eq!(read_prefix(&tokenize(text), 0), *want, "{text}");
        }
        let suffix = |text, prefix| read_suffix(&tokenize(text), 0, prefix);
        assert_eq!(suffix("or more", None), Some((AtLeast, 2)));
        assert_eq!(suffix("or so", None), None);
        assert_eq!(suffix("or less", Some(Exactly)), Some((UpTo, 2)));
        assert_eq!(suffix("or greater than 190", None), None);
        assert_eq!(suffix("or greater than", None), Some((AtLeast, 3)));
        assert_eq!(suffix("or equal to it", Some(Over)), Some((AtLeast, 4)));
        assert_eq!(suffix("or equal", Some(Under)), Some((UpTo, 2)));
    }

    #[test]
    fn intervals_table() {
        let four_bn = rounding_interval(4e9, Some(0.5e9));
        let i = |low, li, high, hi| Interval {
            low,
            high,
            low_inclusive: li,
            high_inclusive: hi,
        };
        let cases: &[(Option<QualifierKind>, f64, Interval, Interval)] = &[
            (None, 4e9, four_bn, i(Some(3.5e9), true, Some(4.5e9), false)),
            (None, 30.0, Interval::exact(30.0), Interval::exact(30.0)),
            (
                Some(Over),
                3e9,
                rounding_interval(3e9, Some(0.5e9)),
                i(Some(3e9), false, None, false),
            ),
            (
                Some(AtLeast),
                5.0,
                Interval::exact(5.0),
                i(Some(5.0), true, None, false),
            ),
            (
                Some(Since),
                2018.0,
                Interval::exact(2018.0),
                i(Some(2018.0), true, None, false),
            ),
            (
                Some(Nearly),
                4e9,
                four_bn,
                i(Some(3.6e9), true, Some(4e9), true),
            ),
            (
                Some(About),
                60.0,
                Interval::exact(60.0),
                i(Some(54.0), true, Some(66.0), true),
            ),
            (
                Some(About),
                4e9,
                four_bn,
                i(Some(3.5e9), true, Some(4.5e9), false),
            ),
            (
                Some(UpTo),
                700.0,
                Interval::exact(700.0),
                i(None, false, Some(700.0), true),
            ),
            (
                Some(Under),
                170.0,
                Interval::exact(170.0),
                i(None, false, Some(170.0), false),
            ),
        ];
        for (kind, value, rounded, want) in cases {
            let got = interval_for(*kind, *value, *rounded);
            let close = |a: Option<f64>, b: Option<f64>| match (a, b) {
                (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * b.abs().max(1.0),
                (a, b) => a == b,
            };
            assert!(
                close(got.low, want.low) && close(got.high, want.high),
                "{kind:?} {value}: {got:?}"
            );
            assert_eq!(
                (got.low_inclusive, got.high_inclusive),
                (want.low_inclusive, want.high_inclusive)
            );
        }
    }
}
