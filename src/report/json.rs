//! `--format json`: the whole report as one versioned JSON document, the contract that CI and
//! later tools read.

use super::Report;

/// The report as pretty-printed JSON, ending with a newline.
pub fn render(report: &Report) -> String {
    // Serialising plain data with string keys cannot fail; fall back to an empty object rather
    // than panic if it ever did.
    let mut out = serde_json::to_string_pretty(report).unwrap_or_else(|_| "{}".to_string());
    out.push('\n');
    out
}
