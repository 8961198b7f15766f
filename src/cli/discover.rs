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
    let discovery = read(&args.input, None);
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
    let text = match &args.facts {
        None => {
            let discovery = read(&args.input, None);
            let text = discover::draft::claims_toml(&discovery);
            (discovery, text)
        }
        Some(path) => {
            let facts = match crosscheck::claims::read_data_file(path) {
                Ok(facts) => facts,
                Err(reason) => {
                    return error_exit(&format!(
                        "cannot read facts file {}: {reason}",
                        path.display()
                    ));
                }
            };
            // A figure of the facts file counts when one page states it.
            let discovery = read(&args.input, Some(1));
            let written = facts_path(path, args.output.as_deref());
            let text = discover::facts::claims_toml(&discovery, &facts, &written);
            (discovery, text)
        }
    };
    let (discovery, text) = text;
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

/// The facts file as the drafted claims file names it: relative to the `--output` file's
/// folder (where `value_from` is resolved), else as given (a claims file written to standard
/// output is taken to be saved in the current folder).
fn facts_path(facts: &std::path::Path, output: Option<&std::path::Path>) -> String {
    let shown = |p: &std::path::Path| crosscheck::corpus::display_path(p);
    let Some(output) = output else {
        return shown(facts);
    };
    let folder = output.parent().filter(|p| !p.as_os_str().is_empty());
    let (Ok(facts_abs), Ok(folder_abs)) = (
        std::fs::canonicalize(facts),
        std::fs::canonicalize(folder.unwrap_or(std::path::Path::new("."))),
    ) else {
        return shown(facts);
    };
    let common = facts_abs
        .components()
        .zip(folder_abs.components())
        .take_while(|(a, b)| a == b)
        .count();
    let mut relative = std::path::PathBuf::new();
    for _ in folder_abs.components().skip(common) {
        relative.push("..");
    }
    for part in facts_abs.components().skip(common) {
        relative.push(part);
    }
    shown(&relative)
}

fn read(input: &DiscoverInput, min_documents: Option<usize>) -> Discovery {
    let paths = if input.paths.is_empty() {
        vec!["corpus".into()]
    } else {
        input.paths.clone()
    };
    let options = DiscoverOptions {
        walk: input.walk.options(),
        min_documents: min_documents
            .unwrap_or_else(|| usize::try_from(input.min_documents).unwrap_or(usize::MAX)),
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
