//! Numbers written in words: "thirty-one", "two hundred and five", "a dozen", "half a
//! million", "three lakh crore", "one and a half", and the words after a small digit value
//! ("3 hundred and 21"). A left-to-right state machine over the last term read ([`Last`]),
//! with a snapshot after every complete term, so a phrase that goes wrong part-way falls back
//! to the longest valid reading and reading stays linear.

use super::super::fraction::{
    and_a_fraction, extend_after_fraction, fraction_at, point_decimals, scale_fraction,
    scale_fraction_required,
};
use super::super::number_words::{
    dozen_value, hundred_value, ordinal_value, scale_value, tens_value, unit_value,
};
use super::super::token::{Token, TokenKind};
use super::{Numeral, rounding_unit};

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

/// The word grammar. `seed` is a small digit value already read at `i` ("3 hundred and 21").
pub(super) fn read_words(toks: &[Token], i: usize, seed: Option<f64>) -> Option<Numeral> {
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
