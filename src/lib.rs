//! crosscheck: cross-references the claims an editor stands behind against a corpus of articles.
//!
//! The pipeline reads top to bottom: [`claims`] → [`corpus`] → [`segment`] → [`subject`] →
//! [`quantity`] → [`verdict`] → [`report`]. See ARCHITECTURE.md. The library never prints; the
//! binary renders a [`report::Report`].

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

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
use report::Report;
use std::path::PathBuf;

/// Checks every document under `paths` against `claims`. Each document is read once and
/// dropped once checked; files that cannot be read are recorded in `Report::problems` and the
/// run goes on.
pub fn check(
    claims: &Claims,
    paths: &[PathBuf],
    walk: &corpus::WalkOptions,
) -> Result<Report, subject::SubjectError> {
    let checker = verdict::Checker::new(&claims.claims)?;
    let mut report = Report::new(&claims.claims);
    let list = corpus::list_files(paths, walk);
    for problem in list.problems {
        report.add_problem(problem);
    }
    for path in &list.files {
        match corpus::read_document(path, walk.max_filesize) {
            Ok((document, warning)) => {
                if let Some(warning) = warning {
                    report.add_problem(warning);
                }
                let findings = checker.check(&document.text);
                report.add_document(&document, &findings);
            }
            Err(problem) => report.add_problem(problem),
        }
    }
    report.finish();
    Ok(report)
}
