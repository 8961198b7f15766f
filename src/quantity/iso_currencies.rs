//! ISO 4217 currencies as news writes them, from the `iso_currency` crate: the codes ("KWD",
//! "MYR42"), the names ("ringgit", "Kuwaiti dinars", "Sri Lankan rupees") and the minor-unit
//! exponents ("5 dinars 250 fils" is 5.25: the dinar of Kuwait has three decimals).
//!
//! Why a crate and not a hand list: the list changes (new codes, superseded ones) and a hand
//! list drifts; the crate follows ISO 4217's table, names and exponents included. What stays
//! ours is how news writes them, in `money.rs`: the symbols ("$", "₹", "RM"), the prefixes of
//! "$" ("US$", "HK$"), the defaults of ambiguous names ("dollar" is USD, "rupee" INR) and the
//! words to leave alone.
//!
//! Rules: a code is read only in capitals ("ALL 5 solutions" aside, which is a word): a lower
//! case "top", "cup" or "mad" is English. Codes that are English words in capitals too ("ALL",
//! "TOP", "CUP", "MAD", "PEN", "BOB", "GEL", "SOS", "MOP", "BAM", "TRY") are never read as
//! codes, nor are funds, precious metals and test codes. A name shared by several currencies
//! ("dinar": Kuwait, Bahrain, Iraq, Jordan, Serbia…) is money with no code unless its nation
//! is written ("Kuwaiti dinar"), so it is never compared with another currency's figure.

use iso_currency::{Currency, IntoEnumIterator};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// Codes that are English words, even in capitals (a headline's "TOP 10").
const WORD_CODES: &[&str] = &[
    "ALL", "BAM", "BOB", "CUP", "GEL", "MAD", "MOP", "PEN", "SOS", "TOP", "TRY",
];

/// Last words of ISO names that are English words after a number ("3 won", "5 real", "the
/// 10 mark"): read only with their nation ("South Korean won", "Brazilian reais").
const WORD_NAMES: &[&str] = &[
    "won", "real", "mark", "sol", "dram", "rand", "som", "kip", "lev", "leu", "dollar", "pound",
    "franc", "peso", "rupee", "euro", "yen", "yuan", "lira", "ruble", "bolívar",
];

/// What a currency's name alone says: its code when only one currency bears it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Named {
    One(&'static str),
    /// Several currencies share the name ("dinar", "shilling", "krone").
    Shared,
}

struct Tables {
    codes: HashSet<&'static str>,
    /// Unit word (singular and plural) → what it names.
    names: HashMap<String, Named>,
    /// "kuwaiti dinar", "hong kong dollars" → code.
    national: HashMap<String, &'static str>,
    /// First words of the national phrases, to ask the map only when one is written.
    nation_first: HashSet<String>,
    /// The most words a national phrase has.
    longest: usize,
}

fn plurals(unit: &str) -> Vec<String> {
    let irregular = match unit {
        "krone" => Some("kroner"),
        "krona" => Some("kronor"),
        "real" => Some("reais"),
        "lira" => Some("lire"),
        "leu" => Some("lei"),
        "lev" => Some("leva"),
        "loti" => Some("maloti"),
        "lilangeni" => Some("emalangeni"),
        _ => None,
    };
    let mut forms = vec![unit.to_string()];
    if !unit.ends_with('s') && !matches!(unit, "yen" | "yuan" | "won" | "baht" | "rand" | "kyat") {
        forms.push(format!("{unit}s"));
    }
    forms.extend(irregular.map(String::from));
    forms
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let mut tables = Tables {
        codes: HashSet::new(),
        names: HashMap::new(),
        national: HashMap::new(),
        nation_first: HashSet::new(),
        longest: 0,
    };
    for currency in Currency::iter() {
        if currency.is_fund() || currency.is_special() || currency.is_superseded().is_some() {
            continue;
        }
        let code = currency.code();
        if !WORD_CODES.contains(&code) {
            tables.codes.insert(code);
        }
        let name = currency.name().to_lowercase();
        if name.contains(['(', ')']) {
            continue; // "Renminbi (Chinese) yuan": named in money.rs
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        let Some((last, nation)) = words.split_last() else {
            continue;
        };
        for unit in last.split('/') {
            for form in plurals(unit) {
                if !WORD_NAMES.contains(&unit) {
                    tables
                        .names
                        .entry(form.clone())
                        .and_modify(|n| {
                            if *n != Named::One(code) {
                                *n = Named::Shared;
                            }
                        })
                        .or_insert(Named::One(code));
                }
                if let Some(first) = nation.first() {
                    let phrase = format!("{} {form}", nation.join(" "));
                    tables.longest = tables.longest.max(nation.len() + 1);
                    tables.nation_first.insert((*first).to_string());
                    tables.national.insert(phrase, code);
                }
            }
        }
    }
    tables
});

/// An ISO 4217 code written in capitals ("KWD", "MYR"), not an English word.
pub(crate) fn iso_code(word: &str) -> Option<&'static str> {
    if word.len() != 3 || !word.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    TABLES.codes.get(word).copied()
}

/// Whether a currency name, or a nation's phrase for one, may start with this lower-case word.
pub(crate) fn starts_name(lower: &str) -> bool {
    let tables = &*TABLES;
    tables.names.contains_key(lower) || tables.nation_first.contains(lower)
}

/// What a currency name alone names: "ringgit" → MYR, "dinars" → shared.
pub(crate) fn named(lower: &str) -> Option<Named> {
    TABLES.names.get(lower).copied()
}

/// The code of a nation and currency name written in `words` (lower case, in order), and how
/// many of them it takes: ["kuwaiti", "dinars", …] → (KWD, 2).
pub(crate) fn national(words: &[&str]) -> Option<(&'static str, usize)> {
    let tables = &*TABLES;
    if !tables.nation_first.contains(*words.first()?) {
        return None;
    }
    let mut phrase = String::new();
    let mut found = None;
    for (k, w) in words.iter().take(tables.longest).enumerate() {
        if k > 0 {
            phrase.push(' ');
        }
        phrase.push_str(w);
        if let Some(code) = tables.national.get(&phrase) {
            found = Some((*code, k + 1));
        }
    }
    found
}

/// What one minor unit is worth in the main unit: 0.01 for USD, 0.001 for KWD, none for JPY.
pub(crate) fn minor_unit(code: &str) -> Option<f64> {
    let exponent = Currency::from_code(code)?.exponent()?;
    (exponent > 0).then(|| 10f64.powi(-i32::from(exponent)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_names_and_exponents_come_from_the_crate() {
        assert_eq!(iso_code("KWD"), Some("KWD"));
        assert_eq!(iso_code("MYR"), Some("MYR"));
        assert_eq!(iso_code("kwd"), None, "codes in capitals only");
        assert_eq!(iso_code("ALL"), None, "an English word");
        assert_eq!(iso_code("XAU"), None, "gold is no currency of news");
        assert_eq!(named("ringgit"), Some(Named::One("MYR")));
        assert_eq!(named("dinars"), Some(Named::Shared));
        assert_eq!(named("won"), None);
        assert_eq!(national(&["kuwaiti", "dinars", "x"]), Some(("KWD", 2)));
        assert_eq!(national(&["hong", "kong", "dollar"]), Some(("HKD", 3)));
        assert_eq!(national(&["south", "korean", "won"]), Some(("KRW", 3)));
        assert_eq!(national(&["the", "dinar"]), None);
        assert_eq!(minor_unit("KWD"), Some(0.001));
        assert_eq!(minor_unit("USD"), Some(0.01));
        assert_eq!(minor_unit("JPY"), None);
    }
}
