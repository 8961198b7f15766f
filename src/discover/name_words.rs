//! The words of a sentence as the names pass reads them, cut only where a name may start.
//!
//! A word is a run of the characters [`is_part`] accepts (letters, digits, ".", "-", "'",
//! "’"), a possessive "'s" dropped and, past two characters, its final full stops ("Austin."
//! ends a sentence, "J." is an initial); any other character that is not white space is a word
//! of its own ("," ";" ")" end a name). A name starts at a word that starts with a capital,
//! so the pass finds those words by their capitals, eight ASCII bytes at a time, and reads the
//! word before and the few words after each one from the text itself: cutting every word of
//! every sentence into a list, as it did, was most of the pass, and most words are lowercase.
//!
//! Positions are byte offsets into the sentence's text.

use crate::ascii_lanes::next_upper_or_non_ascii;
use crate::span::Span;

/// One word: where it is written, and where the text after it (past what was dropped from
/// its end) goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Word {
    pub span: Span,
    pub next: usize,
}

/// The words of `s` that start with a character a name may start with (an ASCII capital or a
/// character past ASCII, which [`super::names`] reads in full), in order, from `from` on.
pub(super) fn start_at_or_after(s: &str, from: usize) -> Option<Word> {
    let mut at = from;
    loop {
        at = next_upper_or_non_ascii(s.as_bytes(), at);
        let c = char_at(s, at)?;
        let starts_word = is_part(c) && !char_before(s, at).is_some_and(is_part);
        if starts_word {
            return word_at(s, at);
        }
        at += c.len_utf8();
    }
}

/// The word at `from` or after the white space there.
pub(super) fn word_at(s: &str, from: usize) -> Option<Word> {
    let mut at = from;
    let c = loop {
        let c = char_at(s, at)?;
        if !c.is_whitespace() {
            break c;
        }
        at += c.len_utf8();
    };
    if !is_part(c) {
        let end = at + c.len_utf8();
        return Some(Word {
            span: Span::new(at, end),
            next: end,
        });
    }
    let end = run_end(s, at);
    let written = trimmed(s.get(at..end)?);
    Some(Word {
        span: Span::new(at, at + written.len()),
        next: end,
    })
}

/// The character at byte `at` of `s`: an ASCII byte without decoding (most of them).
fn char_at(s: &str, at: usize) -> Option<char> {
    match s.as_bytes().get(at) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => s.get(at..)?.chars().next(),
    }
}

/// The character before byte `at` of `s`: an ASCII byte without decoding.
fn char_before(s: &str, at: usize) -> Option<char> {
    match s.as_bytes().get(at.checked_sub(1)?) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => s.get(..at)?.chars().next_back(),
    }
}

/// The word before the one that starts at `start`, and whether it is the first of `s`.
pub(super) fn word_before(s: &str, start: usize) -> Option<(Span, bool)> {
    let before = s.get(..start)?.trim_end();
    let last = before.chars().next_back()?;
    let from = if is_part(last) {
        before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_part(c))
            .last()
            .map_or(before.len(), |(i, _)| i)
    } else {
        before.len() - last.len_utf8()
    };
    let run = before.get(from..)?;
    let written = if is_part(last) { trimmed(run) } else { run };
    let first = before.get(..from)?.trim_end().is_empty();
    Some((Span::new(from, from + written.len()), first))
}

/// Whether the word at `at` (after the white space there) starts with a capital: the word
/// after a given name does, an initial or the surname, so a name is looked for only where it
/// does. Most capitalised words of news text are not followed by another, and this is asked
/// before the given name is read in full.
pub(super) fn capital_follows(s: &str, at: usize) -> bool {
    s.get(at..)
        .and_then(|rest| rest.trim_start().chars().next())
        .is_some_and(is_upper)
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
fn is_part(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '\'')
    } else {
        c == '’' || crate::char_class::is_alphanumeric(c)
    }
}

/// The end of the run of word characters that starts at `at`: ASCII a byte at a time.
fn run_end(s: &str, mut at: usize) -> usize {
    let bytes = s.as_bytes();
    while let Some(&b) = bytes.get(at) {
        if b.is_ascii() {
            if !(b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'\'')) {
                break;
            }
            at += 1;
        } else {
            match s.get(at..).and_then(|rest| rest.chars().next()) {
                Some(c) if is_part(c) => at += c.len_utf8(),
                _ => break,
            }
        }
    }
    at
}

/// A run of word characters as a word: a possessive "'s" dropped, and past two characters
/// its final full stops ("Austin." ends a sentence; "J." is an initial).
fn trimmed(run: &str) -> &str {
    let word = run
        .strip_suffix("'s")
        .or_else(|| run.strip_suffix("’s"))
        .unwrap_or(run);
    // Two bytes are at most two characters, and more than 8 are more than two, whatever
    // they are: only a word in between is counted.
    if word.len() > 2 && (word.len() > 8 || word.chars().count() > 2) {
        // A full stop is one byte: trimmed as bytes, the end stays on a char boundary.
        let kept = word.bytes().rev().skip_while(|&b| b == b'.').count();
        word.get(..kept).unwrap_or(word)
    } else {
        word
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random_text::Lcg;

    /// [`trimmed`] as it was first written, the reference of the tests.
    fn trimmed_by_char(run: &str) -> &str {
        let word = run
            .strip_suffix("'s")
            .or_else(|| run.strip_suffix("’s"))
            .unwrap_or(run);
        if word.len() > 8 || word.chars().count() > 2 {
            word.trim_end_matches('.')
        } else {
            word
        }
    }

    /// Every word of `s`, cut a character at a time: the reading the lazy one replaces.
    fn all_words(s: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut from = None;
        for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
            match (is_part(c), from) {
                (true, None) => from = Some(i),
                (false, Some(f)) => {
                    let word = trimmed_by_char(s.get(f..i).unwrap_or_default());
                    out.push(Span::new(f, f + word.len()));
                    from = None;
                    if !c.is_whitespace() {
                        out.push(Span::new(i, i + c.len_utf8()));
                    }
                }
                (false, None) if !c.is_whitespace() => out.push(Span::new(i, i + c.len_utf8())),
                _ => {}
            }
        }
        out
    }

    /// The shortcut of [`is_upper`] is exact: no character of General Punctuation is uppercase.
    #[test]
    fn is_upper_is_the_standard_librarys() {
        for c in (0..=0x2FFF).filter_map(char::from_u32) {
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
        }
    }

    /// On random awkward text, the words found where a name may start, the words after each
    /// and the word before each are those of the full cut.
    #[test]
    fn the_lazy_words_are_the_full_cut() {
        let alphabet: Vec<char> = "aZ9 'Q’.É İé\u{212A}ßx-\nB, J.s’s [\u{a0}“”\u{2003}ABc..."
            .chars()
            .collect();
        let mut lcg = Lcg::new(0x9E37_79B9_7F4A_7C15);
        for n in 0..20_000u64 {
            let mut s = String::new();
            for _ in 0..(n % 47) {
                s.push(*lcg.pick(&alphabet));
            }
            let all = all_words(&s);
            let mut starts = Vec::new();
            let mut at = 0;
            while let Some(w) = start_at_or_after(&s, at) {
                starts.push(w.span);
                at = w.next;
                // The words after it, each from the one before.
                let k = all
                    .iter()
                    .position(|a| *a == w.span)
                    .expect("a word of the cut");
                let mut next = word_at(&s, w.next);
                for want in all.get(k + 1..).unwrap_or_default() {
                    let got = next.expect("as many words");
                    assert_eq!(got.span, *want, "{s:?}");
                    next = word_at(&s, got.next);
                }
                assert_eq!(next, None, "{s:?}");
                let before = word_before(&s, w.span.start);
                let want = k.checked_sub(1).map(|p| (all[p], p == 0));
                assert_eq!(before, want, "{s:?}");
            }
            let may_start = |w: &&Span| {
                s.as_bytes()
                    .get(w.start)
                    .is_some_and(|b| !b.is_ascii() || b.is_ascii_uppercase())
                    && s.get(w.start..)
                        .and_then(|r| r.chars().next())
                        .is_some_and(is_part)
                    && !w.is_empty()
            };
            let want: Vec<Span> = all.iter().filter(may_start).copied().collect();
            let got: Vec<Span> = starts.into_iter().filter(|w| !w.is_empty()).collect();
            assert_eq!(got, want, "{s:?}");
        }
    }
}
