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
//! - a character reference stands for a letter, digit or invisible character (`Fran&ccedil;ois`,
//!   `&#68;&#69;`);
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
/// spans, links and images, backslash escapes, and the `>` that ends an autolink
/// (`<https://x.org>`), whose text is read without its brackets.
const fn is_delimiter(b: u8) -> bool {
    matches!(
        b,
        b'*' | b'_' | b'~' | b'`' | b'[' | b']' | b'!' | b'\\' | b'>'
    )
}

/// The bytes that start Markdown markup (a table: the screen reads every byte of the file).
const MARKDOWN_MARKUP: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = byte == b'<' || byte == b'&' || is_delimiter(byte);
        b += 1;
    }
    table
};

/// The first byte of `rest` that starts Markdown markup: sixteen bytes tested at a time,
/// without a branch per byte, as markup is rare in prose.
fn next_markdown_markup(rest: &[u8]) -> Option<usize> {
    let is_markup = |b: &u8| MARKDOWN_MARKUP[usize::from(*b)];
    let mut chunks = rest.chunks_exact(16);
    let mut base = 0;
    for chunk in &mut chunks {
        if chunk.iter().fold(false, |any, b| any | is_markup(b)) {
            return chunk.iter().position(is_markup).map(|at| base + at);
        }
        base += 16;
    }
    chunks
        .remainder()
        .iter()
        .position(is_markup)
        .map(|at| base + at)
}

/// Whether markup or a character reference sits inside a word of `source`.
///
/// In HTML a tag is never prose, so the scan goes on after it. In Markdown text that looks
/// like a tag or a link's destination may be prose, so it is only looked through, for what
/// follows it, and the scan goes on inside it; the places of the next `>`, `-->` and end of a
/// destination are remembered, so that looking through stays linear in the text.
fn markup_in_words(source: &str, markdown: bool) -> bool {
    let bytes = source.as_bytes();
    let next_markup = |from: usize| {
        let rest = bytes.get(from..)?;
        let found = if markdown {
            next_markdown_markup(rest)
        } else {
            memchr::memchr2(b'<', b'&', rest)
        };
        found.map(|at| from + at)
    };
    let mut ahead = Ahead::default();
    let mut from = 0;
    while let Some(i) = next_markup(from) {
        from = i + 1;
        if bytes[i] == b'&' {
            let Some((len, word_part)) = source.get(i..).and_then(|rest| {
                reference_holding(rest, |c| c.is_alphanumeric() || is_invisible(c))
            }) else {
                continue;
            };
            if word_part {
                return true;
            }
            from = i + len;
        } else if word_before(source, i) {
            let Some(end) = ahead.run_end(bytes, i, markdown) else {
                return true;
            };
            // CommonMark never reads underscores between two letters or digits as emphasis
            // ("snake_case"): they stay, and keep the words apart.
            let underscores = bytes
                .get(i..end)
                .is_some_and(|run| run.iter().all(|&b| b == b'_'));
            if word_after(source, end) && !(markdown && underscores) {
                return true;
            }
            if !markdown {
                from = end.max(from);
            }
        }
    }
    false
}

/// Where the next `>`, `-->` and end of a link's destination were found, from the last place
/// each was looked for: the scan asks with places that only grow.
#[derive(Default)]
struct Ahead {
    tag_end: Option<Option<usize>>,
    comment_end: Option<Option<usize>>,
    destination: Option<(usize, Option<usize>)>,
}

impl Ahead {
    /// The first `needle` at or after `from`, past it; `None` when there is none.
    fn find(
        cache: &mut Option<Option<usize>>,
        bytes: &[u8],
        from: usize,
        needle: &[u8],
    ) -> Option<usize> {
        if let Some(found) = *cache
            && found.is_none_or(|end| end - needle.len() >= from)
        {
            return found;
        }
        let found =
            memchr::memmem::find(bytes.get(from..)?, needle).map(|at| from + at + needle.len());
        *cache = Some(found);
        found
    }

    /// Past the `)` of a link's destination starting at `from`, when it closes before any
    /// white space or `<`, or is written `<...>` and closes right after.
    fn destination_end(&mut self, bytes: &[u8], from: usize) -> Option<usize> {
        if bytes.get(from) == Some(&b'<') {
            let close = Self::find(&mut self.tag_end, bytes, from, b">")?;
            return (bytes.get(close) == Some(&b')')).then_some(close + 1);
        }
        if let Some((stop, end)) = self.destination
            && from <= stop
        {
            return end;
        }
        let rest = bytes.get(from..)?;
        let stop = rest
            .iter()
            .position(|&b| b == b')' || b == b'<' || b.is_ascii_whitespace())
            .map_or(bytes.len(), |at| from + at);
        let end = (bytes.get(stop) == Some(&b')')).then_some(stop + 1);
        self.destination = Some((stop, end));
        end
    }

    /// Where the run of markup starting at `i` ends: tags (`<` and a letter, `/` or `!`, to
    /// the next `>`; a comment to its `-->`; in HTML, an element whose content is not prose to
    /// its end tag) and, in Markdown, delimiters and links' destinations, one after another.
    /// `None` when a tag or comment is never closed: the file is then read.
    fn run_end(&mut self, bytes: &[u8], mut i: usize, markdown: bool) -> Option<usize> {
        while let Some(&b) = bytes.get(i) {
            let next = bytes.get(i + 1).copied();
            if bytes.get(i..).is_some_and(|rest| rest.starts_with(b"<!--")) {
                i = Self::find(&mut self.comment_end, bytes, i + 4, b"-->")?;
            } else if b == b'<'
                && next.is_some_and(|n| n.is_ascii_alphabetic() || n == b'/' || n == b'!')
            {
                if markdown && next.is_some_and(|n| n.is_ascii_alphabetic()) {
                    // An autolink's text is read: "Ko<https://x.org>" reads "Kohttps".
                    return None;
                }
                let end = Self::find(&mut self.tag_end, bytes, i, b">")?;
                // (Markdown reads the text between inline tags.)
                let skipped = if markdown {
                    None
                } else {
                    raw_text_element(bytes.get(i + 1..end)?)
                };
                i = match skipped {
                    Some(name) => end_of_element(bytes, end, name)?,
                    None => end,
                };
            } else if markdown && b == b']' && next == Some(b'(') {
                // One that cannot be told (a title, white space) leaves the file to be read.
                i = self.destination_end(bytes, i + 2)?;
            } else if markdown && is_delimiter(b) {
                i += 1;
            } else {
                break;
            }
        }
        Some(i)
    }
}

/// The elements whose content the HTML reader skips, when `tag` (the bytes after `<`) opens
/// one.
fn raw_text_element(tag: &[u8]) -> Option<&'static [u8]> {
    const SKIPPED: [&[u8]; 4] = [b"script", b"style", b"noscript", b"template"];
    SKIPPED.into_iter().find(|name| {
        tag.get(..name.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(name))
            && tag
                .get(name.len())
                .is_none_or(|b| !b.is_ascii_alphanumeric())
    })
}

/// Where the element `name` whose start tag ends at `from` ends: past its end tag's `>`.
fn end_of_element(bytes: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut at = from;
    loop {
        at += memchr::memmem::find(bytes.get(at..)?, b"</")?;
        let after = at + 2;
        if bytes
            .get(after..after + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
        {
            return Some(after + memchr::memchr(b'>', bytes.get(after..)?)? + 1);
        }
        at = after;
    }
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

    /// The contract, on thousands of texts built from pieces of markup and words: when a text
    /// is screenable, every run of ASCII letters and digits of its folded prose (what an
    /// alias's word can be found in) is a run of the text, up to ASCII case.
    #[test]
    fn a_screenable_texts_prose_words_are_all_in_its_text() {
        const PIECES: &[&str] = &[
            "Dun",
            "berva",
            "Ko",
            " ",
            " ",
            "\n",
            "\n\n",
            "<b>",
            "</b>",
            "<p>",
            "</p>",
            "<br>",
            "<td>",
            "<th>",
            "&eacute;",
            "&#68;",
            "&amp;",
            "&nbsp;",
            "&shy;",
            "&#x2019;",
            "**",
            "*",
            "_",
            "`",
            "[",
            "](http://a_b.c)",
            "](",
            ")",
            "(",
            "!",
            "\\",
            "\u{AD}",
            "\u{212A}",
            "<!-- c > d -->",
            "<script>;</script>",
            "<style>x</style>",
            "# ",
            "- ",
            "1. ",
            "](u \"t\")",
            "<http://x>",
            "[^1]",
            "\n    ",
            "](<u>)",
            "~~",
            "<wbr>",
            "|",
            "---",
            "'",
            "’",
            "é",
            "-",
            "2",
            ".",
            ",",
            "<",
            ">",
            "&",
            ";",
        ];
        let mut lcg = crate::random_text::Lcg::new(0xbb67_ae85_84ca_a73b);
        let mut screened = 0;
        for _ in 0..20_000 {
            let len = 1 + (lcg.current() >> 59) as usize;
            let text: String = (0..len).map(|_| *lcg.pick(PIECES)).collect();
            for format in [Format::Markdown, Format::Html] {
                if !screenable(format, &text) {
                    continue;
                }
                screened += 1;
                let prose = crate::reader::read(format, &text).map_or(text.clone(), |r| r.prose);
                let folded = crate::subject::fold(&prose);
                let lower = text.to_ascii_lowercase();
                for word in folded.split(|c: char| !c.is_ascii_alphanumeric()) {
                    assert!(
                        lower.contains(word),
                        "{format:?} {text:?}: prose {prose:?} has {word:?}"
                    );
                }
            }
        }
        assert!(screened > 5_000, "{screened}");
    }

    #[test]
    fn invisible_characters_and_front_matter_mean_reading() {
        assert!(!screenable(Format::Text, "Dun\u{AD}berva"));
        assert!(!screenable(Format::Html, "<p>\u{212A}ilo</p>"));
        assert!(screenable(Format::Text, "“Dunberva’s” – plan"));
        assert!(!screenable(Format::Markdown, "---\ntitle: x\n---\n\nText"));
    }
}
