//! `crosscheck check`: run, render in the chosen format, map the outcome to an exit status.

use super::args::{CheckArgs, FailOn, Format, Input};
use super::output::Sink;
use super::progress::Progress;
use super::{EXIT_ERROR, EXIT_FAIL, claims_file};
use crosscheck::accept::baseline::Baseline;
use crosscheck::claims::{Claims, ClaimsError};
use crosscheck::report::{self, Keep, Pairs, Report, table::TableOptions};
use crosscheck::time::DatesFile;
use crosscheck::{CheckOptions, Event};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

pub fn run(args: &CheckArgs) -> ExitCode {
    let Some((claims, paths)) = load_input(&args.input) else {
        return ExitCode::from(EXIT_ERROR);
    };
    let keep = keep(args, claims.claims.len());
    let baseline = match args.baseline.as_deref().map(Baseline::load).transpose() {
        Ok(baseline) => baseline,
        Err(error) => return error_exit(&error),
    };
    let dates = match args.input.dates.as_deref().map(DatesFile::load).transpose() {
        Ok(dates) => dates,
        Err(error) => return error_exit(&error),
    };
    let mut sink = match Sink::open(args.output.as_deref(), args.force) {
        Ok(sink) => sink,
        Err(error) => return error_exit(&error),
    };
    let streaming = args.format == Format::Jsonl;
    let pairs = pairs(args);
    let mut write_failed = false;
    let options = CheckOptions {
        baseline: baseline.as_ref(),
        walk: args.input.walk.options(),
        keep,
        dates: dates.as_ref(),
        dates_unshown: matches!(
            args.format,
            Format::Csv | Format::Sarif | Format::Github | Format::Junit
        ),
    };
    let report = {
        let mut progress = Progress::new(args.input.quiet);
        let result = crosscheck::check_with(&claims, &paths, options, &mut |event| match event {
            Event::Listed { files } => progress.start(files),
            Event::Document {
                path,
                claims,
                results,
            } => {
                progress.advance();
                if streaming && !write_failed {
                    let lines = report::jsonl::document_lines(claims, path, results, pairs);
                    write_failed = sink.write_all(lines.as_bytes()).is_err();
                }
            }
        });
        progress.finish();
        match result {
            Ok(report) => report,
            Err(error) => return error_exit(&error),
        }
    };
    let color = sink.color();
    if write_failed {
        return error_exit(&"cannot write the report");
    }
    if let Err(error) = write_report(&report, args, color, &mut sink) {
        return error_exit(&format!("cannot write the report: {error}"));
    }
    if let Err(error) = sink.finish() {
        return error_exit(&error);
    }
    print_problems(&report, args.input.quiet);
    exit_status(&report, args.fail_on)
}

/// The claims file (found or given, its use announced) and the paths to check; `None` after
/// printing the error.
pub fn load_input(input: &Input) -> Option<(Claims, Vec<PathBuf>)> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let located = match claims_file::locate(input.claims.as_deref(), &cwd) {
        Ok(located) => located,
        Err(error) => {
            let _ = writeln!(anstream::stderr(), "error: {error}");
            return None;
        }
    };
    if located.discovered && !input.quiet {
        let shown = crosscheck::corpus::display_path(&located.path);
        let _ = writeln!(anstream::stderr(), "note: using claims file {shown}");
    }
    let stderr_color =
        anstream::AutoStream::choice(&std::io::stderr()) != anstream::ColorChoice::Never;
    match Claims::load(&located.path) {
        Ok(claims) => {
            let paths = claims_file::default_paths(&input.paths, &located.path);
            Some((claims, paths))
        }
        Err(error) => {
            print_claims_error(&error, stderr_color);
            None
        }
    }
}

/// Every format but `jsonl` renders the finished report; `jsonl` has streamed its results and
/// adds its closing lines. The table and JSON, whose size follows the corpus, are written as
/// they are made; the others are small or summarise.
fn write_report(
    report: &Report,
    args: &CheckArgs,
    color: bool,
    sink: &mut Sink,
) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, sink);
    match args.format {
        Format::Table => report::table::write(
            report,
            TableOptions {
                width: output_width(args.output.is_some()),
                color,
                by_document: args.by_document,
            },
            &mut out,
        )?,
        Format::Json => report::json::write(report, pairs(args), &mut out)?,
        Format::Jsonl => out.write_all(report::jsonl::closing_lines(report).as_bytes())?,
        Format::Markdown => out.write_all(report::markdown::render(report).as_bytes())?,
        Format::Github => out.write_all(report::github::render(report).as_bytes())?,
        Format::Sarif => out.write_all(report::sarif::render(report).as_bytes())?,
        Format::Junit => out.write_all(report::junit::render(report, pairs(args))?.as_bytes())?,
        Format::Csv => report::csv::write(report, pairs(args), &mut out)?,
        Format::Html => report::html::write(report, &mut out)?,
    }
    out.flush()
}

/// How much evidence the run keeps, and where: the table prints only conflicts and one value
/// per cell, so a large corpus's report stays small; a stream has written each result before
/// the next document; the JSON and CSV print all of it, read back from disk as they are
/// written; the HTML page keeps all of it for a matrix and only the conflicts for one row per
/// claim; the other formats print all of it from memory.
fn keep(args: &CheckArgs, claims: usize) -> Keep {
    match (args.format, args.by_document) {
        (Format::Table, false) => Keep::TableFitting {
            width: output_width(args.output.is_some()),
        },
        (Format::Table, true) => Keep::Table,
        // Streamed as each document finishes; the closing lines need only the counts.
        (Format::Jsonl, _) => Keep::Streamed,
        // Listed by claim, written as they are read back.
        (Format::Json | Format::Csv, _) => Keep::AllSetAside,
        (Format::Html, _) => report::html::keep(claims),
        _ => Keep::All,
    }
}

/// Which pairs the formats that list pairs write (`--skip-absent`, the old way of asking for
/// the default, is accepted and changes nothing).
fn pairs(args: &CheckArgs) -> Pairs {
    if args.all_pairs {
        Pairs::Every
    } else {
        Pairs::Found
    }
}

fn print_problems(report: &Report, quiet: bool) {
    super::problems::print(&report.problems, quiet);
    let mut stderr = anstream::stderr();
    if quiet {
        return;
    }
    for entry in &report.stale_baseline {
        let _ = writeln!(
            stderr,
            "warning: stale baseline entry: {} in {} (\"{}\", {}) matches no conflict; remove it or rewrite the baseline",
            entry.claim, entry.document, entry.value, entry.fingerprint
        );
    }
}

/// 2 on an error; 1 when the `--fail-on` condition holds; else 0.
fn exit_status(report: &Report, fail_on: FailOn) -> ExitCode {
    if report.has_errors() {
        return ExitCode::from(EXIT_ERROR);
    }
    let conflicts = report.failing_conflicts() > 0;
    let fail = match fail_on {
        FailOn::Never => false,
        FailOn::Conflicts => conflicts,
        FailOn::Asserted => report.failing_asserted_conflicts() > 0,
        FailOn::Unsupported => {
            let unsupported = report.unsupported_claims();
            let mut stderr = anstream::stderr();
            for claim in &unsupported {
                let _ = writeln!(stderr, "error: no document supports claim {claim}");
            }
            conflicts || !unsupported.is_empty()
        }
    };
    if fail {
        ExitCode::from(EXIT_FAIL)
    } else {
        ExitCode::SUCCESS
    }
}

fn error_exit(error: &dyn std::fmt::Display) -> ExitCode {
    let _ = writeln!(anstream::stderr(), "error: {error}");
    ExitCode::from(EXIT_ERROR)
}

fn print_claims_error(error: &ClaimsError, color: bool) {
    let mut stderr = anstream::stderr();
    match error {
        ClaimsError::Read { .. } => {
            let _ = writeln!(stderr, "error: {error}");
        }
        ClaimsError::Invalid { files } => {
            for file in files {
                for diagnostic in &file.diagnostics {
                    let _ = writeln!(
                        stderr,
                        "{}\n",
                        diagnostic.render(&file.file.path, &file.file.text, color)
                    );
                }
            }
            let _ = writeln!(stderr, "error: {error}; no document was checked");
        }
    }
}

/// The terminal's width, else `COLUMNS`, else 160 (so piped output and files are stable).
fn output_width(to_file: bool) -> usize {
    if !to_file
        && std::io::stdout().is_terminal()
        && let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size()
    {
        return usize::from(w);
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(160)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crosscheck::corpus::Document;
    use crosscheck::verdict::{Assertion, Checker};

    const CLAIMS: &str = "[[claim]]\nid = \"drone-count\"\nsubject = \"drones\"\nvalue = \"31\"\n";

    /// A report of `texts`, each sentence with "may" in it hedged (as the clause layer will
    /// read it).
    fn report(texts: &[&str]) -> Report {
        let claims = Claims::parse(std::path::Path::new("claims.toml"), CLAIMS).unwrap();
        let checker = Checker::new(&claims.claims).unwrap();
        let mut report = Report::new(&claims.claims);
        for (i, text) in texts.iter().enumerate() {
            let mut findings = checker.check(text);
            for evidence in findings.iter_mut().flat_map(|f| &mut f.evidence) {
                if evidence.sentence.slice(text).contains(" may ") {
                    evidence.assertion = Assertion::Hedged;
                }
            }
            let document = Document::plain(format!("news/{i}.md"), text.to_string());
            report.add_document(&document, &findings);
        }
        report.finish();
        report
    }

    #[test]
    fn a_hedged_only_conflict_fails_conflicts_but_not_asserted() {
        let hedged = report(&["India may buy 30 drones.", "India will buy 31 drones."]);
        assert_eq!(hedged.summary.hedged, 1);
        assert_eq!(
            exit_status(&hedged, FailOn::Conflicts),
            ExitCode::from(EXIT_FAIL)
        );
        assert_eq!(exit_status(&hedged, FailOn::Asserted), ExitCode::SUCCESS);
        assert_eq!(exit_status(&hedged, FailOn::Never), ExitCode::SUCCESS);
        // Stated outright once, it fails either way.
        let asserted = report(&["India may buy 30 drones. India will buy 29 drones."]);
        assert_eq!(asserted.summary.hedged, 0);
        assert_eq!(
            exit_status(&asserted, FailOn::Conflicts),
            ExitCode::from(EXIT_FAIL)
        );
        assert_eq!(
            exit_status(&asserted, FailOn::Asserted),
            ExitCode::from(EXIT_FAIL)
        );
    }
}
