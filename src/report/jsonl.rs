//! `--format jsonl`: one JSON object per line, as ripgrep's `--json` does, so that a consumer
//! can act on each document as soon as it is checked.
//!
//! Every line has a `type`:
//! - `result`: one (claim, document) result, with the same fields as in `--format json`;
//!   written as each document finishes, the results of a document together, by claim id;
//! - `problem`: a file that could not be read, or was read with a warning;
//! - `stale`: a baseline entry that matched nothing;
//! - `summary`: the last line, with the `version` of the format and the verdict counts.

use super::{Report, ResultEntry, Summary};
use crate::accept::baseline::BaselineEntry;
use crate::corpus::FileProblem;
use serde::Serialize;

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
enum Line<'a> {
    Result(&'a ResultEntry),
    Problem(&'a FileProblem),
    Stale(&'a BaselineEntry),
    Summary { version: u32, summary: &'a Summary },
}

/// The lines of the results of one document (as streamed while the run goes).
pub fn document_lines(results: &[ResultEntry]) -> String {
    results.iter().map(|r| line(&Line::Result(r))).collect()
}

/// The lines written after the last document: problems, stale baseline entries, the summary.
pub fn closing_lines(report: &Report) -> String {
    let mut out: String = report
        .problems
        .iter()
        .map(|p| line(&Line::Problem(p)))
        .collect();
    out.extend(report.stale_baseline.iter().map(|e| line(&Line::Stale(e))));
    out.push_str(&line(&Line::Summary {
        version: super::REPORT_VERSION,
        summary: &report.summary,
    }));
    out
}

/// The whole report: each document's results in document order, then the closing lines.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for document in &report.documents {
        let mut results: Vec<&ResultEntry> = report
            .results
            .iter()
            .filter(|r| r.document == document.path)
            .collect();
        results.sort_by(|a, b| a.claim.cmp(&b.claim));
        out.extend(results.into_iter().map(|r| line(&Line::Result(r))));
    }
    out.push_str(&closing_lines(report));
    out
}

fn line(value: &Line<'_>) -> String {
    // Plain data with string keys always serialises; an empty object never breaks the stream.
    let mut out = serde_json::to_string(value).unwrap_or_else(|_| "{}".to_string());
    out.push('\n');
    out
}
