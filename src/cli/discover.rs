//! `crosscheck discover` and `crosscheck suggest`: the disagreements of a corpus without a
//! claims file, and a claims file drafted from them.

use super::args::{DiscoverArgs, DiscoverFormat, DiscoverInput, SuggestArgs};
use super::output::Sink;
use super::{EXIT_ERROR, EXIT_FAIL};
use crosscheck::corpus::Severity;
use crosscheck::discover::{self, DiscoverOptions, Discovery, Kind, render};
use std::io::Write;
use std::process::ExitCode;

/// Exit 0 when no disagreement is found, 1 when some are, 2 on an error.
pub fn run(args: &DiscoverArgs) -> ExitCode {
    let discovery = read(&args.input);
    let text = match args.format {
        DiscoverFormat::Table => render::table(&discovery),
        DiscoverFormat::Json => render::json(&discovery),
        DiscoverFormat::Jsonl => render::jsonl(&discovery),
        DiscoverFormat::Markdown => render::markdown(&discovery),
    };
    if let Err(error) = write(None, false, &text) {
        return error_exit(&error);
    }
    super::problems::print(&discovery.problems, args.input.quiet);
    if failed(&discovery) {
        ExitCode::from(EXIT_ERROR)
    } else if discovery.summary.disagreements > 0 {
        ExitCode::from(EXIT_FAIL)
    } else {
        ExitCode::SUCCESS
    }
}

/// Writes the drafted claims file; exit 0, or 2 on an error.
pub fn suggest(args: &SuggestArgs) -> ExitCode {
    // Checked before the run, so that no work is wasted on a file that would not be replaced.
    if let Some(target) = &args.output
        && !args.force
        && target.exists()
    {
        return error_exit(&format!(
            "{} exists; pass --force to replace it",
            target.display()
        ));
    }
    let discovery = read(&args.input);
    let text = discover::draft::claims_toml(&discovery);
    if let Err(error) = write(args.output.as_deref(), args.force, &text) {
        return error_exit(&error);
    }
    super::problems::print(&discovery.problems, args.input.quiet);
    if failed(&discovery) {
        ExitCode::from(EXIT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}

fn read(input: &DiscoverInput) -> Discovery {
    let paths = if input.paths.is_empty() {
        vec!["corpus".into()]
    } else {
        input.paths.clone()
    };
    let options = DiscoverOptions {
        walk: input.walk.options(),
        min_documents: usize::try_from(input.min_documents).unwrap_or(usize::MAX),
        kinds: Kind::ALL
            .into_iter()
            .filter(|k| input.kind.iter().any(|name| name == k.as_str()))
            .collect(),
        ..DiscoverOptions::default()
    };
    discover::discover(&paths, &options)
}

fn write(target: Option<&std::path::Path>, force: bool, text: &str) -> Result<(), String> {
    let mut sink = Sink::open(target, force)?;
    sink.write_all(text.as_bytes())
        .map_err(|e| format!("cannot write: {e}"))?;
    sink.finish()
}

fn failed(discovery: &Discovery) -> bool {
    discovery
        .problems
        .iter()
        .any(|p| p.severity == Severity::Error)
}

fn error_exit(error: &dyn std::fmt::Display) -> ExitCode {
    let _ = writeln!(anstream::stderr(), "error: {error}");
    ExitCode::from(EXIT_ERROR)
}
