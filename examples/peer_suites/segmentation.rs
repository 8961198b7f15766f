//! Segmentation scoring (`segmentation_en.jsonl`: pragmatic_segmenter's Golden Rules and spec
//! cases, pySBD's rules, tests and regressions).
//!
//! Rules, as the sources compare: the expected list of sentences against ours, each stripped of
//! surrounding white space, exact equality. Cases whose expected sentences are not substrings of
//! the input (`sentences_are_substrings: false`: the source cleaned the text, e.g. joined
//! "cold \nnight" or "pricing\n." into "pricing.") are compared with white space removed on
//! both sides: our spans always point into the original text, so what is scored there is where
//! the boundaries fall, not how the source rewrote the spacing. Any other cleaning (markup,
//! dot leaders, backticks) is not imitated, and such a case fails and is marked "needs
//! rewriting" in the failure list. Every case runs with the segmenter `check` uses, the
//! default one, including those with `options.doc_type: "pdf"`: soft-wrapped lines are read
//! as such without being told.
//!
//! Rows: `golden-rules` (the 52 English Golden Rules, `GR-*`), `other-segmentation` (every case
//! that is not a `GR-*` Golden Rule), `other-in-text` (those of them whose expected sentences
//! are all in the input once white space is removed: the cases a segmenter that returns spans
//! of the input can pass at all), and one row per source.

use crate::Row;
use crosscheck::segment::{RuleSegmenter, Segmenter};
use serde_json::Value;
use std::collections::BTreeMap;

pub fn score(suite: &str) -> Result<Vec<Row>, String> {
    let mut golden = Row::new("segmentation", "golden-rules", true);
    let mut other = Row::new("segmentation", "other-segmentation", true);
    let mut in_text = Row::new("segmentation", "other-in-text", true);
    let mut by_source: BTreeMap<String, Row> = BTreeMap::new();
    for (n, line) in suite.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let case: Value = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        if case["kind"] != "segmentation" {
            continue;
        }
        let source = case["source"].as_str().unwrap_or("?").to_string();
        let id = case["id"].as_str().unwrap_or("?");
        let text = case["text"].as_str().unwrap_or("");
        let substrings = case["sentences_are_substrings"].as_bool().unwrap_or(true);
        let normalise = |s: &str| -> String {
            if substrings {
                s.trim().to_string()
            } else {
                squeeze(s)
            }
        };
        let expected: Vec<String> = case["sentences"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).map(normalise).collect())
            .unwrap_or_default();
        let segmenter = RuleSegmenter::new();
        let got: Vec<String> = segmenter
            .sentences(text)
            .iter()
            .map(|s| normalise(s.slice(text)))
            .collect();
        let passed = got == expected;
        let flat = squeeze(text);
        let rewrite = expected.iter().any(|s| !flat.contains(&squeeze(s)));
        let describe = || {
            let note = if rewrite {
                " (needs rewriting: an expected sentence is not in the text)"
            } else {
                ""
            };
            format!(
                "FAIL {source} {id}{note}\n  text:     {text:?}\n  expected: {expected:?}\n  got:      {got:?}"
            )
        };
        let row = if id.starts_with("GR-") && source.starts_with("pragmatic") {
            &mut golden
        } else {
            by_source
                .entry(source.clone())
                .or_insert_with(|| Row::new("segmentation", &source, true))
                .record(passed, describe);
            if !rewrite {
                in_text.record(passed, describe);
            }
            &mut other
        };
        row.record(passed, describe);
    }
    let mut rows = vec![golden, other, in_text];
    rows.extend(by_source.into_values());
    Ok(rows)
}

/// `s` without white space.
fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}
