//! The words a phrase is read from, cut from the raw text one at a time: `after` looks at the
//! first few words after a value and stops (a phrase holds at most five), so cutting the
//! whole window of 160 bytes after every value, as it once did, was most of its cost.

use crate::char_class::is_alphanumeric;
use crate::span::Span;
use std::borrow::Cow;

/// One word of a phrase: where it is and its normal form.
#[derive(Debug, Clone)]
pub(super) struct Word<'t> {
    pub(super) span: Span,
    /// Lowercase, quotes dropped, "2 plus 2" already joined into "2+2".
    pub(super) lower: Cow<'t, str>,
    /// Written with a possessive "'s" ("the city's budget"): a modifier of what follows.
    pub(super) possessive: bool,
    /// Written with a capital: part of a name ("30 Predator Armed Drones"), never a verb.
    pub(super) capital: bool,
}

/// The words of `text[from..to]`: letters, digits and the marks inside a word ("India-US",
/// "2+2", "MQ-9B", "ministerial-level"); quotes are skipped, any other mark ends the run and
/// is returned as a one-character word so that the caller can stop there.
pub(super) fn words_in(text: &str, from: usize, to: usize) -> Vec<Word<'_>> {
    // A word per five or six bytes: one allocation, where growing from empty took several.
    let mut words = Vec::with_capacity((to.saturating_sub(from)) / 4 + 1);
    words.extend(RawWords::new(text, from, to));
    join_plus(&mut words);
    words
}

/// "2 plus 2" is "2+2": three words made one, left to right, as [`Words`] joins them.
fn join_plus(words: &mut Vec<Word>) {
    let mut i = 0;
    while i + 2 < words.len() {
        if all_digits(&words[i]) && words[i + 1].lower == "plus" && all_digits(&words[i + 2]) {
            let joined = plus(&words[i], &words[i + 2]);
            words.splice(i..i + 3, [joined]);
        }
        i += 1;
    }
}

/// The word "2+2" of "2" and "2".
fn plus<'t>(first: &Word<'t>, last: &Word<'t>) -> Word<'t> {
    Word {
        span: Span::new(first.span.start, last.span.end),
        lower: Cow::Owned(format!("{}+{}", first.lower, last.lower)),
        possessive: false,
        capital: false,
    }
}

/// The words of `text[from..to]` as [`words_in`] gives them, cut only as far as they are
/// asked for.
pub(super) struct LazyWords<'t> {
    words: Words<'t>,
    cut: Vec<Word<'t>>,
}

impl<'t> LazyWords<'t> {
    pub(super) fn new(text: &'t str, from: usize, to: usize) -> Self {
        LazyWords {
            words: Words::new(text, from, to),
            // A phrase after a value is read from a handful of words.
            cut: Vec::with_capacity(8),
        }
    }

    /// The words cut so far, cut first up to word `i` (fewer when the window holds fewer).
    pub(super) fn cut_to(&mut self, i: usize) -> &[Word<'t>] {
        while self.cut.len() <= i {
            let Some(word) = self.words.next() else {
                break;
            };
            self.cut.push(word);
        }
        &self.cut
    }
}

/// The words of a window, in order, "2 plus 2" joined into one ("2+2").
struct Words<'t> {
    raw: RawWords<'t>,
    /// Raw words read ahead to see whether "plus" and digits follow: at most two.
    ahead: std::collections::VecDeque<Word<'t>>,
}

impl<'t> Words<'t> {
    fn new(text: &'t str, from: usize, to: usize) -> Self {
        Words {
            raw: RawWords::new(text, from, to),
            ahead: std::collections::VecDeque::new(),
        }
    }

    fn next_raw(&mut self) -> Option<Word<'t>> {
        self.ahead.pop_front().or_else(|| self.raw.next())
    }

    /// Raw word `k` after the one being read, reading ahead as needed.
    fn peek_raw(&mut self, k: usize) -> Option<&Word<'t>> {
        while self.ahead.len() <= k {
            let word = self.raw.next()?;
            self.ahead.push_back(word);
        }
        self.ahead.get(k)
    }
}

impl<'t> Iterator for Words<'t> {
    type Item = Word<'t>;

    fn next(&mut self) -> Option<Word<'t>> {
        let word = self.next_raw()?;
        if !all_digits(&word) {
            return Some(word);
        }
        let joins = self.peek_raw(0).is_some_and(|w| w.lower == "plus")
            && self.peek_raw(1).is_some_and(all_digits);
        if !joins {
            return Some(word);
        }
        self.ahead.pop_front();
        let Some(last) = self.ahead.pop_front() else {
            return Some(word);
        };
        Some(plus(&word, &last))
    }
}

fn all_digits(w: &Word) -> bool {
    !w.lower.is_empty() && w.lower.bytes().all(|b| b.is_ascii_digit())
}

/// The words of a window as written, before "2 plus 2" is joined.
struct RawWords<'t> {
    /// The window, `text[from..to]`.
    slice: &'t str,
    from: usize,
    /// Where the next word may start, in `slice`.
    at: usize,
}

impl<'t> RawWords<'t> {
    fn new(text: &'t str, from: usize, to: usize) -> Self {
        RawWords {
            slice: text.get(from..to).unwrap_or(""),
            from,
            at: 0,
        }
    }
}

impl<'t> Iterator for RawWords<'t> {
    type Item = Word<'t>;

    fn next(&mut self) -> Option<Word<'t>> {
        let slice = self.slice;
        while let Some(c) = char_at(slice, self.at) {
            let i = self.at;
            self.at += c.len_utf8();
            if c.is_whitespace() || matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'') {
                continue;
            }
            if !is_alphanumeric(c) {
                return Some(Word {
                    span: Span::new(self.from + i, self.from + self.at),
                    lower: Cow::Borrowed(slice.get(i..self.at).unwrap_or_default()),
                    possessive: false,
                    capital: false,
                });
            }
            while let Some(n) = char_at(slice, self.at) {
                let joins = matches!(n, '-' | '+' | '.' | '/' | '&' | '\'' | '’')
                    && char_at(slice, self.at + n.len_utf8()).is_some_and(is_alphanumeric);
                if is_alphanumeric(n) || joins {
                    self.at += n.len_utf8();
                } else {
                    break;
                }
            }
            let word = slice.get(i..self.at).unwrap_or_default();
            // "Blinken's": the possessive is not part of the word.
            let bare = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"));
            let possessive = bare.is_some();
            let word = bare.unwrap_or(word);
            return Some(Word {
                span: Span::new(self.from + i, self.from + i + word.len()),
                // Most words of running text are lowercase ASCII already: no copy for them.
                lower: if word
                    .bytes()
                    .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
                {
                    Cow::Borrowed(word)
                } else {
                    Cow::Owned(word.to_lowercase())
                },
                possessive,
                capital: word.starts_with(char::is_uppercase),
            });
        }
        None
    }
}

/// The character at byte `at` of `s`, an ASCII byte read without decoding.
fn char_at(s: &str, at: usize) -> Option<char> {
    let &b = s.as_bytes().get(at)?;
    if b.is_ascii() {
        Some(char::from(b))
    } else {
        s.get(at..)?.chars().next()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lowers(s: &str) -> Vec<String> {
        words_in(s, 0, s.len())
            .into_iter()
            .map(|w| w.lower.into_owned())
            .collect()
    }

    #[test]
    fn two_plus_two_is_one_word_and_the_rest_are_cut_as_written() {
        assert_eq!(
            lowers("the “2 plus 2” Dialogue, Blinken's 3 plus x"),
            ["the", "2+2", "dialogue", ",", "blinken", "3", "plus", "x"]
        );
        assert_eq!(lowers("1 plus 2 plus 3"), ["1+2", "plus", "3"]);
        assert_eq!(lowers("India-US MQ-9B"), ["india-us", "mq-9b"]);
        let s = "the 2 plus 2 talks, 1 plus 2 plus 3 and 4 plus";
        let mut lazy = LazyWords::new(s, 0, s.len());
        let lowers = |w: &[Word]| w.iter().map(|w| w.lower.to_string()).collect::<Vec<_>>();
        assert_eq!(
            lowers(lazy.cut_to(usize::MAX - 1)),
            lowers(&words_in(s, 0, s.len()))
        );
    }

    #[test]
    fn lazy_words_are_the_words_cut_so_far() {
        let s = "31 armed drones, made by GA";
        let mut lazy = LazyWords::new(s, 0, s.len());
        let all = words_in(s, 0, s.len());
        assert_eq!(lazy.cut_to(2).len(), 3);
        assert_eq!(lazy.cut_to(0).len(), 3);
        let spans = |w: &[Word]| w.iter().map(|w| w.span).collect::<Vec<_>>();
        assert_eq!(spans(lazy.cut_to(all.len())), spans(&all));
    }
}
