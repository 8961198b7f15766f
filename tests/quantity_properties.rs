//! Property tests of the quantity extractor: spans are sound on any input, nothing panics, and
//! a number written in digits, with thousands separators, in words or with a scale word reads
//! back as the value it was written from.

use crosscheck::quantity::{extract, numbers};
use proptest::prelude::*;

/// Spans on char boundaries, inside the text, sorted and non-overlapping, for both views.
fn assert_spans_sound(text: &str) -> Result<(), TestCaseError> {
    let mut last = 0;
    for q in extract(text) {
        let s = q.span;
        prop_assert!(
            s.start >= last && s.start < s.end && s.end <= text.len(),
            "{text:?} {s:?}"
        );
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        if let Some(qual) = q.qualifier {
            let qs = qual.span;
            prop_assert!(qs.start <= qs.end && qs.end <= text.len());
            prop_assert!(text.is_char_boundary(qs.start) && text.is_char_boundary(qs.end));
        }
        last = s.end;
    }
    let mut last = 0;
    for (s, v) in numbers(text) {
        prop_assert!(
            s.start >= last && s.start < s.end && s.end <= text.len(),
            "{text:?} {s:?}"
        );
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        prop_assert!(v.is_finite(), "{text:?}");
        last = s.end;
    }
    Ok(())
}

/// Fragments that exercise every reader: digits, separators, scales, currencies, dates, words.
const FRAGMENTS: &[&str] = &[
    "$", "₹", "US$", "Rs", "3", "31", "2018", "10", "0", ",", "000", ".", "5", "-", "–", "/", ":",
    "^", "e", "x", "+", "%", "bn", "k", "M", "crore", "lakh", "million", "one", "twenty",
    "hundred", "and", "a", "half", "fifth", "fifths", "th", "per", "cent", "between", "over",
    "out", "of", "in", "April", "Nov", "the", "No", "MQ", "9B", "½", "é", "“", " ", " ",
    "\u{202f}", "𝟘", "٣", "dollars", "cents", "or", "more", "equal", "to", "minus",
];

fn fragment_text() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(FRAGMENTS), any::<bool>()), 0..24).prop_map(|v| {
        v.into_iter()
            .map(|(f, space)| {
                if space {
                    format!("{f} ")
                } else {
                    f.to_string()
                }
            })
            .collect()
    })
}

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// 0..1000 in words: "two hundred thirty-four".
fn below_thousand(n: u64) -> String {
    let (h, rest) = (n / 100, n % 100);
    let mut parts = Vec::new();
    if h > 0 {
        parts.push(format!("{} hundred", UNITS[h as usize]));
    }
    if rest >= 20 {
        let (t, u) = (rest / 10, rest % 10);
        parts.push(if u == 0 {
            TENS[t as usize].to_string()
        } else {
            format!("{}-{}", TENS[t as usize], UNITS[u as usize])
        });
    } else if rest > 0 || h == 0 {
        parts.push(UNITS[rest as usize].to_string());
    }
    parts.join(" ")
}

/// Any n below 10^15 in words: "one million two hundred thirty-four thousand five hundred
/// sixty-seven".
fn in_words(n: u64) -> String {
    if n == 0 {
        return "zero".into();
    }
    let scales = [
        (1_000_000_000_000, "trillion"),
        (1_000_000_000, "billion"),
        (1_000_000, "million"),
        (1_000, "thousand"),
    ];
    let mut rest = n;
    let mut parts = Vec::new();
    for (size, name) in scales {
        if rest >= size {
            parts.push(format!("{} {name}", below_thousand(rest / size)));
            rest %= size;
        }
    }
    if rest > 0 {
        parts.push(below_thousand(rest));
    }
    parts.join(" ")
}

/// "1,234,567".
fn with_separators(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// The single value both views read in "They counted {written} drones.".
fn reads_back(written: &str, want: f64) -> Result<(), TestCaseError> {
    let text = format!("They counted {written} drones.");
    let nums: Vec<f64> = numbers(&text).into_iter().map(|(_, v)| v).collect();
    prop_assert!(
        nums.len() == 1 && close(nums[0], want),
        "numbers({text:?}) = {nums:?}, want {want}"
    );
    let found = extract(&text);
    prop_assert_eq!(found.len(), 1, "extract({:?}) = {:?}", text, found);
    let got = found[0].value.unwrap_or(f64::NAN);
    prop_assert!(close(got, want), "extract({text:?}) = {got}, want {want}");
    prop_assert_eq!(found[0].span.slice(&text), written);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_strings_keep_spans_sound(text in any::<String>()) {
        assert_spans_sound(&text)?;
    }

    #[test]
    fn number_fragments_keep_spans_sound(text in fragment_text()) {
        assert_spans_sound(&text)?;
    }

    #[test]
    fn digits_read_back(n in 0u64..1_000_000_000_000_000) {
        reads_back(&n.to_string(), n as f64)?;
    }

    #[test]
    fn separated_digits_read_back(n in 1_000u64..1_000_000_000_000_000) {
        reads_back(&with_separators(n), n as f64)?;
    }

    #[test]
    fn words_read_back(n in 0u64..1_000_000_000_000_000) {
        reads_back(&in_words(n), n as f64)?;
    }

    #[test]
    fn scaled_figures_read_back(
        mantissa in 1u64..100_000,
        decimals in 0u32..3,
        scale in prop::sample::select(&[("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("lakh", 1e5), ("crore", 1e7)][..]),
    ) {
        let m = mantissa as f64 / 10f64.powi(decimals as i32);
        let written = format!("{} {}", format_decimal(mantissa, decimals), scale.0);
        reads_back(&written, m * scale.1)?;
    }
}

/// `mantissa / 10^decimals` written with exactly `decimals` places: "1.50".
fn format_decimal(mantissa: u64, decimals: u32) -> String {
    let d = 10u64.pow(decimals);
    if decimals == 0 {
        mantissa.to_string()
    } else {
        format!(
            "{}.{:0width$}",
            mantissa / d,
            mantissa % d,
            width = decimals as usize
        )
    }
}

#[test]
fn renderers_write_what_the_issue_says() {
    assert_eq!(
        in_words(1_234_567),
        "one million two hundred thirty-four thousand five hundred sixty-seven"
    );
    assert_eq!(with_separators(1_234_567), "1,234,567");
    assert_eq!(format_decimal(150, 2), "1.50");
}
