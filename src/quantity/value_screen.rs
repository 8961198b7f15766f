//! The screen before the extractor: whether a text can hold a value token at all.
//!
//! Every sentence of a document is asked (`discover` reads them all), and most of those
//! without a digit hold no value, so the question is answered without cutting tokens: a
//! search for a digit and a walk over the words, both eight ASCII bytes at a time where the
//! bytes are plain letters (most of running text), a byte or a char at a time elsewhere.

use super::lexical_forms::vulgar_char;
use super::value_words::is_value_word_bytes;
use crate::ascii_lanes::{HIGH, LOW7, eight_at, in_range, splat};

/// Whether `text` may hold a value token: `false` only for text without a digit or a vulgar
/// fraction ("½") whose words (runs of letters, as [`super::token::tokenize`] cuts them) are
/// none of them a value word. Then no reader can succeed anywhere (a quantity takes its value
/// from a value token), and the text is not cut into tokens at all: most sentences of running
/// text state no value, and cutting them was most of what the extractor spent on them. A word
/// with a letter past ASCII ("Zürich") is no value word (the vocabularies are ASCII), and the
/// characters past ASCII that are no letter (curly quotes and dashes: "India’s") end a word as
/// a space does, so a sentence that has them is screened as well: they are in most sentences
/// of news text, and passing every such sentence on to be cut was a third of the cutting.
pub(crate) fn may_hold_value(text: &str) -> bool {
    let bytes = text.as_bytes();
    if has_ascii_digit(bytes) {
        return true;
    }
    // The word being read starts at `start`; `wide` once it holds a letter past ASCII.
    let mut start = 0;
    let mut wide = false;
    let mut i = 0;
    loop {
        i = past_ascii_letters(bytes, i);
        let Some(&b) = bytes.get(i) else {
            break;
        };
        if b.is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let (letter, len) = if b.is_ascii() {
            (false, 1)
        } else {
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                return true;
            };
            if vulgar_char(c).is_some() {
                return true;
            }
            (crate::char_class::is_alphabetic(c), c.len_utf8())
        };
        if letter {
            wide = true;
        } else {
            if !wide && is_value_word_bytes(bytes.get(start..i).unwrap_or_default()) {
                return true;
            }
            start = i + len;
            wide = false;
        }
        i += len;
    }
    !wide && is_value_word_bytes(bytes.get(start..).unwrap_or_default())
}

/// Per lane of `x`: 0x80 where the byte is an ASCII letter, else 0.
fn ascii_letters(x: u64) -> u64 {
    // Setting bit 5 lowers a capital and leaves a lowercase letter as it is; a byte past
    // ASCII (high bit set) is no ASCII letter whatever its low bits.
    in_range((x & LOW7) | splat(0x20), b'a', b'z') & !x & HIGH
}

/// Where the run of ASCII letters from `i` ends, eight bytes at a time while eight are left
/// (the rest is left to the caller's byte loop). The tokenizer's words are read so as well.
pub(super) fn past_ascii_letters(bytes: &[u8], mut i: usize) -> usize {
    while let Some(x) = eight_at(bytes, i) {
        let others = !ascii_letters(x) & HIGH;
        if others != 0 {
            // Lanes are little-endian: the lowest set lane is the first byte that is no letter.
            return i + (others.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i
}

/// Whether `bytes` hold an ASCII digit: eight bytes at a time, then the rest one by one.
fn has_ascii_digit(bytes: &[u8]) -> bool {
    let mut i = 0;
    while let Some(x) = eight_at(bytes, i) {
        if in_range(x & LOW7, b'0', b'9') & !x & HIGH != 0 {
            return true;
        }
        i += 8;
    }
    bytes
        .get(i..)
        .unwrap_or_default()
        .iter()
        .any(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::super::reach::tests::texts;
    use super::*;
    use crate::random_text::Lcg;

    /// The screen a byte at a time: the reference the eight-byte walks are held to.
    fn may_hold_value_by_byte(text: &str) -> bool {
        let bytes = text.as_bytes();
        if bytes.iter().any(u8::is_ascii_digit) {
            return true;
        }
        let (mut start, mut wide) = (0, false);
        for (i, c) in text.char_indices() {
            if c.is_ascii_alphabetic() {
                continue;
            }
            if vulgar_char(c).is_some() {
                return true;
            }
            if !c.is_ascii() && crate::char_class::is_alphabetic(c) {
                wide = true;
                continue;
            }
            if !wide && is_value_word_bytes(bytes.get(start..i).unwrap_or_default()) {
                return true;
            }
            start = i + c.len_utf8();
            wide = false;
        }
        !wide && is_value_word_bytes(bytes.get(start..).unwrap_or_default())
    }

    /// The same answer as a byte at a time, on random text made of value words, plain words,
    /// digits, letters past ASCII and marks, at every alignment.
    #[test]
    fn the_eight_byte_walk_answers_as_the_byte_walk() {
        const PIECES: &[&str] = &[
            "the",
            "seven",
            "Seventh",
            "talks",
            "ministry",
            "é",
            "Zürich",
            "’",
            "“",
            " ",
            " ",
            ",",
            "½",
            "3",
            "thirtyfive",
            "in",
            "May",
            "x",
            "\u{a0}",
            "Ωmega",
            "forty",
            "-",
        ];
        let mut lcg = Lcg::new(0x5851_F42D_4C95_7F2D);
        for n in 0..20_000u64 {
            let mut text = String::new();
            for _ in 0..(n % 23) {
                let piece: &&str = lcg.pick(PIECES);
                text.push_str(piece);
            }
            assert_eq!(
                may_hold_value(&text),
                may_hold_value_by_byte(&text),
                "{text:?}"
            );
        }
    }

    /// Every byte in every lane: a letter lane is one an ASCII letter is in.
    #[test]
    fn letter_lanes_are_ascii_letters() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                for fill in [b'a', b' ', 0xE2] {
                    let mut lanes = [fill; 8];
                    lanes[lane] = b;
                    let want = lanes.map(|x| if x.is_ascii_alphabetic() { 0x80 } else { 0 });
                    let got = ascii_letters(u64::from_le_bytes(lanes));
                    assert_eq!(got, u64::from_le_bytes(want), "{b:#x} in lane {lane}");
                }
            }
        }
    }

    /// A text screened out holds no quantity: checked on every sentence-sized piece of the
    /// test texts, and most pieces of running text are screened out.
    #[test]
    fn a_text_screened_out_holds_no_quantity() {
        let (mut out, mut pieces) = (0, 0);
        for text in texts() {
            for piece in text.split_inclusive(['.', '\n', ';']) {
                pieces += 1;
                assert_eq!(may_hold_value(piece), may_hold_value_by_byte(piece));
                if !may_hold_value(piece) {
                    out += 1;
                    let found = super::super::scan::scan(piece);
                    assert!(found.is_empty(), "{piece:?}: {found:?}");
                }
            }
        }
        assert!(out * 5 > pieces, "{out} of {pieces} screened out");
        assert!(!may_hold_value("The talks were held in New Delhi."));
        assert!(!may_hold_value(
            "India’s “strategic” talks in Zürich — again."
        ));
        assert!(may_hold_value("India’s fifth “2+2”."));
        assert!(may_hold_value("Zürich’s seventh."));
        for held in [
            "It cost 3 dollars.",
            "Thirty drones.",
            "In May.",
            "A maiden flight.",
            "½",
        ] {
            assert!(may_hold_value(held), "{held}");
        }
    }
}
