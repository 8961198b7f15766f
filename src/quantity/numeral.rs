//! Numerals: one number read from tokens, digits or words, scale applied.
//!
//! Reads "31", "3,000", "3.99", "3bn", "32,000 crore", "1.5 lakh", "thirty-one",
//! "two hundred and five", "a dozen", "half a million", "three lakh crore", "fifth", "31st",
//! "twenty-first", "two thirds", "one and a half". It knows nothing of currency, percent or
//! dates (`figure.rs` and `date.rs` wrap it), nor of codes (`code.rs` blocks those first).
//!
//! The grammar is a left-to-right state machine with a snapshot after every complete term, so a
//! phrase that goes wrong part-way ("3 million and 4 million") falls back to the longest reading
//! that was valid ("3 million"); it never backtracks further, so reading is linear.

use super::digit_forms::{read_digit_form, read_fraction_token, spaced_scale_letter};
use super::fraction::{
    and_a_fraction, extend_after_fraction, fraction_at, point_decimals, scale_fraction,
    scale_fraction_required,
};
use super::number_words::{
    dozen_value, glued_scale_value, hundred_value, is_ordinal_suffix, ordinal_value, scale_value,
    tens_value, unit_value,
};
use super::token::{Token, TokenKind, touching};
use super::word_fraction::word_fraction;

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

#[derive(Debug, Clone, Copy, PartialEq)]
enum Last {
    Nothing,
    Article,
    Unit,
    Tens,
    Digits,
    Hundred,
    Scale,
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

/// The word grammar. `seed` is a small digit value already read at `i` ("3 hundred and 21").
fn read_words(toks: &[Token], i: usize, seed: Option<f64>) -> Option<Numeral> {
    let mut total = 0.0;
    let mut current = seed.unwrap_or(0.0);
    // the units and tens since the last hundred or scale: what "two dozens" multiplies in
    // "three hundred and two dozens" (324, not 3,624)
    let mut since_hundred = seed.unwrap_or(0.0);
    let mut last = if seed.is_some() {
        Last::Digits
    } else {
        Last::Nothing
    };
    let mut last_scale = f64::INFINITY;
    let mut j = if seed.is_some() { i + 1 } else { i };
    let mut best: Option<Numeral> = None;
    let mut group_best: Option<Numeral> = None;
    let snapshot = |value: f64, end: usize, ordinal: bool, scale: f64| {
        let scale = if scale.is_finite() { scale } else { 1.0 };
        Numeral {
            value,
            start: i,
            end,
            half_width: (scale >= 1000.0).then(|| 0.5 * rounding_unit(value, scale)),
            ordinal,
            plain_integer: false,
            scale,
            digits: false,
            decade: false,
        }
    };
    if seed.is_some() {
        best = Some(snapshot(current, j, false, 1.0));
    }
    let mut after_and = false;
    let mut pre_and = None;
    while let Some(t) = toks.get(j) {
        let scale_so_far = if last_scale.is_finite() {
            last_scale
        } else {
            1.0
        };
        // "twenty-one", "fifty - two", "twenty-first": a dash inside a tens compound
        if t.is_dash() && last == Last::Tens {
            let next = toks.get(j + 1);
            let unit_next = next.and_then(|n| unit_value(n.text).or_else(|| ordinal_value(n.text)));
            if unit_next.is_some_and(|v| (1.0..10.0).contains(&v)) {
                j += 1;
                continue;
            }
            break;
        }
        if t.kind == TokenKind::Word {
            // a word that holds no value (`Token::value`: most) is in none of the tables
            let value_of =
                |table: fn(&str) -> Option<f64>| t.value.then(|| table(t.text)).flatten();
            if let Some(v) = value_of(unit_value) {
                let ok = match last {
                    Last::Nothing | Last::Hundred | Last::Scale => true,
                    Last::Tens => v > 0.0 && v < 10.0 && current % 10.0 == 0.0,
                    _ => false,
                };
                if !ok {
                    break;
                }
                // "one fifth", "two thirds", "three quarters"
                let dash = usize::from(toks.get(j + 1).is_some_and(Token::is_dash));
                if let Some(f) =
                    fraction_at(toks, j + 1 + dash, v, v != 1.0).filter(|_| last == Last::Nothing)
                {
                    let mut n = snapshot(f, j + 2 + dash, false, 1.0);
                    n = scale_fraction(toks, n);
                    return Some(n);
                }
                current += v;
                since_hundred += v;
                last = Last::Unit;
            } else if let Some(v) = value_of(tens_value) {
                if !matches!(last, Last::Nothing | Last::Hundred | Last::Scale) {
                    break;
                }
                current += v;
                since_hundred += v;
                last = Last::Tens;
            } else if let Some(v) = value_of(hundred_value) {
                let plural = t.text.ends_with('s');
                let ok = match last {
                    Last::Unit | Last::Tens | Last::Digits | Last::Article => true,
                    Last::Nothing => {
                        !plural
                            && toks
                                .get(j + 1)
                                .is_some_and(|n| scale_value(n.text).is_some())
                    }
                    _ => false,
                };
                if !ok || current >= 100.0 {
                    // "3 hundred and 2 hundred": two numbers, the "and" joined neither
                    if after_and {
                        return pre_and;
                    }
                    break;
                }
                current = if current == 0.0 { 1.0 } else { current } * v;
                since_hundred = 0.0;
                last = Last::Hundred;
            } else if let Some(v) = value_of(scale_value) {
                let plural = t.text.ends_with('s');
                if last == Last::Nothing || (plural && last == Last::Article) {
                    break;
                }
                if current == 0.0 && last == Last::Scale && v > scale_so_far && !after_and {
                    total *= v; // "three lakh crore"
                    last_scale = v;
                } else if v >= last_scale {
                    return group_best.or(best);
                } else {
                    total += if current == 0.0 { 1.0 } else { current } * v;
                    current = 0.0;
                    since_hundred = 0.0;
                    last_scale = v;
                }
                last = Last::Scale;
                group_best = Some(snapshot(total, j + 1, false, last_scale));
            } else if let Some(v) = value_of(dozen_value) {
                if matches!(last, Last::Nothing | Last::Scale) {
                    break;
                }
                current = if current == 0.0 {
                    v
                } else if since_hundred > 0.0 && since_hundred < current {
                    current - since_hundred + since_hundred * v
                } else {
                    current * v
                };
                since_hundred = 0.0;
                last = Last::Hundred;
            } else if let Some(v) = value_of(ordinal_value) {
                let ok = match last {
                    Last::Nothing => true,
                    // "one hundred and first"; not "$280 million first preferred notes"
                    Last::Hundred | Last::Scale => after_and && seed.is_none() || v >= 100.0,
                    Last::Tens => v < 10.0,
                    Last::Unit | Last::Article => v >= 100.0,
                    Last::Digits => false,
                };
                if !ok {
                    break;
                }
                let value = if v >= 100.0 {
                    total + if current == 0.0 { 1.0 } else { current } * v
                } else {
                    total + current + v
                };
                return Some(snapshot(value, j + 1, true, 1.0));
            } else if t.is_any_word(&["a", "an"]) && last == Last::Nothing {
                let next = toks.get(j + 1)?;
                if let Some(f) = fraction_at(toks, j + 1, 1.0, false) {
                    return Some(scale_fraction(toks, snapshot(f, j + 2, false, 1.0)));
                }
                let multiplies = hundred_value(next.text).is_some()
                    || dozen_value(next.text).is_some()
                    || scale_value(next.text).is_some_and(|_| !next.text.ends_with('s'));
                if !multiplies {
                    return None;
                }
                current = 1.0;
                last = Last::Article;
            } else if t.is_any_word(&["half", "quarter"]) && last == Last::Nothing {
                let f = if t.is_word("half") { 0.5 } else { 0.25 };
                return scale_fraction_required(toks, snapshot(f, j + 1, false, 1.0));
            } else if t.is_word("and")
                && matches!(
                    last,
                    Last::Hundred | Last::Scale | Last::Unit | Last::Tens | Last::Digits
                )
            {
                // "one and a half", "two hundred and five", "twenty-one trillion and three hundred"
                if let Some(f) = and_a_fraction(toks, j) {
                    let base = if last == Last::Scale && current == 0.0 {
                        scale_so_far
                    } else {
                        1.0
                    };
                    let value = total + current + f * base;
                    let n = snapshot(value, j + 3, false, last_scale);
                    return Some(extend_after_fraction(toks, n, total, current + f));
                }
                if !matches!(last, Last::Hundred | Last::Scale) {
                    break;
                }
                let next_is_term = toks.get(j + 1).is_some_and(|n| {
                    unit_value(n.text).is_some()
                        || tens_value(n.text).is_some()
                        || n.kind == TokenKind::Number
                });
                if !next_is_term {
                    break;
                }
                after_and = true;
                pre_and = best;
                j += 1;
                continue;
            } else if t.is_word("point")
                && matches!(
                    last,
                    Last::Unit | Last::Tens | Last::Hundred | Last::Scale | Last::Digits
                )
                && total == 0.0
            {
                // "two point two", "1 point 1", and a scale after it: "two point two million"
                match point_decimals(toks, j + 1) {
                    Some((frac, places, end)) => {
                        let value = current + frac;
                        let mut n = snapshot(value, end, false, 1.0);
                        n.half_width = Some(0.5 * 10f64.powi(-(places as i32)));
                        if let Some(s) = toks.get(end).and_then(|t| scale_value(t.text)) {
                            n.value = value * s;
                            n.scale = s;
                            n.half_width = n.half_width.map(|h| h * s);
                            n.end = end + 1;
                        }
                        return Some(n);
                    }
                    None => break,
                }
            } else {
                break;
            }
        } else if t.kind == TokenKind::Number
            && !t.text.contains('.')
            && matches!(last, Last::Scale | Last::Hundred)
            && after_and_or_scale(last, after_and)
        {
            let v = t.text.replace(',', "").parse::<f64>().ok()?;
            if v == 0.0 {
                break; // "4 thousand 3 hundred and 0": a zero adds nothing, so it stands alone
            }
            current += v;
            since_hundred += v;
            last = Last::Digits;
        } else {
            break;
        }
        j += 1;
        if !matches!(last, Last::Article) {
            best = Some(snapshot(total + current, j, false, last_scale));
        }
    }
    best
}

fn after_and_or_scale(last: Last, after_and: bool) -> bool {
    last == Last::Scale || after_and
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
