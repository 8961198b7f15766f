//! Scores crosscheck's quantity extractor and sentence segmenter against test cases other
//! projects wrote for the same problems (`../shared/peer-suites/`, JSON Lines; see its README),
//! and prints a table per suite and kind: cases, passed, rate, and the floor CI holds it to.
//!
//! ```text
//! cargo run --release --example peer_suites -- [DIR] [--failures KIND] [--check]
//! ```
//! - `DIR`: the suites' folder (default `../shared/peer-suites`). The suites are other projects'
//!   text and are not in this repository.
//! - `--failures KIND`: list the failing cases of one row (`cardinal`, `golden-rules`, …).
//! - `--check`: exit 1 when a rate falls below its floor (what `.ci/run` runs).
//!
//! Scoring rules: see `quantities.rs` (Recognizers-Text number, ordinal, percent, range and
//! currency specs) and `segmentation.rs` (pragmatic_segmenter's Golden Rules and specs, pySBD).
//! Never special-case a suite's sentence: fix the grammar in general ways.

mod quantities;
mod segmentation;

use std::path::PathBuf;
use std::process::ExitCode;

/// One row of the table.
pub struct Row {
    pub suite: &'static str,
    /// The key used for `--failures` and floors.
    pub group: String,
    pub cases: usize,
    pub passed: usize,
    /// Cases left out of the rate, each for a reason written beside it (`quantities.rs`).
    pub excluded: usize,
    /// Failing cases, described for `--failures`.
    pub failures: Vec<String>,
    /// Kinds crosscheck does not claim to extract are reported but hold no floor.
    pub in_scope: bool,
}

impl Row {
    pub fn new(suite: &'static str, group: &str, in_scope: bool) -> Self {
        Row {
            suite,
            group: group.to_string(),
            cases: 0,
            passed: 0,
            excluded: 0,
            failures: Vec::new(),
            in_scope,
        }
    }

    pub fn record(&mut self, passed: bool, describe: impl FnOnce() -> String) {
        self.cases += 1;
        if passed {
            self.passed += 1;
        } else {
            self.failures.push(describe());
        }
    }

    pub fn rate(&self) -> f64 {
        if self.cases == 0 {
            0.0
        } else {
            100.0 * self.passed as f64 / self.cases as f64
        }
    }
}

/// The rates reached when each floor was set; CI fails when a rate falls below. Raise them as
/// the rates rise, never lower them.
const FLOORS: &[(&str, f64)] = &[
    // through `extract` since issue 19 (the floors before were of internal views)
    ("cardinal", 96.6),
    ("ordinal", 92.9),
    ("percent", 96.7),
    ("money", 95.5),
    ("number_range", 95.0),
    // read with their unit since issue 21, scored on value and unit
    ("dimension", 93.0),
    ("temperature", 97.6),
    ("age", 94.7),
    ("golden-rules", 98.0),
    ("other-segmentation", 95.0),
    ("other-in-text", 97.4),
];

fn main() -> ExitCode {
    let mut dir = PathBuf::from("../shared/peer-suites");
    let mut failures_of: Option<String> = None;
    let mut check = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--failures" => failures_of = args.next(),
            "--check" => check = true,
            _ => dir = PathBuf::from(arg),
        }
    }
    let mut rows = Vec::new();
    for (file, score) in [
        (
            "recognizers_text_numbers.jsonl",
            quantities::score as fn(&str) -> Result<Vec<Row>, String>,
        ),
        ("segmentation_en.jsonl", segmentation::score),
    ] {
        let path = dir.join(file);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("error: cannot read {}: {e}", path.display());
                return ExitCode::from(2);
            }
        };
        match score(&text) {
            Ok(mut scored) => rows.append(&mut scored),
            Err(e) => {
                eprintln!("error: {}: {e}", path.display());
                return ExitCode::from(2);
            }
        }
    }
    println!(
        "{:<20} {:<34} {:>6} {:>7} {:>7} {:>7} {:>9}",
        "suite", "kind", "cases", "passed", "rate", "floor", "excluded"
    );
    let mut below = Vec::new();
    for row in &rows {
        let floor = FLOORS
            .iter()
            .find(|(g, _)| *g == row.group)
            .map(|(_, f)| *f);
        let floor_text = match (row.in_scope, floor) {
            (false, _) => "out of scope".to_string(),
            (true, Some(f)) => format!("{f:.1}%"),
            (true, None) => String::new(),
        };
        println!(
            "{:<20} {:<34} {:>6} {:>7} {:>6.1}% {:>7} {:>9}",
            row.suite,
            row.group,
            row.cases,
            row.passed,
            row.rate(),
            floor_text,
            row.excluded
        );
        if let Some(f) = floor
            && row.rate() + 1e-9 < f
        {
            below.push(format!("{} {:.1}% < floor {f:.1}%", row.group, row.rate()));
        }
    }
    if let Some(group) = failures_of {
        for row in rows.iter().filter(|r| r.group == group) {
            println!("\n{} failing cases of {}:", row.failures.len(), row.group);
            for failure in &row.failures {
                println!("{failure}");
            }
        }
    }
    if check && !below.is_empty() {
        eprintln!("below the floor: {}", below.join("; "));
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
