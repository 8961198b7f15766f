//! `crosscheck extract` and `crosscheck sentences`: what `check` reads, document by document.

use super::EXIT_ERROR;
use super::args::{ListArgs, ListFormat};
use crosscheck::corpus::{self, Severity};
use crosscheck::listing::{self, render};
use crosscheck::segment::RuleSegmenter;
use std::io::Write;
use std::process::ExitCode;

/// Which listing to print.
#[derive(Clone, Copy)]
pub enum Listing {
    Quantities,
    Sentences,
}

/// Reads each document once and prints its records as soon as it is read; unreadable files are
/// reported on stderr (exit 2) without stopping the others.
pub fn run(args: &ListArgs, listing: Listing) -> ExitCode {
    let segmenter = RuleSegmenter::default();
    let walk = args.walk.options();
    let paths = if args.paths.is_empty() {
        vec!["corpus".into()]
    } else {
        args.paths.clone()
    };
    let list = corpus::list_files(&paths, &walk);
    let mut problems = list.problems;
    // Listings hold no colour: piped, they are written as they are rather than scanned for
    // escapes to strip (a fifth of the time of `sentences --format jsonl` went to that).
    let Ok(mut stdout) = super::output::Sink::open(None, false) else {
        return ExitCode::from(EXIT_ERROR);
    };
    for path in &list.files {
        let document = match corpus::read_document(path, walk.max_filesize, &Default::default()) {
            Ok((document, warnings)) => {
                problems.extend(warnings);
                document
            }
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        let text = match (listing, args.format) {
            (Listing::Quantities, ListFormat::Table) => {
                render::quantities_table(&listing::quantities(&document, &segmenter))
            }
            (Listing::Quantities, ListFormat::Jsonl) => {
                render::jsonl(&listing::quantities(&document, &segmenter))
            }
            (Listing::Sentences, ListFormat::Table) => {
                render::sentences_table(&listing::sentences(&document, &segmenter))
            }
            (Listing::Sentences, ListFormat::Jsonl) => {
                render::jsonl(&listing::sentences(&document, &segmenter))
            }
        };
        if stdout.write_all(text.as_bytes()).is_err() {
            return ExitCode::from(EXIT_ERROR);
        }
    }
    let _ = stdout.flush();
    super::problems::print(&problems, args.quiet);
    if problems.iter().any(|p| p.severity == Severity::Error) {
        ExitCode::from(EXIT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}
