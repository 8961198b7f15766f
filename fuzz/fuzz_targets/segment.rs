//! Any text: sentences are in order, non-overlapping, non-empty, trimmed and on char boundaries.
#![no_main]

use crosscheck::segment::{RuleSegmenter, Segmenter};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut end = 0;
    for s in RuleSegmenter::default().sentences(text) {
        assert!(end <= s.start && s.start < s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let sentence = &text[s.start..s.end];
        assert_eq!(sentence, sentence.trim());
        end = s.end;
    }
});
