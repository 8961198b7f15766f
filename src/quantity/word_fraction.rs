//! Fractions written with an ordinal denominator: "three fifths", "a hundredth",
//! "one twenty-fifth" (1/25), "one hundred thirty fifths" (100/35), "twenty twenty fifths"
//! (20/25), "one one hundred fifth" (1/105), "two hundred and fifty-four hundredths" (200.54).
//!
//! Why a reader of its own: the words before the denominator may belong to the numerator or to
//! the denominator ("thirty fifths" is 30/5 after "one hundred and", but 1/35ths after "one
//! hundred"). The rule, the one English readers apply: a tens word (or "N hundred"/"N thousand")
//! right before the ordinal joins the denominator when what is left is still a whole numerator;
//! after the last "and", a proper fraction is added to what precedes ("two and fifty-four
//! hundredths"). A numerator other than one needs a plural denominator ("three fifths"), so
//! "three trillionth" and "twenty fifth" stay ordinals. Contract: [`word_fraction`] reads only
//! forward from its token, at most [`MAX_RUN`] tokens, and returns `None` for anything else.

use super::fraction::scale_fraction;
use super::number_words::{hundred_value, ordinal_value, scale_value, tens_value, unit_value};
use super::numeral::{Numeral, read_numeral};
use super::token::{LowerWord, Token, TokenKind};

/// Longest run of number words looked at, so reading stays linear.
const MAX_RUN: usize = 24;

/// A denominator word: its ordinal value and whether it is plural ("fifths", "halves").
fn denominator(t: &Token) -> Option<(f64, bool)> {
    // every denominator holds a value (`Token::value`), and most words do not
    if t.kind != TokenKind::Word || !t.value {
        return None;
    }
    denominator_word(LowerWord::new(t.text)?.as_str())
}

/// [`denominator`] of a lowercase word. Also what `value_words::in_vocabulary` asks, so that every
/// word read here is one that holds a value ("seconds" included), by one rule.
pub(crate) fn denominator_word(lower: &str) -> Option<(f64, bool)> {
    match lower {
        "half" => return Some((2.0, false)),
        "halves" => return Some((2.0, true)),
        "quarter" => return Some((4.0, false)),
        "quarters" => return Some((4.0, true)),
        _ => {}
    }
    if let Some(v) = ordinal_value(lower) {
        return Some((v, false));
    }
    let stem = lower.strip_suffix('s')?;
    ordinal_value(stem).map(|v| (v, true))
}

fn is_number_word(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && t.value
        && (unit_value(t.text).is_some()
            || tens_value(t.text).is_some()
            || hundred_value(t.text).is_some()
            || scale_value(t.text).is_some())
}

/// The value of tokens `start..end` when they are exactly one numeral ("a" alone is one).
fn whole(toks: &[Token], start: usize, end: usize) -> Option<f64> {
    if end <= start {
        return None;
    }
    if end == start + 1 && toks.get(start).is_some_and(|t| t.is_any_word(&["a", "an"])) {
        return Some(1.0);
    }
    let n = read_numeral(toks.get(..end)?, start)?;
    (n.end == end && !n.ordinal).then_some(n.value)
}

/// `numerator / denominator` when the plural agrees (a numerator other than one needs "-ths").
fn ratio(numerator: f64, denominator: f64, plural: bool) -> Option<f64> {
    (denominator > 0.0 && (plural || numerator == 1.0)).then(|| numerator / denominator)
}

/// The fraction starting at token `i`, if the words from there end in a denominator.
pub(crate) fn word_fraction(toks: &[Token], i: usize) -> Option<Numeral> {
    let first = toks.get(i)?;
    if !(is_number_word(first) || first.is_any_word(&["a", "an"])) {
        return None;
    }
    let mut d = i + 1;
    let (o, plural) = loop {
        let t = toks.get(d)?;
        if let Some(found) = denominator(t) {
            break found;
        }
        if !(is_number_word(t) || t.is_word("and") || t.is_dash()) || d - i > MAX_RUN {
            return None;
        }
        d += 1;
    };
    let dash_before = toks.get(d - 1).is_some_and(Token::is_dash);
    let nend = d - usize::from(dash_before);
    if let Some((value, end)) = and_split(toks, i, nend, d) {
        return Some(numeral(value, i, end));
    }
    let value = absorbed(toks, i, nend, o, plural).or_else(|| {
        // "first"/"second" only as the end of a compound: "twenty-firsts", not "30 seconds"
        (o >= 3.0).then_some(())?;
        ratio(whole(toks, i, nend)?, o, plural)
    })?;
    Some(scale_fraction(toks, numeral(value, i, d + 1)))
}

/// "won a third term", "a fifth straight win": "a" and a singular ordinal before a noun of
/// its own is an ordinal numbering that noun, not a fraction. A fraction is followed by "of",
/// a comparative ("a third more", "a third cheaper"), a verb ("a third said", "a third were")
/// or nothing ("rose by a third").
/// Asked of the tokens at `i` ("a") and `i + 1` (the ordinal) before any fraction is read.
pub(crate) fn ordinal_of_next_noun(toks: &[Token], i: usize) -> bool {
    let article = toks.get(i).is_some_and(|t| t.is_any_word(&["a", "an"]));
    let Some((o, plural)) = toks.get(i + 1).and_then(denominator) else {
        return false;
    };
    let Some(next) = toks.get(i + 2).filter(|t| t.kind == TokenKind::Word) else {
        return false;
    };
    let word = next.text;
    let lowercase = word.bytes().all(|b| b.is_ascii_lowercase());
    let shaped_otherwise = word.ends_with("er") || word.ends_with("ed") || word.ends_with("ly");
    article && !plural && o >= 3.0 && lowercase && !shaped_otherwise && !NOT_NOUNS.contains(&word)
}

/// Words after "a third" that keep it a fraction: its whole, a comparison, a verb.
#[rustfmt::skip]
const NOT_NOUNS: &[&str] = &[
    "of", "as", "the", "more", "less", "fewer", "again", "and", "or", "were", "are", "is", "was",
    "said", "say", "says", "have", "has", "had", "will", "would", "could", "can", "may",
    "might", "do", "did", "to", "in", "on", "at", "for", "from", "by", "than", "that", "who",
    "went", "go", "get", "got", "see", "saw",
];

fn numeral(value: f64, start: usize, end: usize) -> Numeral {
    exact_numeral(value, start, end, false)
}

/// An exact numeral of tokens `start..end`, with no scale: what a fraction or a written form
/// ("3/4", "1e10") reads as. `digits` when written in digits.
pub(crate) fn exact_numeral(value: f64, start: usize, end: usize, digits: bool) -> Numeral {
    Numeral {
        value,
        start,
        end,
        half_width: None,
        ordinal: false,
        plain_integer: false,
        scale: 1.0,
        digits,
        decade: false,
    }
}

/// "two hundred and fifty-four hundredths": a proper fraction after the last "and", added;
/// a scale after it applies to the fraction ("one billion and three quarters million").
fn and_split(toks: &[Token], i: usize, nend: usize, d: usize) -> Option<(f64, usize)> {
    let a = (i + 1..nend)
        .rev()
        .find(|&k| toks.get(k).is_some_and(|t| t.is_word("and")))?;
    let before = whole(toks, i, a)?;
    let after = word_fraction(toks.get(..d + 1)?, a + 1).filter(|n| n.end == d + 1)?;
    if after.value >= 1.0 {
        return None;
    }
    // "six million and two thirds" is two thirds of a million
    let unit = toks
        .get(a - 1)
        .and_then(|t| scale_value(t.text))
        .unwrap_or(1.0);
    match toks.get(d + 1).and_then(|t| scale_value(t.text)) {
        Some(s) if s < before => Some((before + after.value * s, d + 2)),
        _ => Some((before + after.value * unit, d + 1)),
    }
}

/// The words right before the ordinal that join the denominator: "thirty fifths" → 35ths,
/// "one hundred fifth" → 105th; taken only when a whole numerator is left before them.
fn absorbed(toks: &[Token], i: usize, nend: usize, o: f64, plural: bool) -> Option<f64> {
    let prev = toks.get(nend.checked_sub(1)?)?;
    if let Some(tens) = tens_value(prev.text).filter(|_| o < 10.0) {
        let numerator = whole(toks, i, nend - 1)?;
        return ratio(numerator, tens + o, plural);
    }
    let scale = hundred_value(prev.text)
        .or_else(|| scale_value(prev.text))
        .filter(|s| o < *s)?;
    let k = nend.checked_sub(2)?;
    let multiplier = toks.get(k).and_then(|t| unit_value(t.text))?;
    let numerator = whole(toks, i, k)?;
    ratio(numerator, multiplier * scale + o, plural)
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize;
    use super::*;

    #[test]
    fn word_fractions_table() {
        let cases: &[(&str, Option<f64>)] = &[
            ("three fifths", Some(0.6)),
            ("a hundredth", Some(0.01)),
            ("one twenty-fifth", Some(0.04)),
            ("three twenty firsts", Some(3.0 / 21.0)),
            ("one hundred thirty fifths", Some(100.0 / 35.0)),
            ("one hundred and thirty fifths", Some(26.0)),
            ("twenty twenty fifths", Some(0.8)),
            ("one one hundred fifth", Some(1.0 / 105.0)),
            ("a hundred thousand trillionths", Some(1e-7)),
            ("two hundred and fifty-four hundredths", Some(200.54)),
            ("six million and two thirds", Some(6e6 + 2e6 / 3.0)),
            ("one billion and three quarters million", Some(1.00075e9)),
            // ordinals and time, not fractions
            ("twenty fifth", None),
            ("three trillionth", None),
            ("thirty seconds", None),
            ("the fifth", None),
            ("fifth", None),
        ];
        for (text, want) in cases {
            let got = word_fraction(&tokenize(text), 0).map(|n| n.value);
            let ok = match (got, want) {
                (Some(g), Some(w)) => (g - w).abs() <= 1e-9 * w.abs().max(1.0),
                (g, w) => g.is_none() && w.is_none(),
            };
            assert!(ok, "{text}: {got:?}");
        }
    }
}
