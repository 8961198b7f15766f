//! The screen of the names pass: whether a sentence holds a capitalised word followed, across
//! white space only, by a word that starts with a capital, which a given name (or an initial)
//! and the word after it need. Every sentence of every document is asked, so the answer is
//! found from the capitals alone: the text between two of them is skipped eight ASCII bytes at
//! a time, and only at a capital is anything decoded, looking back over the white space and the
//! word before it.

use crate::ascii_lanes::next_upper_or_non_ascii;

/// Whether `s` has a word that starts with a capital, followed by white space and a word that
/// starts with a capital. Words are runs of the characters [`is_part`] accepts, as the names
/// pass cuts them: a mark between two words is a word of its own, so the two must stand apart
/// by white space only. Each white space run and the word before it are looked at once, from
/// the character after the run, so the work is linear in `s`.
pub(super) fn capitalised_pair(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut at = 0;
    loop {
        // Only an uppercase letter or a character past ASCII can be the second word's capital.
        at = next_upper_or_non_ascii(bytes, at);
        let Some(c) = s.get(at..).and_then(|rest| rest.chars().next()) else {
            return false;
        };
        if is_upper(c) && is_part(c) && follows_capitalised_word(s, at) {
            return true;
        }
        at += c.len_utf8();
    }
}

/// Whether what stands before `at` is white space (at least one character) after a word that
/// starts with a capital.
fn follows_capitalised_word(s: &str, at: usize) -> bool {
    let mut before = s.get(..at).unwrap_or_default().chars().rev().peekable();
    let mut spaced = false;
    while before.next_if(|c| c.is_whitespace()).is_some() {
        spaced = true;
    }
    let mut first = None;
    while let Some(c) = before.next_if(|&c| is_part(c)) {
        first = Some(c);
    }
    spaced && first.is_some_and(is_upper)
}

/// [`char::is_uppercase`], the curly quotes and dashes of General Punctuation (the commonest
/// characters past ASCII in news text, none of them a letter) turned away without Unicode's
/// tables.
fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        !('\u{2000}'..='\u{206F}').contains(&c) && c.is_uppercase()
    }
}

/// Whether `c` belongs to a word of a name: a letter or digit, or ".", "-", "'" and "’".
pub(super) fn is_part(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '\'')
    } else {
        c == '’' || crate::char_class::is_alphanumeric(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random_text::Lcg;

    /// The reading [`capitalised_pair`] replaces, a character at a time: the reference.
    fn capitalised_pair_by_char(s: &str) -> bool {
        let mut capital_word = false;
        let mut in_word = false;
        let mut after_space = false;
        for c in s.chars() {
            if is_part(c) {
                if !in_word {
                    if after_space && capital_word && c.is_uppercase() {
                        return true;
                    }
                    capital_word = c.is_uppercase();
                    in_word = true;
                }
                after_space = false;
            } else if c.is_whitespace() {
                after_space = in_word || after_space;
                in_word = false;
            } else {
                capital_word = false;
                in_word = false;
                after_space = false;
            }
        }
        false
    }

    /// The same answer as the character reading on random awkward text and on the sentences
    /// of the example corpus.
    #[test]
    fn the_capital_walk_answers_as_the_character_reading() {
        let alphabet: Vec<char> = "aZ9 'Q’.É İé\u{212A}ßx-\nBabcdez [@`{,\u{a0}“”ǅ\u{2003}AB"
            .chars()
            .collect();
        let mut lcg = Lcg::new(0x2545_F491_4F6C_DD1D);
        for n in 0..20_000u64 {
            let mut text = String::new();
            for _ in 0..(n % 41) {
                text.push(*lcg.pick(&alphabet));
            }
            assert_eq!(
                capitalised_pair(&text),
                capitalised_pair_by_char(&text),
                "{text:?}"
            );
        }
        use crate::segment::{RuleSegmenter, Segmenter};
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        for entry in std::fs::read_dir(corpus).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for sentence in RuleSegmenter::default().sentences(&text) {
                let s = sentence.slice(&text);
                assert_eq!(capitalised_pair(s), capitalised_pair_by_char(s), "{s}");
            }
        }
    }
}
