//! The segmenter's tests: news text, wrapped lines, lists, the length cap, and
//! `sentences_around` against the whole text.

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
fn a_sentence_cut_by_blank_lines_goes_on_after_them() {
    // Text taken from a web page: a paragraph break in the middle of a phrase.
    let text = "Nvidia results\n\nRevenue rose 18%. Non-GAAP earnings\n\nper diluted share was $6.12.\n\nShares rose.";
    assert_eq!(
        split(text),
        [
            "Nvidia results",
            "Revenue rose 18%.",
            "Non-GAAP earnings\n\nper diluted share was $6.12.",
            "Shares rose."
        ]
    );
    // The first line (a headline), a paragraph that ends with its stop, a short fragment, a
    // new paragraph that opens with a pronoun: blocks of their own.
    let text = "Nvidia beats forecasts\n\nrevenue rose 18% in the quarter.";
    assert_eq!(split(text).len(), 2);
    for body in [
        "The board met on Friday.\n\nshares rose 3% after the news.",
        "Record revenue\n\nup 18% from the quarter before.",
        "It met the board on the matter\n\nthey said nothing more of it.",
    ] {
        let text = format!("Markets today\n\n{body}");
        assert_eq!(split(&text).len(), 3, "{body}");
    }
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
        split("Bring three things, a) water, b) food and c) maps. Words, words and more words."),
        [
            "Bring three things,",
            "a) water,",
            "b) food and",
            "c) maps.",
            "Words, words and more words."
        ]
    );
}

/// The seed articles of `corpus/`, and the first again with CRLF line breaks.
fn seed_texts_with_crlf_twin() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut texts: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    texts.push(texts[0].replace('\n', "\r\n"));
    texts
}

/// Segmenting around an offset gives the very sentence the whole-text scan gives there,
/// on every sentence of the seed articles (with their CRLF twins).
#[test]
fn sentences_around_agree_with_the_whole_text() {
    let texts = seed_texts_with_crlf_twin();
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

/// The sentence after a sentence, read on its own from where it starts, is the one the
/// whole-text scan gives after it in the same block, and there is none across a block break;
/// on every sentence of the seed articles (with their CRLF twins).
#[test]
fn the_sentence_after_agrees_with_the_whole_text() {
    let texts = seed_texts_with_crlf_twin();
    let segmenter = RuleSegmenter::new();
    let mut followed = 0;
    for text in &texts {
        let all = segmenter.sentences(text);
        for (i, s) in all.iter().enumerate() {
            let block = lines::block_around(text, s.start, false);
            let expected = all.get(i + 1).filter(|n| n.end <= block.end).copied();
            assert_eq!(
                segmenter.sentence_after(text, *s),
                expected,
                "after {:?}",
                s.slice(text)
            );
            followed += usize::from(expected.is_some());
        }
    }
    assert!(followed > 50, "only {followed} sentences had one after");
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
