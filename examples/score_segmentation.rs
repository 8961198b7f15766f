//! Scores the rule segmenter against the peer segmentation suite (pragmatic_segmenter and pySBD
//! cases, JSON Lines).
//!
//! ```text
//! cargo run --example score_segmentation -- [SUITE.jsonl] [--failures]
//! ```
//! (default suite: `../shared/peer-suites/segmentation_en.jsonl`).
//!
//! Comparison, as the sources do it: the expected list of sentences against ours, each
//! stripped of surrounding white space, exact equality. Cases whose expected sentences are not
//! substrings of the input (`sentences_are_substrings: false`: the source cleaned the text,
//! e.g. joined "cold \nnight") are compared after collapsing every run of white space to one
//! space on both sides, because our spans always point into the original text; any other
//! cleaning (HTML, dot leaders, backticks) is not imitated and fails. Cases with
//! `options.doc_type: "pdf"` run with `RuleSegmenter::wrapped_lines(true)`, the option meant
//! for hard-wrapped text.

use crosscheck::segment::{RuleSegmenter, Segmenter};
use serde_json::Value;
use std::collections::BTreeMap;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut path = String::from("../shared/peer-suites/segmentation_en.jsonl");
    let mut show_failures = false;
    for arg in std::env::args().skip(1) {
        if arg == "--failures" {
            show_failures = true;
        } else {
            path = arg;
        }
    }
    let suite = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut tally: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (n, line) in suite.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let case: Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("{path}:{}: {e}", n + 1);
                return ExitCode::FAILURE;
            }
        };
        if case["kind"] != "segmentation" {
            continue;
        }
        let source = case["source"].as_str().unwrap_or("?").to_string();
        let text = case["text"].as_str().unwrap_or("");
        let substrings = case["sentences_are_substrings"].as_bool().unwrap_or(true);
        let pdf = case["options"]["doc_type"] == "pdf";
        let normalise = |s: &str| -> String {
            if substrings {
                s.trim().to_string()
            } else {
                s.split_whitespace().collect::<Vec<_>>().join(" ")
            }
        };
        let expected: Vec<String> = case["sentences"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).map(normalise).collect())
            .unwrap_or_default();
        let segmenter = RuleSegmenter::new().wrapped_lines(pdf);
        let got: Vec<String> = segmenter
            .sentences(text)
            .iter()
            .map(|s| normalise(s.slice(text)))
            .collect();
        let entry = tally.entry(source.clone()).or_default();
        entry.0 += 1;
        if got == expected {
            entry.1 += 1;
        } else if show_failures {
            let id = case["id"].as_str().unwrap_or("?");
            println!("FAIL {source} {id}  text: {text:?}");
            println!("  expected:");
            for s in &expected {
                println!("    {s:?}");
            }
            println!("  got:");
            for s in &got {
                println!("    {s:?}");
            }
        }
    }
    let (mut cases, mut passed) = (0, 0);
    println!(
        "{:<36} {:>6} {:>6} {:>7}",
        "source", "cases", "passed", "rate"
    );
    for (source, (c, p)) in &tally {
        println!("{source:<36} {c:>6} {p:>6} {:>6.1}%", rate(*p, *c));
        cases += c;
        passed += p;
    }
    println!(
        "{:<36} {cases:>6} {passed:>6} {:>6.1}%",
        "all",
        rate(passed, cases)
    );
    ExitCode::SUCCESS
}

fn rate(passed: usize, cases: usize) -> f64 {
    if cases == 0 {
        0.0
    } else {
        100.0 * passed as f64 / cases as f64
    }
}
