//! The word before a sentence end candidate, which the abbreviation rules judge ("U.S" in
//! "the U.S.", "Ind" in "(Ind.)"): read as bytes when it is ASCII, as nearly every word before
//! a full stop is, and by characters otherwise.

/// Characters of a word kept for classifying it: abbreviations are short, and a longer
/// token is judged by its end.
const WORD_LOOK: usize = 24;

/// The word before byte `at` back to white space (at most [`WORD_LOOK`] characters), without
/// its leading quotes and brackets: "U.S" in "the U.S.", "Ind" in "(Ind.)".
pub fn word_before(text: &str, start: usize, at: usize) -> &str {
    let before = text.get(start..at).unwrap_or("");
    ascii_word_before(before).unwrap_or_else(|| any_word_before(before))
}

/// [`word_before`] of `before`, whatever its characters.
fn any_word_before(before: &str) -> &str {
    let word_start = super::terminal::token_start(before, WORD_LOOK);
    let word = before.get(word_start..).unwrap_or("");
    // The last part of a compound: "U.S" in "India-U.S.", "10" in "750-10.".
    let last_part = word.rsplit(['-', '–', '—', '/']).next().unwrap_or(word);
    last_part.trim_start_matches(|c: char| !c.is_alphanumeric())
}

/// [`word_before`] of `before` read as bytes, when the word is ASCII (nearly every word before
/// a full stop): `None` when a byte past ASCII stands within its reach, for the general reading.
fn ascii_word_before(before: &str) -> Option<&str> {
    let bytes = before.as_bytes();
    let mut word_start = bytes.len();
    for (taken, &b) in bytes.iter().rev().enumerate() {
        if taken == WORD_LOOK {
            break;
        }
        if !b.is_ascii() {
            return None;
        }
        if char::from(b).is_whitespace() {
            break;
        }
        word_start -= 1;
    }
    let word = bytes.get(word_start..)?;
    // The last part of a compound: "U.S" in "India-U.S.", "10" in "750-10.".
    let last_part = word
        .iter()
        .rposition(|&b| b == b'-' || b == b'/')
        .map_or(word_start, |i| word_start + i + 1);
    let first = bytes
        .get(last_part..)?
        .iter()
        .position(u8::is_ascii_alphanumeric)
        .map_or(bytes.len(), |i| last_part + i);
    before.get(first..)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byte_reading_is_the_character_reading() {
        for text in [
            "in the India-U.S. talks (Ind.) at 750-10. and/or \"Dr. a-",
            "a\u{a0}b.  x\tYZ.  ([“Ind.",
            "averyveryverylongwordthatgoesonandonandon.",
            "a verylongwordéthatgoesonandonandonandon.",
            "-/.( ",
        ] {
            for at in (0..=text.len()).filter(|&at| text.is_char_boundary(at)) {
                let before = &text[..at];
                if let Some(word) = ascii_word_before(before) {
                    assert_eq!(word, any_word_before(before), "{before:?}");
                }
            }
        }
    }
}
