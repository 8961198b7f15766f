//! MDX: Markdown with JSX, `{expressions}` and `import`/`export` lines, none of which is prose.
//!
//! The source is blanked where those stand (every byte but line breaks made a space, so the
//! text keeps its length and every offset its place) and then read as Markdown: the text
//! between a component's tags (`<Note>Needs 3 GB</Note>`) is prose, as MDX renders it; an
//! attribute's value (`<Stat value="31" />`), an expression and an ESM line are not. Code
//! (fenced, or inline in backticks) and the front matter are left as they are. A tag that
//! opens a line with text after it would leave that text indented as code: the blank starts
//! with an empty link (`[]()`), which Markdown reads as no text at all.
//!
//! `<` starts a tag before a letter, `/` or `>` (a fragment); `a < b` and `<5` are text.

use std::borrow::Cow;

/// `source` with JSX, expressions and ESM blanked; borrowed when there is none.
pub fn mask(source: &str) -> Cow<'_, str> {
    let bytes = source.as_bytes();
    let mut out: Option<Vec<u8>> = None;
    let blank = |from: usize, to: usize, out: &mut Option<Vec<u8>>| {
        let buffer = out.get_or_insert_with(|| bytes.to_vec());
        for b in &mut buffer[from..to] {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    };
    let mut fence: Option<(u8, usize)> = None;
    let mut esm = false;
    let mut at = front_matter_end(source);
    while at < bytes.len() {
        let line_end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i + 1);
        let line = &source[at..line_end];
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if let Some((mark, len)) = fence {
            if indent < 4 && trimmed.bytes().take_while(|b| *b == mark).count() >= len {
                fence = None;
            }
            at = line_end;
            continue;
        }
        let run = trimmed
            .bytes()
            .take_while(|b| *b == b'`' || *b == b'~')
            .count();
        if indent < 4
            && run >= 3
            && trimmed
                .bytes()
                .take(run)
                .all(|b| b == trimmed.as_bytes()[0])
        {
            fence = Some((trimmed.as_bytes()[0], run));
            at = line_end;
            continue;
        }
        if trimmed.trim().is_empty() {
            esm = false;
        } else if esm
            || (indent == 0 && (line.starts_with("import ") || line.starts_with("export ")))
        {
            esm = true;
            blank(at, line_end, &mut out);
            at = line_end;
            continue;
        }
        // Tags and expressions on this line (a tag or an expression may go on over lines).
        let mut i = at;
        let mut first_text = true;
        while i < line_end {
            match bytes[i] {
                b'`' => {
                    let run = bytes[i..line_end]
                        .iter()
                        .take_while(|b| **b == b'`')
                        .count();
                    let close = find_run(&bytes[i + run..line_end], run);
                    i = close.map_or(i + run, |c| i + run + c + run);
                    first_text = false;
                }
                b'<' if bytes
                    .get(i + 1)
                    .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'/' || *b == b'>') =>
                {
                    let end = skip_tag(bytes, i);
                    blank(i, end, &mut out);
                    if first_text
                        && end < line_end
                        && end - i >= 4
                        && !bytes[end..line_end].trim_ascii().is_empty()
                    {
                        // Text after a tag that opens the line: not an indented code block.
                        if let Some(buffer) = out.as_mut() {
                            buffer[i..i + 4].copy_from_slice(b"[]()");
                        }
                    }
                    i = end;
                }
                b'{' => {
                    let end = skip_expression(bytes, i);
                    blank(i, end, &mut out);
                    i = end;
                    first_text = false;
                }
                b' ' | b'\t' => i += 1,
                _ => {
                    first_text = false;
                    i += 1;
                }
            }
        }
        at = i.max(line_end);
        // A tag or expression that went on past the line ends where it ends.
        while at < bytes.len() && at > 0 && bytes[at - 1] != b'\n' {
            at += 1;
        }
    }
    match out {
        // Only ASCII spaces and `[]()` were written over whole characters' bytes.
        Some(buffer) => Cow::Owned(
            String::from_utf8(buffer)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        ),
        None => Cow::Borrowed(source),
    }
}

/// Where the front matter (`---` or `+++` lines at the very top) ends, or 0.
fn front_matter_end(source: &str) -> usize {
    for mark in ["---", "+++"] {
        let Some(rest) = source.strip_prefix(mark) else {
            continue;
        };
        if !rest.starts_with(['\n', '\r']) {
            continue;
        }
        let mut at = mark.len();
        for (n, line) in rest.split_inclusive('\n').enumerate() {
            at += line.len();
            if n > 0 && line.trim_end() == mark {
                return at;
            }
        }
    }
    0
}

/// The offset in `bytes` of the next run of exactly `len` backticks.
fn find_run(bytes: &[u8], len: usize) -> Option<usize> {
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'`' {
            let run = bytes[i..].iter().take_while(|b| **b == b'`').count();
            if run == len {
                return Some(i);
            }
            i += run;
        } else {
            i += 1;
        }
    }
    None
}

/// The end of the tag starting at `<` (`start`): past its `>`, quotes and braces honoured.
fn skip_tag(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'>' => return i + 1,
            quote @ (b'"' | b'\'') => {
                i = memchr::memchr(quote, &bytes[i + 1..]).map_or(bytes.len(), |j| i + 1 + j + 1);
            }
            b'{' => i = skip_expression(bytes, i),
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The end of the expression starting at `{` (`start`): past its matching `}`, strings
/// honoured.
fn skip_expression(bytes: &[u8], start: usize) -> usize {
    let mut depth = 0usize;
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            quote @ (b'"' | b'\'' | b'`') => {
                i = memchr::memchr(quote, &bytes[i + 1..]).map_or(bytes.len(), |j| i + 1 + j);
            }
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::{ReadOptions, markdown};

    fn prose(source: &str) -> String {
        markdown::read(source, &ReadOptions::default(), true).prose
    }

    #[test]
    fn jsx_expressions_and_esm_are_not_prose_and_offsets_hold() {
        let source = "---\ntitle: Languages\n---\nimport { Stat } from '../components/Stat'\nexport const meta = {\n  langs: 31,\n}\n\n# Languages\n\n<Stat value=\"35\" label={`${n} languages`} />\n\n<Note>We support 31 languages.</Note>\n\n<Callout\n  type=\"info\">\n\nThere are {count} more, and 36 languages in beta.\n\n</Callout>\n\nIf a < b then 5 > 3.\n";
        assert_eq!(
            prose(source),
            "Languages\n\nLanguages\n\n  We support 31 languages.\n\nThere are         more, and 36 languages in beta.\n\nIf a < b then 5 > 3."
        );
        let masked = mask(source);
        assert_eq!(masked.len(), source.len());
        let at = masked.find("31 languages").unwrap();
        assert_eq!(&source[at..at + 12], "31 languages");
    }

    #[test]
    fn code_is_left_as_written() {
        let source = "Use `<Stat value={31} />` here.\n\n```jsx\n<Stat value={31} />\n```\n";
        assert_eq!(mask(source), source);
        assert_eq!(
            prose("No JSX here, 31 languages.\n"),
            "No JSX here, 31 languages."
        );
    }
}
