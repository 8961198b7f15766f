//! Whether a file's text may be screened for words instead of read.
//!
//! `check` skips reading a Markdown or HTML file whose text holds no word of any alias
//! ([`crate::subject::AliasScreen`]): reading costs as much again as checking, and most files
//! of a large corpus name no claimed subject. That is sound only when every word of the prose
//! (a run of letters and digits) is also a run of the file's text, and when reading the file
//! would report nothing either. [`screenable`] says when both hold; when it cannot be sure it
//! says no, and the file is read.
//!
//! A word of the prose is not a run of the text when:
//! - markup sits inside it: a tag (`Dun<b>berva</b>`), a Markdown delimiter, code span or link
//!   (`Dun**berva**`, `[Dun](url)berva`): letters or digits on both sides of markup;
//! - a character reference stands for a letter, digit or invisible character beside a letter
//!   or digit (`Fran&ccedil;ois`);
//! - an invisible character that folding drops (a soft hyphen, a zero-width joiner) or the
//!   Kelvin sign (which lowercases to `k`) is anywhere in the text.
//!
//! A Markdown file with front matter is always read: its front matter may warn.

use crate::reader::Format;
use crate::reader::html::entity::reference_holding;
use crate::subject::is_invisible;

/// True when `source`, a file of `format`, may be screened instead of read (see the module's
/// documentation). Plain text is its own prose: only invisible characters count.
pub fn screenable(format: Format, source: &str) -> bool {
    if has_hidden_letters(source) {
        return false;
    }
    match format {
        Format::Text => true,
        Format::Html => !markup_in_words(source, false),
        Format::Markdown => {
            !(source.starts_with("---")
                || source.starts_with("+++")
                || markup_in_words(source, true))
        }
    }
}

/// An invisible character or the Kelvin sign: all are outside ASCII, led by one of three bytes.
fn has_hidden_letters(source: &str) -> bool {
    memchr::memchr3_iter(0xC2, 0xE2, 0xEF, source.as_bytes()).any(|i| {
        source
            .get(i..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| is_invisible(c) || c == '\u{212A}')
    })
}

/// Markdown's inline delimiters, which the reader removes: emphasis, strikethrough, code
/// spans, links and images, backslash escapes.
fn is_delimiter(b: u8) -> bool {
    matches!(b, b'*' | b'_' | b'~' | b'`' | b'[' | b']' | b'!' | b'\\')
}

/// How far a tag or a link's destination is looked for: one longer is taken for markup inside a
/// word, so that the scan stays linear.
const LONGEST_MARKUP: usize = 4096;

/// Whether markup or a character reference sits inside a word of `source`.
fn markup_in_words(source: &str, markdown: bool) -> bool {
    let bytes = source.as_bytes();
    let next_markup = |from: usize| {
        let rest = bytes.get(from..)?;
        let found = if markdown {
            rest.iter()
                .position(|&b| b == b'<' || b == b'&' || is_delimiter(b))
        } else {
            memchr::memchr2(b'<', b'&', rest)
        };
        found.map(|at| from + at)
    };
    let mut from = 0;
    while let Some(i) = next_markup(from) {
        from = i + 1;
        let b = bytes[i];
        if b == b'&' {
            let Some((len, word_part)) = source.get(i..).and_then(|rest| {
                reference_holding(rest, |c| c.is_alphanumeric() || is_invisible(c))
            }) else {
                continue;
            };
            if word_part && (word_before(source, i) || word_after(source, i + len)) {
                return true;
            }
            from = i + len;
        } else if markdown && b == b']' && bytes.get(i + 1) == Some(&b'(') {
            // A link's destination is never prose: skipped whatever stands before it.
            let Some(end) = markup_run_end(source, i, markdown) else {
                return true;
            };
            if word_before(source, i) && word_after(source, end) {
                return true;
            }
            from = end.max(from);
        } else if word_before(source, i) {
            let Some(end) = markup_run_end(source, i, markdown) else {
                return true;
            };
            if word_after(source, end) {
                return true;
            }
            from = end.max(from);
        }
    }
    false
}

/// Where the run of markup starting at `i` ends: tags (`<` and a letter, `/` or `!`, to the
/// next `>`) and, in Markdown, delimiters and links' destinations (`](` to the next `)`), one
/// after another. `None` when a tag or destination runs past [`LONGEST_MARKUP`] bytes.
fn markup_run_end(source: &str, mut i: usize, markdown: bool) -> Option<usize> {
    let bytes = source.as_bytes();
    let closing = |from: usize, close: u8| {
        let rest = bytes.get(from..)?;
        let window = rest.get(..LONGEST_MARKUP).unwrap_or(rest);
        memchr::memchr(close, window).map(|at| from + at + 1)
    };
    while let Some(&b) = bytes.get(i) {
        let next = bytes.get(i + 1).copied();
        if b == b'<' && next.is_some_and(|n| n.is_ascii_alphabetic() || n == b'/' || n == b'!') {
            i = closing(i, b'>')?;
        } else if markdown && b == b']' && next == Some(b'(') {
            i = closing(i, b')')?;
        } else if markdown && is_delimiter(b) {
            i += 1;
        } else {
            break;
        }
    }
    Some(i)
}

/// Whether the character before byte `i` is a letter or digit.
fn word_before(source: &str, i: usize) -> bool {
    source
        .get(..i)
        .and_then(|before| before.chars().next_back())
        .is_some_and(char::is_alphanumeric)
}

/// Whether the character at byte `i` is a letter or digit.
fn word_after(source: &str, i: usize) -> bool {
    source
        .get(i..)
        .and_then(|after| after.chars().next())
        .is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_between_words_is_fine() {
        let html = "<p>India&#8217;s <b>31</b> armed&nbsp;drones.</p>\n<p>Next</p>";
        assert!(screenable(Format::Html, html));
        let md = "# Title\n\n**31** *armed drones*, [the deal](https://x.com/a_b) said.\n";
        assert!(screenable(Format::Markdown, md));
    }

    #[test]
    fn markup_inside_a_word_is_not() {
        assert!(!screenable(Format::Html, "<p>Dun<b>berva</b></p>"));
        assert!(!screenable(Format::Html, "<p>Dun</b><i>berva</p>"));
        assert!(!screenable(Format::Html, "<p>Fran&ccedil;ois</p>"));
        assert!(!screenable(Format::Html, "<p>&#68;unberva</p>"));
        assert!(!screenable(Format::Markdown, "Dun**berva**"));
        assert!(!screenable(Format::Markdown, "[Dun](https://x.org)berva"));
        assert!(!screenable(Format::Markdown, "Dun`x`berva"));
    }

    #[test]
    fn invisible_characters_and_front_matter_mean_reading() {
        assert!(!screenable(Format::Text, "Dun\u{AD}berva"));
        assert!(!screenable(Format::Html, "<p>\u{212A}ilo</p>"));
        assert!(screenable(Format::Text, "“Dunberva’s” – plan"));
        assert!(!screenable(Format::Markdown, "---\ntitle: x\n---\n\nText"));
    }
}
