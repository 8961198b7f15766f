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
