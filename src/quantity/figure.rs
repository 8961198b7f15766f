//! Figures: one numeral with what is written around it that says what it counts — a currency
//! (money), a percent sign or word (percent), an ordinal form, or nothing (a count, or a year
//! when it is a plain 1800–2100 integer).
//!
//! Contract: [`read_figure`] reads the figure starting at a token and returns it with the token
//! after it; it returns `None` for numbers blocked as codes and for the pronoun "one"
//! ("one of the", "no one", "the one").

use super::QuantityKind;
use super::digit_forms::over_ratio;
use super::first_words::{ever_after, read_adjective};
use super::measure::{Dimension, unit_after, weighs_pounds};
use super::money::{read_prefix as currency_before, read_suffix as currency_after};
use super::money_parts::{hyphen_currency, minor_units};
use super::numeral::{Numeral, read_numeral};
use super::proportion::{as_percent, is_relative_ordinal, proportion_after, proportion_at};
use super::token::{Token, TokenKind, touching};

/// A figure read from tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Figure {
    pub kind: QuantityKind,
    pub value: f64,
    pub half_width: Option<f64>,
    pub unit: Option<&'static str>,
    pub start: usize,
    pub end: usize,
    /// The scale words applied to the numeral (for "3-4 billion", where 3 borrows it).
    pub scale: f64,
    /// "1990s": covers ten years.
    pub decade: bool,
}

/// Words after which "one" is a pronoun, not a count.
const ONE_PRONOUN_BEFORE: &[&str] = &[
    "the", "no", "any", "every", "each", "this", "that", "which", "another", "such", "some",
    "someone", "anyone", "a", "only", "last", "next", "current", "previous",
];

/// Reads the figure at token `i`. `blocked` flags numbers inside names and codes.
pub(crate) fn read_figure(toks: &[Token], i: usize, blocked: &[bool]) -> Option<Figure> {
    if let Some(f) = proportion_at(toks, i, blocked) {
        return Some(f);
    }
    if let Some(f) = percent_band(toks, i, blocked) {
        return Some(f);
    }
    let (currency, body, currency_scale) = match currency_before(toks, i) {
        Some((c, j, s)) if starts_number(toks, j) => (Some(c), j, s),
        _ => (None, i, 1.0),
    };
    if blocked.get(body).copied().unwrap_or(false) {
        return None;
    }
    let mut n = read_numeral(toks, body).or_else(|| read_adjective(toks, body))?;
    if n.ordinal {
        n.end = ever_after(toks, n.end); // "first-ever", "first ever"
    }
    if (n.start..n.end).any(|k| blocked.get(k).copied().unwrap_or(false)) {
        return None;
    }
    let pronoun = is_pronoun_one(toks, &n) && unit_after(toks, n.start, n.end).is_none();
    if pronoun || is_time_second(toks, &n) || is_relative_ordinal(toks, &n) {
        return None;
    }
    let mut f = Figure {
        kind: if n.ordinal {
            QuantityKind::Ordinal
        } else {
            QuantityKind::Count
        },
        value: n.value * currency_scale,
        half_width: n.half_width.map(|h| h * currency_scale),
        unit: None,
        start: i,
        end: n.end,
        scale: n.scale * currency_scale,
        decade: false,
    };
    if n.ordinal {
        return Some(f);
    }
    if let Some(c) = currency {
        if f.scale == 1.0
            && let Some((scale, end)) = money_scale_letter(toks, f.end, c.code)
        {
            f.value *= scale;
            f.half_width = Some(f.half_width.map_or(0.5 * scale, |h| h * scale));
            f.scale = scale;
            f.end = end;
        }
        f.kind = QuantityKind::Money;
        f.unit = c.unit();
        f.value *= c.factor;
        f.half_width = f.half_width.map(|h| h * c.factor);
        // "$ 10 dollars": the same currency written twice
        if let Some((after, j, _)) = currency_after(toks, f.end)
            && after.code == c.code
            && !toks.get(f.end).is_some_and(|t| t.kind == TokenKind::Symbol)
        {
            f.end = j;
        }
        if c.factor == 1.0
            && let Some((minor, end)) = minor_units(toks, &f, c.code)
        {
            f.value += minor;
            f.end = end;
        }
        return Some(f);
    }
    if let Some(end) = percent_after(toks, f.end) {
        f.kind = QuantityKind::Percent;
        f.unit = Some("%");
        f.end = end;
        return Some(f);
    }
    if let Some((value, end)) = proportion_after(toks, &n) {
        return Some(as_percent(f, value, end));
    }
    if currency.is_none()
        && let Some((value, end)) = over_ratio(toks, f.end, f.value)
    {
        f.value = value;
        f.half_width = None;
        f.end = end;
        return Some(f);
    }
    let after = currency_after(toks, f.end)
        .filter(|_| !weighs_pounds(toks, f.end, f.scale))
        .or_else(|| {
            // "12-cent-a-share", "one-yen bid"
            let k = hyphen_currency(toks, f.end)?;
            currency_after(toks, k).filter(|(_, j, _)| *j == k + 1)
        });
    if let Some((c, j, scale)) = after {
        f.kind = QuantityKind::Money;
        f.unit = c.unit();
        f.value *= scale * c.factor;
        f.scale *= scale;
        f.half_width = if scale > 1.0 {
            Some(
                f.half_width
                    .unwrap_or(0.5 * scale / c.factor.max(f64::MIN_POSITIVE))
                    * c.factor,
            )
        } else {
            f.half_width.map(|h| h * c.factor)
        };
        f.end = j;
        if c.factor == 1.0
            && let Some((minor, end)) = minor_units(toks, &f, c.code)
        {
            f.value += minor;
            f.end = end;
        }
        return Some(f);
    }
    if let Some(u) = unit_after(toks, n.start, f.end) {
        // "2019 year-end" stays a year; "2000 km" is a length
        let year = n.plain_integer && (1800.0..=2100.0).contains(&n.value);
        if !(year && u.unit.dimension == Dimension::Duration) {
            f.kind = QuantityKind::Measure;
            f.unit = Some(u.unit.symbol);
            f.value += u.add;
            // a measurement is never exact: a whole figure is rounded to its last digit ("93
            // mph" is 92.5 to 93.5), so a conversion rounded as news rounds it agrees
            f.half_width = Some(f.half_width.unwrap_or(0.5));
            f.end = u.end;
            return Some(f);
        }
    }
    if n.decade && n.value >= 1000.0 && n.value % 10.0 == 0.0 {
        f.kind = QuantityKind::Year;
        f.decade = true;
        return Some(f);
    }
    if n.plain_integer && (1800.0..=2100.0).contains(&n.value) {
        f.kind = QuantityKind::Year;
    }
    Some(f)
}

/// "$3m", "£3m" (million, glued: lower-case "m" alone is metres as often), "Rs 30 l", "₹30l"
/// (lakh, for rupees only: "30 l" alone is litres): a scale letter after a money figure.
fn money_scale_letter(toks: &[Token], end: usize, code: &str) -> Option<(f64, usize)> {
    let (last, t) = (toks.get(end.checked_sub(1)?)?, toks.get(end)?);
    let glued = touching(last, t);
    let scale = match t.text {
        "m" if glued => 1e6,
        "l" if code == "INR" => 1e5,
        _ => return None,
    };
    let word_after = toks
        .get(end + 1)
        .is_some_and(|n| touching(t, n) && n.kind != TokenKind::Symbol);
    (!word_after).then_some((scale, end + 1))
}

/// A number (digits or a number word) starts at `j`, so a currency before it is money.
fn starts_number(toks: &[Token], j: usize) -> bool {
    toks.get(j)
        .is_some_and(|t| t.kind == TokenKind::Number || t.kind == TokenKind::Word)
}

/// "%", "percent", "per cent", "percentage", "pct" after the figure: the token after it.
fn percent_after(toks: &[Token], i: usize) -> Option<usize> {
    let t = toks.get(i)?;
    if t.is_symbol('%') {
        return Some(i + 1);
    }
    if t.is_any_word(&["percent", "percents", "percentage", "pct"]) {
        return Some(i + 1);
    }
    if t.is_word("per") && toks.get(i + 1).is_some_and(|c| c.is_word("cent")) {
        return Some(i + 2);
    }
    hyphened_percent(toks, i)
}

/// "a 25-percent tariff", "a 10-per-cent rise": the percent word joined to the figure by
/// hyphens, as news writes a rate before its noun; without this the figure is a bare count.
fn hyphened_percent(toks: &[Token], i: usize) -> Option<usize> {
    let figure_end = toks.get(i.checked_sub(1)?)?;
    let dash = toks
        .get(i)
        .filter(|d| d.is_dash() && touching(figure_end, d))?;
    let word = toks.get(i + 1).filter(|w| touching(dash, w))?;
    if word.is_any_word(&["percent", "pct"]) {
        return Some(i + 2);
    }
    let joined = |k: usize| {
        toks.get(k)
            .zip(toks.get(k + 1))
            .is_some_and(|(a, b)| touching(a, b))
    };
    (word.is_word("per")
        && joined(i + 1)
        && toks.get(i + 2).is_some_and(|d| d.is_dash())
        && joined(i + 2)
        && toks.get(i + 3).is_some_and(|c| c.is_word("cent")))
    .then_some(i + 4)
}

/// "mid-40%", "low-30%", "high-60%": a band within a decade of percentages, as "the mid-40s"
/// is; read as the bare 40% it would contradict "about 45%" it agrees with.
fn percent_band(toks: &[Token], i: usize, blocked: &[bool]) -> Option<Figure> {
    let word = toks.get(i)?;
    let (low, high) = if word.is_word("low") {
        (0.0, 3.0)
    } else if word.is_word("mid") {
        (3.0, 7.0)
    } else if word.is_word("high") {
        (7.0, 10.0)
    } else {
        return None;
    };
    let dash = toks
        .get(i + 1)
        .filter(|d| d.is_dash() && touching(word, d))?;
    toks.get(i + 2)
        .filter(|n| n.kind == TokenKind::Number && touching(dash, n))?;
    let mut f = read_figure(toks, i + 2, blocked)?;
    let decade = f.value > 0.0 && f.value < 100.0 && f.value % 10.0 == 0.0;
    if f.kind != QuantityKind::Percent || f.half_width.is_some() || !decade {
        return None;
    }
    f.value += (low + high) / 2.0;
    f.half_width = Some((high - low) / 2.0);
    f.start = i;
    Some(f)
}

/// "one" used as a pronoun: "one of the", "no one", "the one", "its most substantive one,".
pub(crate) fn is_pronoun_one(toks: &[Token], n: &Numeral) -> bool {
    let Some(t) = toks
        .get(n.start)
        .filter(|t| t.is_word("one") && n.end == n.start + 1)
    else {
        return false;
    };
    let prev = n.start.checked_sub(1).and_then(|p| toks.get(p));
    let next = toks.get(n.end);
    // "a one-year deal", "the one-child policy": hyphen-joined, it counts
    let hyphened = next.is_some_and(|d| d.is_dash() && touching(t, d))
        && toks
            .get(n.end + 1)
            .is_some_and(|w| w.kind == TokenKind::Word && next.is_some_and(|d| touching(d, w)));
    if hyphened {
        return false;
    }
    let after_determiner = prev.is_some_and(|p| p.is_any_word(ONE_PRONOUN_BEFORE));
    let before_of = next.is_some_and(|w| w.is_any_word(&["of", "another", "s"]));
    let ends_phrase = next.is_none_or(|w| {
        w.kind == TokenKind::Symbol
            && !w.is_dash()
            && !(w.is_symbol('\u{2019}') || w.is_symbol('\''))
    });
    let possessive =
        next.is_some_and(|w| (w.is_symbol('\u{2019}') || w.is_symbol('\'')) && touching(t, w));
    after_determiner || before_of || ends_phrase || possessive
}

/// "second" after a number is a unit of time ("30 second ad"), not an ordinal.
fn is_time_second(toks: &[Token], n: &Numeral) -> bool {
    if !toks
        .get(n.start)
        .is_some_and(|t| t.is_word("second") && n.ordinal)
    {
        return false;
    }
    let prev = n.start.checked_sub(1).and_then(|p| toks.get(p));
    prev.is_some_and(|p| p.kind == TokenKind::Number || p.is_any_word(&["a", "per", "split"]))
}

#[cfg(test)]
mod tests {
    use super::super::code::blocked_tokens;
    use super::super::token::tokenize;
    use super::*;
    use QuantityKind::*;

    fn first_figure(text: &str) -> Option<(QuantityKind, f64, Option<&'static str>)> {
        let toks = tokenize(text);
        let blocked = blocked_tokens(&toks);
        (0..toks.len())
            .find_map(|i| read_figure(&toks, i, &blocked))
            .map(|f| (f.kind, f.value, f.unit))
    }

    #[test]
    fn figures_table() {
        type Case = (
            &'static str,
            Option<(QuantityKind, f64, Option<&'static str>)>,
        );
        let cases: &[Case] = &[
            ("30 drones", Some((Count, 30.0, None))),
            ("$3.99 billion", Some((Money, 3.99e9, Some("USD")))),
            ("US$3.99bn", Some((Money, 3.99e9, Some("USD")))),
            ("USD 3.99 billion", Some((Money, 3.99e9, Some("USD")))),
            ("Rs 32,000 crore", Some((Money, 3.2e11, Some("INR")))),
            ("three billion dollars", Some((Money, 3e9, Some("USD")))),
            ("50 cents", Some((Money, 0.5, Some("USD")))),
            ("75 USD million", Some((Money, 7.5e7, Some("USD")))),
            ("60%", Some((Percent, 60.0, Some("%")))),
            ("sixty per cent", Some((Percent, 60.0, Some("%")))),
            ("60 percent", Some((Percent, 60.0, Some("%")))),
            ("fifth", Some((Ordinal, 5.0, None))),
            ("31st", Some((Ordinal, 31.0, None))),
            ("in 2018", Some((Year, 2018.0, None))),
            ("the 1990s", Some((Year, 1990.0, None))),
            ("2,018 soldiers", Some((Count, 2018.0, None))),
            ("one of the key", None),
            ("no one came", None),
            ("its most substantive one,", None),
            ("a drone", None),
            ("30 second ad", Some((Measure, 30.0, Some("s")))),
        ];
        for (text, want) in cases {
            assert_eq!(first_figure(text), *want, "{text}");
        }
    }
}
