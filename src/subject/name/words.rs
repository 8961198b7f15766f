//! The capitalised words of a text: the only candidates for a surname, walked over every byte
//! of the corpus whatever the number of claims, so the walk reads ASCII a byte (or eight)
//! at a time and decodes a char only where it must.

use crate::ascii_lanes::next_upper_or_non_ascii;
use crate::span::Span;

/// Maximal runs of letters that start with an uppercase letter and do not follow a letter or
/// digit. An apostrophe followed by an uppercase letter stays inside ("O'Brien"); one followed
/// by lowercase ends the word ("Blinken's" → "Blinken").
///
/// Walks bytes, not chars, over ASCII that cannot start a word (most of a text): the name scan
/// runs over every byte of the corpus whatever the number of claims.
pub fn capitalised_words(text: &str) -> impl Iterator<Item = Span> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut prev_alnum = false;
    std::iter::from_fn(move || {
        loop {
            // The decisions below, for ASCII: no char decoding. Only an uppercase or a
            // non-ASCII byte can start a word; what lies before it is ASCII, so its last byte
            // says whether the word would follow a letter or digit.
            let next = next_upper_or_non_ascii(bytes, i);
            if next > i {
                prev_alnum = bytes[next - 1].is_ascii_alphanumeric();
                i = next;
            }
            // An ASCII byte here is an uppercase letter: the word, if it starts one, is read a
            // byte at a time while its letters are ASCII (most names of news text).
            if bytes.get(i)?.is_ascii() {
                let start = i;
                let starts = !prev_alnum;
                i += 1;
                prev_alnum = true;
                if !starts {
                    continue;
                }
                while bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
                    i += 1;
                }
                if bytes.get(i).is_some_and(|&b| !b.is_ascii() || b == b'\'') {
                    i = word_end(text, i);
                }
                return Some(Span::new(start, i));
            }
            let c = text.get(i..)?.chars().next()?;
            let start = i;
            let starts;
            if is_general_punctuation(c) {
                starts = false;
                prev_alnum = false;
            } else {
                starts = c.is_uppercase() && !prev_alnum;
                prev_alnum = c.is_alphanumeric();
            }
            i += c.len_utf8();
            if !starts {
                continue;
            }
            // The word ended on a letter, so the next character cannot start another.
            i = word_end(text, i);
            prev_alnum = true;
            return Some(Span::new(start, i));
        }
    })
}

/// Where the word that goes on at `end` ends: after its letters, and after an apostrophe
/// followed by an uppercase letter ("O'Brien").
fn word_end(text: &str, mut end: usize) -> usize {
    while let Some(d) = text.get(end..).and_then(|rest| rest.chars().next()) {
        let next_upper = || {
            let rest = text.get(end + d.len_utf8()..).unwrap_or_default();
            rest.chars().next().is_some_and(char::is_uppercase)
        };
        if !(d.is_alphabetic() || is_apostrophe(d) && next_upper()) {
            break;
        }
        end += d.len_utf8();
    }
    end
}

/// Typographic quotes, apostrophes, dashes and spaces (the General Punctuation block), the
/// commonest non-ASCII characters of news text: none is a letter or digit, and knowing it
/// spares two Unicode table searches per character (1.6% of a 1,000-claim run).
fn is_general_punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206F}').contains(&c)
}

/// The char-by-char reading of [`capitalised_words`], the reference its byte walk is tested
/// against.
#[cfg(test)]
pub fn capitalised_words_by_char(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut prev_alnum = false;
    while let Some((i, c)) = chars.next() {
        let starts = c.is_uppercase() && !prev_alnum;
        prev_alnum = c.is_alphanumeric();
        if !starts {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            let next_upper = || {
                let rest = text.get(j + d.len_utf8()..).unwrap_or_default();
                rest.chars().next().is_some_and(char::is_uppercase)
            };
            if !(d.is_alphabetic() || is_apostrophe(d) && next_upper()) {
                break;
            }
            end = j + d.len_utf8();
            chars.next();
        }
        prev_alnum = true;
        out.push(Span::new(i, end));
    }
    out
}

/// The capitalised words joined to `word` by hyphens, each hyphen followed by a capital
/// ("Ocasio-Cortez", "Jean-Yves"), as one span; `None` when no hyphen follows `word`.
pub fn hyphen_compound(text: &str, word: Span) -> Option<Span> {
    let mut end = word.end;
    while text.get(end..).is_some_and(|rest| rest.starts_with('-'))
        && text
            .get(end + 1..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase)
    {
        end = word_end(text, end + 1);
    }
    (end > word.end).then_some(Span::new(word.start, end))
}

/// Generational suffixes written after a surname, as written ("Lloyd James Austin III",
/// "Martin Luther King Jr.").
const SUFFIXES: &[&str] = &["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];

/// Where the name that ends at `end` ends with its generational suffix, if one follows after
/// a space or a comma and a space ("Austin III", "King, Jr."); else `end`. The suffix is part
/// of the name as written, not a word about it.
pub fn suffix_end(text: &str, end: usize) -> usize {
    let Some(tail) = text.get(end..) else {
        return end;
    };
    let spaced = tail.strip_prefix(',').unwrap_or(tail);
    let rest = spaced.trim_start_matches(' ');
    if rest.len() == spaced.len() || rest.len() + 3 < spaced.len() {
        return end;
    }
    SUFFIXES
        .iter()
        .find(|s| {
            rest.strip_prefix(**s)
                .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
        })
        .map_or(end, |s| end + (tail.len() - rest.len()) + s.len())
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random_text::Lcg;

    /// The byte walk finds the words the char-by-char reading finds, on random awkward text.
    #[test]
    fn capitalised_words_walk_equals_the_char_reading() {
        // Lowercase-heavy, so that runs of eight plain bytes (skipped a word at a time) occur.
        let alphabet: Vec<char> = "aZ9 'Q’.É İé\u{212A}ßx-\nBabcdez [@`{".chars().collect();
        let mut lcg = Lcg::new(0x853C_49E6_748F_EA9B);
        for n in 0..4000u64 {
            let mut text = String::new();
            for _ in 0..(n % 61) {
                text.push(*lcg.pick(&alphabet));
            }
            let walk: Vec<Span> = capitalised_words(&text).collect();
            assert_eq!(walk, capitalised_words_by_char(&text), "{text:?}");
        }
    }

    #[test]
    fn generational_suffixes_end_the_name() {
        fn end(text: &str) -> &str {
            let at = text.find("Austin").map_or(0, |i| i + "Austin".len());
            text.get(..suffix_end(text, at)).unwrap_or_default()
        }
        assert_eq!(
            end("Lloyd James Austin III was sworn in"),
            "Lloyd James Austin III"
        );
        assert_eq!(end("Lloyd Austin Jr. said"), "Lloyd Austin Jr.");
        assert_eq!(end("Lloyd Austin, Jr., said"), "Lloyd Austin, Jr.");
        assert_eq!(end("Lloyd Austin II."), "Lloyd Austin II");
        assert_eq!(end("Lloyd Austin Irvine"), "Lloyd Austin");
        assert_eq!(end("Lloyd Austin IIIrd"), "Lloyd Austin");
        assert_eq!(end("Lloyd Austin, Texas"), "Lloyd Austin");
        assert_eq!(end("Lloyd Austin"), "Lloyd Austin");
    }

    /// The shortcut is exact: no character of the block is a letter, a digit or uppercase.
    #[test]
    fn general_punctuation_holds_no_letter_or_digit() {
        let block: Vec<char> = ('\u{2000}'..='\u{206F}').collect();
        assert_eq!(block.len(), 0x70);
        assert!(block.iter().all(|&c| is_general_punctuation(c)));
        assert!(
            block
                .iter()
                .all(|c| !c.is_alphanumeric() && !c.is_uppercase())
        );
        assert!(!is_general_punctuation('\u{2070}') && !is_general_punctuation('\u{1FFF}'));
    }
}
