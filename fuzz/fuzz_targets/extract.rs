//! Any text: quantities are sorted, non-overlapping, on char boundaries, with sane intervals;
//! reading a claim value never panics.
#![no_main]

use crosscheck::quantity::{extract, parse_value};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut end = 0;
    for q in extract(text) {
        assert!(end <= q.span.start && q.span.start < q.span.end && q.span.end <= text.len());
        assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
        if let (Some(low), Some(high)) = (q.interval.low, q.interval.high) {
            assert!(
                low <= high,
                "{low} > {high} for {:?}",
                &text[q.span.start..q.span.end]
            );
        }
        end = q.span.end;
    }
    let _ = parse_value(text);
});
