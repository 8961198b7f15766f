//! `--format jsonl`: one JSON object per line, as ripgrep's `--json` does, so that a consumer
//! can act on each document as soon as it is checked.
//!
//! Every line has a `type`:
//! - `result`: one (claim, document) result, with the same fields as in `--format json`;
//!   written as each document finishes, the results of a document together, by claim id
//!   the pairs whose subject occurs (the absent ones too with [`Pairs::Every`], `--all-pairs`);
//! - `problem`: a file that could not be read, or was read with a warning;
//! - `stale`: a baseline entry that matched nothing;
//! - `summary`: the last line, with the `version` of the format and the verdict counts.

use super::{ClaimEntry, Pairs, Report, ResultEntry, Summary};
use crate::accept::baseline::BaselineEntry;
use crate::corpus::FileProblem;
use crate::verdict::Verdict;
use serde::Serialize;

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
enum Line<'a> {
    Result(&'a ResultEntry),
    Problem(&'a FileProblem),
    Stale(&'a BaselineEntry),
    Summary { version: u32, summary: &'a Summary },
}

/// The lines of the results of one document (as streamed while the run goes), in claim order:
/// one per claim whose subject occurs, or with [`Pairs::Every`] one per claim. `results` holds
/// the document's non-absent results, sorted by claim id; the absent ones are written as they
/// are made up.
pub fn document_lines(
    claims: &[ClaimEntry],
    path: &str,
    results: &[ResultEntry],
    which: Pairs,
) -> String {
    let mut out = String::new();
    if which == Pairs::Found {
        for r in results {
            out.push_str(&line(&Line::Result(r)));
        }
        return out;
    }
    let mut stored = results.iter().peekable();
    for claim in claims {
        match stored.next_if(|r| r.claim == claim.id) {
            Some(r) => out.push_str(&line(&Line::Result(r))),
            None => out.push_str(&line(&Line::Result(&super::pairs::absent(&claim.id, path)))),
        }
    }
    out
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

/// The whole report, as the run streams it: each document's results (those `which` asks for)
/// in document order, then the closing lines. For a report that keeps every result
/// ([`Keep::All`](super::Keep::All)); the run itself streams with
/// [`Keep::Streamed`](super::Keep::Streamed) and [`document_lines`].
pub fn render(report: &Report, which: Pairs) -> String {
    let mut out = String::new();
    for d in 0..report.documents.len() {
        for c in 0..report.claims.len() {
            let result = report.result_at(c, d);
            if which == Pairs::Found && result.verdict == Verdict::Absent {
                continue;
            }
            out.push_str(&line(&Line::Result(result.as_ref())));
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Keep;
    use crate::report::assertion_tests::stated_report;

    /// A stream writes every evidence with its assertion before the report drops it, and the
    /// summary line counts the hedged-only conflicts from what the report keeps.
    #[test]
    fn the_stream_says_how_each_value_is_stated() {
        let all = stated_report(Keep::All);
        let a = &all.results[..1];
        let lines = document_lines(&all.claims, "news/a.md", a, Pairs::Every);
        let line: serde_json::Value = serde_json::from_str(lines.trim_end()).unwrap();
        assert_eq!(line["evidence"][0]["assertion"], "hedged");
        assert_eq!(line["hedged"], true);
        let streamed = stated_report(Keep::Streamed);
        assert!(streamed.results.iter().all(|r| r.evidence.is_empty()));
        let closing = closing_lines(&streamed);
        assert!(closing.contains(r#""accepted":0,"hedged":2,"#), "{closing}");
    }
}
