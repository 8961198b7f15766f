//! The `crosscheck` binary: parses arguments, calls the library, renders, maps to an exit code.

use clap::{Args, Parser, Subcommand, ValueEnum};
use crosscheck::claims::{Claims, ClaimsError};
use crosscheck::corpus::{self, Document, FileProblem, Severity};
use crosscheck::listing;
use crosscheck::report::{self, table::TableOptions};
use crosscheck::segment::{RuleSegmenter, Segmenter};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Cross-reference the claims you stand behind against a corpus of articles.
#[derive(Parser)]
#[command(name = "crosscheck", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check every document against the claims and print the agreement table.
    ///
    /// Exit status: 0 when no document contradicts a claim, 1 when at least one does, 2 on an
    /// error (a bad claims file, a path that cannot be read).
    Check {
        /// The claims file.
        #[arg(long, value_name = "FILE", default_value = "claims.toml")]
        claims: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// Show the full matrix with documents as rows and claims as columns.
        #[arg(long)]
        by_document: bool,
        /// Files or directories to check (directories are walked for .txt and .md files); `-`
        /// reads standard input.
        #[arg(value_name = "PATH", default_value = "corpus")]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        walk: WalkArgs,
    },
    /// List every quantity crosscheck reads, one per line (what `check` compares).
    Extract {
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
        /// Files or directories to read; `-` reads standard input.
        #[arg(value_name = "PATH", default_value = "corpus")]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        walk: WalkArgs,
    },
    /// List every sentence crosscheck reads, one per line.
    Sentences {
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
        /// Files or directories to read; `-` reads standard input.
        #[arg(value_name = "PATH", default_value = "corpus")]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        walk: WalkArgs,
    },
}

/// Which files a directory walk reads.
#[derive(Args)]
struct WalkArgs {
    /// Also read hidden files and directories.
    #[arg(long)]
    hidden: bool,
    /// Also read files that .gitignore, .ignore or git's excludes leave out.
    #[arg(long)]
    no_ignore: bool,
    /// Skip files larger than this many bytes (with a warning).
    #[arg(long, value_name = "BYTES", default_value_t = corpus::DEFAULT_MAX_FILESIZE)]
    max_filesize: u64,
}

impl WalkArgs {
    fn options(&self) -> corpus::WalkOptions {
        corpus::WalkOptions {
            hidden: self.hidden,
            no_ignore: self.no_ignore,
            max_filesize: self.max_filesize,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum ListFormat {
    Table,
    Jsonl,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Table,
    Json,
}

const EXIT_CONFLICT: u8 = 1;
const EXIT_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check {
            claims,
            format,
            by_document,
            paths,
            walk,
        } => check(&claims, format, by_document, &paths, &walk.options()),
        Command::Extract {
            format,
            paths,
            walk,
        } => list(&paths, &walk.options(), |document, segmenter| {
            let records = listing::quantities(document, segmenter);
            match format {
                ListFormat::Table => listing::render::quantities_table(&records),
                ListFormat::Jsonl => listing::render::jsonl(&records),
            }
        }),
        Command::Sentences {
            format,
            paths,
            walk,
        } => list(&paths, &walk.options(), |document, segmenter| {
            let records = listing::sentences(document, segmenter);
            match format {
                ListFormat::Table => listing::render::sentences_table(&records),
                ListFormat::Jsonl => listing::render::jsonl(&records),
            }
        }),
    }
}

/// Reads each document once, prints what `render` makes of it as soon as it is read, and
/// reports unreadable files on stderr (exit 2) without stopping.
fn list(
    paths: &[PathBuf],
    walk: &corpus::WalkOptions,
    render: impl Fn(&Document, &dyn Segmenter) -> String,
) -> ExitCode {
    let segmenter = RuleSegmenter::default();
    let list = corpus::list_files(paths, walk);
    let mut problems = list.problems;
    let mut stdout = anstream::stdout();
    for path in &list.files {
        match corpus::read_document(path, walk.max_filesize) {
            Ok((document, warning)) => {
                problems.extend(warning);
                if stdout
                    .write_all(render(&document, &segmenter).as_bytes())
                    .is_err()
                {
                    return ExitCode::from(EXIT_ERROR);
                }
            }
            Err(problem) => problems.push(problem),
        }
    }
    let _ = stdout.flush();
    print_problems(&problems);
    if problems.iter().any(|p| p.severity == Severity::Error) {
        ExitCode::from(EXIT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}

fn print_problems(problems: &[FileProblem]) {
    let mut stderr = anstream::stderr();
    for problem in problems {
        let level = match problem.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let _ = writeln!(stderr, "{level}: {}: {}", problem.path, problem.message);
    }
}

fn check(
    claims_path: &std::path::Path,
    format: Format,
    by_document: bool,
    paths: &[PathBuf],
    walk: &corpus::WalkOptions,
) -> ExitCode {
    let stderr_color =
        anstream::AutoStream::choice(&std::io::stderr()) != anstream::ColorChoice::Never;
    let claims = match Claims::load(claims_path) {
        Ok(claims) => claims,
        Err(error) => {
            print_claims_error(&error, stderr_color);
            return ExitCode::from(EXIT_ERROR);
        }
    };
    // The table prints only conflicts and one supporting value a cell, or, when the documents
    // are too many for columns, counts and conflicts: keep no more.
    let keep = match format {
        Format::Json => report::Keep::All,
        Format::Table if by_document => report::Keep::Table,
        Format::Table => report::Keep::TableFitting {
            width: output_width(),
        },
    };
    let report = match crosscheck::check_keeping(&claims, paths, walk, keep) {
        Ok(report) => report,
        Err(error) => {
            let _ = writeln!(anstream::stderr(), "error: {error}");
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let stdout_color =
        anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never;
    let rendered = match format {
        Format::Json => report::json::render(&report),
        Format::Table => report::table::render(
            &report,
            TableOptions {
                width: output_width(),
                color: stdout_color,
                by_document,
            },
        ),
    };
    let mut stdout = anstream::stdout();
    if stdout
        .write_all(rendered.as_bytes())
        .and_then(|()| stdout.flush())
        .is_err()
    {
        return ExitCode::from(EXIT_ERROR);
    }
    print_problems(&report.problems);
    if report.has_errors() {
        ExitCode::from(EXIT_ERROR)
    } else if report.has_conflicts() {
        ExitCode::from(EXIT_CONFLICT)
    } else {
        ExitCode::SUCCESS
    }
}

fn print_claims_error(error: &ClaimsError, color: bool) {
    let mut stderr = anstream::stderr();
    match error {
        ClaimsError::Read { .. } => {
            let _ = writeln!(stderr, "error: {error}");
        }
        ClaimsError::Invalid {
            path,
            text,
            diagnostics,
        } => {
            let shown = crosscheck::corpus::display_path(path);
            for diagnostic in diagnostics {
                let _ = writeln!(stderr, "{}\n", diagnostic.render(&shown, text, color));
            }
            let _ = writeln!(stderr, "error: {error}; no document was checked");
        }
    }
}

/// The terminal's width, else `COLUMNS`, else 160 (so piped output is stable).
fn output_width() -> usize {
    if std::io::stdout().is_terminal()
        && let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size()
    {
        return usize::from(w);
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(160)
}
