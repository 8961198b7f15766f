//! Any text as an article, checked against the example claims: never panics, and every piece
//! of evidence lies inside its sentence and the text.
#![no_main]

use crosscheck::claims::Claims;
use crosscheck::verdict::Checker;
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::LazyLock;

static CHECKER: LazyLock<Checker> = LazyLock::new(|| {
    let text = include_str!("../../claims.toml");
    let claims = Claims::parse(Path::new("claims.toml"), text).expect("the example claims load");
    Checker::new(&claims.claims).expect("the matchers build")
});

fuzz_target!(|text: &str| {
    for finding in CHECKER.check(text) {
        for e in &finding.evidence {
            assert!(e.sentence.end <= text.len() && e.found.end <= text.len());
            assert!(text.is_char_boundary(e.value.start) && text.is_char_boundary(e.value.end));
        }
    }
});
