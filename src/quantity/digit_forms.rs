//! Numbers written with digits in forms beyond "3,000" and "3.99": powers ("1e10", "1.3x10^6",
//! "2.5^-1"), slashed, mixed and vulgar fractions ("3/4", "2 1/4", "¾", "2½"), digit groups
//! split by spaces ("1 234 567", "40 000" with a thin or no-break space), a scale letter after a space ("2.33 k"), and a
//! ratio written with "over" ("1 over 3").
//!
//! Why here, and under these limits: these forms state values in news too ("a 3/4 majority",
//! "1.5e6 doses", "40 000 troops" in a South African paper), but each has a look-alike that
//! is no value: "9/11" and "24/7" (names), "5/17" (a date), "Plan 2 B", "5 T" (tonnes). So a
//! slashed fraction is read only when it is proper and its denominator is one fractions are
//! written with (2 to 6, 8, 10, 16, 100), a spaced letter only when it is k, K, M or G
//! standing alone, and "over" divides only when nothing but punctuation follows the divisor
//! ("$2000 over 3 years" stays two numbers). Dates with a year ("3/4/2023") are code tokens of
//! two slashes and never reach here. Contract: each reader starts at the token it is given,
//! looks forward a bounded number of tokens and returns the numeral, or `None`.

use super::lexical_forms::{grouped_tokens, power_at, ratio_at, vulgar};
use super::numeral::Numeral;
use super::token::{Token, TokenKind, touching};
use super::word_fraction::exact_numeral;

/// Denominators that fractions are written with in running text.
const DENOMINATORS: &[u32] = &[2, 3, 4, 5, 6, 8, 10, 16, 100];

/// "3/4": a proper fraction with a usual denominator; `None` for "9/11", "24/7", "5/17".
pub(crate) fn news_fraction(text: &str) -> Option<f64> {
    let (a, b) = text.split_once('/')?;
    if a.is_empty()
        || a.len() > 2
        || b.len() > 3
        || !(a.bytes().chain(b.bytes())).all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    (a >= 1 && a < b && DENOMINATORS.contains(&b)).then(|| f64::from(a) / f64::from(b))
}

fn numeral(value: f64, start: usize, end: usize) -> Numeral {
    exact_numeral(value, start, end, true)
}

/// A slashed fraction token ("3/4") or a vulgar fraction symbol ("¾") at `i`.
pub(crate) fn read_fraction_token(toks: &[Token], i: usize) -> Option<Numeral> {
    let t = toks.get(i)?;
    let value = match t.kind {
        TokenKind::Code => news_fraction(t.text)?,
        TokenKind::Symbol => vulgar(t)?,
        _ => return None,
    };
    Some(numeral(value, i, i + 1))
}

/// The forms that start with a digit token at `i` and are not read by the plain digit reader:
/// a power, a mixed fraction ("2 1/4", "2½"), spaced digit groups.
pub(crate) fn read_digit_form(toks: &[Token], i: usize) -> Option<Numeral> {
    let t = toks.get(i).filter(|t| t.kind == TokenKind::Number)?;
    if let Some((value, end)) = power_at(toks, i) {
        return Some(numeral(value, i, end));
    }
    let whole_number = !t.text.contains(['.', ',']);
    if whole_number
        && let Some(next) = toks.get(i + 1)
        && let Some(f) = read_fraction_token(toks, i + 1).filter(|f| f.value < 1.0)
    {
        // "2 1/4" spaced, "2½" glued or spaced; a slashed fraction glued is "2/1/4"-like noise
        let ok = next.kind == TokenKind::Symbol || !touching(t, next);
        let whole: f64 = t.text.parse().ok()?;
        if ok {
            return Some(numeral(whole + f.value, i, f.end));
        }
    }
    let (value, end) = grouped_tokens(toks, i)?;
    let mut n = numeral(value, i, end);
    let decimals = toks
        .get(end - 1)
        .and_then(|last| last.text.split_once('.'))
        .map_or(0, |(_, d)| d.len());
    n.half_width = (decimals > 0).then(|| 0.5 * 10f64.powi(-(decimals as i32)));
    Some(n)
}

/// "2.33 k", "1,674.5 G": a lone scale letter after a space, as its value (no "T": tonnes; no
/// "B": "Plan 2 B").
pub(crate) fn spaced_scale_letter(toks: &[Token], end: usize) -> Option<f64> {
    let t = toks.get(end).filter(|t| t.kind == TokenKind::Word)?;
    let scale = match t.text {
        "k" | "K" => 1e3,
        "M" => 1e6,
        "G" => 1e9,
        _ => return None,
    };
    let glued_after = toks
        .get(end + 1)
        .is_some_and(|n| touching(t, n) && n.kind != TokenKind::Symbol);
    (!glued_after).then_some(scale)
}

/// "1 over 3", "one over twenty": `x` divided by the divisor, when the phrase ends there.
pub(crate) fn over_ratio(toks: &[Token], end: usize, x: f64) -> Option<(f64, usize)> {
    toks.get(end).filter(|t| t.is_word("over"))?;
    ratio_at(toks, end, x, true)
}

#[cfg(test)]
mod tests {
    use super::super::{QuantityKind as K, extract};
    use super::news_fraction;

    #[test]
    fn news_fractions_table() {
        let cases: &[(&str, Option<f64>)] = &[
            ("3/4", Some(0.75)),
            ("1/3", Some(1.0 / 3.0)),
            ("7/10", Some(0.7)),
            ("9/11", None),
            ("24/7", None),
            ("5/17", None),
            ("4/3", None),
            ("0/4", None),
        ];
        for (text, want) in cases {
            assert_eq!(news_fraction(text), *want, "{text}");
        }
    }

    #[test]
    fn digit_forms_through_extract_table() {
        let cases: &[(&str, &[(K, f64)])] = &[
            ("1e10", &[(K::Count, 1e10)]),
            ("-12e-1", &[(K::Count, -1.2)]),
            ("1.3x10^6 doses", &[(K::Count, 1.3e6)]),
            ("2.5^-1", &[(K::Count, 0.4)]),
            ("3/4", &[(K::Count, 0.75)]),
            ("-4/5", &[(K::Count, -0.8)]),
            ("2 1/4 miles", &[(K::Measure, 2.25)]),
            ("- 1 4/5", &[(K::Count, -1.8)]),
            ("a 2½-hour wait", &[(K::Measure, 2.5)]),
            ("the result is ¾", &[(K::Count, 0.75)]),
            ("1 234 567 votes", &[(K::Count, 1_234_567.0)]),
            ("40\u{202f}000 troops", &[(K::Count, 40_000.0)]),
            ("190 737 jets", &[(K::Count, 190.0), (K::Count, 737.0)]),
            ("2.33 k", &[(K::Count, 2330.0)]),
            ("- 10 k", &[(K::Count, -10_000.0)]),
            ("one over three", &[(K::Count, 1.0 / 3.0)]),
            (
                "$2000 over 3 years",
                &[(K::Money, 2000.0), (K::Measure, 3.0)],
            ),
            ("the 9/11 attacks", &[]),
            ("24/7 coverage", &[]),
            ("on 3/4/2023", &[]),
            (
                "Plan 2 B and 5 T of steel",
                &[(K::Count, 2.0), (K::Count, 5.0)],
            ),
            ("the 1e10ms timeout", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<(K, f64)> = extract(text)
                .into_iter()
                .map(|q| (q.kind, q.value.unwrap_or(f64::NAN)))
                .collect();
            let ok = got.len() == want.len()
                && got
                    .iter()
                    .zip(want.iter())
                    .all(|(g, w)| g.0 == w.0 && (g.1 - w.1).abs() <= 1e-9 * w.1.abs().max(1.0));
            assert!(ok, "{text}: {got:?}");
        }
    }
}
