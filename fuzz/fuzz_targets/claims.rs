//! Any text as a claims file: loading never panics, and every diagnostic's span lies inside
//! the text and renders.
#![no_main]

use crosscheck::claims::{Claims, ClaimsError};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|text: &str| {
    if let Err(ClaimsError::Invalid { diagnostics, text, .. }) = Claims::parse(Path::new("claims.toml"), text) {
        assert!(!diagnostics.is_empty());
        for d in &diagnostics {
            assert!(d.span.start <= d.span.end && d.span.end <= text.len());
            let _ = d.render("claims.toml", &text, false);
        }
    }
});
