//! Fractions and decimal words: "two thirds", "one and a half", "half a million",
//! "two hundred point zero three".
//!
//! Split from `numeral/` (which calls these at the points its grammar allows a fraction) so the
//! integer grammar stays readable. Contract: each function looks only forward from the token it
//! is given and returns `None` (or the numeral unchanged) when the words are not a fraction.

use super::number_words::{
    denominator_value, dozen_value, hundred_value, scale_value, tens_value, unit_value,
};
use super::numeral::{Numeral, rounding_unit};
use super::token::{Token, TokenKind};

/// A fraction word after a numerator: "thirds" of "two thirds", "half" of "a half".
pub(crate) fn fraction_at(
    toks: &[Token],
    j: usize,
    numerator: f64,
    plural_needed: bool,
) -> Option<f64> {
    let t = toks.get(j).filter(|t| t.kind == TokenKind::Word)?;
    let denominator = denominator_value(t.text)?;
    let plural = t.text.ends_with('s') || t.is_word("halves");
    if plural_needed && !plural {
        return None;
    }
    Some(numerator / denominator)
}

/// "and a half", "and one quarter", "and two thirds" at `j` ("and"): the fraction's value.
pub(crate) fn and_a_fraction(toks: &[Token], j: usize) -> Option<f64> {
    let num = toks.get(j + 1)?;
    let numerator = if num.is_any_word(&["a", "an"]) {
        1.0
    } else {
        unit_value(num.text)?
    };
    fraction_at(toks, j + 2, numerator, numerator != 1.0)
}

/// After "five and a half": a scale still applies ("five and a half million").
pub(crate) fn extend_after_fraction(
    toks: &[Token],
    mut n: Numeral,
    total: f64,
    current: f64,
) -> Numeral {
    let Some(s) = toks.get(n.end).and_then(|t| scale_value(t.text)) else {
        return n;
    };
    if total == 0.0 {
        n.value = current * s;
    } else if current < 1.0 && s < total {
        // "one billion and a half million": the fraction is of the later scale
        n.value = total + current * s;
    } else {
        return n;
    }
    n.end += 1;
    n.scale = s;
    n.half_width = Some(0.5 * rounding_unit(n.value, s));
    n
}

/// "half a million", "two thirds of a million", "quarter million": a fraction times a scale.
pub(crate) fn scale_fraction(toks: &[Token], mut n: Numeral) -> Numeral {
    let mut j = n.end;
    if toks.get(j).is_some_and(|t| t.is_word("of"))
        && toks.get(j + 1).is_some_and(|t| t.is_word("a"))
    {
        j += 2;
    } else if toks.get(j).is_some_and(|t| t.is_any_word(&["a", "an"])) {
        j += 1;
    }
    if let Some(t) = toks.get(j)
        && let Some(s) = scale_value(t.text)
            .or_else(|| dozen_value(t.text))
            .or_else(|| hundred_value(t.text))
    {
        n.value *= s;
        n.end = j + 1;
        if s >= 1000.0 {
            n.scale = s;
            n.half_width = Some(0.5 * rounding_unit(n.value, s));
        }
    }
    n
}

/// Bare "half" counts only before a scale: "half a million", "half a dozen".
pub(crate) fn scale_fraction_required(toks: &[Token], n: Numeral) -> Option<Numeral> {
    let scaled = scale_fraction(toks, n);
    (scaled.end > n.end).then_some(scaled)
}

/// Digit words after "point": "zero three" → .03, "seventy-one" → .71, "five" → .5.
pub(crate) fn point_decimals(toks: &[Token], j: usize) -> Option<(f64, usize, usize)> {
    let first = toks.get(j)?;
    // "1 point 1", "3 point 25": the decimals in digits
    if first.kind == TokenKind::Number && first.text.bytes().all(|b| b.is_ascii_digit()) {
        let frac: f64 = format!("0.{}", first.text).parse().ok()?;
        return Some((frac, first.text.len(), j + 1));
    }
    if let Some(t) = tens_value(first.text) {
        let mut end = j + 1;
        let mut v = t;
        let unit_at = |k: usize| {
            toks.get(k)
                .and_then(|u| unit_value(u.text))
                .filter(|u| *u < 10.0)
        };
        if toks.get(end).is_some_and(Token::is_dash) && unit_at(end + 1).is_some() {
            end += 1;
        }
        if let Some(u) = unit_at(end) {
            v += u;
            end += 1;
        }
        return Some((v / 100.0, 2, end));
    }
    let mut digits = String::new();
    let mut end = j;
    while let Some(v) = toks.get(end).and_then(|t| unit_value(t.text)) {
        if v >= 10.0 {
            if digits.is_empty() {
                return Some((v / 100.0, 2, end + 1));
            }
            break;
        }
        digits.push(char::from(b'0' + v as u8));
        end += 1;
    }
    let places = digits.len();
    let frac: f64 = format!("0.{digits}").parse().ok()?;
    (places > 0).then_some((frac, places, end))
}
