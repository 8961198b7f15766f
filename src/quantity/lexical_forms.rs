//! Written forms only the lexical view ([`super::numbers`]) reads: powers ("1.3e6",
//! "2.5^-1", "6.23x10^-4"), digit groups split by spaces ("1 234 567", "40 000"), decimal
//! commas ("1,3", "1.111,11"), slashed and vulgar fractions ("3/4", "2 1/4", "⅔"), a spaced
//! scale letter ("2.33 k") and ratios ("one over three", "two out of five hundred").
//!
//! Why not in [`super::extract`]: in news text these readings are as often wrong as right
//! ("3/4" may be March 4, "in 2018 500 people" is two numbers, "k" may be kelvin), and a wrong
//! value there is a false conflict; a number-only recogniser reads them this way. Contract:
//! each reader starts at the token it is given, looks only forward a bounded number of tokens,
//! and returns the value and the token after it, or `None`.

use super::numeral::read_numeral;
use super::token::{Token, TokenKind, touching};

/// "½", "⅔", "¾" … as one symbol.
pub(crate) fn vulgar(t: &Token) -> Option<f64> {
    let c = t
        .text
        .chars()
        .next()
        .filter(|_| t.kind == TokenKind::Symbol)?;
    vulgar_char(c)
}

/// The value of a vulgar fraction character.
pub(crate) fn vulgar_char(c: char) -> Option<f64> {
    let (n, d) = match c {
        '½' => (1.0, 2.0),
        '⅓' => (1.0, 3.0),
        '⅔' => (2.0, 3.0),
        '¼' => (1.0, 4.0),
        '¾' => (3.0, 4.0),
        '⅕' => (1.0, 5.0),
        '⅖' => (2.0, 5.0),
        '⅗' => (3.0, 5.0),
        '⅘' => (4.0, 5.0),
        '⅙' => (1.0, 6.0),
        '⅚' => (5.0, 6.0),
        '⅐' => (1.0, 7.0),
        '⅛' => (1.0, 8.0),
        '⅜' => (3.0, 8.0),
        '⅝' => (5.0, 8.0),
        '⅞' => (7.0, 8.0),
        '⅑' => (1.0, 9.0),
        '⅒' => (1.0, 10.0),
        _ => return None,
    };
    Some(n / d)
}

/// "3/4" as a code token: a fraction of two digit groups.
pub(crate) fn slash_fraction(text: &str) -> Option<f64> {
    let (a, b) = text.split_once('/')?;
    // fractions are written short: "2222/2222" is part of a phone number
    if b.contains(['/', '.', ':']) || a.contains(['.', ':']) || a.len() > 3 || b.len() > 3 {
        return None;
    }
    let (a, b): (f64, f64) = (a.parse().ok()?, b.parse().ok()?);
    (b > 0.0).then(|| a / b)
}

/// "2 1/4": a whole number, a space, a proper slashed fraction.
pub(crate) fn mixed_fraction(toks: &[Token], k: usize) -> Option<(f64, usize)> {
    let (a, b) = (toks.get(k)?, toks.get(k + 1)?);
    if b.kind != TokenKind::Code || touching(a, b) || a.text.contains([',', '.']) {
        return None;
    }
    let whole: f64 = a.text.parse().ok()?;
    let f = slash_fraction(b.text).filter(|f| *f < 1.0)?;
    Some((whole + f, k + 2))
}

fn plain(t: &Token) -> Option<f64> {
    t.text.replace(',', "").parse().ok()
}

/// Signs after "^" or "e": "--23" reads as 23, "-1" as -1.
fn signed_exponent(toks: &[Token], mut k: usize) -> Option<(f64, usize)> {
    let mut sign = 1.0;
    let mut steps = 0;
    while let Some(t) = toks.get(k).filter(|t| t.is_dash() || t.is_symbol('+')) {
        if t.is_dash() {
            sign = -sign;
        }
        k += 1;
        steps += 1;
        if steps > 3 {
            return None;
        }
    }
    let t = toks.get(k).filter(|t| t.kind == TokenKind::Number)?;
    Some((sign * plain(t)?, k + 1))
}

/// "1e10", "12.32e+14", "1.1^23", "2.5^-1", "1.3x10^6", all touching.
pub(crate) fn power_at(toks: &[Token], k: usize) -> Option<(f64, usize)> {
    let base_tok = toks.get(k).filter(|t| t.kind == TokenKind::Number)?;
    let base = plain(base_tok)?;
    let next = toks.get(k + 1).filter(|n| touching(base_tok, n))?;
    let glued_to_end = |end: usize| {
        end.checked_sub(1)
            .and_then(|e| toks.get(e))
            .is_some_and(|last| {
                !toks
                    .get(end)
                    .is_some_and(|n| touching(last, n) && n.kind == TokenKind::Word)
            })
    };
    let (value, end) = if next.is_word("e") {
        let (exp, end) = signed_exponent(toks, k + 2)?;
        (base * 10f64.powf(exp), end)
    } else if next.is_symbol('^') {
        let (exp, end) = signed_exponent(toks, k + 2)?;
        (base.powf(exp), end)
    } else if next.is_word("x") && toks.get(k + 2).is_some_and(|t| t.text == "10") {
        toks.get(k + 3).filter(|c| c.is_symbol('^'))?;
        let (exp, end) = signed_exponent(toks, k + 4)?;
        (base * 10f64.powf(exp), end)
    } else {
        return None;
    };
    (value.is_finite() && glued_to_end(end)).then_some((value, end))
}

/// Most groups after the first in a spaced number: 10^18 and above are not written this way.
const MAX_GROUPS: usize = 6;

/// One space-like character between two tokens: a space, no-break or thin space.
fn one_space(text: &str, a: &Token, b: &Token) -> bool {
    let gap = text.get(a.end..b.start).unwrap_or("");
    let mut chars = gap.chars();
    matches!(chars.next(), Some(' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')) && chars.next().is_none()
}

/// "1 234 567", "40 000", "1 234 567.89": groups of three digits after one space.
pub(crate) fn grouped_at(text: &str, toks: &[Token], k: usize) -> Option<(f64, usize)> {
    grouped_by(toks, k, |a, b| one_space(text, a, b))
}

/// [`grouped_at`] without the text, as the extractor sees groups in tokens: apart by a no-break
/// or thin space (two or three bytes), or by plain spaces when there are at least three groups
/// ("1 234 567"). Two groups apart by a plain space are two numbers in news: "190 737 jets",
/// "20 787 Dreamliners".
pub(crate) fn grouped_tokens(toks: &[Token], k: usize) -> Option<(f64, usize)> {
    let gap = |a: &Token, b: &Token| b.start.saturating_sub(a.end);
    let (value, end) = grouped_by(toks, k, |a, b| (1..=3).contains(&gap(a, b)))?;
    let narrow = (k..end - 1).all(|g| match (toks.get(g), toks.get(g + 1)) {
        (Some(a), Some(b)) => gap(a, b) > 1,
        _ => false,
    });
    (narrow || end - k >= 3).then_some((value, end))
}

fn grouped_by(
    toks: &[Token],
    k: usize,
    spaced: impl Fn(&Token, &Token) -> bool,
) -> Option<(f64, usize)> {
    let first = toks.get(k)?;
    if first.text.len() > 3 || !first.text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut digits = first.text.to_string();
    let mut end = k + 1;
    while let (Some(prev), Some(g)) = (toks.get(end - 1), toks.get(end)) {
        let int = g.text.split('.').next().unwrap_or("");
        let ok = g.kind == TokenKind::Number
            && int.len() == 3
            && int.bytes().all(|b| b.is_ascii_digit())
            && !prev.text.contains('.')
            && spaced(prev, g);
        if !ok {
            break;
        }
        if end - k >= MAX_GROUPS {
            return None; // longer than any number: a list of numbers, read one by one
        }
        digits.push_str(g.text);
        end += 1;
    }
    // "423 0000" is two numbers: the group after the last must not be digits
    let after_digits = toks.get(end).is_some_and(|n| {
        n.kind == TokenKind::Number && toks.get(end - 1).is_some_and(|p| spaced(p, n))
    });
    if end == k + 1 || after_digits {
        return None;
    }
    let value: f64 = digits.parse().ok()?;
    value.is_finite().then_some((value, end))
}

/// "1,3", "5,00", "1.111,11": a decimal comma, not part of a list ("22,24,26").
pub(crate) fn comma_decimal_at(toks: &[Token], k: usize) -> Option<(f64, usize)> {
    let (a, c, b) = (toks.get(k)?, toks.get(k + 1)?, toks.get(k + 2)?);
    let glued = c.is_symbol(',') && touching(a, c) && touching(c, b) && b.kind == TokenKind::Number;
    let prev_comma = k
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|p| p.is_symbol(',') && touching(p, a));
    let list_after = match (toks.get(k + 3), toks.get(k + 4)) {
        (Some(c2), Some(n)) => {
            c2.is_symbol(',') && touching(b, c2) && touching(c2, n) && n.kind == TokenKind::Number
        }
        _ => false,
    };
    if !glued || prev_comma || list_after || b.text.len() > 2 || a.text.contains(',') {
        return None;
    }
    let int = match a.text.split_once('.') {
        None => a.text.to_string(),
        // "1.111,11": dots group thousands
        Some((head, tail)) if tail.len() == 3 && head.len() <= 3 => format!("{head}{tail}"),
        Some(_) => return None,
    };
    Some((format!("{int}.{}", b.text).parse().ok()?, k + 3))
}

/// "2.33 k", "1,674.5 G": a lone scale letter after a space.
pub(crate) fn spaced_letter_scale(toks: &[Token], end: usize) -> Option<(f64, usize)> {
    let t = toks.get(end).filter(|t| t.kind == TokenKind::Word)?;
    let scale = match t.text {
        "k" | "K" => 1e3,
        "M" => 1e6,
        "G" | "B" => 1e9,
        "T" => 1e12,
        _ => return None,
    };
    let glued_after = toks
        .get(end + 1)
        .is_some_and(|n| touching(t, n) && n.kind != TokenKind::Symbol);
    (!glued_after).then_some((scale, end + 1))
}

/// "one over three", "two out of five hundred", "1 in twenty-one": `x` divided by what follows.
/// "out of" and "in" need a smaller numerator ("12 out of 10" is two numbers), "in" no year
/// after it, and "over" nothing more after the divisor ("$2000 over 3 years" is two numbers).
/// `lexical` is the number view: "over" may divide there, and "in" ("1 in 21"); for values,
/// "over" means more and "in" is too often a place or time ("3 in 2009", "5 in 10 categories").
pub(crate) fn ratio_at(toks: &[Token], end: usize, x: f64, lexical: bool) -> Option<(f64, usize)> {
    let t = toks.get(end)?;
    let (kind, k) = if lexical && t.is_word("over") {
        (0, end + 1)
    } else if t.is_word("out") && toks.get(end + 1).is_some_and(|o| o.is_word("of")) {
        (1, end + 2)
    } else if lexical && t.is_word("in") {
        (2, end + 1)
    } else {
        return None;
    };
    let y = read_numeral(toks, k).filter(|y| !y.ordinal && y.value != 0.0)?;
    let ok = match kind {
        0 => !toks.get(y.end).is_some_and(|n| n.kind == TokenKind::Word),
        1 => x < y.value,
        _ => x < y.value && y.value <= 1000.0 && x == x.trunc() && x >= 1.0,
    };
    ok.then_some((x / y.value, y.end))
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize;
    use super::*;

    type Reader = fn(&str, &[Token], usize) -> Option<(f64, usize)>;

    #[test]
    fn forms_table() {
        let power: Reader = |_, t, k| power_at(t, k);
        let grouped: Reader = grouped_at;
        let comma: Reader = |_, t, k| comma_decimal_at(t, k);
        let mixed: Reader = |_, t, k| mixed_fraction(t, k);
        let cases: &[(Reader, &str, Option<f64>)] = &[
            (power, "1e10", Some(1e10)),
            (power, "12.32e+14", Some(1.232e15)),
            (power, "2.5^-1", Some(0.4)),
            (power, "1.1^--23", Some(1.1f64.powi(23))),
            (power, "6.23x10^-4", Some(6.23e-4)),
            (power, "1e10ms", None),
            (grouped, "1 234 567", Some(1234567.0)),
            (grouped, "40\u{202f}000", Some(40000.0)),
            (grouped, "423 0000", None),
            (grouped, "1 234 0000", None),
            (comma, "1,3.", Some(1.3)),
            (comma, "1.111,11", Some(1111.11)),
            (comma, "22,24,26", None),
            (mixed, "2  1/4", Some(2.25)),
            (mixed, "2 5/4", None),
        ];
        for (read, text, want) in cases {
            let toks = tokenize(text);
            let got = read(text, &toks, 0).map(|(v, _)| v);
            let ok = match (got, want) {
                (Some(g), Some(w)) => (g - w).abs() <= 1e-9 * w.abs().max(1.0),
                (g, w) => g.is_none() && w.is_none(),
            };
            assert!(ok, "{text}: {got:?}");
        }
        assert_eq!(slash_fraction("3/4"), Some(0.75));
        assert_eq!(slash_fraction("2222/2222"), None);
        assert_eq!(slash_fraction("5/17/2018"), None);
    }

    #[test]
    fn ratios_table() {
        let cases: &[(&str, bool, Option<f64>)] = &[
            ("1 over 3", true, Some(1.0 / 3.0)),
            ("2000 over 3 years", true, None),
            ("1 over 3", false, None),
            ("two out of five hundred tvs", false, Some(0.004)),
            ("12 out of 10", false, None),
            ("1 in twenty-one", true, Some(1.0 / 21.0)),
            ("3 in 2009", true, None),
            ("1 in 5", false, None),
        ];
        for (text, lexical, want) in cases {
            let toks = tokenize(text);
            let got = read_numeral(&toks, 0)
                .and_then(|n| ratio_at(&toks, n.end, n.value, *lexical))
                .map(|(v, _)| v);
            let ok = match (got, want) {
                (Some(g), Some(w)) => (g - w).abs() <= 1e-9,
                (g, w) => g.is_none() && w.is_none(),
            };
            assert!(ok, "{text}: {got:?}");
        }
    }
}
