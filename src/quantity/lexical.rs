//! The lexical number view behind [`super::numbers`]: every numeral written in the text, as a
//! number-only recogniser sees it, whatever role it plays.
//!
//! Why a second view: [`super::extract`] decides what a number *is* (a count, money, a date, or
//! nothing because it names something: "MQ-9B", "No. 10", a phone number). Scoring a number
//! recogniser, or asking "which numerals does this sentence contain", needs the plain reading:
//! the 20 inside "$20", the 5, 17 and 2018 inside "5/17/2018", the 173 of "SCP-173". This view
//! reads those, and only refuses digits glued to a unit or label ("180ml", "10am", "G20"),
//! which are not written as numbers at all, and "one" used as a pronoun. Ordinals ("fifth",
//! "4th") are not cardinal numbers and are left out, except as denominators of fractions
//! ("a fifth", "three twenty-firsts").

use super::code::glued_letters;
use super::figure::is_pronoun_one;
use super::lexical_forms::{
    comma_decimal_at, grouped_at, mixed_fraction, power_at, ratio_at, slash_fraction,
    spaced_letter_scale, vulgar,
};
use super::number_words::ordinal_value;
use super::numeral::read_numeral;
use super::token::{Token, TokenKind, tokenize, touching};
use super::{Quantity, QuantityKind};
use crate::span::Span;

/// Every number in `text` with its byte span, in order, non-overlapping.
pub(crate) fn numbers(text: &str) -> Vec<(Span, f64)> {
    let toks = tokenize(text);
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(t) = toks.get(i) {
        match read_at(text, &toks, i) {
            Some((v, end)) => {
                if let Some(span) = span_of(&toks, i, end) {
                    out.push((span, v));
                }
                i = end.max(i + 1);
            }
            None => {
                if t.kind == TokenKind::Code {
                    code_components(t, &mut out);
                }
                i += 1;
            }
        }
    }
    out
}

/// Every ordinal in `text`, as an ordinal-only recogniser sees it: the ordinals that
/// `extract` read (`found`), and the ordinal words inside its other readings. "forty two and a
/// third" is a fraction to `extract`, but its "third" is still an ordinal word.
pub(crate) fn ordinals(text: &str, found: &[Quantity]) -> Vec<(Span, f64)> {
    let mut out: Vec<(Span, f64)> = Vec::new();
    for q in found {
        if q.kind == QuantityKind::Ordinal {
            if let Some(v) = q.value {
                out.push((q.span, v));
            }
            continue;
        }
        let Some(inner) = text.get(q.span.start..q.span.end) else {
            continue;
        };
        for t in tokenize(inner).iter().filter(|t| t.kind == TokenKind::Word) {
            if let Some(v) = ordinal_value(t.text) {
                out.push((Span::new(q.span.start + t.start, q.span.start + t.end), v));
            }
        }
    }
    out
}

fn span_of(toks: &[Token], start: usize, end: usize) -> Option<Span> {
    let first = toks.get(start)?;
    let last = toks.get(end.checked_sub(1)?)?;
    Some(Span::new(first.start, last.end.max(first.start)))
}

/// A minus sign before digits: glued ("-4/5") and not glued to what precedes it, or spaced at
/// the very start ("- 10 k"). Words ("minus five") are read by the numeral grammar.
fn sign_at(toks: &[Token], i: usize) -> (f64, usize) {
    let (Some(t), Some(n)) = (toks.get(i), toks.get(i + 1)) else {
        return (1.0, i);
    };
    let digits = matches!(n.kind, TokenKind::Number | TokenKind::Code);
    let prev = i.checked_sub(1).and_then(|p| toks.get(p));
    let glued_ok =
        touching(t, n) && !prev.is_some_and(|p| touching(p, t) && p.kind != TokenKind::Symbol);
    if (t.is_dash() || t.is_symbol('−')) && digits && (glued_ok || prev.is_none()) {
        (-1.0, i + 1)
    } else {
        (1.0, i)
    }
}

/// The number starting at token `i` and the token after it.
fn read_at(text: &str, toks: &[Token], i: usize) -> Option<(f64, usize)> {
    let t = toks.get(i)?;
    if let Some(v) = vulgar(t) {
        return Some((v, i + 1));
    }
    let (sign, body) = sign_at(toks, i);
    let b = toks.get(body)?;
    if b.kind == TokenKind::Code {
        return slash_fraction(b.text).map(|v| (sign * v, body + 1));
    }
    if b.kind == TokenKind::Number {
        let special = power_at(toks, body)
            .or_else(|| mixed_fraction(toks, body))
            .or_else(|| grouped_at(text, toks, body))
            .or_else(|| comma_decimal_at(toks, body));
        if let Some((v, end)) = special {
            return Some((sign * v, end));
        }
        if glued_letters(toks, body) || inside_code(toks, body) {
            return None;
        }
    }
    let Some(n) = read_numeral(toks, body) else {
        // bare "half": "more than half"
        return t.is_word("half").then_some((0.5, i + 1));
    };
    if n.ordinal || is_pronoun_one(toks, &n) {
        return None;
    }
    let (mut value, mut end) = (sign * n.value, n.end);
    if n.digits
        && n.scale == 1.0
        && let Some((scale, e)) = spaced_letter_scale(toks, end)
    {
        value *= scale;
        end = e;
    }
    if let Some((r, e)) = ratio_at(toks, end, value, true) {
        return Some((r, e));
    }
    Some((value, end))
}

/// "MQ-9B": digits between a hyphen-joined word and glued letters are a model name, even when
/// the letter could be a scale ("9B"); "SCP-173" ends at the digits and stays a number.
fn inside_code(toks: &[Token], k: usize) -> bool {
    let (Some(t), Some(dash), Some(word)) = (
        toks.get(k),
        k.checked_sub(1).and_then(|p| toks.get(p)),
        k.checked_sub(2).and_then(|p| toks.get(p)),
    ) else {
        return false;
    };
    let after = toks
        .get(k + 1)
        .is_some_and(|n| n.kind == TokenKind::Word && touching(t, n));
    dash.is_dash()
        && touching(dash, t)
        && touching(word, dash)
        && word.kind == TokenKind::Word
        && after
}

/// "5/17/2018", "192.168.1.2", "10:30": each digit group is a number of its own.
fn code_components(t: &Token, out: &mut Vec<(Span, f64)>) {
    let mut start = 0;
    for (k, c) in t
        .text
        .char_indices()
        .chain(std::iter::once((t.text.len(), '.')))
    {
        if c.is_ascii_digit() {
            continue;
        }
        if let Some(part) = t.text.get(start..k)
            && let Ok(v) = part.parse::<f64>()
        {
            out.push((Span::new(t.start + start, t.start + k), v));
        }
        start = k + c.len_utf8();
    }
}

#[cfg(test)]
mod tests {
    use crate::quantity::{numbers, ordinals};

    #[test]
    fn ordinals_view_reads_every_ordinal_word() {
        let cases: &[(&str, &[(&str, f64)])] = &[
            ("the fifth India-US 2+2 talks", &[("fifth", 5.0)]),
            (
                "the 31st and the twenty-first",
                &[("31st", 31.0), ("twenty-first", 21.0)],
            ),
            ("a value of forty two and a third", &[("third", 3.0)]),
            (
                "India, the world’s fifth-largest economy",
                &[("fifth", 5.0)],
            ),
            ("31 drones for $3 billion", &[]),
        ];
        for (text, expected) in cases {
            let got: Vec<(&str, f64)> = ordinals(text)
                .into_iter()
                .map(|(s, v)| (s.slice(text), v))
                .collect();
            assert_eq!(got, *expected, "{text}");
        }
    }

    #[test]
    fn numbers_view_reads_numbers_inside_money_and_dates() {
        let text = "$20 on 5/17/2018";
        let got: Vec<f64> = numbers(text).into_iter().map(|(_, v)| v).collect();
        assert_eq!(got, [20.0, 5.0, 17.0, 2018.0]);
    }
}
