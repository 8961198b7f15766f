//! Proportions: a fraction or ratio that says how much of a whole, read as a percentage —
//! "two out of three" (66.7%), "a third of" (33.3%), "1/4 of" (25%) —
//! and the terse "percent of 10" (10%). Also the relative ordinals that are not positions
//! ("second to last").
//!
//! Why percentages: a claim about a share is written "67%" as often as "two out of three"; reading
//! both as percent lets them be compared. A ratio is rounded to ±0.5 points, as a writer who
//! turns "two out of three" into a percentage would round it ("67%"). Contract: each reader
//! looks only forward from the tokens it is given and returns `None` for anything else.

use super::QuantityKind;
use super::figure::Figure;
use super::lexical_forms::{ratio_at, slash_fraction};
use super::numeral::{Numeral, read_numeral};
use super::token::{Token, TokenKind};

/// Half the width of a proportion's interval, in percentage points.
const ROUNDING: f64 = 0.5;

fn percent(value: f64, start: usize, end: usize, half_width: Option<f64>) -> Figure {
    Figure {
        kind: QuantityKind::Percent,
        value,
        half_width,
        unit: Some("%"),
        start,
        end,
        scale: 1.0,
        decade: false,
    }
}

/// "percent of 10", "per cent of twenty-two" with nothing before "percent"; "1/4 of".
pub(crate) fn proportion_at(toks: &[Token], i: usize, blocked: &[bool]) -> Option<Figure> {
    let t = toks.get(i)?;
    if t.kind == TokenKind::Code {
        let f = slash_fraction(t.text)?;
        toks.get(i + 1).filter(|o| o.is_word("of"))?;
        return Some(percent(100.0 * f, i, i + 1, Some(ROUNDING)));
    }
    let prev = i.checked_sub(1).and_then(|p| toks.get(p));
    if prev.is_some_and(|p| matches!(p.kind, TokenKind::Word | TokenKind::Number)) {
        return None;
    }
    let word = if t.is_any_word(&["percent", "percents"]) {
        1
    } else if t.is_word("per") && toks.get(i + 1).is_some_and(|c| c.is_word("cent")) {
        2
    } else {
        return None;
    };
    toks.get(i + word).filter(|o| o.is_word("of"))?;
    let body = i + word + 1;
    let n = read_numeral(toks, body).filter(|n| !n.ordinal)?;
    if (body..n.end).any(|k| blocked.get(k).copied().unwrap_or(false)) {
        return None;
    }
    Some(percent(n.value, i, n.end, n.half_width))
}

/// After a count: "two out of three" (a smaller number after), or a fraction
/// in words before "of" ("a third of", "one half of"). The percentage and the token after.
pub(crate) fn proportion_after(toks: &[Token], n: &Numeral) -> Option<(f64, usize)> {
    if let Some((r, end)) = ratio_at(toks, n.end, n.value, false) {
        return Some((100.0 * r, end));
    }
    let fraction = !n.digits && n.value > 0.0 && n.value < 1.0;
    (fraction && toks.get(n.end).is_some_and(|o| o.is_word("of")))
        .then_some((100.0 * n.value, n.end))
}

/// The figure with its proportion reading, rounded to ±0.5 points.
pub(crate) fn as_percent(mut f: Figure, value: f64, end: usize) -> Figure {
    f.kind = QuantityKind::Percent;
    f.unit = Some("%");
    f.value = value;
    f.half_width = Some(ROUNDING);
    f.end = end;
    f
}

/// "second to last", "third-from-last": a place counted from the end, not a position.
pub(crate) fn is_relative_ordinal(toks: &[Token], n: &Numeral) -> bool {
    let mut k = n.end;
    let word = |k: &mut usize| {
        while toks.get(*k).is_some_and(Token::is_dash) {
            *k += 1;
        }
        let t = toks.get(*k);
        *k += 1;
        t
    };
    n.ordinal
        && word(&mut k).is_some_and(|t| t.is_any_word(&["to", "from"]))
        && word(&mut k).is_some_and(|t| t.is_any_word(&["last", "bottom", "end"]))
}

#[cfg(test)]
mod tests {
    use super::super::{QuantityKind as K, extract};

    #[test]
    fn proportions_table() {
        let cases: &[(&str, Option<(K, f64)>)] = &[
            ("two out of three voters", Some((K::Percent, 200.0 / 3.0))),
            ("one quarter of the budget", Some((K::Percent, 25.0))),
            ("1/4 of the seats", Some((K::Percent, 25.0))),
            ("percent of 10", Some((K::Percent, 10.0))),
            ("per cent of twenty-two", Some((K::Percent, 22.0))),
            ("a small percent of users", None),
            ("one third", Some((K::Count, 1.0 / 3.0))),
            ("12 out of 10", Some((K::Count, 12.0))),
        ];
        for (text, want) in cases {
            let got = extract(text)
                .first()
                .map(|q| (q.kind, q.value.unwrap_or(f64::NAN)));
            let ok = match (got, want) {
                (Some((gk, gv)), Some((wk, wv))) => gk == *wk && (gv - wv).abs() < 1e-9,
                (g, w) => g.is_none() && w.is_none(),
            };
            assert!(ok, "{text}: {got:?}");
        }
    }

    #[test]
    fn relative_ordinals_are_not_positions() {
        for text in ["the second to last", "the third-from-last lap"] {
            assert!(extract(text).is_empty(), "{text}");
        }
        assert_eq!(extract("the second round").len(), 1);
    }
}
