//! Any text as a claims file: loading never panics, and every diagnostic's span lies inside
//! the text and renders.
#![no_main]

use crosscheck::claims::{Claims, ClaimsError};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|text: &str| {
    if let Err(ClaimsError::Invalid { files }) = Claims::parse(Path::new("claims.toml"), text) {
        assert!(files.iter().any(|f| !f.diagnostics.is_empty()));
        for file in &files {
            let text = &file.file.text;
            for d in &file.diagnostics {
                assert!(d.span.start <= d.span.end && d.span.end <= text.len());
                let _ = d.render(&file.file.path, text, false);
            }
        }
    }
});
