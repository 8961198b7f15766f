//! Any text: sentences are in order, non-overlapping, non-empty, trimmed and on char boundaries;
//! segmenting around a few offsets gives each offset's sentence as the whole-text scan cuts it,
//! and only sentences that scan gives.
#![no_main]

use crosscheck::segment::{RuleSegmenter, Segmenter};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let segmenter = RuleSegmenter::default();
    let all = segmenter.sentences(text);
    let mut end = 0;
    for s in &all {
        assert!(end <= s.start && s.start < s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let sentence = &text[s.start..s.end];
        assert_eq!(sentence, sentence.trim());
        end = s.end;
    }
    // Offsets picked from the text's length: the first sentence's start, the middle one's
    // last byte, and whatever byte sits at a third of the text.
    let mut asked = vec![text.len() / 3];
    if let Some(first) = all.first() {
        asked.push(first.start);
    }
    if let Some(middle) = all.get(all.len() / 2) {
        asked.push(middle.end - 1);
    }
    let around = segmenter.sentences_around(text, &asked);
    assert!(around.iter().all(|a| all.contains(a)));
    for &at in &asked {
        if let Some(s) = all.iter().find(|s| s.start <= at && at < s.end) {
            assert!(around.contains(s), "{at} in {s:?} missing from {around:?}");
        }
    }
});
