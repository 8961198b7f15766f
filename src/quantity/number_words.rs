//! The English number vocabulary: cardinal words, ordinal words, scale words and suffixes.
//!
//! Kept apart from the grammar in `numeral.rs` so each table can be read (and extended) at a
//! glance. Every lookup is case-insensitive on ASCII; the tables are lower case.

use super::token::LowerWord;

/// "zero".."nineteen" (and "nought", "naught"): the value of a unit word.
pub(crate) fn unit_value(word: &str) -> Option<f64> {
    // One lowercase copy and a `match` (dispatched on length), rather than comparing the word
    // with every entry ignoring case: the extractor asks at nearly every word it reads.
    let lower = LowerWord::new(word)?;
    Some(match lower.as_str() {
        "zero" | "nought" | "naught" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        _ => return None,
    })
}

/// "twenty".."ninety".
pub(crate) fn tens_value(word: &str) -> Option<f64> {
    let lower = LowerWord::new(word)?;
    Some(match lower.as_str() {
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// Ordinal words that end a number: "first".."nineteenth", "twentieth".."ninetieth" and the
/// scale ordinals ("hundredth", "millionth"). Plurals ("fifths") are read by the fraction rule.
pub(crate) fn ordinal_value(word: &str) -> Option<f64> {
    let lower = LowerWord::new(word)?;
    let lower = lower.as_str();
    Some(match lower {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" | "nineth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        _ => {
            return lower
                .strip_suffix("th")
                .and_then(|stem| scale_value(stem).or_else(|| hundred_value(stem)));
        }
    })
}

/// Plural ordinals used as denominators: "fifths" → 5, "thirds" → 3, "quarters" → 4,
/// "halves" → 2; singular forms too, for "one fifth", "a quarter".
pub(crate) fn denominator_value(word: &str) -> Option<f64> {
    let lower = LowerWord::new(word)?;
    let lower = lower.as_str();
    match lower {
        "half" | "halves" => return Some(2.0),
        "quarter" | "quarters" => return Some(4.0),
        "first" | "firsts" | "second" | "seconds" => return None,
        _ => {}
    }
    let singular = lower.strip_suffix('s').unwrap_or(lower);
    ordinal_value(singular).filter(|v| *v >= 3.0)
}

/// "hundred" (also "hundreds" after a multiplier).
pub(crate) fn hundred_value(word: &str) -> Option<f64> {
    (word.eq_ignore_ascii_case("hundred") || word.eq_ignore_ascii_case("hundreds")).then_some(100.0)
}

/// Scale words that multiply what precedes them: thousand, million, lakh (1e5), crore (1e7) …
/// Also the written abbreviations used after a space ("3 bn", "10 bln").
pub(crate) fn scale_value(word: &str) -> Option<f64> {
    let lower = LowerWord::new(word)?;
    let lower = lower.as_str();
    let singular = match lower {
        "lakhs" | "crores" | "thousands" | "millions" | "billions" | "trillions" => {
            lower.trim_end_matches('s')
        }
        other => other,
    };
    Some(match singular {
        "thousand" => 1e3,
        "lakh" | "lac" | "lakhs" | "lkh" | "lacs" => 1e5,
        "million" | "mn" | "mln" | "mil" => 1e6,
        "crore" | "cr" => 1e7,
        "billion" | "bn" | "bln" => 1e9,
        "trillion" | "tn" | "tln" => 1e12,
        _ => return None,
    })
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

/// "dozen"/"dozens"/"dz"/"dzs"/"doz"/"dozs": twelve.
pub(crate) fn dozen_value(word: &str) -> Option<f64> {
    let lower = LowerWord::new(word)?;
    let lower = lower.as_str();
    matches!(lower, "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs").then_some(12.0)
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
