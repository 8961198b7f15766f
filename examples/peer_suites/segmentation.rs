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
//!
//! The `rewrite` column counts cases no span-based segmenter can pass: an expected sentence is
//! not a substring of the input even after white space is collapsed (the source deleted dots,
//! markup inside the sentence, backslashes, or letters split over lines). `rate*` is the pass
//! rate over the other cases. Both rates are printed; the first is the headline figure.

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
    let mut tally: BTreeMap<String, Tally> = BTreeMap::new();
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
        let flat = normalise_all(text);
        let rewrite = expected.iter().any(|s| !flat.contains(&normalise_all(s)));
        let entry = tally.entry(source.clone()).or_default();
        entry.cases += 1;
        entry.rewrite += usize::from(rewrite);
        if got == expected {
            entry.passed += 1;
            entry.passed_rewrite += usize::from(rewrite);
        } else if show_failures {
            let id = case["id"].as_str().unwrap_or("?");
            let note = if rewrite { " (needs rewriting)" } else { "" };
            println!("FAIL {source} {id}{note}  text: {text:?}");
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
    let mut all = Tally::default();
    println!(
        "{:<34} {:>6} {:>6} {:>7} {:>8} {:>7}",
        "source", "cases", "passed", "rate", "rewrite", "rate*"
    );
    for (source, t) in &tally {
        print_row(source, t);
        all.cases += t.cases;
        all.passed += t.passed;
        all.rewrite += t.rewrite;
        all.passed_rewrite += t.passed_rewrite;
    }
    print_row("all", &all);
    ExitCode::SUCCESS
}

#[derive(Default)]
struct Tally {
    cases: usize,
    passed: usize,
    /// Cases whose expected sentences are not substrings even after white space collapsing.
    rewrite: usize,
    passed_rewrite: usize,
}

fn print_row(name: &str, t: &Tally) {
    let other = t.cases - t.rewrite;
    let passed_other = t.passed - t.passed_rewrite;
    println!(
        "{name:<34} {:>6} {:>6} {:>6.1}% {:>8} {:>6.1}%",
        t.cases,
        t.passed,
        rate(t.passed, t.cases),
        t.rewrite,
        rate(passed_other, other)
    );
}

/// White space runs collapsed to one space, for the substring test.
fn normalise_all(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn rate(passed: usize, cases: usize) -> f64 {
    if cases == 0 {
        0.0
    } else {
        100.0 * passed as f64 / cases as f64
    }
}
