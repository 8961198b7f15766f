//! Byte spans and the line:column view of them.
//!
//! Every stage carries `Span`s into the document text, never copied strings; line and column are
//! computed only when a report is printed (as ruff does), by [`LineIndex`].

use serde::Serialize;

/// A half-open byte range `start..end` into a document's text. Both ends lie on `char` boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text this span covers in `text`.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// The text from `start` to `end` (byte offsets, clamped to the text), widened to the nearest
/// `char` boundaries: the bounded stretch a reading looks at before or after a position, so
/// that a long document costs it no more than a short one.
pub fn window(text: &str, start: usize, end: usize) -> &str {
    let end = text.ceil_char_boundary(end.min(text.len()));
    let start = text.floor_char_boundary(start.min(end));
    text.get(start..end).unwrap_or_default()
}

/// Converts byte offsets to 1-based line and column (column counted in characters).
///
/// Built once per document; each lookup is a binary search over line starts, then a count of
/// characters from the nearest checkpoint, so that a megabyte-long line costs no more per lookup
/// than a short one (counting from the line's start made a one-line document quadratic).
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// (byte offset, characters before it), every [`CHECKPOINT`] bytes or so, on char
    /// boundaries, starting with (0, 0).
    checkpoints: Vec<(usize, usize)>,
}

/// Bytes between character-count checkpoints.
const CHECKPOINT: usize = 4096;

/// A 1-based position for humans: line, and column in characters (not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        let mut checkpoints = vec![(0, 0)];
        let (mut at, mut chars) = (0, 0);
        while at + CHECKPOINT < text.len() {
            let next = text.floor_char_boundary(at + CHECKPOINT);
            if next <= at {
                break;
            }
            chars += text[at..next].chars().count();
            at = next;
            checkpoints.push((at, chars));
        }
        LineIndex {
            line_starts,
            checkpoints,
        }
    }

    /// Characters in `text` before byte `offset` (a char boundary).
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let i = self.checkpoints.partition_point(|(at, _)| *at <= offset);
        let (at, chars) = self.checkpoints[i.saturating_sub(1)];
        chars + text.get(at..offset).map_or(0, |s| s.chars().count())
    }

    /// Line and column of byte `offset` in `text` (the text the index was built from).
    /// A `\r` before `\n` belongs to the line it ends, so CRLF files report the same columns.
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let offset = text.floor_char_boundary(offset.min(text.len()));
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line];
        let column = self.chars_before(text, offset) - self.chars_before(text, start) + 1;
        LineCol {
            line: line + 1,
            column,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters_not_bytes() {
        let text = "first line\n“2+2” dialogue: 31 drones\r\nthird";
        let index = LineIndex::new(text);
        let at = text.find("31").unwrap();
        assert_eq!(
            index.line_col(text, at),
            LineCol {
                line: 2,
                column: 17
            }
        );
        let third = text.find("third").unwrap();
        assert_eq!(index.line_col(text, third), LineCol { line: 3, column: 1 });
        assert_eq!(index.line_col(text, 0), LineCol { line: 1, column: 1 });
    }

    #[test]
    fn columns_on_a_long_line_count_characters_across_checkpoints() {
        let text = format!("title\n{}31 drones", "é".repeat(5000));
        let index = LineIndex::new(&text);
        let at = text.find("31").unwrap();
        assert_eq!(
            index.line_col(&text, at),
            LineCol {
                line: 2,
                column: 5001
            }
        );
        let mid = text.find('é').unwrap() + 2 * 2500;
        assert_eq!(
            index.line_col(&text, mid),
            LineCol {
                line: 2,
                column: 2501
            }
        );
    }

    #[test]
    fn spans_overlap_and_contain() {
        let a = Span::new(2, 6);
        assert!(a.contains(Span::new(3, 6)));
        assert!(!a.contains(Span::new(3, 7)));
        assert!(a.overlaps(Span::new(5, 9)));
        assert!(!a.overlaps(Span::new(6, 9)));
    }
}
