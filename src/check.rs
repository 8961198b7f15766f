//! The run: every document under the paths, checked against the claims, into one [`Report`].
//!
//! [`check_with`] reports each document as it finishes ([`Event`]), so that a caller can stream
//! results (`--format jsonl`) or draw progress without the library printing anything.

use crate::accept::baseline::{Baseline, BaselineMatcher};
use crate::accept::comments::Directives;
use crate::claims::Claims;
use crate::reader::{self, Format};
use crate::report::{ClaimEntry, DocumentResults, Keep, Report, ResultEntry};
use crate::time::{DatesFile, date_document, metadata_date};
use crate::{corpus, subject, verdict};
use rayon::prelude::*;
use std::path::PathBuf;

/// What a run accepts besides the claims and paths.
#[derive(Debug, Default, Clone, Copy)]
pub struct CheckOptions<'a> {
    /// Conflicts accepted earlier (`check --baseline FILE`).
    pub baseline: Option<&'a Baseline>,
    /// Which files a directory walk reads, and the size limit.
    pub walk: corpus::WalkOptions,
    /// How much evidence the report keeps (all of it by default; less for a large table).
    pub keep: Keep,
    /// Documents' dates from a CMS export (`--dates FILE`), which win over what a document
    /// says of itself.
    pub dates: Option<&'a DatesFile>,
    /// The output never shows documents' dates (csv, sarif, github, junit): documents are then
    /// dated only for the claims with `as_of`. A per-claim table never shows them either.
    pub dates_unshown: bool,
}

/// Progress of a run, in order: `Listed` once, then one `Document` per file listed.
#[derive(Debug)]
pub enum Event<'a> {
    /// The paths were walked: `files` documents will follow.
    Listed { files: usize },
    /// One document is done: its non-absent results, sorted by claim id, acceptance applied
    /// (empty when the file could not be read).
    Document {
        path: &'a str,
        /// The report's claims, sorted by id (absent results are not in `results`).
        claims: &'a [ClaimEntry],
        results: &'a [ResultEntry],
    },
}

/// Checks every document under `paths` against `claims`. Each document is read once and
/// dropped once checked; files that cannot be read are recorded in `Report::problems` and the
/// run goes on.
pub fn check(claims: &Claims, paths: &[PathBuf]) -> Result<Report, subject::SubjectError> {
    check_with(claims, paths, CheckOptions::default(), &mut |_| {})
}

/// [`check`], accepting the conflicts of `options.baseline` and of the documents' ignore
/// comments, and calling `on_event` as the run goes.
pub fn check_with(
    claims: &Claims,
    paths: &[PathBuf],
    options: CheckOptions<'_>,
    on_event: &mut dyn FnMut(Event<'_>),
) -> Result<Report, subject::SubjectError> {
    // The automaton is built while the paths are walked: each takes a few tenths of a second
    // with 10,000 claims over 200,000 files, and nothing can be checked before both are done.
    let (checker, list) = rayon::join(
        || verdict::Checker::new(&claims.claims),
        || corpus::list_files(paths, &options.walk),
    );
    let checker = checker?;
    let known: Vec<&str> = claims.claims.iter().map(|c| &*c.id).collect();
    let mut baseline = options.baseline.map(BaselineMatcher::new);
    let keep = options.keep.resolve(list.files.len(), BATCH);
    let mut report = Report::new(&claims.claims).keeping(keep);
    // A document is dated for the report when it shows dates, and for the claims with `as_of`.
    let dated = checker.has_as_of() || !(options.dates_unshown || keep == Keep::Conflicts);
    for problem in list.problems {
        report.add_problem(problem);
    }
    on_event(Event::Listed {
        files: list.files.len(),
    });
    // Paths are taken by value and dropped batch by batch: the report keeps its own copy.
    let mut files = list.files.into_iter();
    loop {
        let batch: Vec<PathBuf> = files.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            break;
        }
        let done: Vec<Checked> = batch
            .par_iter()
            .map(|path| {
                check_one(
                    &checker,
                    &report,
                    &known,
                    path,
                    &options,
                    &claims.read,
                    dated,
                )
            })
            .collect();
        // In path order, whatever the number of threads: acceptance asks the baseline matcher,
        // which remembers what it matched, so it runs here, one document after another.
        let batch_results = report.results.len();
        for checked in done {
            report.problems.extend(checked.problems);
            let Some((results, directives)) = checked.results else {
                on_event(Event::Document {
                    path: &checked.path,
                    claims: &report.claims,
                    results: &[],
                });
                continue;
            };
            let range = report.push_document(results);
            report.accept(range.clone(), |result, evidence| {
                // The baseline is asked even when a comment accepts, so that its entry is not
                // reported stale.
                let by_baseline = baseline
                    .as_mut()
                    .and_then(|b| b.accept(&result.claim, &result.document, &evidence.fingerprint));
                directives
                    .accepts(&result.claim, evidence.byte_start)
                    .or(by_baseline)
            });
            on_event(Event::Document {
                path: &checked.path,
                claims: &report.claims,
                results: report.results.get(range.clone()).unwrap_or_default(),
            });
            report.streamed(range);
        }
        // Done with: a report keeping only conflicts sets the batch's aside on disk.
        report.spill(batch_results..report.results.len());
    }
    report.finish();
    if let Some(baseline) = &baseline {
        report.stale_baseline = baseline.stale(&report);
    }
    Ok(report)
}

/// How many documents are read and checked at once, in parallel, before their results are
/// added to the report in path order: enough to keep every core busy, few enough that the
/// texts in flight stay a few megabytes.
const BATCH: usize = 256;

/// One file, read, checked and turned into results (its text is dropped here), with its ignore
/// comments; `results` is `None` when it could not be read.
struct Checked {
    path: String,
    results: Option<(DocumentResults, Directives)>,
    problems: Vec<corpus::FileProblem>,
}

fn check_one(
    checker: &verdict::Checker,
    report: &Report,
    known: &[&str],
    path: &std::path::Path,
    options: &CheckOptions,
    read_options: &crate::reader::ReadOptions,
    dated: bool,
) -> Checked {
    let read = corpus::read_source(path, options.walk.max_filesize).map(|file| {
        // A Markdown or HTML file is read only when some subject may occur in it: reading it
        // costs as much as checking it, and most files of a large corpus name no subject.
        // Plain text is read as it is; a dated document is read for its dateline.
        let screened = !dated
            && file.format != Format::Text
            && reader::screenable(file.format, &file.text)
            && !checker.may_find(&file.text);
        if screened {
            file.unread()
        } else {
            file.read(read_options)
        }
    });
    match read {
        Ok((document, mut problems)) => {
            // Dated once, from the dates file, the reader's metadata or the first few KB:
            // reported for every document, and what a claim with `as_of` is judged against.
            let date = dated
                .then(|| {
                    let metadata = document
                        .metadata
                        .date
                        .as_ref()
                        .and_then(|d| metadata_date(&document.path, &d.value));
                    date_document(&document.path, &document.text, options.dates, metadata)
                })
                .flatten();
            let findings = checker.findings_dated(&document.text, date.map(|d| d.period));
            let mut results = report.document_results(&document, &findings);
            results.date = date;
            // Comments are in the file's text, and evidence positions are too.
            let (directives, comment_problems) =
                Directives::parse(&document.path, document.source_text(), known);
            problems.extend(comment_problems);
            Checked {
                path: document.path,
                results: Some((results, directives)),
                problems,
            }
        }
        Err(problem) => Checked {
            path: problem.path.clone(),
            results: None,
            problems: vec![problem],
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_document_is_reported_as_it_finishes_with_its_results_by_claim() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let claims = Claims::load(&root.join("claims.toml")).unwrap();
        let mut seen = Vec::new();
        let report = check_with(
            &claims,
            &[root.join("corpus")],
            CheckOptions::default(),
            &mut |event| match event {
                Event::Listed { files } => seen.push(format!("listed {files}")),
                Event::Document { path, results, .. } => {
                    let ids: Vec<&str> = results.iter().map(|r| &*r.claim).collect();
                    let mut sorted = ids.clone();
                    sorted.sort_unstable();
                    assert_eq!(ids, sorted);
                    assert!(results.iter().all(|r| &*r.document == path));
                    seen.push(format!(
                        "{} {}",
                        results.len(),
                        path.rsplit('/').next().unwrap()
                    ));
                }
            },
        )
        .unwrap();
        assert_eq!(seen[0], "listed 5");
        assert_eq!(seen.len(), 6);
        assert_eq!(seen[5], "9 wsws_2022-04.txt");
        assert_eq!(report.all_results().count(), 45);
    }

    /// A stream is handed every result as a report keeping everything stores it, and the
    /// report then keeps only the conflicting pairs, without evidence, and the same counts.
    #[test]
    fn a_stream_gets_every_result_and_the_report_keeps_only_the_conflicts() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let claims = Claims::load(&root.join("claims.toml")).unwrap();
        let run = |keep: Keep| {
            let mut streamed: Vec<ResultEntry> = Vec::new();
            let options = CheckOptions {
                keep,
                ..CheckOptions::default()
            };
            let report = check_with(&claims, &[root.join("corpus")], options, &mut |event| {
                if let Event::Document { results, .. } = event {
                    streamed.extend_from_slice(results);
                }
            })
            .unwrap();
            (report, streamed)
        };
        let json = |results: &[ResultEntry]| serde_json::to_string(results).unwrap();
        let (all, all_streamed) = run(Keep::All);
        let (stream, stream_streamed) = run(Keep::Streamed);
        assert_eq!(json(&stream_streamed), json(&all_streamed));
        assert_eq!(all_streamed.len(), 37);
        assert_eq!(stream.summary, all.summary);
        assert_eq!(stream.documents.len(), all.documents.len());
        let conflicts: Vec<(&str, &str, bool)> = all
            .results
            .iter()
            .filter(|r| r.verdict == crate::verdict::Verdict::Conflicts)
            .map(|r| (&*r.claim, &*r.document, r.accepted))
            .collect();
        // The misspelt Blinken; the April 2022 article's other disagreements are outdated.
        assert_eq!(conflicts.len(), 1);
        let kept: Vec<(&str, &str, bool)> = stream
            .results
            .iter()
            .map(|r| (&*r.claim, &*r.document, r.accepted))
            .collect();
        assert_eq!(kept, conflicts);
        assert!(
            stream
                .results
                .iter()
                .all(|r| r.evidence.is_empty() && r.mention.is_none())
        );
    }
}
