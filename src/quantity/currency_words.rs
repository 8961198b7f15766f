//! Currencies written as words after a number: "dollars", "rupees", "cents" (with the
//! nationality that picks the dollar, franc or pound: "Australian dollars", "Swiss francs"),
//! and any currency as ISO 4217 names it ("Kuwaiti dinars", "ringgit"). `money.rs` asks these
//! when it reads the currency after a figure.

use super::iso_currencies::{Named, named, national, starts_name};
use super::money::{Currency, SHARED_NAME, cur};
use super::token::{LowerWord, Token, TokenKind};

/// Currency words written after a number, with the nationality words that may precede them.
pub(super) fn word_currency(word: &str) -> Option<Currency> {
    let lower = LowerWord::new(word)?;
    let lower = lower.as_str();
    Some(match lower {
        "dollar" | "dollars" | "bucks" => cur("USD"),
        "rupee" | "rupees" => cur("INR"),
        "pound" | "pounds" | "sterling" => cur("GBP"),
        "euro" | "euros" => cur("EUR"),
        "yen" => cur("JPY"),
        "yuan" | "renminbi" | "rmb" | "元" => cur("CNY"),
        "franc" | "francs" => cur("FRF"),
        "peso" | "pesos" => cur("MXN"),
        "peseta" | "pesetas" => cur("ESP"),
        "guilder" | "guilders" => cur("NLG"),
        "markka" => cur("FIM"),
        "lira" => cur("TRY"),
        "rouble" | "roubles" | "ruble" | "rubles" => cur("RUB"),
        "bitcoin" | "bitcoins" => cur("BTC"),
        "cent" | "cents" => Currency {
            code: "USD",
            factor: 0.01,
        },
        "penny" | "pence" => Currency {
            code: "GBP",
            factor: 0.01,
        },
        _ => return None,
    })
}

/// Nationality words that pick the dollar, franc or pound: "australian dollars", "swiss francs".
pub(super) fn national_currency(nation: &str, base: &'static str) -> Option<&'static str> {
    let lower = LowerWord::new(nation)?;
    let lower = lower.as_str();
    Some(match (lower, base) {
        ("us" | "american", "USD") => "USD",
        ("australian", "USD") => "AUD",
        ("canadian", "USD") => "CAD",
        ("singapore", "USD") => "SGD",
        ("zealand", "USD") => "NZD",
        ("kong", "USD") => "HKD",
        ("swiss", "FRF") => "CHF",
        ("french", "FRF") => "FRF",
        ("british", "GBP") => "GBP",
        ("indian", "INR") => "INR",
        ("chinese", "CNY") => "CNY",
        ("mexican", "MXN") => "MXN",
        ("turkish", "TRY") => "TRY",
        ("finnish", "FIM") => "FIM",
        ("dutch", "NLG") => "NLG",
        ("japanese", "JPY") => "JPY",
        _ => return None,
    })
}

/// A currency named as ISO 4217 names it, with its nation ("Kuwaiti dinars", "Sri Lankan
/// rupees") or alone when the name is one currency's ("ringgit"); a name several currencies
/// share ("dinars") is money of no known currency.
pub(super) fn iso_name(toks: &[Token], i: usize) -> Option<(Currency, usize, f64)> {
    let first = toks.get(i).filter(|t| t.kind == TokenKind::Word)?;
    // most words after a figure ("drones") start no currency name: asked without a copy
    if !starts_name(LowerWord::new(first.text)?.as_str()) {
        return None;
    }
    let lower = |t: &Token| t.text.to_lowercase();
    let words: Vec<String> = toks
        .iter()
        .skip(i)
        .take(4)
        .take_while(|t| t.kind == TokenKind::Word)
        .map(lower)
        .collect();
    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
    if let Some((code, n)) = national(&refs) {
        return Some((cur(code), i + n, 1.0));
    }
    match named(refs.first()?)? {
        Named::One(code) => Some((cur(code), i + 1, 1.0)),
        Named::Shared => Some((cur(SHARED_NAME), i + 1, 1.0)),
    }
}
