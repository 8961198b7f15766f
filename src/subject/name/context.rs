//! The words around a candidate surname: capitalised words, the given name or initials before
//! a surname, and whether a word opens a sentence.
//!
//! These are the cues that tell "Antony J. Blinken" (a full name) from "Secretary Blinken" (a
//! title, so a mention) and from "Donald Blinken" (another given name). Reading them by walking
//! back from the surname, rather than tokenising the whole document, keeps the common case (a
//! capitalised word that is no claimed surname) free.

use crate::ascii_lanes::{HIGH, eight_at, in_range};
use crate::span::Span;
use std::sync::LazyLock;

/// Capitalised words that are never a given name before a surname but may precede one in a
/// name's own run of capitals ("Secretary of State Antony Blinken"): titles, offices and
/// honorifics. Lowercase.
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "secretary", "secretaries", "minister", "ministers", "state", "defense", "defence", "foreign",
    "external", "affairs", "home", "finance", "commerce", "trade", "interior", "president",
    "vice", "prime", "premier", "chancellor", "ambassador", "envoy", "senator", "sen",
    "representative", "rep", "congressman", "congresswoman", "governor", "gov", "mayor",
    "general", "gen", "admiral", "adm", "colonel", "col", "lt", "captain", "capt", "major", "maj",
    "sgt", "chief", "deputy", "counterpart", "counterparts", "spokesman", "spokeswoman",
    "spokesperson", "speaker", "leader", "judge", "justice", "king", "queen", "prince",
    "princess", "pope", "sheikh", "emir", "director", "chairman", "chair", "ceo", "officer",
    "official", "officials", "diplomat", "top", "former", "acting", "new", "ex",
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev",
    "shri", "smt", "herr", "frau", "mme", "monsieur", "madame", "señor", "don",
];

/// Other capitalised words that are never a given name before a surname: countries,
/// nationalities and places common in the news, days and months. Lowercase.
#[rustfmt::skip]
const NOT_GIVEN: &[&str] = &[
    "us", "usa", "uk", "eu", "un", "america", "american", "americans", "india", "indian",
    "indians", "russia", "russian", "china", "chinese", "britain", "british", "france",
    "french", "germany", "german", "japan", "japanese", "australia", "australian", "pakistan",
    "pakistani", "israel", "israeli", "ukraine", "ukrainian", "iran", "iranian", "washington",
    "delhi", "moscow", "beijing", "pentagon", "nato", "quad", "western", "asian",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
];

/// [`TITLES`] and [`NOT_GIVEN`] sorted, for binary search: they are asked about the word before
/// every mention of a claimed surname, and a search along a hundred strings was most of that.
static SORTED_TITLES: LazyLock<Vec<&str>> = LazyLock::new(|| sorted(TITLES));
static SORTED_NOT_GIVEN: LazyLock<Vec<&str>> = LazyLock::new(|| sorted(NOT_GIVEN));

fn sorted(words: &[&'static str]) -> Vec<&'static str> {
    let mut words = words.to_vec();
    words.sort_unstable();
    words
}

/// Whether `lower` (lowercase) is in `list` ([`SORTED_TITLES`] or [`SORTED_NOT_GIVEN`]).
fn listed(list: &[&str], lower: &str) -> bool {
    list.binary_search(&lower).is_ok()
}

/// Whether `word`, lowercased, is a title.
fn is_title(word: &str) -> bool {
    listed(&SORTED_TITLES, &word.to_lowercase())
}

/// A capitalised word directly before a surname, which may be a given name.
#[derive(Debug, Clone)]
pub struct GivenWord {
    pub span: Span,
    /// The word lowercased.
    pub lower: String,
    /// The word cannot count as a different given name: it is a title or in [`NOT_GIVEN`], opens a
    /// sentence, is an acronym, or continues a run of capitalised words (a title-case headline).
    pub excluded: bool,
}

/// What stands directly before a surname.
#[derive(Debug, Clone, Default)]
pub struct Before {
    /// The nearest capitalised word before the surname and any initials.
    pub given: Option<GivenWord>,
    /// Initials between that word and the surname, left to right: the letter and its offset.
    pub initials: Vec<(char, usize)>,
}

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

/// The first index from `i` whose byte is an ASCII uppercase letter or not ASCII (or the
/// length). Eight bytes at a time: news text is mostly lowercase ASCII, and this scan runs over
/// every byte of the corpus.
fn next_upper_or_non_ascii(bytes: &[u8], mut i: usize) -> usize {
    while let Some(x) = eight_at(bytes, i) {
        if x & HIGH != 0 || in_range(x, b'A', b'Z') != 0 {
            break;
        }
        i += 8;
    }
    while let Some(&b) = bytes.get(i) {
        if !b.is_ascii() || b.is_ascii_uppercase() {
            break;
        }
        i += 1;
    }
    i
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

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// Steps back from `pos` over the white space that separates two words of one name: spaces and
/// tabs, and at most one line break. `None` when there is none, or a blank line.
fn skip_gap(text: &str, pos: usize) -> Option<usize> {
    let mut at = pos;
    let mut breaks = 0;
    for (i, c) in text.get(..pos)?.char_indices().rev() {
        match c {
            '\n' => breaks += 1,
            c if c.is_whitespace() => {}
            _ => break,
        }
        if breaks > 1 {
            return None;
        }
        at = i;
    }
    (at < pos).then_some(at)
}

/// The run of letters that ends at `end`, if it starts a word.
fn word_ending_at(text: &str, end: usize) -> Option<Span> {
    let mut start = end;
    for (i, c) in text.get(..end)?.char_indices().rev() {
        if !c.is_alphabetic() {
            if c.is_alphanumeric() {
                return None;
            }
            break;
        }
        start = i;
    }
    (start < end).then_some(Span::new(start, end))
}

/// True when nothing but white space, quotes or an opening bracket separate `pos` from a word
/// character; false at the start of the text. Used to tell "U.S." from an initial.
fn after_word_char(text: &str, pos: usize) -> bool {
    text.get(..pos)
        .and_then(|s| s.chars().next_back())
        .is_some_and(|c| c.is_alphanumeric() || c == '.')
}

/// The given name and initials directly before the surname that starts at `pos`.
pub fn before(text: &str, pos: usize) -> Before {
    let mut found = Before::default();
    let mut at = pos;
    // A name has at most a few initials between given name and surname.
    for _ in 0..4 {
        let Some(gap) = skip_gap(text, at) else {
            break;
        };
        let dotted = text.get(..gap).is_some_and(|s| s.ends_with('.'));
        let word_end = if dotted { gap - 1 } else { gap };
        let Some(word) = word_ending_at(text, word_end) else {
            break;
        };
        let written = word.slice(text);
        let mut letters = written.chars();
        let (Some(first), rest) = (letters.next(), letters.next()) else {
            break;
        };
        if rest.is_none() && first.is_uppercase() && !after_word_char(text, word.start) {
            found.initials.insert(0, (first, word.start));
            at = word.start;
            continue;
        }
        if !dotted && first.is_uppercase() {
            let lower = written.to_lowercase();
            let acronym = !written.chars().any(char::is_lowercase);
            let excluded = acronym
                || listed(&SORTED_TITLES, &lower)
                || listed(&SORTED_NOT_GIVEN, &lower)
                // "Yesterday Blinken" opens a sentence; "Donald J. Blinken" names someone.
                || (found.initials.is_empty() && is_sentence_start(text, word.start))
                || continues_title_case(text, word.start);
            found.given = Some(GivenWord {
                span: word,
                lower,
                excluded,
            });
        }
        break;
    }
    found
}

/// True when the word at `pos` follows, across white space only, another capitalised word that
/// is not a title: a title-case run such as a headline ("US Hosts Blinken"), where a capitalised
/// word says nothing about given names.
fn continues_title_case(text: &str, pos: usize) -> bool {
    let Some(gap) = skip_gap(text, pos) else {
        return false;
    };
    let Some(word) = word_ending_at(text, gap) else {
        return false;
    };
    let written = word.slice(text);
    written.chars().next().is_some_and(char::is_uppercase) && !is_title(written)
}

/// True when the word at `pos` opens a sentence, a line or the text: before it, past quotes
/// and brackets, there is nothing, a line break, or sentence punctuation (but not the full stop
/// of "Mr." or of an initial).
pub fn is_sentence_start(text: &str, pos: usize) -> bool {
    let Some(head) = text.get(..pos) else {
        return true;
    };
    for (i, c) in head.char_indices().rev() {
        match c {
            '\n' => return true,
            '"' | '“' | '”' | '‘' | '’' | '\'' | '(' | '[' | '«' | '»' => {}
            c if c.is_whitespace() => {}
            '.' => return !ends_abbreviation(text, i),
            '!' | '?' | ':' | ';' | '|' | '•' | '—' | '–' => return true,
            _ => return false,
        }
    }
    true
}

/// True when the full stop at `dot` ends an abbreviation that does not end a sentence: a title
/// ("Mr.", "Gen.") or an initial ("S.", "U.S.").
fn ends_abbreviation(text: &str, dot: usize) -> bool {
    let Some(word) = word_ending_at(text, dot) else {
        return false;
    };
    let written = word.slice(text);
    written.chars().count() == 1 || is_title(written)
}

/// True when the word ending at `end` is followed, across spaces on the same line, by a
/// capitalised word: then it is more likely someone's given name than a surname alone.
pub fn next_is_capitalised(text: &str, end: usize) -> bool {
    let Some(tail) = text.get(end..) else {
        return false;
    };
    tail.chars()
        .find(|&c| c != ' ' && c != '\t')
        .is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

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
