//! Line structure: which line breaks end a sentence whatever the punctuation.
//!
//! News text puts headlines, bylines, captions and list items on their own lines, without
//! final punctuation: a line break ends a sentence. Exceptions, joining the lines into one
//! block, follow pragmatic_segmenter: a break after a space before a lowercase letter or "("
//! ("It was a cold \nnight in the city."), and with `wrapped` any break before a lowercase
//! letter. Without `wrapped`, a soft wrap joins too: a line of at least three words that
//! ends without a sentence's end (a lowercase letter, a digit or a comma: a line ending in
//! capitals, "02:24 IST", is a byline or a headline) followed by a line that
//! starts lowercase ("This is a sentence\ncut off in the middle"), as hard-wrapped plain
//! text and e-mail are written; headlines (the next line starts with a capital) and short
//! list-like lines ("features\ncontact manager") and a line that starts a clause with a
//! subject pronoun ("at no cost\nyou may copy it") still end at their break. A blank line (only
//! white space) always ends a sentence.

use crate::span::Span;

/// The blocks of `text`: maximal ranges not crossing a hard line break, in order.
pub fn blocks(text: &str, wrapped: bool) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for pos in memchr::memchr2_iter(b'\n', b'\r', text.as_bytes()) {
        if is_break_at(text, pos, wrapped) {
            out.push(Span::new(start, pos + 1));
            start = pos + 1;
        }
    }
    if start < text.len() {
        out.push(Span::new(start, text.len()));
    }
    out
}

/// The block of [`blocks`] that contains byte `at` (`at < text.len()`), found by looking only
/// at the line breaks around it: what lets the checker segment just the paragraphs where a
/// subject occurs instead of the whole document.
pub fn block_around(text: &str, at: usize, wrapped: bool) -> Span {
    let bytes = text.as_bytes();
    let at = at.min(bytes.len());
    let mut start = 0;
    let mut before = at;
    while let Some(pos) = memchr::memrchr2(b'\n', b'\r', &bytes[..before]) {
        if is_break_at(text, pos, wrapped) {
            start = pos + 1;
            break;
        }
        before = pos;
    }
    let mut end = text.len();
    let mut from = at;
    while let Some(offset) = memchr::memchr2(b'\n', b'\r', &bytes[from..]) {
        let pos = from + offset;
        if is_break_at(text, pos, wrapped) {
            end = pos + 1;
            break;
        }
        from = pos + 1;
    }
    Span::new(start, end)
}

/// True when the '\n' or '\r' at byte `pos` ends a block. "\r\n" is one break, judged at
/// its '\n'.
pub(super) fn is_break_at(text: &str, pos: usize, wrapped: bool) -> bool {
    let bytes = text.as_bytes();
    if bytes.get(pos) == Some(&b'\r') && bytes.get(pos + 1) == Some(&b'\n') {
        return false;
    }
    let break_start =
        if pos > 0 && bytes.get(pos) == Some(&b'\n') && bytes.get(pos - 1) == Some(&b'\r') {
            pos - 1
        } else {
            pos
        };
    is_hard(text, break_start, pos + 1, wrapped)
}

/// True when the line break `text[break_start..after]` ends a sentence.
fn is_hard(text: &str, break_start: usize, after: usize, wrapped: bool) -> bool {
    let before = text.get(..break_start).and_then(|s| s.chars().next_back());
    let next_line = text.get(after..).unwrap_or("");
    let first = next_line.chars().next();
    let first_visible = next_line
        .chars()
        .take(256)
        .find(|c| !matches!(c, ' ' | '\t' | '\u{a0}'));
    if first_visible.is_none() {
        return true;
    }
    if first_visible.is_some_and(|c| c == '\n' || c == '\r')
        || before.is_some_and(|c| c == '\n' || c == '\r')
    {
        return !continues_past_blank_lines(text, break_start, after);
    }
    let after_space = before.is_some_and(|c| matches!(c, ' ' | '\t'));
    let joins_after_space = after_space && first.is_some_and(|c| c.is_lowercase() || c == '(');
    let joins_wrapped = wrapped && first_visible.is_some_and(char::is_lowercase);
    let joins_soft_wrap = first_visible.is_some_and(char::is_lowercase)
        && before.is_some_and(|c| c.is_lowercase() || c.is_ascii_digit() || c == ',')
        && has_words(text, break_start, 3)
        && !starts_with_subject_pronoun(next_line);
    !(joins_after_space
        || joins_wrapped
        || joins_soft_wrap
        || ends_broken_sentence(before, next_line)
        || is_lettering(current_line(text, break_start)) && is_lettering(first_line(next_line)))
}

/// True when blank lines around the break cut a sentence in two, as text taken from a web
/// page often is ("Non-GAAP earnings" / blank line / "per diluted share was $6.12"): the text
/// before them ends in a lowercase word or a comma on a line of at least three words, and the
/// text after starts with a lowercase word that is no subject pronoun. The document's first
/// line (its headline), a paragraph that ends with its stop, and a paragraph that opens with a
/// capital stay apart.
fn continues_past_blank_lines(text: &str, break_start: usize, after: usize) -> bool {
    let is_blank = |c: char| matches!(c, ' ' | '\t' | '\u{a0}' | '\n' | '\r');
    let head = crate::span::window(
        text,
        break_start.saturating_sub(LINE_LOOK * 16),
        break_start,
    );
    let kept = head.trim_end_matches(is_blank);
    let end = break_start - (head.len() - kept.len());
    let tail = crate::span::window(text, after, after + LINE_LOOK * 16);
    let next = tail.trim_start_matches(is_blank);
    // The document's first line is its headline (looked for within a bounded stretch: a
    // longer first line is no headline).
    let line_start = end.saturating_sub(HEADLINE_LOOK);
    let first_line = line_start == 0
        && !crate::span::window(text, 0, end)
            .trim_start()
            .contains(['\n', '\r']);
    !first_line
        && kept
            .chars()
            .next_back()
            .is_some_and(|c| c.is_lowercase() || c == ',')
        && next.chars().next().is_some_and(char::is_lowercase)
        && has_words(text, end, 3)
        && !starts_with_subject_pronoun(next)
}

/// The line that ends at `break_start` (at most [`LINE_LOOK`] bytes of it).
fn current_line(text: &str, break_start: usize) -> &str {
    let from = break_start.saturating_sub(LINE_LOOK);
    let from = (from..=break_start)
        .find(|i| text.is_char_boundary(*i))
        .unwrap_or(break_start);
    let head = text.get(from..break_start).unwrap_or("");
    head.rfind(['\n', '\r']).map_or(head, |i| &head[i + 1..])
}

/// The first line of `rest` (at most [`LINE_LOOK`] bytes of it).
fn first_line(rest: &str) -> &str {
    let to = (0..=rest.len().min(LINE_LOOK))
        .rev()
        .find(|i| rest.is_char_boundary(*i))
        .unwrap_or(0);
    let head = rest.get(..to).unwrap_or("");
    head.find(['\n', '\r']).map_or(head, |i| &head[..i])
}

/// True when the line that ends at `break_start` holds at least `n` words (looking back at
/// most [`WORDS_LOOK`] bytes, so a long line costs no more than a short one).
fn has_words(text: &str, break_start: usize, n: usize) -> bool {
    let from = break_start.saturating_sub(WORDS_LOOK);
    let Some(head) = text.as_bytes().get(from..break_start) else {
        return false;
    };
    let mut words = 0;
    let mut in_word = false;
    for &b in head.iter().rev() {
        if b == b'\n' || b == b'\r' {
            break;
        }
        let space = b == b' ' || b == b'\t';
        if !space && !in_word {
            words += 1;
            if words >= n {
                return true;
            }
        }
        in_word = !space;
    }
    false
}

/// True when `line` starts with a subject pronoun ("you may copy it"): a new clause, run on
/// without punctuation, rather than a wrapped one.
fn starts_with_subject_pronoun(line: &str) -> bool {
    let line = line.trim_start_matches([' ', '\t', '\u{a0}']);
    let word = line
        .as_bytes()
        .iter()
        .take(5)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    matches!(&line[..word], "you" | "we" | "they" | "he" | "she")
}

/// How long a first line may be and still be read as the document's headline.
const HEADLINE_LOOK: usize = 512;

/// How far [`has_words`] looks back.
const WORDS_LOOK: usize = 64;

/// How far a look at a neighbouring line reaches.
const LINE_LOOK: usize = 16;

/// A line of one or two capital letters: lettering set one letter a line ("W\nA\nRN\nI\nNG",
/// text extracted from a PDF). Consecutive such lines are one word, not five sentences.
fn is_lettering(line: &str) -> bool {
    let line = line.trim_matches([' ', '\t', '\u{a0}']);
    let n = line.chars().count();
    (1..=2).contains(&n) && line.chars().all(char::is_uppercase)
}

/// A line that starts with a lone period, question or exclamation mark after a line ending
/// in a letter or digit finishes that line's sentence: the text was broken before its final
/// punctuation ("contact us for pricing\n.\n").
fn ends_broken_sentence(before: Option<char>, next_line: &str) -> bool {
    let mut rest = next_line.trim_start_matches([' ', '\t', '\u{a0}']).chars();
    before.is_some_and(char::is_alphanumeric)
        && rest.next().is_some_and(|c| matches!(c, '.' | '!' | '?'))
        && rest.next().is_none_or(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, wrapped: bool) -> Vec<&str> {
        blocks(text, wrapped)
            .iter()
            .map(|s| s.slice(text).trim())
            .filter(|s| !s.is_empty())
            .collect()
    }

    #[test]
    fn line_breaks() {
        let cases: &[(&str, bool, &[&str])] = &[
            (
                "India-U.S. 2+2 Ministerial Dialogue: Enhancing Bilateral Relations\nBy siliconindia | Tuesday, 24 October 2023, 02:24 IST",
                false,
                &[
                    "India-U.S. 2+2 Ministerial Dialogue: Enhancing Bilateral Relations",
                    "By siliconindia | Tuesday, 24 October 2023, 02:24 IST",
                ],
            ),
            (
                "It was a cold \nnight in the city.",
                false,
                &["It was a cold \nnight in the city."],
            ),
            (
                "features\ncontact manager\nevents, activities\n",
                false,
                &["features", "contact manager", "events, activities"],
            ),
            (
                "This is a sentence\ncut off in the middle.",
                true,
                &["This is a sentence\ncut off in the middle."],
            ),
            (
                "Get some rest \n \nYou have",
                true,
                &["Get some rest", "You have"],
            ),
            (
                "Hello World. \r\n Hello.",
                false,
                &["Hello World.", "Hello."],
            ),
            ("one\r\rtwo\rthree", false, &["one", "two", "three"]),
            (
                "The deal was signed in Delhi\n.\n\nNext line",
                false,
                &["The deal was signed in Delhi\n.", "Next line"],
            ),
            ("Headline\n...\nBody", false, &["Headline", "...", "Body"]),
            ("Done.\n. Next", false, &["Done.", ". Next"]),
            (
                "\nD\nA\nNG\nER\n \nKeep out\nI\nAm here",
                false,
                &["D\nA\nNG\nER", "Keep out", "I", "Am here"],
            ),
            (
                "(i) Hello world. \n(ii) Hello world.",
                false,
                &["(i) Hello world. \n(ii) Hello world."],
            ),
            (
                "This eBook is for the use of anyone at no cost\nyou may copy it",
                false,
                &[
                    "This eBook is for the use of anyone at no cost",
                    "you may copy it",
                ],
            ),
            (
                "This is a sentence\ncut off in the middle because pdf.",
                false,
                &["This is a sentence\ncut off in the middle because pdf."],
            ),
            (
                "The city will run 14\nelectric ferries, it said,\nfrom May.\nNext Headline\nshort line\nnext",
                false,
                &[
                    "The city will run 14\nelectric ferries, it said,\nfrom May.",
                    "Next Headline",
                    "short line",
                    "next",
                ],
            ),
        ];
        for (text, wrapped, expected) in cases {
            assert_eq!(texts(text, *wrapped), *expected, "{text:?}");
        }
    }

    /// Every byte's block, found locally, is the block the whole-text split puts it in.
    #[test]
    fn block_around_agrees_with_blocks() {
        let texts = [
            "Headline\nBy line\n\nIt was a cold \nnight. (i) one \n(ii) two\r\nNext \r\nline",
            "one\r\rtwo\rthree\n",
            "\n\n x \n\ny",
            "no breaks at all",
        ];
        for text in texts {
            for wrapped in [false, true] {
                let all = blocks(text, wrapped);
                for at in 0..text.len() {
                    let want = all.iter().find(|b| b.start <= at && at < b.end).copied();
                    assert_eq!(
                        Some(block_around(text, at, wrapped)),
                        want,
                        "{text:?} at {at}"
                    );
                }
            }
        }
    }
}
