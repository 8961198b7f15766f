//! The English number vocabulary: cardinal words, ordinal words, scale words and suffixes.
//!
//! Kept apart from the grammar in `numeral/` so each table can be read (and extended) at a
//! glance. Every lookup is case-insensitive on ASCII; the tables are lower case.

use super::token::LowerWord;

/// "zero".."nineteen" (and "nought", "naught").
const UNITS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("nought", 0.0),
    ("naught", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
];

/// "twenty".."ninety".
const TENS: &[(&str, f64)] = &[
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

/// "first".."nineteenth", "twentieth".."ninetieth"; the scale ordinals ("hundredth",
/// "millionth") are a scale word and "th" ([`ordinal_value`]).
const ORDINALS: &[(&str, f64)] = &[
    ("first", 1.0),
    ("second", 2.0),
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("nineth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
    ("thirteenth", 13.0),
    ("fourteenth", 14.0),
    ("fifteenth", 15.0),
    ("sixteenth", 16.0),
    ("seventeenth", 17.0),
    ("eighteenth", 18.0),
    ("nineteenth", 19.0),
    ("twentieth", 20.0),
    ("thirtieth", 30.0),
    ("fortieth", 40.0),
    ("fiftieth", 50.0),
    ("sixtieth", 60.0),
    ("seventieth", 70.0),
    ("eightieth", 80.0),
    ("ninetieth", 90.0),
];

/// Scale words that multiply what precedes them, and the abbreviations written after a space
/// ("3 bn", "10 bln").
const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("lakh", 1e5),
    ("lac", 1e5),
    ("lakhs", 1e5),
    ("lkh", 1e5),
    ("lacs", 1e5),
    ("million", 1e6),
    ("mn", 1e6),
    ("mln", 1e6),
    ("mil", 1e6),
    ("crore", 1e7),
    ("cr", 1e7),
    ("billion", 1e9),
    ("bn", 1e9),
    ("bln", 1e9),
    ("trillion", 1e12),
    ("tn", 1e12),
    ("tln", 1e12),
];

/// Plurals of scale words, read as the singular ("thousands of", "crores").
const SCALE_PLURALS: &[&str] = &[
    "lakhs",
    "crores",
    "thousands",
    "millions",
    "billions",
    "trillions",
];

/// "hundred" (also "hundreds" after a multiplier).
const HUNDREDS: &[&str] = &["hundred", "hundreds"];

/// Twelve.
const DOZENS: &[&str] = &["dozen", "dozens", "dz", "dzs", "doz", "dozs"];

/// Denominators that are no ordinal.
const HALVES_AND_QUARTERS: &[(&str, f64)] = &[
    ("half", 2.0),
    ("halves", 2.0),
    ("quarter", 4.0),
    ("quarters", 4.0),
];

/// The value of `word` (lowercase) in `table`.
fn value_in(table: &[(&str, f64)], word: &str) -> Option<f64> {
    table.iter().find(|(w, _)| *w == word).map(|(_, v)| *v)
}

/// "zero".."nineteen" (and "nought", "naught"): the value of a unit word.
pub(crate) fn unit_value(word: &str) -> Option<f64> {
    value_in(UNITS, LowerWord::new(word)?.as_str())
}

/// "twenty".."ninety".
pub(crate) fn tens_value(word: &str) -> Option<f64> {
    value_in(TENS, LowerWord::new(word)?.as_str())
}

/// Ordinal words that end a number: "first".."nineteenth", "twentieth".."ninetieth" and the
/// scale ordinals ("hundredth", "millionth"). Plurals ("fifths") are read by the fraction rule.
pub(crate) fn ordinal_value(word: &str) -> Option<f64> {
    let lower = LowerWord::new(word)?;
    let lower = lower.as_str();
    value_in(ORDINALS, lower).or_else(|| {
        lower
            .strip_suffix("th")
            .and_then(|stem| scale_value(stem).or_else(|| hundred_value(stem)))
    })
}

/// Plural ordinals used as denominators: "fifths" → 5, "thirds" → 3, "quarters" → 4,
/// "halves" → 2; singular forms too, for "one fifth", "a quarter".
pub(crate) fn denominator_value(word: &str) -> Option<f64> {
    let lower = LowerWord::new(word)?;
    let lower = lower.as_str();
    if let Some(v) = value_in(HALVES_AND_QUARTERS, lower) {
        return Some(v);
    }
    if matches!(lower, "first" | "firsts" | "second" | "seconds") {
        return None;
    }
    let singular = lower.strip_suffix('s').unwrap_or(lower);
    ordinal_value(singular).filter(|v| *v >= 3.0)
}

/// "hundred" (also "hundreds" after a multiplier).
pub(crate) fn hundred_value(word: &str) -> Option<f64> {
    HUNDREDS
        .iter()
        .any(|h| word.eq_ignore_ascii_case(h))
        .then_some(100.0)
}

/// Scale words that multiply what precedes them: thousand, million, lakh (1e5), crore (1e7) …
/// Also the written abbreviations used after a space ("3 bn", "10 bln").
pub(crate) fn scale_value(word: &str) -> Option<f64> {
    let lower = LowerWord::new(word)?;
    let lower = lower.as_str();
    let singular = if SCALE_PLURALS.contains(&lower) {
        lower.trim_end_matches('s')
    } else {
        lower
    };
    value_in(SCALES, singular)
}

/// Every word the tables above read, lowercase, derived forms included: the scale ordinals
/// ("millionth", "hundredsth"), the plural ordinals and halves of [`denominator_value`] and
/// of the fraction reader ("fifths", "seconds"). What `reach.rs` looks a word up in.
pub(crate) fn vocabulary() -> Vec<String> {
    let keys = |t: &[(&'static str, f64)]| t.iter().map(|(w, _)| *w).collect::<Vec<_>>();
    let scales: Vec<&str> = keys(SCALES)
        .into_iter()
        .chain(SCALE_PLURALS.iter().copied())
        .chain(HUNDREDS.iter().copied())
        .collect();
    let ordinals: Vec<String> = keys(ORDINALS)
        .into_iter()
        .map(str::to_string)
        .chain(scales.iter().map(|s| format!("{s}th")))
        .collect();
    let mut words: Vec<String> = keys(UNITS)
        .into_iter()
        .chain(keys(TENS))
        .chain(scales.iter().copied())
        .chain(DOZENS.iter().copied())
        .chain(keys(HALVES_AND_QUARTERS))
        .map(str::to_string)
        .collect();
    words.extend(ordinals.iter().map(|o| format!("{o}s")));
    words.extend(ordinals);
    words
}

/// "dozen"/"dozens"/"dz"/"dzs"/"doz"/"dozs": twelve.
pub(crate) fn dozen_value(word: &str) -> Option<f64> {
    let lower = LowerWord::new(word)?;
    DOZENS.contains(&lower.as_str()).then_some(12.0)
}

/// A scale letter glued to digits ("3bn", "10k", "10M", "1.2b", "10G"). Lower-case "m" is not
/// one: "1m" is a metre as often as a million.
pub(crate) fn glued_scale_value(suffix: &str) -> Option<f64> {
    match suffix {
        "k" | "K" => Some(1e3),
        "M" | "MM" => Some(1e6),
        "b" | "B" | "G" => Some(1e9),
        "T" => Some(1e12),
        _ => scale_value(suffix).filter(|_| suffix.len() > 1),
    }
}

/// The ordinal suffix written after digits: "1st", "2nd", "3rd", "5th".
pub(crate) fn is_ordinal_suffix(word: &str) -> bool {
    ["st", "nd", "rd", "th"]
        .iter()
        .any(|s| word.eq_ignore_ascii_case(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_values_table() {
        type Case = (fn(&str) -> Option<f64>, &'static str, Option<f64>);
        let cases: &[Case] = &[
            (unit_value, "zero", Some(0.0)),
            (unit_value, "Nineteen", Some(19.0)),
            (unit_value, "a", None),
            (tens_value, "thirty", Some(30.0)),
            (ordinal_value, "fifth", Some(5.0)),
            (ordinal_value, "twentieth", Some(20.0)),
            (ordinal_value, "hundredth", Some(100.0)),
            (ordinal_value, "millionth", Some(1e6)),
            (ordinal_value, "fifths", None),
            (denominator_value, "fifths", Some(5.0)),
            (denominator_value, "quarters", Some(4.0)),
            (denominator_value, "second", None),
            (scale_value, "crore", Some(1e7)),
            (scale_value, "lakh", Some(1e5)),
            (scale_value, "billions", Some(1e9)),
            (scale_value, "bn", Some(1e9)),
            (glued_scale_value, "bn", Some(1e9)),
            (glued_scale_value, "B", Some(1e9)),
            (glued_scale_value, "m", None),
            (glued_scale_value, "mm", None),
            (glued_scale_value, "k", Some(1e3)),
            (dozen_value, "dozens", Some(12.0)),
            (dozen_value, "dzs", Some(12.0)),
            (dozen_value, "does", None),
        ];
        for (f, word, want) in cases {
            assert_eq!(f(word), *want, "{word}");
        }
    }

    #[test]
    fn ordinal_suffixes() {
        assert!(is_ordinal_suffix("th") && is_ordinal_suffix("ST"));
        assert!(!is_ordinal_suffix("s"));
    }

    /// Every word of the three tables, in any ASCII case, has the value its place gives it.
    #[test]
    fn units_tens_and_ordinals_in_any_case() {
        let units = "zero one two three four five six seven eight nine ten eleven twelve \
            thirteen fourteen fifteen sixteen seventeen eighteen nineteen";
        let ordinals = "first second third fourth fifth sixth seventh eighth ninth tenth \
            eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth \
            nineteenth";
        let tens = "twenty thirty forty fifty sixty seventy eighty ninety";
        let tenths = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth \
            ninetieth";
        let cases = |word: &str| {
            [word.to_string(), word.to_uppercase(), {
                let mut c = word.chars();
                c.next()
                    .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
            }]
        };
        for (i, word) in units.split_whitespace().enumerate() {
            for w in cases(word) {
                assert_eq!(unit_value(&w), Some(i as f64), "{w}");
            }
        }
        for (i, word) in ordinals.split_whitespace().enumerate() {
            for w in cases(word) {
                assert_eq!(ordinal_value(&w), Some(i as f64 + 1.0), "{w}");
            }
        }
        for (i, (ten, tenth)) in tens
            .split_whitespace()
            .zip(tenths.split_whitespace())
            .enumerate()
        {
            for (w, v) in cases(ten).into_iter().zip(cases(tenth)) {
                assert_eq!(tens_value(&w), Some((i as f64 + 2.0) * 10.0), "{w}");
                assert_eq!(ordinal_value(&v), Some((i as f64 + 2.0) * 10.0), "{v}");
            }
        }
        for (w, v) in [("Nought", 0.0), ("NAUGHT", 0.0)] {
            assert_eq!(unit_value(w), Some(v));
        }
        assert_eq!(ordinal_value("Nineth"), Some(9.0));
        assert_eq!(unit_value("twenty"), None);
        assert_eq!(tens_value("ten"), None);
    }
}
