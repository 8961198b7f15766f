//! Qualifiers: the words that turn a figure into an interval ("over $3 billion", "about 60%",
//! "up to 700", "since 2018", "500 or more") and the interval arithmetic they imply.
//!
//! Contract: [`read_prefix`] matches a qualifier phrase that starts at a token and says where the
//! figure must start; [`read_suffix`] matches "or more"-style phrases after a figure;
//! [`interval_for`] turns a value, its rounding and a qualifier into the compared interval.

use super::numeral::read_numeral;
use super::token::Token;
use super::{Interval, QualifierKind};
use std::sync::LazyLock;

/// Phrases before a figure, longest first within a shared first word.
const PREFIXES: &[(&[&str], QualifierKind)] = {
    use QualifierKind::*;
    &[
        // "or equal" forms first: the table is searched in order
        (&["less", "than", "or", "equal", "to"], UpTo),
        (&["fewer", "than", "or", "equal", "to"], UpTo),
        (&["smaller", "than", "or", "equal", "to"], UpTo),
        (&["less", "or", "equal", "than"], UpTo),
        (&["smaller", "or", "equal", "than"], UpTo),
        (&["lower", "or", "equal", "than"], UpTo),
        (&["equal", "to", "or", "less", "than"], UpTo),
        (&["equal", "to", "or", "fewer", "than"], UpTo),
        (&["more", "than", "or", "equal", "to"], AtLeast),
        (&["greater", "than", "or", "equal", "to"], AtLeast),
        (&["greater", "or", "equal", "than"], AtLeast),
        (&["bigger", "or", "equal", "than"], AtLeast),
        (&["higher", "or", "equal", "than"], AtLeast),
        (&["larger", "or", "equal", "than"], AtLeast),
        (&["at", "least", "or", "equal", "to"], AtLeast),
        (&["equal", "to", "or", "more", "than"], AtLeast),
        (&["equal", "to", "or", "greater", "than"], AtLeast),
        (&["equal", "to"], Exactly),
        (&["equals", "to"], Exactly),
        (&["equaling", "to"], Exactly),
        (&["equals"], Exactly),
        (&["exactly"], Exactly),
        (&[">", "="], AtLeast),
        (&["<", "="], UpTo),
        (&["≥"], AtLeast),
        (&["≤"], UpTo),
        (&[">"], Over),
        (&["<"], Under),
        (&["more", "than"], Over),
        (&["greater", "than"], Over),
        (&["larger", "than"], Over),
        (&["bigger", "than"], Over),
        (&["higher", "than"], Over),
        (&["in", "excess", "of"], Over),
        (&["upwards", "of"], Over),
        (&["over"], Over),
        (&["above"], Over),
        (&["exceeding"], Over),
        (&["exceeded"], Over),
        (&["exceeds"], Over),
        (&["exceed"], Over),
        (&["surpass"], Over),
        (&["at", "least"], AtLeast),
        (&["no", "less", "than"], AtLeast),
        (&["not", "less", "than"], AtLeast),
        (&["no", "fewer", "than"], AtLeast),
        (&["a", "minimum", "of"], AtLeast),
        (&["nearly"], Nearly),
        (&["almost"], Nearly),
        (&["close", "to"], Nearly),
        (&["just", "under"], Nearly),
        (&["about"], About),
        (&["around"], About),
        (&["approximately"], About),
        (&["approx"], About),
        (&["roughly"], About),
        (&["some"], About),
        (&["an", "estimated"], About),
        (&["estimated"], About),
        (&["circa"], About),
        (&["up", "to"], UpTo),
        (&["at", "most"], UpTo),
        (&["no", "more", "than"], UpTo),
        (&["not", "more", "than"], UpTo),
        (&["as", "many", "as"], UpTo),
        (&["as", "much", "as"], UpTo),
        (&["a", "maximum", "of"], UpTo),
        (&["less", "than"], Under),
        (&["fewer", "than"], Under),
        (&["lower", "than"], Under),
        (&["smaller", "than"], Under),
        (&["under"], Under),
        (&["below"], Under),
        (&["since"], Since),
        (&["from"], Since),
    ]
};

/// Phrases after a figure: "500 or more", "200 or greater", "500 or less", "and above".
const SUFFIXES: &[(&[&str], QualifierKind)] = {
    use QualifierKind::*;
    &[
        (&["or", "more"], AtLeast),
        (&["and", "more"], AtLeast),
        (&["or", "greater"], AtLeast),
        (&["or", "above"], AtLeast),
        (&["and", "above"], AtLeast),
        (&["or", "higher"], AtLeast),
        (&["or", "less"], UpTo),
        (&["or", "fewer"], UpTo),
        (&["or", "below"], UpTo),
        (&["and", "below"], UpTo),
        (&["or", "lower"], UpTo),
    ]
};

/// The phrases of a table grouped by first word, so that a token is compared only with the
/// phrases it can begin: the extractor asks at every token of every sentence it reads, and
/// trying the whole table each time was a tenth of a 10,000-claim run.
struct PhraseIndex {
    /// First word (as the table writes it: lowercase, or a symbol) → indices into the table,
    /// in table order; sorted by first word.
    by_first: Vec<(&'static str, Vec<usize>)>,
}

impl PhraseIndex {
    fn new(table: &[(&'static [&'static str], QualifierKind)]) -> Self {
        let mut by_first: Vec<(&'static str, Vec<usize>)> = Vec::new();
        for (p, (words, _)) in table.iter().enumerate() {
            let Some(first) = words.first() else { continue };
            match by_first.iter_mut().find(|(w, _)| w == first) {
                Some((_, list)) => list.push(p),
                None => by_first.push((first, vec![p])),
            }
        }
        by_first.sort_by_key(|(w, _)| *w);
        PhraseIndex { by_first }
    }

    /// The phrases whose first word `text` may be (ignoring ASCII case), in table order.
    fn candidates(&self, text: &str) -> &[usize] {
        let mut buf = [0u8; 16];
        let Some(key) = buf.get_mut(..text.len()) else {
            return &[]; // longer than every first word
        };
        key.copy_from_slice(text.as_bytes());
        key.make_ascii_lowercase();
        let Ok(key) = std::str::from_utf8(key) else {
            return &[];
        };
        match self.by_first.binary_search_by(|(w, _)| (*w).cmp(key)) {
            Ok(at) => self
                .by_first
                .get(at)
                .map_or(&[], |(_, list)| list.as_slice()),
            Err(_) => &[],
        }
    }
}

static PREFIX_INDEX: LazyLock<PhraseIndex> = LazyLock::new(|| PhraseIndex::new(PREFIXES));
static SUFFIX_INDEX: LazyLock<PhraseIndex> = LazyLock::new(|| PhraseIndex::new(SUFFIXES));

/// A qualifier phrase starting at token `i`: its kind and the token after it.
pub(crate) fn read_prefix(toks: &[Token], i: usize) -> Option<(QualifierKind, usize)> {
    match_phrase(PREFIXES, &PREFIX_INDEX, toks, i)
}

/// A qualifier phrase right after a figure ending before token `i`, given the figure's prefix
/// qualifier: "500 or more", "about 500 or more", "equal to 500 or less" (the suffix decides),
/// "more than 500 or equal (to it)" (the bound becomes inclusive). "200 or greater than 190"
/// is two figures: a suffix followed by "than" and a number is the next figure's prefix.
pub(crate) fn read_suffix(
    toks: &[Token],
    i: usize,
    prefix: Option<QualifierKind>,
) -> Option<(QualifierKind, usize)> {
    use QualifierKind::*;
    match prefix {
        None | Some(About) | Some(Exactly) => {
            let (kind, mut end) = match_phrase(SUFFIXES, &SUFFIX_INDEX, toks, i)?;
            if toks.get(end).is_some_and(|t| t.is_word("than")) {
                if read_numeral(toks, end + 1).is_some() {
                    return None;
                }
                end += 1;
            }
            Some((kind, end))
        }
        Some(Over) | Some(Under) => {
            let or_equal = toks.get(i).is_some_and(|t| t.is_word("or"))
                && toks.get(i + 1).is_some_and(|t| t.is_word("equal"));
            if !or_equal {
                return None;
            }
            let mut end = i + 2;
            if toks.get(end).is_some_and(|t| t.is_word("to")) {
                if read_numeral(toks, end + 1).is_some() {
                    return None; // "more than 5000 or equal to 6000": two figures
                }
                end += 1;
                if toks.get(end).is_some_and(|t| t.is_word("it")) {
                    end += 1;
                }
            }
            let kind = if prefix == Some(Over) { AtLeast } else { UpTo };
            Some((kind, end))
        }
        _ => None,
    }
}

fn match_phrase(
    table: &[(&[&str], QualifierKind)],
    index: &PhraseIndex,
    toks: &[Token],
    i: usize,
) -> Option<(QualifierKind, usize)> {
    let candidates = index.candidates(toks.get(i)?.text);
    if candidates.is_empty() {
        return None;
    }
    // "<>30", "=>30": a comparison sign after another is not a qualifier
    let after_sign = i
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|p| ["<", ">", "="].contains(&p.text));
    candidates.iter().find_map(|&p| {
        let (words, kind) = table.get(p)?;
        let all = words.iter().enumerate().all(|(k, w)| {
            toks.get(i + k).is_some_and(|t| {
                let symbol = !w.starts_with(char::is_alphabetic);
                if symbol {
                    t.text == *w && !after_sign
                } else {
                    t.is_word(w)
                }
            })
        });
        // "approx." keeps its dot inside the phrase
        let mut end = i + words.len();
        if all && words == &["approx"] && toks.get(end).is_some_and(|t| t.is_symbol('.')) {
            end += 1;
        }
        all.then_some((*kind, end))
    })
}

/// The rounding interval of a figure: `[v - h, v + h)` when written rounded, else `[v, v]`.
pub(crate) fn rounding_interval(value: f64, half_width: Option<f64>) -> Interval {
    match half_width {
        Some(h) if h > 0.0 => Interval {
            low: Some(value - h),
            high: Some(value + h),
            low_inclusive: true,
            high_inclusive: false,
        },
        _ => Interval::exact(value),
    }
}

/// The interval a qualified figure covers. `rounded` is its rounding interval.
pub(crate) fn interval_for(kind: Option<QualifierKind>, value: f64, rounded: Interval) -> Interval {
    let open = |low: Option<f64>, low_inclusive, high: Option<f64>, high_inclusive| Interval {
        low,
        high,
        low_inclusive,
        high_inclusive,
    };
    match kind {
        None | Some(QualifierKind::Between) => rounded,
        Some(QualifierKind::Exactly) => Interval::exact(value),
        Some(QualifierKind::Over) => open(Some(value), false, None, false),
        Some(QualifierKind::AtLeast | QualifierKind::Since) => open(Some(value), true, None, false),
        Some(QualifierKind::UpTo) => open(None, false, Some(value), true),
        Some(QualifierKind::Under) => open(None, false, Some(value), false),
        Some(QualifierKind::Nearly) => {
            let (a, b) = ordered(0.9 * value, value);
            open(Some(a), true, Some(b), true)
        }
        Some(QualifierKind::About) => {
            let (a, b) = ordered(0.9 * value, 1.1 * value);
            let (low, low_inclusive) = match rounded.low {
                Some(l) if l < a => (l, rounded.low_inclusive),
                _ => (a, true),
            };
            let (high, high_inclusive) = match rounded.high {
                Some(h) if h > b => (h, rounded.high_inclusive),
                _ => (b, true),
            };
            open(Some(low), low_inclusive, Some(high), high_inclusive)
        }
    }
}

fn ordered(a: f64, b: f64) -> (f64, f64) {
    if a <= b { (a, b) } else { (b, a) }
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize;
    use super::*;
    use QualifierKind::*;

    /// The first-word index finds what trying every phrase of the table in order finds: each
    /// phrase as written, capitalised and shouted, and words that only share a prefix.
    #[test]
    fn the_phrase_index_agrees_with_the_whole_table() {
        fn linear(
            table: &[(&[&str], QualifierKind)],
            toks: &[Token],
            i: usize,
        ) -> Option<(QualifierKind, usize)> {
            table.iter().find_map(|&(words, kind)| {
                let ok = words.iter().enumerate().all(|(k, w)| {
                    toks.get(i + k).is_some_and(|t| {
                        if w.starts_with(char::is_alphabetic) {
                            t.is_word(w)
                        } else {
                            t.text == *w
                                && !i
                                    .checked_sub(1)
                                    .and_then(|p| toks.get(p))
                                    .is_some_and(|p| ["<", ">", "="].contains(&p.text))
                        }
                    })
                });
                let mut end = i + words.len();
                if ok && words == ["approx"] && toks.get(end).is_some_and(|t| t.is_symbol('.')) {
                    end += 1;
                }
                ok.then_some((kind, end))
            })
        }
        let mut texts: Vec<String> = Vec::new();
        for (words, _) in PREFIXES.iter().chain(SUFFIXES) {
            let phrase = words.join(" ");
            texts.push(format!("{phrase} 30"));
            texts.push(format!("{} 30", phrase.to_uppercase()));
            let mut capital = phrase.clone();
            if let Some(first) = capital.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            texts.push(format!("500 {capital} 30"));
            texts.push(format!("{phrase}s 30 {}x", words[0]));
        }
        texts.push("approx. 30 > = 5 <= 4 Overall overs".to_string());
        for text in &texts {
            let toks = tokenize(text);
            for i in 0..toks.len() {
                assert_eq!(
                    match_phrase(PREFIXES, &PREFIX_INDEX, &toks, i),
                    linear(PREFIXES, &toks, i),
                    "{text:?} at token {i}"
                );
                assert_eq!(
                    match_phrase(SUFFIXES, &SUFFIX_INDEX, &toks, i),
                    linear(SUFFIXES, &toks, i),
                    "{text:?} at token {i}"
                );
            }
        }
    }

    #[test]
    fn reads_phrases_table() {
        let cases: &[(&str, Option<(QualifierKind, usize)>)] = &[
            ("more than 30", Some((Over, 2))),
            ("over $3", Some((Over, 1))),
            ("at least 5", Some((AtLeast, 2))),
            ("an estimated 5", Some((About, 2))),
            ("approx. 5", Some((About, 2))),
            ("up to 700", Some((UpTo, 2))),
            ("fewer than a thousand", Some((Under, 2))),
            ("since 2018", Some((Since, 1))),
            ("the 30", None),
            ("less than or equal to 100", Some((UpTo, 5))),
            (">= 30", Some((AtLeast, 2))),
            ("<20", Some((Under, 1))),
        ];
        for (text, want) in cases {
            assert_eq!(read_prefix(&tokenize(text), 0), *want, "{text}");
        }
        let suffix = |text, prefix| read_suffix(&tokenize(text), 0, prefix);
        assert_eq!(suffix("or more", None), Some((AtLeast, 2)));
        assert_eq!(suffix("or so", None), None);
        assert_eq!(suffix("or less", Some(Exactly)), Some((UpTo, 2)));
        assert_eq!(suffix("or greater than 190", None), None);
        assert_eq!(suffix("or greater than", None), Some((AtLeast, 3)));
        assert_eq!(suffix("or equal to it", Some(Over)), Some((AtLeast, 4)));
        assert_eq!(suffix("or equal", Some(Under)), Some((UpTo, 2)));
    }

    #[test]
    fn intervals_table() {
        let four_bn = rounding_interval(4e9, Some(0.5e9));
        let i = |low, li, high, hi| Interval {
            low,
            high,
            low_inclusive: li,
            high_inclusive: hi,
        };
        let cases: &[(Option<QualifierKind>, f64, Interval, Interval)] = &[
            (None, 4e9, four_bn, i(Some(3.5e9), true, Some(4.5e9), false)),
            (None, 30.0, Interval::exact(30.0), Interval::exact(30.0)),
            (
                Some(Over),
                3e9,
                rounding_interval(3e9, Some(0.5e9)),
                i(Some(3e9), false, None, false),
            ),
            (
                Some(AtLeast),
                5.0,
                Interval::exact(5.0),
                i(Some(5.0), true, None, false),
            ),
            (
                Some(Since),
                2018.0,
                Interval::exact(2018.0),
                i(Some(2018.0), true, None, false),
            ),
            (
                Some(Nearly),
                4e9,
                four_bn,
                i(Some(3.6e9), true, Some(4e9), true),
            ),
            (
                Some(About),
                60.0,
                Interval::exact(60.0),
                i(Some(54.0), true, Some(66.0), true),
            ),
            (
                Some(About),
                4e9,
                four_bn,
                i(Some(3.5e9), true, Some(4.5e9), false),
            ),
            (
                Some(UpTo),
                700.0,
                Interval::exact(700.0),
                i(None, false, Some(700.0), true),
            ),
            (
                Some(Under),
                170.0,
                Interval::exact(170.0),
                i(None, false, Some(170.0), false),
            ),
        ];
        for (kind, value, rounded, want) in cases {
            let got = interval_for(*kind, *value, *rounded);
            let close = |a: Option<f64>, b: Option<f64>| match (a, b) {
                (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * b.abs().max(1.0),
                (a, b) => a == b,
            };
            assert!(
                close(got.low, want.low) && close(got.high, want.high),
                "{kind:?} {value}: {got:?}"
            );
            assert_eq!(
                (got.low_inclusive, got.high_inclusive),
                (want.low_inclusive, want.high_inclusive)
            );
        }
    }
}
