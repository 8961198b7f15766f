//! The lexical number view behind [`super::numbers`]: every numeral written in the text, as a
//! number-only recogniser sees it, whatever role it plays.
//!
//! Why a second view: [`super::extract`] decides what a number *is* (a count, money, a date, or
//! nothing because it names something: "MQ-9B", "No. 10", a phone number). Scoring a number
//! recogniser, or asking "which numerals does this sentence contain", needs the plain reading:
//! the 20 inside "$20", the 5, 17 and 2018 inside "5/17/2018", the 173 of "SCP-173". This view
//! reads those, and only refuses digits glued to a unit or label ("180ml", "10am", "G20"),
//! which are not written as numbers at all. Ordinals ("fifth", "4th") are not cardinal numbers
//! and are left out, except as denominators of fractions ("a fifth", "three twenty-firsts").

use super::code::glued_letters;
use super::numeral::read_numeral;
use super::token::{Token, TokenKind, tokenize};
use crate::span::Span;

/// Every number in `text` with its byte span, in order, non-overlapping.
pub(crate) fn numbers(text: &str) -> Vec<(Span, f64)> {
    let toks = tokenize(text);
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(t) = toks.get(i) {
        if t.kind == TokenKind::Code {
            code_components(t, &mut out);
            i += 1;
            continue;
        }
        match read_at(&toks, i) {
            Some((v, end)) => {
                if let Some(span) = span_of(&toks, i, end) {
                    out.push((span, v));
                }
                i = end.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

fn span_of(toks: &[Token], start: usize, end: usize) -> Option<Span> {
    let first = toks.get(start)?;
    let last = toks.get(end.checked_sub(1)?)?;
    Some(Span::new(first.start, last.end.max(first.start)))
}

/// The number starting at token `i` and the token after it.
fn read_at(toks: &[Token], i: usize) -> Option<(f64, usize)> {
    let t = toks.get(i)?;
    if t.kind == TokenKind::Number && glued_letters(toks, i) {
        return None;
    }
    let n = read_numeral(toks, i)?;
    if n.ordinal {
        return None;
    }
    Some((n.value, n.end))
}

/// "5/17/2018", "192.168.1.2", "10:30": each digit group is a number of its own; "3/4" is a
/// fraction.
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
