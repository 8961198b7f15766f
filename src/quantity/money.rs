//! Currencies around a numeral: "$3.99 billion", "US$3.99bn", "USD 3.99 billion",
//! "Rs 32,000 crore", "₹28,000 crore", "three billion dollars", "50 cents", "75 USD million".
//!
//! The currency is part of the value: a money quantity's `unit` is an ISO 4217 code, a bare "$"
//! is USD, and minor units are converted ("50 cents" is 0.5 USD). Contract: [`read_prefix`]
//! reads a currency written before the number (symbol, code or "Rs."), [`read_suffix`] one written
//! after it (word, code or symbol), each returning the token after the currency.

use super::currency_words::{iso_name, national_currency, word_currency};
use super::iso_currencies::iso_code;
use super::number_words::scale_value;
use super::token::{LowerWord, Token, TokenKind, touching};

/// A currency and what one written unit is worth in it (0.01 for cents and pence).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Currency {
    pub code: &'static str,
    pub factor: f64,
}

pub(super) const fn cur(code: &'static str) -> Currency {
    Currency { code, factor: 1.0 }
}

/// The code of a currency named by a name several currencies share ("dinars"): money, but of
/// no known currency, so it is compared with no other currency's figure.
pub(crate) const SHARED_NAME: &str = "";

impl Currency {
    /// The ISO code a quantity carries: `None` for a shared name.
    pub(crate) fn unit(&self) -> Option<&'static str> {
        (self.code != SHARED_NAME).then_some(self.code)
    }
}

/// ISO codes written as words, before or after the number ("USD 200", "200 USD").
const CODES: &[&str] = &[
    "USD", "INR", "GBP", "EUR", "JPY", "CNY", "AUD", "CAD", "CHF", "HKD", "NZD", "MXN", "SGD",
    "RUB", "BTC", "SEK", "TRY",
];

/// Prefixes written before "$": "US$", "C$", "HK$", "Mex$", "usd$".
fn dollar_prefix(word: &str) -> Option<&'static str> {
    if word.len() > 3 {
        return None; // none is longer; asked of every word before a figure
    }
    Some(match LowerWord::new(word)?.as_str() {
        "us" | "usd" => "USD",
        "c" | "cad" => "CAD",
        "a" | "au" | "aud" => "AUD",
        "hk" | "hkd" => "HKD",
        "nz" | "nzd" => "NZD",
        "mex" | "mxn" => "MXN",
        "s" | "sgd" => "SGD",
        "r" => "BRL",
        "nt" => "TWD",
        _ => return None,
    })
}

fn symbol_currency(t: &Token) -> Option<&'static str> {
    if t.kind != TokenKind::Symbol {
        return None;
    }
    Some(match t.text {
        "$" => "USD",
        "₹" => "INR",
        "£" => "GBP",
        "€" => "EUR",
        "¥" => "JPY",
        "₿" => "BTC",
        "元" => "CNY",
        "₩" => "KRW",
        "₽" => "RUB",
        "₺" => "TRY",
        "₦" => "NGN",
        "₱" => "PHP",
        "₪" => "ILS",
        "₫" => "VND",
        "₴" => "UAH",
        "₡" => "CRC",
        "₾" => "GEL",
        "₭" => "LAK",
        _ => return None,
    })
}

fn code_currency(t: &Token) -> Option<&'static str> {
    if t.kind != TokenKind::Word {
        return None;
    }
    // asked of most words near a figure: compared in place, not copied to upper case
    let word = t.text;
    if !(2..=3).contains(&word.len()) {
        return None; // "RS", "RMB" and the three-letter codes
    }
    if word.eq_ignore_ascii_case("RMB") {
        return Some("CNY");
    }
    if word.eq_ignore_ascii_case("RS") {
        return Some("INR");
    }
    CODES
        .iter()
        .copied()
        .find(|c| word.eq_ignore_ascii_case(c))
        .or_else(|| iso_code(word))
        .or_else(|| local_symbol(word))
}

/// Symbols written in letters, as their countries' papers write them: "RM 42" (ringgit),
/// "Rp 5,000" (rupiah). In capitals as written; "kr" is left alone (Swedish, Norwegian, Danish
/// or Icelandic: the code or name says which).
fn local_symbol(word: &str) -> Option<&'static str> {
    match word {
        "RM" => Some("MYR"),
        "Rp" => Some("IDR"),
        _ => None,
    }
}

/// "MUSD", "MEUR": a code with a million prefix (trade press).
fn million_code(t: &Token) -> Option<&'static str> {
    let rest = t.text.strip_prefix('M').filter(|rest| rest.len() == 3)?;
    CODES.iter().copied().find(|c| *c == rest)
}

/// A currency written before the number starting at token `i`: returns it, the token after it,
/// and a multiplier ("MAUD 60" is 60 million).
pub(crate) fn read_prefix(toks: &[Token], i: usize) -> Option<(Currency, usize, f64)> {
    let t = toks.get(i)?;
    if let Some(code) = symbol_currency(t) {
        return Some((cur(code), i + 1, 1.0));
    }
    // "rupees 500 crore", "dollar 22.5 million": a currency word before digits; not "the
    // dollar 2% higher", where the word names the currency itself
    let named = || {
        i.checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_some_and(|p| p.is_any_word(&["the", "a", "an", "this", "that", "its", "their"]))
    };
    let percent_next = || {
        toks.get(i + 2)
            .is_some_and(|n| n.is_symbol('%') || n.is_any_word(&["percent", "per", "pct"]))
    };
    if t.is_any_word(&["dollar", "dollars", "rupee", "rupees", "euro", "euros"])
        && toks.get(i + 1).is_some_and(|n| n.kind == TokenKind::Number)
        && !named()
        && !percent_next()
    {
        return word_currency(t.text).map(|c| (c, i + 1, 1.0));
    }
    if t.kind != TokenKind::Word {
        return None;
    }
    // "u.s. $", "u . s . $"
    if t.is_word("u")
        && toks.get(i + 1).is_some_and(|d| d.is_symbol('.'))
        && toks.get(i + 2).is_some_and(|s| s.is_word("s"))
    {
        let mut j = i + 3;
        if toks.get(j).is_some_and(|d| d.is_symbol('.')) {
            j += 1;
        }
        if toks.get(j).is_some_and(|d| d.is_symbol('$')) {
            return Some((cur("USD"), j + 1, 1.0));
        }
    }
    if let (Some(code), Some(dollar)) = (dollar_prefix(t.text), toks.get(i + 1)) {
        // a lone "a"/"s" only when glued and capital ("A$5"), so "a $3 billion deal" stays USD
        let single = t.text.len() == 1 && !t.is_word("c");
        let glued_ok = !single || (t.is_capitalized() && touching(t, dollar));
        if dollar.is_symbol('$') && glued_ok {
            return Some((cur(code), i + 2, 1.0));
        }
    }
    if let Some(code) = million_code(t) {
        return Some((cur(code), i + 1, 1e6));
    }
    let code = code_currency(t)?;
    // "Rs." keeps its dot; "Rs" must be capitalised or lower-case "rs" glued/spaced before digits
    let mut j = i + 1;
    if t.is_word("rs") && toks.get(j).is_some_and(|d| d.is_symbol('.')) {
        j += 1;
    }
    Some((cur(code), j, 1.0))
}

/// A currency written after the number, starting at token `i`: returns it, the token after it,
/// and a scale written after a code ("75 USD million").
pub(crate) fn read_suffix(toks: &[Token], i: usize) -> Option<(Currency, usize, f64)> {
    let t = toks.get(i)?;
    if let Some(code) =
        symbol_currency(t).filter(|_| t.text != "$" || !is_followed_by_digit(toks, i))
    {
        return Some((cur(code), i + 1, 1.0));
    }
    if let Some(code) = million_code(t) {
        return Some((cur(code), i + 1, 1e6));
    }
    let prev = i.checked_sub(1).and_then(|p| toks.get(p));
    let glued = prev.is_some_and(|p| touching(p, t) && p.kind == TokenKind::Number);
    // "3.14US$", "20HK$": a prefix of "$" glued after the figure
    if glued
        && let (Some(code), Some(dollar)) = (dollar_prefix(t.text), toks.get(i + 1))
        && dollar.is_symbol('$')
        && touching(t, dollar)
    {
        return Some((cur(code), i + 2, 1.0));
    }
    // "43c", "50p": cents and pence glued to a small figure
    if glued && prev.is_some_and(|p| p.text.len() <= 2) {
        match t.text {
            "c" => {
                return Some((
                    Currency {
                        code: "USD",
                        factor: 0.01,
                    },
                    i + 1,
                    1.0,
                ));
            }
            "p" => {
                return Some((
                    Currency {
                        code: "GBP",
                        factor: 0.01,
                    },
                    i + 1,
                    1.0,
                ));
            }
            _ => {}
        }
    }
    // "Rs" after a figure opens the next one ("Rs 20 Rs 30"), unless glued to it ("20Rs")
    // "3 USD50": a code glued to the next figure is that figure's
    let opens_next = toks
        .get(i + 1)
        .is_some_and(|n| n.kind == TokenKind::Number && touching(t, n));
    if let Some(code) = code_currency(t).filter(|_| (!t.is_word("rs") || glued) && !opens_next) {
        let scale = toks.get(i + 1).and_then(|s| scale_value(s.text));
        return Some((
            cur(code),
            i + 1 + usize::from(scale.is_some()),
            scale.unwrap_or(1.0),
        ));
    }
    if let Some(c) = word_currency(t.text) {
        return Some((c, i + 1, 1.0));
    }
    if let Some(found) = iso_name(toks, i) {
        return Some(found);
    }
    // "us dollars", "u.s. dollars", "australian dollars", "hong kong dollars", "swiss francs"
    let mut j = i;
    if t.is_word("u")
        && toks.get(i + 1).is_some_and(|d| d.is_symbol('.'))
        && toks.get(i + 2).is_some_and(|s| s.is_word("s"))
    {
        j = i + 3 + usize::from(toks.get(i + 3).is_some_and(|d| d.is_symbol('.')));
        let c = toks
            .get(j)
            .and_then(|w| word_currency(w.text))
            .filter(|c| c.code == "USD")?;
        return Some((c, j + 1, 1.0));
    }
    if t.is_any_word(&["hong", "new"]) {
        j += 1;
    }
    let nation = toks.get(j)?;
    let base = toks.get(j + 1).and_then(|w| word_currency(w.text))?;
    let code = national_currency(nation.text, base.code)?;
    Some((Currency { code, ..base }, j + 2, 1.0))
}

/// A "$" directly before digits belongs to the next number ("10 drones $ 30"), unless that
/// number carries its own "$" or cents after it ("10 $ 30 $", "10 $ 30 cent").
fn is_followed_by_digit(toks: &[Token], i: usize) -> bool {
    toks.get(i + 1).is_some_and(|n| n.kind == TokenKind::Number)
        && !toks
            .get(i + 2)
            .is_some_and(|c| c.is_symbol('$') || c.is_any_word(&["cent", "cents"]))
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize;
    use super::*;

    #[test]
    fn prefixes_table() {
        let cases: &[(&str, Option<(&str, usize)>)] = &[
            ("$3", Some(("USD", 1))),
            ("US$3.99bn", Some(("USD", 2))),
            ("us $ 150", Some(("USD", 2))),
            ("u . s . $ 5", Some(("USD", 5))),
            ("c $ 16.4", Some(("CAD", 2))),
            ("HK$ 10", Some(("HKD", 2))),
            ("USD 3.99", Some(("USD", 1))),
            ("Rs 32,000", Some(("INR", 1))),
            ("Rs. 32,000", Some(("INR", 2))),
            ("₹28,000", Some(("INR", 1))),
            ("£ 8.10", Some(("GBP", 1))),
            ("€2", Some(("EUR", 1))),
            ("a $3", None),
            ("the 3", None),
        ];
        for (text, want) in cases {
            let got = read_prefix(&tokenize(text), 0).map(|(c, j, _)| (c.code, j));
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn suffixes_table() {
        type Case = (&'static str, Option<(&'static str, f64, usize)>);
        let cases: &[Case] = &[
            ("dollars worth", Some(("USD", 1.0, 1))),
            ("rupees", Some(("INR", 1.0, 1))),
            ("pounds", Some(("GBP", 1.0, 1))),
            ("euros", Some(("EUR", 1.0, 1))),
            ("cents more", Some(("USD", 0.01, 1))),
            ("australian dollars of", Some(("AUD", 1.0, 2))),
            ("hong kong dollars", Some(("HKD", 1.0, 3))),
            ("swiss francs", Some(("CHF", 1.0, 2))),
            ("us dollars", Some(("USD", 1.0, 2))),
            ("USD million", Some(("USD", 1.0, 2))),
            ("€ ,", Some(("EUR", 1.0, 1))),
            ("drones", None),
        ];
        for (text, want) in cases {
            let got = read_suffix(&tokenize(text), 0).map(|(c, j, _)| (c.code, c.factor, j));
            assert_eq!(got, *want, "{text}");
        }
    }
}
