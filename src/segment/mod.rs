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
}

#[cfg(test)]
mod tests {
    #[test]
    fn sentences_are_cut_at_the_length_cap_on_white_space_and_char_boundaries() {
        use super::{MAX_SENTENCE, RuleSegmenter, Segmenter};
        let text = "India will buy 31 armed drones and Ünïcödé words, ".repeat(500) + "the end.";
        let segmenter = RuleSegmenter::default();
        let spans = segmenter.sentences(&text);
        assert!(spans.len() >= text.len() / MAX_SENTENCE);
        let mut covered = String::new();
        for s in &spans {
            assert!(s.len() <= MAX_SENTENCE);
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            let piece = s.slice(&text);
            assert_eq!(piece, piece.trim());
            covered.push_str(piece);
        }
        let squeeze = |s: &str| s.split_whitespace().collect::<String>();
        assert_eq!(
            squeeze(&covered),
            squeeze(&text),
            "the pieces cover the text"
        );
        assert_eq!(segmenter.sentences_around(&text, &[text.len() - 3]), spans);
    }

    use super::*;

    fn split(text: &str) -> Vec<&str> {
        RuleSegmenter::new()
            .sentences(text)
            .iter()
            .map(|s| s.slice(text))
            .collect()
    }

    /// Real news sentences and the Golden Rule situations they meet.
    #[test]
    fn segments_news_text() {
        let cases: &[(&str, &[&str])] = &[
            (
                "U.S. Secretary of State Antony Blinken and Defense Secretary Lloyd Austin joined Indian Foreign Minister Subrahmanyam Jaishankar. Once on opposite sides of the Cold War, India and the U.S. are now collaborating.",
                &[
                    "U.S. Secretary of State Antony Blinken and Defense Secretary Lloyd Austin joined Indian Foreign Minister Subrahmanyam Jaishankar.",
                    "Once on opposite sides of the Cold War, India and the U.S. are now collaborating.",
                ],
            ),
            (
                "The talks also covered a more than $3 billion deal for India to acquire 31 armed drones made by General Atomics, pending U.S. government clearances. Additionally, the Pentagon has offered several infantry combat vehicle systems.",
                &[
                    "The talks also covered a more than $3 billion deal for India to acquire 31 armed drones made by General Atomics, pending U.S. government clearances.",
                    "Additionally, the Pentagon has offered several infantry combat vehicle systems.",
                ],
            ),
            (
                "They will be hosted by Defense Minister Rajnath Singh and External Affairs Minister S. Jaishankar, for in-depth discussions. The U.S. Secretary of State Antony J. Blinken is expected.",
                &[
                    "They will be hosted by Defense Minister Rajnath Singh and External Affairs Minister S. Jaishankar, for in-depth discussions.",
                    "The U.S. Secretary of State Antony J. Blinken is expected.",
                ],
            ),
            (
                // Text escaped twice: line breaks written out between sentences.
                r"The deal covers 31 drones.\n\nThe minister spoke.",
                &["The deal covers 31 drones.", "The minister spoke."],
            ),
            (
                "\"I should think!\" (Dinah was the cat.) \"I hope they remember.\" (Smith 55) said.",
                &[
                    "\"I should think!\"",
                    "(Dinah was the cat.)",
                    "\"I hope they remember.\" (Smith 55) said.",
                ],
            ),
            (
                "\"The deal is done,\" he said. \"Really!\" (Which was true.)",
                &[
                    "\"The deal is done,\" he said.",
                    "\"Really!\" (Which was true.)",
                ],
            ),
            (
                "It follows Prime Minister Modi's visit to the U.S. in June. The deal was signed.",
                &[
                    "It follows Prime Minister Modi's visit to the U.S. in June.",
                    "The deal was signed.",
                ],
            ),
            (
                "There were 500 cases in the U.S. The U.S. Commission asked the U.S. Government to act.",
                &[
                    "There were 500 cases in the U.S.",
                    "The U.S. Commission asked the U.S. Government to act.",
                ],
            ),
            (
                "India-U.S. 2+2 Ministerial Dialogue: Enhancing Bilateral Relations\n\nBy siliconindia  |  Tuesday, 24 October 2023, 02:24 IST\ncmt right",
                &[
                    "India-U.S. 2+2 Ministerial Dialogue: Enhancing Bilateral Relations",
                    "By siliconindia  |  Tuesday, 24 October 2023, 02:24 IST",
                    "cmt right",
                ],
            ),
            (
                "He said “Stop.” Then he left. She said, “The deal is done. We will buy 31 drones,” and smiled.",
                &[
                    "He said “Stop.”",
                    "Then he left.",
                    "She said, “The deal is done. We will buy 31 drones,” and smiled.",
                ],
            ),
            (
                "Gen. Singh met Sen. Smith on Jan. 20 at No. 10 Downing St. near the park. It cost $3.99 per unit, i.e. almost nothing.",
                &[
                    "Gen. Singh met Sen. Smith on Jan. 20 at No. 10 Downing St. near the park.",
                    "It cost $3.99 per unit, i.e. almost nothing.",
                ],
            ),
            (
                "J. R. R. Tolkien wrote it vs. the odds, e.g. in wartime. Acme Corp. and Beta Inc. signed. Mr. Rao agreed.",
                &[
                    "J. R. R. Tolkien wrote it vs. the odds, e.g. in wartime.",
                    "Acme Corp. and Beta Inc. signed.",
                    "Mr. Rao agreed.",
                ],
            ),
            (
                "I never meant that... She left the store. Wait … what? Yes!",
                &[
                    "I never meant that...",
                    "She left the store.",
                    "Wait … what?",
                    "Yes!",
                ],
            ),
            (
                "The agenda:\n1. Drones 2. Engines 3. Vehicles\n• Space • Cyber",
                &[
                    "The agenda:",
                    "1. Drones",
                    "2. Engines",
                    "3. Vehicles",
                    "• Space",
                    "• Cyber",
                ],
            ),
            (
                "What's the Score?.......... 9\n----------\n<p>Talks resumed. Drones were discussed.</p>",
                &[
                    "What's the Score?",
                    "Talks resumed.",
                    "Drones were discussed.",
                ],
            ),
            (
                "Defense Cooperation\n\nThe talks (held in Delhi.) ended. \"We agree. Fully!\" (Reuters) He left.",
                &[
                    "Defense Cooperation",
                    "The talks (held in Delhi.) ended.",
                    "\"We agree. Fully!\" (Reuters) He left.",
                ],
            ),
            ("", &[]),
            ("  \n\n ", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(split(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn wrapped_lines_join_lowercase_continuations() {
        let text = "This is a sentence\ncut off in the middle because pdf.\nNext one.";
        let seg = RuleSegmenter::new().wrapped_lines(true);
        let got: Vec<&str> = seg.sentences(text).iter().map(|s| s.slice(text)).collect();
        assert_eq!(
            got,
            [
                "This is a sentence\ncut off in the middle because pdf.",
                "Next one."
            ]
        );
    }

    #[test]
    fn never_panics_and_spans_are_trimmed_char_boundaries() {
        let texts = [
            "“”‘’\"'()[]...…!?．。 . . . .",
            "a.b.c.d.e.f.g.h.i.j",
            "(((((((((( [[[[[ “““ '''",
            "1. 2. 3. a) b) (i) (ii) • • ⁃9.",
            "ǃʼOǃKung!Xũ. ℓ 1 , ℓ 2 . N°. 1026.253.553.",
            "\r\n\r\n.\n.\r.",
            "x.\u{a0}Y …” (“A.” B.) [1]. ‘x’ i.",
        ];
        for text in texts {
            let spans = RuleSegmenter::new().sentences(text);
            let mut last = 0;
            for s in &spans {
                assert!(s.start >= last && s.start < s.end && s.end <= text.len());
                let slice = s.slice(text);
                assert_eq!(slice, slice.trim(), "{text:?}");
                last = s.end;
            }
        }
    }

    /// The scan skips runs of plain words ("word, word word") without its per-character tests;
    /// a list label after a comma or a space still starts an item there.
    #[test]
    fn labels_inside_runs_of_plain_words_still_start_items() {
        assert_eq!(
            split(
                "Bring three things, a) water, b) food and c) maps. Words, words and more words."
            ),
            [
                "Bring three things,",
                "a) water,",
                "b) food and",
                "c) maps.",
                "Words, words and more words."
            ]
        );
    }

    /// Segmenting around an offset gives the very sentence the whole-text scan gives there,
    /// on every sentence of the seed articles (with their CRLF twins).
    #[test]
    fn sentences_around_agree_with_the_whole_text() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect();
        texts.push(texts[0].replace('\n', "\r\n"));
        let segmenter = RuleSegmenter::new();
        for text in &texts {
            let all = segmenter.sentences(text);
            for s in &all {
                for at in [s.start, s.end - 1] {
                    let around = segmenter.sentences_around(text, &[at, at]);
                    assert!(around.contains(s), "{:?}", s.slice(text));
                    assert!(around.iter().all(|a| all.contains(a)));
                }
            }
        }
    }

    /// With several offsets, each one's sentence is there as the whole-text scan cuts it, and a
    /// block is read only up to the sentence of its last offset.
    #[test]
    fn sentences_around_several_offsets_stop_after_the_last_one_of_each_block() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let segmenter = RuleSegmenter::new();
        let mut cut_short = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            let all = segmenter.sentences(&text);
            for (i, s) in all.iter().enumerate() {
                let partner = all[(i * 7 + 3) % all.len()];
                let asked = [partner.end - 1, s.start];
                let around = segmenter.sentences_around(&text, &asked);
                assert!(around.contains(s) && around.contains(&partner));
                assert!(around.iter().all(|a| all.contains(a)));
                // Every sentence given comes at or before an offset asked in its block.
                let needed = |a: &Span| {
                    asked.iter().any(|&o| {
                        let block = lines::block_around(&text, o, false);
                        block.start <= a.start && a.end <= block.end && a.start <= o
                    })
                };
                assert!(around.iter().all(needed), "read past the last offset");
                // Sentences after the last offset of an asked block, left unread.
                let in_asked_block = |a: &&Span| {
                    asked.iter().any(|&o| {
                        let block = lines::block_around(&text, o, false);
                        block.start <= a.start && a.end <= block.end
                    })
                };
                cut_short += all
                    .iter()
                    .filter(in_asked_block)
                    .filter(|a| !needed(a))
                    .count();
            }
        }
        assert!(
            cut_short > 0,
            "no block had a sentence after its last offset"
        );
    }

    /// A pathological line (no sentence end a reader would accept, unclosed brackets,
    /// abbreviations back to back) still comes out as well-formed pieces that cover it. Speed on
    /// such input is measured by `bench/one-line.sh`, which CI runs under a timeout.
    #[test]
    fn long_single_line_gives_capped_pieces_that_cover_it() {
        let text = "a.B".repeat(50_000) + &"(x ".repeat(50_000) + &"U.S. ".repeat(50_000);
        let spans = RuleSegmenter::new().sentences(&text);
        assert!(spans.len() >= text.len() / MAX_SENTENCE);
        for pair in spans.windows(2) {
            assert!(
                pair[0].end <= pair[1].start,
                "{:?} overlaps {:?}",
                pair[0],
                pair[1]
            );
        }
        let covered: String = spans.iter().map(|s| s.slice(&text)).collect();
        let squeeze = |s: &str| s.split_whitespace().collect::<String>();
        assert_eq!(squeeze(&covered), squeeze(&text));
        assert!(
            spans
                .iter()
                .all(|s| s.len() <= MAX_SENTENCE && !s.is_empty())
        );
    }
}
