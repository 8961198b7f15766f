//! What is not part of a sentence at its edges: white space, leftover markup (`<p>`,
//! `&lt;b&gt;`), decorative rules ("-----", "*****", "/////") and table-of-contents leaders
//! with their page numbers ("About Me........5"), and line breaks written out at the start
//! ("\\r\\n The minister"). A sentence left empty is dropped.
//!
//! Each step looks at most [`REACH`] bytes into the sentence, so trimming stays linear.

use crate::span::Span;

/// How far (bytes) one trimming step looks.
const REACH: usize = 512;

/// `text[start..end]` without what does not belong to the sentence at its edges, if anything
/// is left.
pub fn trimmed(text: &str, start: usize, end: usize) -> Option<Span> {
    if plain_edges(text.as_bytes().get(start..end)?) {
        return Some(Span::new(start, end));
    }
    let (mut s, mut e) = (start, end);
    loop {
        let slice = text.get(s..e)?;
        let body = slice.trim_start();
        s += slice.len() - body.len();
        let step = tag_len(body)
            .or_else(|| decoration_len(body))
            .or_else(|| super::terminal::written_break_len(body));
        match step {
            Some(n) => s += n,
            None => break,
        }
    }
    loop {
        let slice = text.get(s..e)?;
        let body = slice.trim_end();
        e = s + body.len();
        let step = tag_len_back(body)
            .or_else(|| decoration_len_back(body))
            .or_else(|| leader_len_back(body));
        match step {
            Some(n) => e -= n,
            None => break,
        }
    }
    (s < e).then(|| Span::new(s, e))
}

/// Whether a sentence starts with an ASCII letter or digit and ends with an ASCII mark or
/// letter that no trimming step takes (not white space, a tag's or reference's end, a
/// decoration or a page number): nothing is trimmed then, and nearly every sentence is so.
fn plain_edges(s: &[u8]) -> bool {
    let (Some(first), Some(&last)) = (s.first(), s.last()) else {
        return false;
    };
    first.is_ascii_alphanumeric()
        && last.is_ascii_graphic()
        && !last.is_ascii_digit()
        && !matches!(last, b'>' | b';' | b'\\')
        && !is_decoration(char::from(last))
}

/// A markup tag ("<p>", "</div>", "<img src=…>") or an escaped one ("&lt;b&gt;") at the start.
fn tag_len(s: &str) -> Option<usize> {
    let (open, close) = if s.starts_with("&lt;") {
        ("&lt;", "&gt;")
    } else {
        ("<", ">")
    };
    let rest = s.strip_prefix(open)?;
    let first = rest.chars().next()?;
    if !(first.is_ascii_alphabetic() || first == '/' || first == '!') {
        return None;
    }
    let window = rest.get(..rest.len().min(REACH)).unwrap_or(rest);
    let inner = window.find(close)?;
    if window.get(..inner)?.contains(['<', '>']) {
        return None;
    }
    Some(open.len() + inner + close.len())
}

/// A markup tag at the end ("</p>", "&lt;/b&gt;").
fn tag_len_back(s: &str) -> Option<usize> {
    let (open, close) = if s.ends_with("&gt;") {
        ("&lt;", "&gt;")
    } else {
        ("<", ">")
    };
    let head = s.strip_suffix(close)?;
    let from = head.len().saturating_sub(REACH);
    let from = (from..head.len()).find(|i| head.is_char_boundary(*i))?;
    let window = head.get(from..)?;
    let at = window.rfind(open)?;
    let tag = window.get(at..)?;
    let first = tag.get(open.len()..)?.chars().next()?;
    let valid = (first.is_ascii_alphabetic() || first == '/' || first == '!')
        && !tag.get(open.len()..)?.contains(['<', '>']);
    valid.then_some(tag.len() + close.len())
}

fn is_decoration(c: char) -> bool {
    matches!(
        c,
        '-' | '=' | '*' | '_' | '~' | '#' | '/' | '+' | '—' | '═' | '─'
    )
}

/// A rule of three or more identical decoration characters at the start ("/////Header").
fn decoration_len(s: &str) -> Option<usize> {
    let c = s.chars().next().filter(|c| is_decoration(*c))?;
    let n = s.chars().take_while(|x| *x == c).count();
    (n >= 3).then_some(n * c.len_utf8())
}

/// A rule of three or more identical decoration characters at the end.
fn decoration_len_back(s: &str) -> Option<usize> {
    let c = s.chars().next_back().filter(|c| is_decoration(*c))?;
    let n = s.chars().rev().take_while(|x| *x == c).count();
    (n >= 3).then_some(n * c.len_utf8())
}

/// A table-of-contents leader at the end: four or more periods, then a page number or range
/// ("........ 16-17").
fn leader_len_back(s: &str) -> Option<usize> {
    let digits = s
        .bytes()
        .rev()
        .take(REACH)
        .take_while(|b| b.is_ascii_digit() || *b == b'-')
        .count();
    if digits == 0 {
        return None;
    }
    let head = s.get(..s.len() - digits)?;
    let spaces = head.len() - head.trim_end().len();
    let head = head.trim_end();
    let dots = head
        .bytes()
        .rev()
        .take(REACH)
        .take_while(|b| *b == b'.')
        .count();
    (dots >= 4).then_some(digits + spaces + dots)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_what_is_not_sentence() {
        let cases: &[(&str, Option<&str>)] = &[
            ("  The deal was signed.  ", Some("The deal was signed.")),
            ("<p>This is a test.", Some("This is a test.")),
            ("Another test.</p>", Some("Another test.")),
            (r#"<h2 class="lined">Hello</h2>"#, Some("Hello")),
            (r#"<div class="center"><p>"#, None),
            (
                r#"<bpt i="0">&lt;b&gt;</bpt>J1.txt<ept i="1">&lt;/b&gt;</ept>"#,
                Some("J1.txt"),
            ),
            ("/////Header starts here", Some("Header starts here")),
            ("-----", None),
            ("About Me..........5", Some("About Me")),
            (
                "How To Calculate the Score........ 16-17",
                Some("How To Calculate the Score"),
            ),
            ("What's the Score?.........9", Some("What's the Score?")),
            ("It rose 2 < 3 > 1 fold", Some("It rose 2 < 3 > 1 fold")),
            ("He paid 1.000.00", Some("He paid 1.000.00")),
            ("I never meant that....", Some("I never meant that....")),
            ("Wait -- voila", Some("Wait -- voila")),
            (r"\r\n The minister said.", Some("The minister said.")),
            (r"C:\new is a folder", Some(r"C:\new is a folder")),
        ];
        for (text, expected) in cases {
            let got = trimmed(text, 0, text.len()).map(|s| s.slice(text));
            assert_eq!(got, *expected, "{text}");
        }
        // The sentences the fast path keeps whole are kept whole by the steps too.
        for text in [
            "The deal.",
            "2 drones!",
            "a) b\"",
            "Ends in x",
            "It's 5%",
            "X ...",
        ] {
            assert!(plain_edges(text.as_bytes()), "{text}");
            let got = trimmed(text, 0, text.len()).map(|s| s.slice(text));
            assert_eq!(got, Some(text), "{text}");
        }
        for text in ["The deal.</p>", "Page 5", "A rule ---", "x &gt;", "x\\"] {
            assert!(!plain_edges(text.as_bytes()), "{text}");
        }
    }
}
