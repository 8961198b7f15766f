//! Reading the unit after a figure: "2,167 km", "1.2GW", "a 90-day trial", "20 (kg)",
//! "5 feet 2 inches", "62-year-old", "five years of age", "100° Celsius".
//!
//! Contract: [`unit_after`] looks at the tokens after a numeral and returns the unit written
//! there (longest form first, through the index of every form of `units.rs`, looked up by its
//! first token) and the token after it, or `None`. A unit glued to letters or digits
//! ("24703m212", "10kmx") is no unit; a number hyphen-joined to a word before it
//! ("scp-173m") is a label. Lower-case "m" glued to a figure before a word that counts
//! people or things ("5m people") is a million, which the scale reader leaves alone, so no
//! unit is read there.

use super::Dimension;
use super::units::{ANGLE_DEGREES, DEGREES, UNITS, Unit, by_symbol};
use crate::quantity::token::{LowerWord, Token, TokenKind, tokenize, touching};
use std::collections::HashMap;
use std::sync::LazyLock;

/// A unit read after a figure: the unit, the token after it, and what the words after the
/// unit add to the figure, in the unit ("5 feet 2 inches": 2/12 of a foot).
#[derive(Debug, Clone, Copy)]
pub(crate) struct UnitRead {
    pub unit: &'static Unit,
    pub end: usize,
    pub add: f64,
}

/// One form of a unit, cut into tokens.
struct Form {
    unit: &'static Unit,
    /// Each token's text, and whether it touches the one before.
    tokens: Vec<(String, bool)>,
    case_sensitive: bool,
    glued_only: bool,
}

/// Every form of every unit by its first token, lowercased; longest forms first.
static FORMS: LazyLock<HashMap<String, Vec<Form>>> = LazyLock::new(|| {
    let mut index: HashMap<String, Vec<Form>> = HashMap::new();
    for unit in UNITS {
        let forms = (unit.symbols.iter().map(|s| (*s, true, false)))
            .chain(unit.words.iter().map(|w| (*w, false, false)))
            .chain(unit.glued.iter().map(|g| (*g, true, true)));
        for (text, case_sensitive, glued_only) in forms {
            let toks = tokenize(text);
            let tokens: Vec<(String, bool)> = toks
                .iter()
                .enumerate()
                .map(|(k, t)| {
                    let touches = k > 0 && toks.get(k - 1).is_some_and(|p| touching(p, t));
                    (t.text.to_string(), touches)
                })
                .collect();
            let Some((first, _)) = tokens.first() else {
                continue;
            };
            index.entry(first.to_lowercase()).or_default().push(Form {
                unit,
                tokens,
                case_sensitive,
                glued_only,
            });
        }
    }
    for forms in index.values_mut() {
        forms.sort_by_key(|f| std::cmp::Reverse(f.tokens.len()));
    }
    index
});

/// Words after a lower-case "m" glued to a figure that make it a million ("5m people").
const COUNTED_AFTER_M: &[&str] = &[
    "people",
    "users",
    "customers",
    "residents",
    "households",
    "homes",
    "voters",
    "viewers",
    "jobs",
    "children",
    "visitors",
    "passengers",
    "tourists",
    "subscribers",
    "members",
    "patients",
    "workers",
    "shares",
    "copies",
    "units",
    "vehicles",
    "cars",
    "doses",
    "deaths",
    "cases",
    "refugees",
    "migrants",
    "students",
    "pupils",
    "downloads",
    "listeners",
];

/// Words that say bare degrees are an angle, not a temperature.
const ANGLE_WORDS: &[&str] = &[
    "rotate",
    "rotated",
    "rotates",
    "rotating",
    "rotation",
    "turn",
    "turned",
    "turns",
    "turning",
    "angle",
    "angles",
    "angled",
    "tilt",
    "tilted",
    "tilts",
    "slope",
    "sloped",
    "incline",
    "inclined",
    "latitude",
    "longitude",
    "arc",
    "bank",
    "banked",
    "spin",
    "spun",
    "pivot",
    "pivoted",
    "swivel",
    "heading",
    "bearing",
    "view",
    "panorama",
    "camera",
];

/// The form of a unit starting at token `j`: the unit and the token after it. `glued`: the
/// form touches the digits before it.
fn form_at(toks: &[Token], j: usize, glued: bool) -> Option<(&'static Unit, usize)> {
    let first = toks.get(j)?;
    let lower = LowerWord::new(first.text)?;
    let forms = FORMS.get(lower.as_str())?;
    forms.iter().find_map(|form| {
        if form.glued_only && !glued {
            return None;
        }
        for (k, (text, touches)) in form.tokens.iter().enumerate() {
            let t = toks.get(j + k)?;
            let same = if form.case_sensitive {
                t.text == text
            } else {
                t.text.eq_ignore_ascii_case(text)
            };
            let joined = k > 0 && toks.get(j + k - 1).is_some_and(|p| touching(p, t));
            if !same || joined != *touches {
                return None;
            }
        }
        let end = j + form.tokens.len();
        // "m212", "kmx": letters or digits glued after the unit make a code, not a unit
        let last = toks.get(end - 1)?;
        // a letter glued to the digits is a unit only when nothing but punctuation follows
        // it: "14.7C/ per security" is no temperature
        let glued_after = toks.get(end).is_some_and(|n| {
            touching(last, n)
                && (matches!(n.kind, TokenKind::Word | TokenKind::Number)
                    || (form.glued_only && n.is_symbol('/')))
        });
        (!glued_after).then_some((form.unit, end))
    })
}

/// The unit written after the numeral of tokens `start..end`, if any.
pub(crate) fn unit_after(toks: &[Token], start: usize, end: usize) -> Option<UnitRead> {
    let last = toks.get(end.checked_sub(1)?)?;
    let t = toks.get(end)?;
    if labelled(toks, start) {
        return None;
    }
    let (unit, mut unit_end) = if t.is_dash() && touching(last, t) {
        // "a 90-day trial", "the 2,167-km pipeline", "a 62-year-old"
        let word = toks.get(end + 1).filter(|w| touching(t, w))?;
        form_at(toks, end + 1, false).filter(|_| word.kind == TokenKind::Word)?
    } else if matches!(t.text, "(" | "[" | "{" | "<") {
        // "20 (kg)": a unit in brackets right after the figure
        let (unit, close) = form_at(toks, end + 1, false)?;
        let closes = toks
            .get(close)
            .is_some_and(|c| matches!(c.text, ")" | "]" | "}" | ">"));
        if !closes {
            return None;
        }
        (unit, close + 1)
    } else if t.is_symbol('"') && !touching(last, t) {
        // '10 " long': a straight double quote standing alone after a figure is inches
        let apart = toks.get(end + 1).is_none_or(|n| !touching(t, n));
        (by_symbol("in").filter(|_| apart)?, end + 1)
    } else {
        let glued = touching(last, t);
        let (unit, unit_end) = form_at(toks, end, glued)?;
        if unit.symbol == "m" && glued && million_before(toks, unit_end) {
            return None;
        }
        (unit, unit_end)
    };
    let mut unit = unit;
    let mut add = 0.0;
    if unit.symbol == "ft"
        && let Some((inches, after)) = inches_after(toks, unit_end)
    {
        add = inches / 12.0;
        unit_end = after;
    }
    if unit.symbol == DEGREES && turning_near(toks, start, unit_end) {
        unit = by_symbol(ANGLE_DEGREES)?;
    }
    if unit.dimension == Dimension::Duration {
        unit_end = age_suffix(toks, unit_end);
    }
    Some(UnitRead {
        unit,
        end: unit_end,
        add,
    })
}

/// The number at `start` is hyphen-joined to a word before it ("scp-173m", "COVID-19").
fn labelled(toks: &[Token], start: usize) -> bool {
    let (Some(dash), Some(word), Some(number)) = (
        start.checked_sub(1).and_then(|k| toks.get(k)),
        start.checked_sub(2).and_then(|k| toks.get(k)),
        toks.get(start),
    ) else {
        return false;
    };
    let glued_to_word = |k: usize| {
        k.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|p| {
            p.kind == TokenKind::Word && toks.get(k).is_some_and(|t| touching(p, t))
        })
    };
    // "scp-173m", and "scp2-173m": a word, or digits glued to one, before the dash
    let labels = word.kind == TokenKind::Word
        || (word.kind == TokenKind::Number && glued_to_word(start - 2));
    dash.is_dash() && touching(dash, number) && touching(word, dash) && labels
}

/// "5m people", "3m tonnes": after a glued "m", a counted noun or another unit.
fn million_before(toks: &[Token], end: usize) -> bool {
    toks.get(end).is_some_and(|w| {
        w.is_any_word(COUNTED_AFTER_M)
            || (w.kind == TokenKind::Word && form_at(toks, end, false).is_some())
    })
}

/// "2 inches", "and 2 in", "2in" after feet: the inches and the token after them.
fn inches_after(toks: &[Token], i: usize) -> Option<(f64, usize)> {
    let j = if toks.get(i)?.is_word("and") {
        i + 1
    } else {
        i
    };
    let n = toks.get(j).filter(|n| n.kind == TokenKind::Number)?;
    let inches: f64 = n.text.parse().ok()?;
    let unit = toks.get(j + 1)?;
    let is_inch = unit.is_any_word(&["in", "inch", "inches"]) || unit.is_symbol('″');
    (is_inch && inches < 12.0).then_some((inches, j + 2))
}

/// A word of turning within eight tokens before the figure or six after its unit.
fn turning_near(toks: &[Token], start: usize, end: usize) -> bool {
    let from = start.saturating_sub(8);
    let to = (end + 6).min(toks.len());
    toks.get(from..to)
        .is_some_and(|window| window.iter().any(|t| t.is_any_word(ANGLE_WORDS)))
}

/// "-old", "old", "of age" after a duration: an age, read whole ("62-year-old").
fn age_suffix(toks: &[Token], end: usize) -> usize {
    let Some(t) = toks.get(end) else { return end };
    if t.is_dash()
        && toks
            .get(end + 1)
            .is_some_and(|o| o.is_word("old") && touching(t, o))
    {
        return end + 2;
    }
    if t.is_word("old") {
        return end + 1;
    }
    if t.is_word("of") && toks.get(end + 1).is_some_and(|a| a.is_word("age")) {
        return end + 2;
    }
    end
}

/// "two pounds", "25 pounds": a weight, unless the figure carries a scale word ("361 million
/// pounds" is money) or "sterling" follows. `scale` is the figure's scale (1 without one).
pub(crate) fn weighs_pounds(toks: &[Token], i: usize, scale: f64) -> bool {
    let Some(t) = toks.get(i) else { return false };
    t.is_any_word(&["pound", "pounds"])
        && scale == 1.0
        && !toks.get(i + 1).is_some_and(|s| s.is_word("sterling"))
}

/// The number at token `i` has a unit glued after it ("180ml", "29km", "100t"), and no word
/// glued before it: a measurement, not a code.
pub(crate) fn glued_unit(toks: &[Token], i: usize) -> bool {
    let (Some(t), Some(next)) = (toks.get(i), toks.get(i + 1)) else {
        return false;
    };
    let word_before = i
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|p| p.kind == TokenKind::Word && touching(p, t));
    !word_before
        && touching(t, next)
        && next.kind == TokenKind::Word
        && unit_after(toks, i, i + 1).is_some()
}
