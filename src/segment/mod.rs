//! Sentences, as byte spans into the document.
//!
//! Behind the small [`Segmenter`] trait so that another segmenter (icu_segmenter, sentencex)
//! can replace the rule-based one without touching the stages after it.
//!
//! [`RuleSegmenter`] follows the English Golden Rules of pragmatic_segmenter, on spans of the
//! original text (it never rewrites the text):
//! - line structure first ([`lines`]): a blank line always ends a sentence; a single line break
//!   ends one too (headlines, bylines and list items stand on their own lines), unless it
//!   follows a space and the next line starts lowercase or with "(" (a sentence wrapped by an
//!   editor), or [`RuleSegmenter::wrapped_lines`] is set and the next line starts lowercase;
//! - then, within each block, terminal punctuation judged by the word before it
//!   ([`abbreviation`]: "U.S.", "Dr.", "No. 5", initials, decimals), by what follows it, by
//!   the quotation or brackets it stands in ([`quote`]), and list markers ([`list`]);
//! - last, each sentence loses what is not sentence at its edges ([`edge`]): white space,
//!   leftover markup, decorative rules, table-of-contents leaders.

mod abbreviation;
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

impl Segmenter for RuleSegmenter {
    fn sentences(&self, text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        for block in lines::blocks(text, self.wrapped_lines) {
            scan::scan_block(text, block.start, block.end, &mut out);
        }
        out
    }

    /// Scans only the blocks (paragraphs, headlines: text between hard line breaks) that
    /// contain an offset of `at`: sentences never cross a block, so these are exactly the
    /// sentences the whole-text scan gives there.
    fn sentences_around(&self, text: &str, at: &[usize]) -> Vec<Span> {
        let mut at: Vec<usize> = at.iter().copied().filter(|&a| a < text.len()).collect();
        at.sort_unstable();
        let mut out = Vec::new();
        let mut last: Option<Span> = None;
        for a in at {
            if last.is_some_and(|b| a < b.end) {
                continue;
            }
            let block = lines::block_around(text, a, self.wrapped_lines);
            scan::scan_block(text, block.start, block.end, &mut out);
            last = Some(block);
        }
        out
    }
}

#[cfg(test)]
mod tests {
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

    #[test]
    fn long_single_line_is_linear() {
        let text = "a.B".repeat(50_000) + &"(x ".repeat(50_000) + &"U.S. ".repeat(50_000);
        let started = std::time::Instant::now();
        let spans = RuleSegmenter::new().sentences(&text);
        assert!(!spans.is_empty());
        assert!(
            started.elapsed().as_secs() < 5,
            "took {:?}",
            started.elapsed()
        );
    }
}
