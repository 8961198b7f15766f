//! The prose text a reader writes, and the map from its offsets back to the source's.
//!
//! A reader appends pieces of the source to a [`ProseBuilder`]: text copied byte for byte
//! (`copy`), text that stands for a piece of source it does not repeat (`replace`: a decoded
//! entity, a table header repeated before a cell, a space for a soft line break) and block
//! breaks ("\n\n", so that the segmenter's paragraph rule applies). The builder records one
//! [`Run`] per piece that does not continue the previous one, so the map is as long as the
//! markup is dense, and a lookup is a binary search.

use std::ops::Range;

/// A stretch of prose and the source it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    /// Where the run starts in the prose.
    prose: usize,
    /// The source bytes it stands for.
    source: usize,
    source_end: usize,
    /// True when the prose repeats the source byte for byte (or with line breaks turned into
    /// spaces, the same length), so an offset inside maps to the same offset inside.
    copied: bool,
}

/// Maps offsets of a reader's prose text back to offsets of the source text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    runs: Vec<Run>,
}

impl OffsetMap {
    /// The run that holds prose byte `at` (the last run starting at or before it).
    fn run_at(&self, at: usize) -> Option<&Run> {
        let i = self.runs.partition_point(|r| r.prose <= at);
        self.runs.get(i.checked_sub(1)?)
    }

    /// The source offset of the prose offset `at` taken as the start of a span: inside
    /// copied text the same byte; inside a replacement (an entity, a repeated header) where
    /// the source it stands for begins (the `&` of `&pound;`).
    pub fn start(&self, at: usize) -> usize {
        match self.run_at(at) {
            Some(run) if run.copied => (run.source + (at - run.prose)).min(run.source_end),
            Some(run) => run.source,
            None => 0,
        }
    }

    /// The source offset of the prose offset `at` taken as the end of a span: the end of the
    /// source that the prose byte before it stands for (after the `;` of an entity, before the
    /// `**` that follows emphasised text).
    pub fn end(&self, at: usize) -> usize {
        let Some(before) = at.checked_sub(1) else {
            return self.start(0);
        };
        match self.run_at(before) {
            Some(run) if run.copied => (run.source + (at - run.prose)).min(run.source_end),
            Some(run) => run.source_end,
            None => 0,
        }
    }

    /// The source range of the prose range `range`.
    pub fn range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.start(range.start);
        start..self.end(range.end).max(start)
    }
}

/// Writes a prose text and its [`OffsetMap`].
#[derive(Debug, Default)]
pub struct ProseBuilder {
    text: String,
    runs: Vec<Run>,
    /// A block ended: the next text starts a new one (after "\n\n").
    block_ended: bool,
}

impl ProseBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// A builder for the prose of a source of `source_len` bytes. Prose is rarely longer than
    /// its source (markup goes, entities shrink; only repeated table headers add), so the text
    /// is allocated once at that size: grown by doubling, its reallocations and the fresh
    /// pages they touched were a tenth of an HTML file's time.
    pub fn with_capacity(source_len: usize) -> Self {
        ProseBuilder {
            text: String::with_capacity(source_len),
            // About one run a markup element; one per 64 source bytes covers most articles.
            runs: Vec::with_capacity(source_len / 64 + 4),
            block_ended: false,
        }
    }

    /// Appends `source[range]` as it is, with its line breaks made spaces (a block's lines are
    /// one paragraph: the reader says where blocks and hard breaks are).
    pub fn copy(&mut self, source: &str, range: Range<usize>) {
        let Some(piece) = source.get(range.clone()) else {
            return;
        };
        if piece.is_empty() {
            return;
        }
        self.open_block(range.start);
        let prose = self.text.len();
        let mut rest = piece;
        while let Some(i) = memchr::memchr2(b'\n', b'\r', rest.as_bytes()) {
            self.text.push_str(&rest[..i]);
            self.text.push(' ');
            rest = &rest[i + 1..];
        }
        self.text.push_str(rest);
        if let Some(last) = self.runs.last_mut()
            && last.copied
            && last.source_end == range.start
            && last.prose + (last.source_end - last.source) == prose
        {
            last.source_end = range.end;
            return;
        }
        self.runs.push(Run {
            prose,
            source: range.start,
            source_end: range.end,
            copied: true,
        });
    }

    /// Appends `text`, which stands for `source` (a decoded entity, a header repeated).
    pub fn replace(&mut self, text: &str, source: Range<usize>) {
        if text.is_empty() {
            return;
        }
        self.open_block(source.start);
        self.push_run(text, source);
    }

    /// A word break at source offset `at` (a soft line break, a table cell's edge): a space,
    /// unless the prose already ends in white space or a block.
    pub fn space(&mut self, at: usize) {
        if self.block_ended || self.text.is_empty() || self.text.ends_with([' ', '\n', '\t']) {
            return;
        }
        self.push_run(" ", at..at);
    }

    /// A hard line break inside a block (`<br>`, a Markdown hard break) at source offset `at`.
    pub fn line_break(&mut self, at: usize) {
        if self.block_ended || self.text.is_empty() || self.text.ends_with('\n') {
            return;
        }
        self.push_run("\n", at..at);
    }

    /// Ends the current block: the next text starts a paragraph of its own.
    pub fn end_block(&mut self) {
        if !self.text.is_empty() {
            self.block_ended = true;
        }
    }

    /// True when nothing has been written yet.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    fn open_block(&mut self, at: usize) {
        if std::mem::take(&mut self.block_ended) {
            self.trim_end();
            self.push_run("\n\n", at..at);
        }
    }

    /// Drops the white space the prose ends with (a space written before a block ended), and
    /// the runs that started in it.
    fn trim_end(&mut self) {
        let trimmed = self.text.trim_end_matches([' ', '\n', '\t']).len();
        self.text.truncate(trimmed);
        while self
            .runs
            .last()
            .is_some_and(|r| r.prose >= trimmed && r.prose > 0)
        {
            self.runs.pop();
        }
    }

    fn push_run(&mut self, text: &str, source: Range<usize>) {
        self.runs.push(Run {
            prose: self.text.len(),
            source: source.start,
            source_end: source.end,
            copied: false,
        });
        self.text.push_str(text);
    }

    /// The prose text and its map.
    pub fn finish(mut self) -> (String, OffsetMap) {
        self.trim_end();
        (self.text, OffsetMap { runs: self.runs })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copied_text_maps_byte_for_byte_and_replacements_to_their_whole_source() {
        let source = "**14** *electric ferries* cost &pound;310";
        let mut b = ProseBuilder::new();
        b.copy(source, 2..4);
        b.copy(source, 6..7);
        b.copy(source, 8..24);
        b.copy(source, 25..31);
        b.replace("£", 31..38);
        b.copy(source, 38..41);
        let (text, map) = b.finish();
        assert_eq!(text, "14 electric ferries cost £310");
        let fourteen = text.find("14").unwrap();
        assert_eq!(map.range(fourteen..fourteen + 2), 2..4);
        let ferries = text.find("electric").unwrap();
        assert_eq!(map.range(ferries..ferries + 16), 8..24);
        let pound = text.find('£').unwrap();
        assert_eq!(map.range(pound..text.len()), 31..41);
        assert_eq!(&source[map.start(pound)..], "&pound;310");
    }

    #[test]
    fn blocks_are_separated_by_a_blank_line_and_trailing_space_is_dropped() {
        let source = "# Title\n\nBody one\ntwo";
        let mut b = ProseBuilder::new();
        b.copy(source, 2..7);
        b.space(7);
        b.end_block();
        b.copy(source, 9..17);
        b.space(17);
        b.copy(source, 18..21);
        let (text, map) = b.finish();
        assert_eq!(text, "Title\n\nBody one two");
        let two = text.find("two").unwrap();
        assert_eq!(map.start(two), 18);
        assert_eq!(map.start(text.find("Body").unwrap()), 9);
    }
}
