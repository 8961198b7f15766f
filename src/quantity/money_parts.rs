//! Money written in two parts or as a compound: "3 dollars 50 cents", "thirteen dollars and
//! forty-five cents", "15 dollars and 50", "17 USD 25" (major and minor units), and
//! "a 12-cent-a-share dividend", "a one-yen bid" (a currency hyphen-joined to its number).
//!
//! Contract: [`minor_units`] looks after a money figure for the minor part and returns its
//! value in major units and the token after it; a bare number is taken as the minor part only
//! when it is below 100 and nothing but an end of phrase follows it ("15 dollars 50."), so
//! "$15 and 50 others" stays two figures. [`hyphen_currency`] reads "-cent", "-yen" after a
//! number glued to it.

use super::figure::Figure;
use super::iso_currencies::minor_unit;
use super::money::read_suffix as currency_after;
use super::numeral::read_numeral;
use super::token::{Token, TokenKind, touching};

/// Names of minor units, whatever the currency: its exponent gives their worth.
const MINOR_WORDS: &[&str] = &[
    "fils", "paise", "paisa", "kopeks", "kopek", "kopecks", "kopeck", "centimes", "centime",
    "centavos", "centavo", "sen", "halalas", "halala", "piastres", "piastre", "kobo", "satang",
    "pesewas", "agorot", "groszy", "cents", "cent", "pence",
];

/// Words that may follow a bare minor part: "15 USD 50 more".
const AFTER_MINOR: &[&str] = &["more", "less", "each", "apiece", "only"];

/// The minor part after a money figure in major units (no scale word): "50 cents", "and 50".
pub(crate) fn minor_units(toks: &[Token], f: &Figure, code: &str) -> Option<(f64, usize)> {
    if f.scale != 1.0 || f.value.fract() != 0.0 {
        return None;
    }
    // what one minor unit is worth: 0.01 of a dollar, 0.001 of a Kuwaiti dinar; none for yen
    let minor = minor_unit(code)?;
    let k = f.end + usize::from(toks.get(f.end).is_some_and(|t| t.is_word("and")));
    let y = read_numeral(toks, k).filter(|y| {
        !y.ordinal
            && y.scale == 1.0
            && y.value >= 1.0
            && y.value * minor < 1.0
            && y.value.fract() == 0.0
    })?;
    let digits = (1.0 / minor).log10().round() as usize;
    if toks
        .get(k)
        .is_some_and(|t| t.kind == TokenKind::Number && t.text.len() > digits)
    {
        return None;
    }
    // "5 dinars 250 fils", "100 rupees 50 paise": the minor unit named
    if let Some(word) = toks.get(y.end).filter(|w| w.is_any_word(MINOR_WORDS)) {
        return Some((
            y.value * minor,
            y.end + usize::from(word.kind == TokenKind::Word),
        ));
    }
    if let Some((c, end, _)) = currency_after(toks, y.end)
        && c.factor < 1.0
    {
        let same = c.code == code || (c.code == "USD" && code != "GBP");
        return same.then_some((y.value * minor, end));
    }
    let next = toks.get(y.end);
    let phrase_ends = next.is_none_or(|t| {
        (t.kind == TokenKind::Symbol && !t.is_dash() && !t.is_symbol('%'))
            || t.is_any_word(AFTER_MINOR)
    });
    phrase_ends.then_some((y.value * minor, y.end))
}

/// "12-cent", "one-yen": a currency word hyphen-joined after the number.
pub(crate) fn hyphen_currency(toks: &[Token], end: usize) -> Option<usize> {
    let (last, dash, word) = (
        toks.get(end.checked_sub(1)?)?,
        toks.get(end)?,
        toks.get(end + 1)?,
    );
    let joined = dash.is_dash() && touching(last, dash) && touching(dash, word);
    // "a 10-pound weight loss" is a weight as often as money
    let weight = word.is_any_word(&["pound", "pounds"]);
    (joined && word.kind == TokenKind::Word && !weight).then_some(end + 1)
}

#[cfg(test)]
mod tests {
    use super::super::{QuantityKind as K, extract};

    #[test]
    fn money_parts_table() {
        type Case = (&'static str, &'static [(K, f64, Option<&'static str>)]);
        let cases: &[Case] = &[
            ("3 dollars 50 cents", &[(K::Money, 3.5, Some("USD"))]),
            (
                "thirteen dollars and forty-five cents",
                &[(K::Money, 13.45, Some("USD"))],
            ),
            (
                "it costs 15 dollars and 50.",
                &[(K::Money, 15.5, Some("USD"))],
            ),
            ("17 USD 25", &[(K::Money, 17.25, Some("USD"))]),
            (
                "a 12-cent-a-share dividend",
                &[(K::Money, 0.12, Some("USD"))],
            ),
            ("a one-yen bid", &[(K::Money, 1.0, Some("JPY"))]),
            (
                "$15 and 50 others",
                &[(K::Money, 15.0, Some("USD")), (K::Count, 50.0, None)],
            ),
            ("a 30-member team", &[(K::Count, 30.0, None)]),
            ("a 10-pound weight loss", &[(K::Measure, 10.0, Some("lb"))]),
            ("at dollar 22.5 million", &[(K::Money, 22.5e6, Some("USD"))]),
            ("the dollar 2% higher", &[(K::Percent, 2.0, Some("%"))]),
        ];
        for (text, want) in cases {
            let got: Vec<_> = extract(text)
                .into_iter()
                .map(|q| (q.kind, q.value.unwrap_or(f64::NAN), q.unit))
                .collect();
            let ok = got.len() == want.len()
                && got
                    .iter()
                    .zip(want.iter())
                    .all(|(g, w)| g.0 == w.0 && (g.1 - w.1).abs() < 1e-9 && g.2 == w.2);
            assert!(ok, "{text}: {got:?}");
        }
    }
}
