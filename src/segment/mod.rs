//! Sentences, as byte spans into the document.
//!
//! Behind the small [`Segmenter`] trait so that another segmenter (icu_segmenter, sentencex)
//! can replace the rule-based one without touching the stages after it.
//!
//! [`RuleSegmenter`] follows the English Golden Rules of pragmatic_segmenter, on spans of the
//! original text (it never rewrites the text):
//! - line structure first (`lines.rs`): a blank line always ends a sentence; a single line break
//!   ends one too (headlines, bylines and list items stand on their own lines), unless it
//!   follows a space and the next line starts lowercase or with "(" (a sentence wrapped by an
//!   editor), or [`RuleSegmenter::wrapped_lines`] is set and the next line starts lowercase;
//! - then, within each block, terminal punctuation judged by the word before it
//!   (`abbreviation.rs`: "U.S.", "Dr.", "No. 5", initials, decimals), by what follows it, by
//!   the quotation or brackets it stands in (`quote.rs`), and list markers (`list.rs`);
//! - last, each sentence loses what is not sentence at its edges (`edge.rs`): white space,
//!   leftover markup, decorative rules, table-of-contents leaders.

mod abbreviation;
mod ascii_word;
mod edge;
mod lines;
mod list;
mod quote;
mod scan;
mod terminal;
mod word_before;

use crate::span::Span;

/// Splits text into sentences.
pub trait Segmenter: Send + Sync {
    /// The sentences of `text`, in order, non-overlapping, each trimmed of surrounding white
    /// space (spans on `char` boundaries).
    fn sentences(&self, text: &str) -> Vec<Span>;

    /// At least the sentences that contain the byte offsets `at` (any order), in order and as
    /// [`Segmenter::sentences`] gives them; other sentences may be included. The checker asks
    /// only where a subject occurs, so a segmenter that can read text locally should, rather
    /// than segment the whole document. The default segments everything.
    fn sentences_around(&self, text: &str, at: &[usize]) -> Vec<Span> {
        let _ = at;
        self.sentences(text)
    }

    /// The sentence right after `sentence` (one of this segmenter's) in its block, when only
    /// white space stands between them: what the checker reads when a sentence goes on about
    /// the subject named in the one before ("… the dividend. It will be paid out on June 28").
    /// The default segments everything.
    fn sentence_after(&self, text: &str, sentence: Span) -> Option<Span> {
        let all = self.sentences(text);
        let next = all.get(all.partition_point(|s| s.start < sentence.end))?;
        text.get(sentence.end..next.start)
            .is_some_and(|between| !between.contains("\n\n") && between.trim().is_empty())
            .then_some(*next)
    }
}

/// The rule-based English segmenter. Linear in the text; never panics.
#[derive(Debug, Clone, Copy, Default)]
pub struct RuleSegmenter {
    wrapped_lines: bool,
}

impl RuleSegmenter {
    /// A segmenter for text whose line breaks are meaningful (news articles as extracted:
    /// one paragraph, headline or byline a line).
    pub fn new() -> Self {
        Self::default()
    }

    /// For hard-wrapped text (PDF extractions, e-mail): a line break followed by a lowercase
    /// letter continues the sentence ("This is a sentence\ncut off in the middle").
    pub fn wrapped_lines(mut self, wrapped: bool) -> Self {
        self.wrapped_lines = wrapped;
        self
    }
}

/// The longest sentence, in bytes. Real sentences are far shorter (a long one is 500 bytes);
/// a run of text with no sentence end (a table dump, a megabyte on one line) is cut into pieces
/// this long at white space, so every stage after this one works on bounded pieces and a
/// pathological document stays linear: evidence copies its sentence into the report.
pub const MAX_SENTENCE: usize = 4096;

/// Cuts every span of `spans[from..]` longer than [`MAX_SENTENCE`] into pieces no longer,
/// at the last white space before the limit (or a char boundary when there is none), each
/// piece trimmed.
fn cap_lengths(text: &str, spans: &mut Vec<Span>, from: usize) {
    if spans[from..].iter().all(|s| s.len() <= MAX_SENTENCE) {
        return;
    }
    let long: Vec<Span> = spans.drain(from..).collect();
    for span in long {
        let mut start = span.start;
        while span.end - start > MAX_SENTENCE {
            let limit = text.floor_char_boundary(start + MAX_SENTENCE);
            let cut = text[start..limit]
                .rfind(char::is_whitespace)
                .map(|i| start + i)
                .filter(|&c| c > start)
                .unwrap_or(limit);
            push_trimmed(text, Span::new(start, cut), spans);
            start = cut;
        }
        push_trimmed(text, Span::new(start, span.end), spans);
    }
}

fn push_trimmed(text: &str, span: Span, spans: &mut Vec<Span>) {
    let piece = &text[span.start..span.end];
    let start = span.start + (piece.len() - piece.trim_start().len());
    let end = span.end - (piece.len() - piece.trim_end().len());
    if start < end {
        spans.push(Span::new(start, end));
    }
}

impl Segmenter for RuleSegmenter {
    fn sentences(&self, text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        for block in lines::blocks(text, self.wrapped_lines) {
            let from = out.len();
            scan::scan_block(text, block.start, block.end, block.end, &mut out);
            cap_lengths(text, &mut out, from);
        }
        out
    }

    /// Scans only the blocks (paragraphs, headlines: text between hard line breaks) that
    /// contain an offset of `at`, each up to the sentence that holds its last offset: sentences
    /// never cross a block, and the scan cuts a sentence without reading past its end (beyond
    /// a bounded look-ahead), so these are exactly the sentences the whole-text scan gives
    /// there. With many claims most paragraphs hold a hit, but not in their last sentence.
    fn sentences_around(&self, text: &str, at: &[usize]) -> Vec<Span> {
        let mut at: Vec<usize> = at.iter().copied().filter(|&a| a < text.len()).collect();
        at.sort_unstable();
        let mut out = Vec::new();
        let mut last: Option<Span> = None;
        for (i, &a) in at.iter().enumerate() {
            if last.is_some_and(|b| a < b.end) {
                continue;
            }
            let block = lines::block_around(text, a, self.wrapped_lines);
            // The block's sentences are needed only up to the one holding its last offset.
            let later = &at[i..];
            let stop = later
                .partition_point(|&b| b < block.end)
                .checked_sub(1)
                .and_then(|j| later.get(j))
                .map_or(block.end, |&b| b);
            let from = out.len();
            scan::scan_block(text, block.start, block.end, stop, &mut out);
            cap_lengths(text, &mut out, from);
            last = Some(block);
        }
        out
    }

    /// Scans from the first character after `sentence` to the end of the sentence that starts
    /// there, within its block and at most [`MAX_SENTENCE`] bytes on: a sentence's start is
    /// where the whole-block scan starts afresh, so it is the sentence that scan gives.
    fn sentence_after(&self, text: &str, sentence: Span) -> Option<Span> {
        let rest = crate::span::window(text, sentence.end, sentence.end + MAX_SENTENCE);
        let start = sentence.end + (rest.len() - rest.trim_start().len());
        let broken = |from: usize, to: usize| {
            (from..to).find(|&p| {
                matches!(text.as_bytes().get(p), Some(b'\n' | b'\r'))
                    && lines::is_break_at(text, p, self.wrapped_lines)
            })
        };
        if start >= text.len() || broken(sentence.end, start).is_some() {
            return None;
        }
        let limit = text.floor_char_boundary(start.saturating_add(MAX_SENTENCE).min(text.len()));
        let end = broken(start, limit).map_or(limit, |p| p + 1);
        let mut out = Vec::new();
        scan::scan_block(text, start, end, start, &mut out);
        cap_lengths(text, &mut out, 0);
        out.first().copied()
    }
}

#[cfg(test)]
mod tests;
