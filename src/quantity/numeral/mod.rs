//! Numerals: one number read from tokens, digits or words, scale applied.
//!
//! Reads "31", "3,000", "3.99", "3bn", "32,000 crore", "1.5 lakh", "thirty-one",
//! "two hundred and five", "a dozen", "half a million", "three lakh crore", "fifth", "31st",
//! "twenty-first", "two thirds", "one and a half". It knows nothing of currency, percent or
//! dates (`figure.rs` and `date.rs` wrap it), nor of codes (`code.rs` blocks those first).
//!
//! Digits are read here; words by the grammar in `words.rs`, a left-to-right state machine with
//! a snapshot after every complete term, so a phrase that goes wrong part-way ("3 million and 4
//! million") falls back to the longest reading that was valid ("3 million"); it never
//! backtracks further, so reading is linear.

use super::digit_forms::{read_digit_form, read_fraction_token, spaced_scale_letter};
use super::number_words::{
    dozen_value, glued_scale_value, hundred_value, is_ordinal_suffix, scale_value,
};
use super::token::{Token, TokenKind, touching};
use super::word_fraction::{ordinal_of_next_noun, word_fraction};
use words::read_words;

mod words;

/// A number read from tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Numeral {
    pub value: f64,
    pub start: usize,
    pub end: usize,
    /// Half the width of the rounding interval when the figure was written rounded (a scale word
    /// or a decimal point); `None` for an exact figure.
    pub half_width: Option<f64>,
    pub ordinal: bool,
    /// Digits only: no separator, decimals, scale or suffix ("2018", not "2,018" or "2018th").
    pub plain_integer: bool,
    /// The product of the scale words applied ("billion" → 1e9, "lakh crore" → 1e12), 1 if none.
    pub scale: f64,
    /// Written in digits (first term).
    pub digits: bool,
    /// Digits followed by a glued "s": "1990s".
    pub decade: bool,
}

/// Reads the numeral that starts at token `i`, if any.
pub(crate) fn read_numeral(toks: &[Token], i: usize) -> Option<Numeral> {
    let first = toks.get(i)?;
    let prev = i.checked_sub(1).and_then(|p| toks.get(p));
    // "-30": a dash glued to digits and not to what comes before it; "- 1,200,000" spaced
    // only where the text starts (a list's dash is not in the sentence the segmenter cuts)
    let signed = |t: &Token| {
        let Some(n) = toks
            .get(i + 1)
            .filter(|n| matches!(n.kind, TokenKind::Number | TokenKind::Code))
        else {
            return false;
        };
        let minus = t.is_symbol('-') || t.is_symbol('−');
        let placed = touching(t, n) || (i == 0 && minus);
        (t.is_dash() || minus)
            && placed
            && !prev.is_some_and(|p| touching(p, t) && p.kind != TokenKind::Symbol)
    };
    let (sign, body) = match first {
        t if t.is_any_word(&["minus", "negative"]) => (-1.0, i + 1),
        t if signed(t) => (-1.0, i + 1),
        _ => (1.0, i),
    };
    let mut n = match toks.get(body)? {
        t if t.kind == TokenKind::Number => read_from_digits(toks, body)?,
        t if t.kind != TokenKind::Word => read_fraction_token(toks, body)?,
        // A word that holds no value starts no number unless it is an article or a fraction
        // of its own ("a dozen", "half a million"): `word_fraction` and `read_words` turn
        // every other one away, and most words read here are such words.
        t if !t.value && !t.is_any_word(&["a", "an", "half", "quarter"]) => return None,
        // "won a third term": an ordinal, read as such by its own reader
        _ if ordinal_of_next_noun(toks, body) => return None,
        _ => word_fraction(toks, body).or_else(|| read_words(toks, body, None))?,
    };
    n.start = i;
    n.value *= sign;
    Some(n)
}

/// Digits, then a glued suffix ("st", "bn", "s") or spaced scale words and word terms.
fn read_from_digits(toks: &[Token], i: usize) -> Option<Numeral> {
    if let Some(n) = read_digit_form(toks, i) {
        return Some(n);
    }
    let t = toks.get(i)?;
    // thousands separators dropped; most numbers have none, and are parsed as written
    let grouped = t.text.contains(',');
    let cleaned = grouped.then(|| t.text.replace(',', ""));
    let digits = cleaned.as_deref().unwrap_or(t.text);
    let value: f64 = digits.parse().ok().filter(|v: &f64| v.is_finite())?;
    let decimals = digits.split_once('.').map_or(0, |(_, d)| d.len());
    let mut n = Numeral {
        value,
        start: i,
        end: i + 1,
        half_width: (decimals > 0).then(|| 0.5 * 10f64.powi(-(decimals as i32))),
        ordinal: false,
        plain_integer: !t.text.contains([',', '.']),
        scale: 1.0,
        digits: true,
        decade: false,
    };
    if let Some(next) = toks.get(i + 1).filter(|nx| touching(t, nx))
        && next.kind == TokenKind::Word
    {
        if is_ordinal_suffix(next.text) && decimals == 0 {
            n.ordinal = true;
            n.plain_integer = false;
            n.end = i + 2;
            return Some(n);
        }
        if next.text == "s" && decimals == 0 {
            n.decade = true;
            n.plain_integer = false;
            n.end = i + 2;
            return Some(n);
        }
        if let Some(scale) = glued_scale_value(next.text) {
            apply_scale(&mut n, scale, decimals);
            n.end = i + 2;
            return Some(extend_scales(toks, n, decimals));
        }
        return Some(n);
    }
    if decimals == 0 && n.plain_integer && t.text.len() <= 3 {
        // "3 hundred and 21", "4 thousand 3 hundred": continue with the word grammar
        if let Some(w) = read_words(toks, i, Some(value))
            && w.end > i + 1
        {
            return Some(Numeral { digits: true, ..w });
        }
    }
    let mut n = extend_scales(toks, n, decimals);
    if n.scale == 1.0
        && let Some(scale) = spaced_scale_letter(toks, n.end)
    {
        apply_scale(&mut n, scale, decimals);
        n.end += 1;
    }
    Some(n)
}

/// Spaced scale words after digits: "32,000 crore", "3.99 billion", "three lakh crore", "2 dozen".
fn extend_scales(toks: &[Token], mut n: Numeral, decimals: usize) -> Numeral {
    while let Some(t) = toks.get(n.end) {
        let Some(scale) = scale_value(t.text)
            .or_else(|| hundred_value(t.text))
            .or_else(|| dozen_value(t.text))
            .filter(|_| t.kind == TokenKind::Word)
        else {
            break;
        };
        apply_scale(&mut n, scale, decimals);
        n.end += 1;
    }
    n
}

fn apply_scale(n: &mut Numeral, scale: f64, decimals: usize) {
    n.value *= scale;
    n.plain_integer = false;
    n.scale *= scale;
    if decimals > 0 || n.scale >= 1000.0 {
        n.half_width = Some(0.5 * 10f64.powi(-(decimals as i32)) * n.scale);
    }
}

/// The largest power of ten, up to `scale`, that divides `value`: the unit the figure was
/// rounded to ("three billion" → 1e9, "twenty-one trillion three hundred" → 100).
pub(crate) fn rounding_unit(value: f64, scale: f64) -> f64 {
    let mut unit = scale;
    while unit > 1.0 && (value / unit).fract().abs() > 1e-9 {
        unit /= 10.0;
    }
    unit
}
