//! Whether a file's text may name a claimed person, before its markup is read.
//!
//! `check` skips reading a Markdown or HTML file in which no claimed subject can occur (see
//! [`crate::reader::screenable`]). For people the test is [`NameMatcher::may_name_in`]: the
//! name scan run on the file's text, which is the prose's words with markup around them. A
//! claimed surname counts wherever it stands. A near miss counts when the scan reads it as
//! the person misspelt, or when the words around it may read otherwise once markup is removed
//! (a tag, a delimiter, a line break or a character reference nearby): the given name that
//! confirms a misspelling may stand just before it, behind a tag.

use super::{Known, NameMatcher};
use crate::span::Span;

/// How far before and after a near miss the words that [`NameMatcher::find`] reads with it can
/// stand (up to four initials, a given name and a title before; a given name after).
const BEFORE: usize = 96;
const AFTER: usize = 48;

impl NameMatcher {
    /// Whether [`NameMatcher::find`] may find a claimed person in the prose read from `text`,
    /// a file's text whose words are intact ([`crate::reader::screenable`]). `false` means it
    /// finds none.
    pub fn may_name_in(&self, text: &str) -> bool {
        if self.people.is_empty() {
            return false;
        }
        self.with_similar_cache(|cache| {
            let mut found = false;
            let mut hits = Vec::new();
            self.candidate_words(text, cache, |word, lower, known| {
                found = match known {
                    Known::Exact(_) => true,
                    Known::Similar(_) => match as_prose(text, word) {
                        Some((window, word)) => {
                            hits.clear();
                            self.read_word(&window, word, lower, known, &mut hits);
                            !hits.is_empty()
                        }
                        None => true,
                    },
                };
                !found
            });
            found
        })
    }
}

/// The text around `word` as the prose reads it, and the word's span in it, when the text
/// there is plain: letters, digits, single spaces, `.`, `,`, `'`, `-`, any non-ASCII character
/// (character references and markup are ASCII) and line breaks, which the readers make spaces
/// (two in a row, a paragraph's end, are not plain). `None` when markup may stand near it.
fn as_prose(text: &str, word: Span) -> Option<(String, Span)> {
    let from = crate::subject::fold::floor_boundary(text, word.start.saturating_sub(BEFORE));
    let to = crate::subject::fold::ceil_boundary(text, (word.end + AFTER).min(text.len()));
    let window = text.get(from..to)?;
    let plain = window.bytes().all(|b| {
        b.is_ascii_alphanumeric()
            || matches!(b, b' ' | b'\n' | b'.' | b',' | b'\'' | b'-')
            || !b.is_ascii()
    });
    if !plain {
        return None;
    }
    let prose = window.replace('\n', " ");
    if prose.contains("  ") {
        return None;
    }
    Some((prose, Span::new(word.start - from, word.end - from)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher() -> NameMatcher {
        NameMatcher::new(&[(0, "Antony Blinken".to_string())])
    }

    #[test]
    fn a_claimed_surname_counts_anywhere() {
        assert!(matcher().may_name_in("<p>Secretary <b>Blinken</b> said</p>"));
        assert!(!matcher().may_name_in("<p>The secretary of state said so.</p>"));
    }

    #[test]
    fn a_near_miss_counts_when_read_as_the_person_or_when_markup_is_near() {
        // Read as Antony Blinken misspelt: the given name confirms it.
        assert!(matcher().may_name_in("<p>Antony Blinkin said</p>"));
        // A tag stands between the given name and the surname: the prose may read it.
        assert!(matcher().may_name_in("<p><b>Antony</b> Blinkin said</p>"));
        // Plain prose around a near miss that is another person: nothing to find.
        let far = "<p>The council met on Monday, and after a long debate over the budget and \
                   the roads, the mayor, Joe Blinkin, spoke at length to the press about the state of the roads.</p>";
        assert!(!matcher().may_name_in(far));
        // The same words right after a tag.
        assert!(matcher().may_name_in("<p>Joe Blinkin spoke.</p>"));
    }
}
