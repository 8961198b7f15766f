//! Whether a character is a letter or a digit, answered without Unicode's tables for the
//! characters news text is made of past ASCII: curly quotes, dashes and other marks of the
//! General Punctuation block (U+2000 to U+206F), none of them a letter or a digit. The
//! standard library asks its tables about every character past ASCII, a few hundred
//! instructions each, and the word cutters ask about every "’" and "“" of a text.

/// The General Punctuation block: spaces, dashes, quotes, marks and format characters.
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206F}';

/// [`char::is_alphabetic`], the marks of General Punctuation turned away first.
pub(crate) fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    !GENERAL_PUNCTUATION.contains(&c) && c.is_alphabetic()
}

/// [`char::is_alphanumeric`], the marks of General Punctuation turned away first.
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !GENERAL_PUNCTUATION.contains(&c) && c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_answers_are_the_standard_librarys() {
        for c in (0..=0x2FFF).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
