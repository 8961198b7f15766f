//! crosscheck: cross-references the claims an editor stands behind against a corpus of articles.
//!
//! The pipeline reads top to bottom: [`claims`] → [`corpus`] → [`segment`] → [`subject`] →
//! [`quantity`] → [`verdict`] → [`report`]. See ARCHITECTURE.md. The library never prints; the
//! binary renders a [`report::Report`].

pub mod claims;
pub mod corpus;
pub mod diagnostic;
pub mod listing;
pub mod quantity;
pub mod report;
pub mod segment;
pub mod span;
pub mod subject;
pub mod verdict;

use claims::Claims;
use rayon::prelude::*;
use report::Report;
use std::path::PathBuf;

/// How many documents are read and checked at once, in parallel, before their results are
/// added to the report in path order: enough to keep every core busy, few enough that the
/// texts in flight stay a few megabytes.
const BATCH: usize = 256;

/// Checks every document under `paths` against `claims`. Each document is read once and
/// dropped once checked; files that cannot be read are recorded in `Report::problems` and the
/// run goes on.
///
/// Documents are checked in parallel on the current rayon pool (`RAYON_NUM_THREADS`), in
/// batches whose results are added in path order: the report is the same, byte for byte,
/// whatever the number of threads.
pub fn check(
    claims: &Claims,
    paths: &[PathBuf],
    walk: &corpus::WalkOptions,
) -> Result<Report, subject::SubjectError> {
    check_keeping(claims, paths, walk, report::Keep::All)
}

/// [`check`], keeping only the evidence `keep` says: `Keep::Table` when only the table will be
/// printed, so that a large corpus's report stays small.
pub fn check_keeping(
    claims: &Claims,
    paths: &[PathBuf],
    walk: &corpus::WalkOptions,
    keep: report::Keep,
) -> Result<Report, subject::SubjectError> {
    let checker = verdict::Checker::new(&claims.claims)?;
    let list = corpus::list_files(paths, walk);
    let mut report = Report::new(&claims.claims).keeping(keep.resolve(list.files.len()));
    for problem in list.problems {
        report.add_problem(problem);
    }
    // Paths are taken by value and dropped batch by batch: the report keeps its own copy.
    let mut files = list.files.into_iter();
    loop {
        let batch: Vec<PathBuf> = files.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            break;
        }
        let done: Vec<Checked> = batch
            .par_iter()
            .map(|path| check_one(&checker, &report, path, walk.max_filesize))
            .collect();
        for checked in done {
            report.problems.extend(checked.problems);
            if let Some(results) = checked.results {
                report.push_document(results);
            }
        }
    }
    report.finish();
    Ok(report)
}

/// One file, read, checked and turned into results (the document's text is dropped here).
struct Checked {
    results: Option<report::DocumentResults>,
    problems: Vec<corpus::FileProblem>,
}

fn check_one(
    checker: &verdict::Checker,
    report: &Report,
    path: &std::path::Path,
    max_filesize: u64,
) -> Checked {
    match corpus::read_document(path, max_filesize) {
        Ok((document, warning)) => {
            let findings = checker.findings(&document.text);
            Checked {
                results: Some(report.document_results(&document, &findings)),
                problems: warning.into_iter().collect(),
            }
        }
        Err(problem) => Checked {
            results: None,
            problems: vec![problem],
        },
    }
}
