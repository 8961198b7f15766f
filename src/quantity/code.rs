//! Numbers that are parts of names and codes, not values: "2+2", "two-plus-two", "MQ-9B",
//! "S-400", "S 400", "F414", "G20", "I2U2", "COVID-19", "No. 10", "Article 370", "10am",
//! phone numbers ("+1 202-555-0100", "011-2345-6789").
//!
//! Why a separate pass: a false value here becomes a false conflict downstream ("fifth 2+2
//! dialogue" must not say "2"), so these are decided once, on tokens, before any reading.
//! Contract: [`blocked_tokens`] returns one flag per token; a flagged number or number word is
//! never the first token of a quantity. Times, versions and slashed dates are `Code` tokens
//! already (see `token.rs`), which no reader takes as a number.

use super::iso_currencies::iso_code;
use super::lexical_forms::power_at;
use super::number_words::{glued_scale_value, is_ordinal_suffix, tens_value, unit_value};
use super::token::{Token, TokenKind, touching};

/// Words written before a number that make it a label: "No. 10", "Article 370", "Flight 17".
const LABELS: &[&str] = &[
    "no",
    "nos",
    "nr",
    "article",
    "section",
    "clause",
    "chapter",
    "resolution",
    "flight",
    "room",
    "route",
    "highway",
    "platform",
    "gate",
    "volume",
    "vol",
    "figure",
    "fig",
    "table",
    "page",
    "paragraph",
    "rule",
    "item",
    "model",
    "version",
    "unit",
    "block",
    "sector",
    "level",
];

/// Words that may hyphen-join a number without making a code ("mid-2018", "pre-1990").
const HYPHEN_PREFIXES: &[&str] = &[
    "mid", "pre", "post", "early", "late", "circa", "over", "under",
];

/// Letters that may follow digits directly: currency codes ("115USD"), besides ordinal and
/// scale suffixes and the decade "s".
const GLUED_CURRENCIES: &[&str] = &["usd", "eur", "gbp", "inr", "jpy", "cny", "rmb", "元"];

/// One flag per token: true when the token is a number (or number word) inside a name or code.
pub(crate) fn blocked_tokens(toks: &[Token]) -> Vec<bool> {
    let mut blocked = vec![false; toks.len()];
    block_urls(toks, &mut blocked);
    for (i, t) in toks.iter().enumerate() {
        // Each rule below starts at a number or number word, which holds a value: the other
        // tokens (most of a sentence) are passed over at the cost of one flag.
        if !t.value {
            continue;
        }
        if t.kind == TokenKind::Number
            && is_code_number(toks, i)
            && let Some(b) = blocked.get_mut(i)
        {
            *b = true;
        }
        if is_plus_name(toks, i) {
            for k in [i, i + 2, i + 4] {
                let is_numeric = toks.get(k).is_some_and(is_number_like);
                if let Some(b) = blocked.get_mut(k).filter(|_| is_numeric) {
                    *b = true;
                }
            }
        }
        if is_hyphen_chain(toks, i) {
            for k in (i..toks.len()).take(5).step_by(2) {
                if let Some(b) = blocked.get_mut(k) {
                    *b = true;
                }
            }
        }
    }
    blocked
}

/// Everything touching "http:", "https:" or "www." up to the next space is part of a URL.
fn block_urls(toks: &[Token], blocked: &mut [bool]) {
    let mut i = 0;
    while let Some(t) = toks.get(i) {
        // Asked of every token: most are turned away by their length and first letter.
        let may_open = matches!(t.text.len(), 3..=5)
            && t.text
                .as_bytes()
                .first()
                .is_some_and(|b| matches!(b.to_ascii_lowercase(), b'h' | b'w' | b'f'));
        let opens = may_open
            && t.is_any_word(&["http", "https", "www", "ftp"])
            && toks
                .get(i + 1)
                .is_some_and(|n| (n.is_symbol(':') || n.is_symbol('.')) && touching(t, n));
        if !opens {
            i += 1;
            continue;
        }
        let mut k = i;
        while let Some(b) = blocked.get_mut(k) {
            *b = true;
            match (toks.get(k), toks.get(k + 1)) {
                (Some(a), Some(n)) if touching(a, n) => k += 1,
                _ => break,
            }
        }
        i = k + 1;
    }
}

fn is_number_like(t: &Token) -> bool {
    // asked at every token: a word that holds no value (`Token::value`) is neither
    t.kind == TokenKind::Number
        || (t.value && (unit_value(t.text).is_some() || tens_value(t.text).is_some()))
}

/// The number at `i` touches letters that make it a unit, label or code rather than a number:
/// "180ml", "29km", "10am", "G20", "F414" (but not "31st", "1990s", "3bn", "USD115").
pub(crate) fn glued_letters(toks: &[Token], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    let prev = i.checked_sub(1).and_then(|p| toks.get(p));
    let next = toks.get(i + 1);
    if let Some(p) = prev.filter(|p| p.kind == TokenKind::Word && touching(p, t)) {
        // "G20", "F414", "I2U2"; but "USD115" is money
        if !p.is_any_word(GLUED_CURRENCIES)
            && !p.is_any_word(&["rs", "musd", "meur"])
            && !is_glued_currency(p.text)
        {
            return true;
        }
    }
    if let Some(n) = next.filter(|n| n.kind == TokenKind::Word && touching(t, n)) {
        // "1e10", "1.3x10^6": a power, not a unit
        let allowed = power_at(toks, i).is_some()
            || is_ordinal_suffix(n.text)
            || n.text == "s"
            || glued_scale_value(n.text).is_some()
            || n.is_any_word(GLUED_CURRENCIES)
            || is_glued_currency(n.text)
            || dollar_after(toks, i)
            || money_letter(toks, i, n.text);
        if !allowed {
            return true; // "180ml", "29km", "10am", "9mm"
        }
    }
    false
}

/// A currency code or letter symbol that may touch digits: "MYR42", "42KWD", "RM42", "20Rs".
fn is_glued_currency(word: &str) -> bool {
    iso_code(word).is_some() || matches!(word, "RM" | "Rp" | "Rs")
}

/// "3.14US$", "20HK$": a prefix of "$" glued after the figure, the "$" glued to it.
fn dollar_after(toks: &[Token], i: usize) -> bool {
    let (Some(p), Some(d)) = (toks.get(i + 1), toks.get(i + 2)) else {
        return false;
    };
    matches!(p.text, "US" | "HK" | "NZ" | "C" | "A" | "S" | "R" | "NT")
        && d.is_symbol('$')
        && touching(p, d)
}

/// Letters a money figure may carry: "$3m" (million: lower case only after a currency symbol,
/// since "3m" alone is as often metres), "₹30l" (lakh), "43c" and "50p" (cents, pence, after
/// at most two digits: "1080p" is a resolution).
fn money_letter(toks: &[Token], i: usize, letters: &str) -> bool {
    let Some(t) = toks.get(i) else { return false };
    let after_symbol = i
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|p| matches!(p.text, "$" | "£" | "€" | "₹" | "¥") && touching(p, t));
    match letters {
        "m" | "l" => after_symbol,
        "c" | "p" => t.text.len() <= 2,
        _ => false,
    }
}

/// The number at `i` is glued to letters, hyphen-joined to a capitalised code, or labelled.
fn is_code_number(toks: &[Token], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    // the exponent of a power ("1e10", "12.32e+14", "1.3x10^6") is part of a number
    let in_power = (1..=4).any(|back| {
        i.checked_sub(back)
            .and_then(|start| power_at(toks, start))
            .is_some_and(|(_, end)| end > i)
    });
    if in_power {
        return false;
    }
    let prev = i.checked_sub(1).and_then(|p| toks.get(p));
    if glued_letters(toks, i) && !super::measure::glued_unit(toks, i) {
        return true;
    }
    if let Some(p) = prev.filter(|p| p.is_dash() && touching(p, t)) {
        let word = i.checked_sub(2).and_then(|w| toks.get(w));
        if let Some(w) = word.filter(|w| w.kind == TokenKind::Word && touching(w, p)) {
            // "S-400", "MQ-9B", "COVID-19", "Su-30"; not "mid-2018"
            let after_digits = i >= 3
                && toks
                    .get(i - 3)
                    .is_some_and(|d| d.kind == TokenKind::Number && touching(d, w));
            let code_like = (w.is_capitalized() || w.text.len() == 1) && !after_digits;
            if code_like && !w.is_any_word(HYPHEN_PREFIXES) && !is_month_like(w) {
                return true;
            }
        }
    }
    if let Some(p) = prev {
        // "S 400": a lone capital letter before the number (not "A" or "I")
        let lone_capital = p.kind == TokenKind::Word
            && p.text.chars().count() == 1
            && p.is_capitalized()
            && !p.is_any_word(&["a", "i"]);
        if lone_capital || p.is_symbol('#') {
            return true;
        }
        // "+1 202…": a plus sign glued before a number that follows no number
        if p.is_symbol('+') && touching(p, t) {
            let before = i.checked_sub(2).and_then(|b| toks.get(b));
            if !before.is_some_and(|b| b.kind == TokenKind::Number && touching(b, p)) {
                return true;
            }
        }
        // "No. 10", "Article 370"
        let label_at = |k: usize| {
            toks.get(k)
                .filter(|w| w.is_capitalized() && w.is_any_word(LABELS))
        };
        if label_at(i - 1).is_some() {
            return true;
        }
        if p.is_symbol('.') && i >= 2 && label_at(i - 2).is_some() {
            return true;
        }
    }
    false
}

/// Abbreviated or full month names are not codes: "Nov-2023".
fn is_month_like(w: &Token) -> bool {
    super::date::month_number(w.text).is_some()
}

/// "2+2", "2 + 2", "two-plus-two", "2-plus-2" starting at `i`.
fn is_plus_name(toks: &[Token], i: usize) -> bool {
    let (Some(a), Some(op), Some(b)) = (toks.get(i), toks.get(i + 1), toks.get(i + 2)) else {
        return false;
    };
    if !is_number_like(a) {
        return false;
    }
    if op.is_symbol('+') && is_number_like(b) {
        return true;
    }
    // "two-plus-two": number, dash, "plus", dash, number, all touching
    let (Some(plus), Some(c)) = (toks.get(i + 2), toks.get(i + 3)) else {
        return false;
    };
    let d = toks.get(i + 4);
    op.is_dash()
        && touching(a, op)
        && plus.is_word("plus")
        && c.is_dash()
        && d.is_some_and(|d| is_number_like(d) && touching(c, d))
}

/// Three or more digit groups joined by hyphens, touching: "011-2345-6789", "202-555-0100".
fn is_hyphen_chain(toks: &[Token], i: usize) -> bool {
    let group = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == TokenKind::Number && t.text.bytes().all(|b| b.is_ascii_digit()))
    };
    let joined = |k: usize| {
        let (Some(a), Some(d), Some(b)) = (group(k), toks.get(k + 1), group(k + 2)) else {
            return false;
        };
        d.is_dash() && touching(a, d) && touching(d, b)
    };
    joined(i) && joined(i + 2)
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize;
    use super::*;

    fn blocked_texts(text: &str) -> Vec<&str> {
        let toks = tokenize(text);
        let flags = blocked_tokens(&toks);
        toks.iter()
            .zip(flags)
            .filter(|(_, b)| *b)
            .map(|(t, _)| t.text)
            .collect()
    }

    #[test]
    fn blocks_names_and_codes_table() {
        let cases: &[(&str, &[&str])] = &[
            ("the fifth 2+2 dialogue", &["2", "2"]),
            ("the “2+2” meeting", &["2", "2"]),
            ("The two-plus-two talks", &["two", "two"]),
            ("MQ-9B drones", &["9"]),
            ("S-400 missiles", &["400"]),
            ("purchases of S 400 surface-to-air", &["400"]),
            ("F414 engines", &["414"]),
            ("the G20 summit", &["20"]),
            ("(I2U2).", &["2", "2"]),
            ("COVID-19 pandemic", &["19"]),
            ("No. 10 Downing Street", &["10"]),
            ("Article 370 was", &["370"]),
            ("+1 202-555-0100", &["1", "202", "555", "0100"]),
            ("011-2345-6789", &["011", "2345", "6789"]),
            ("the 180ml liquid", &[]), // a measurement (`measure/`)
            ("at 10am", &["10"]),
            (
                "see https://x.com/q=30%25 now",
                &[
                    "https", ":", "/", "/", "x", ".", "com", "/", "q", "=", "30", "%", "25",
                ],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(blocked_texts(text), want.to_vec(), "{text}");
        }
    }

    #[test]
    fn leaves_values_table() {
        for text in [
            "30 Predator drones",
            "2 plus 2",
            "mid-2018",
            "the 1990s",
            "$3.99bn",
            "31st",
            "3-4 drones",
            "30-member team",
            "USD115",
            "A 30 drone order",
            "in 2018",
        ] {
            assert!(
                blocked_texts(text).is_empty(),
                "{text}: {:?}",
                blocked_texts(text)
            );
        }
    }
}
