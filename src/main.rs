//! The `crosscheck` binary: parses arguments, calls the library, renders, maps to an exit code.
//! Each command lives in `src/cli/`; this file only declares the command tree.

mod cli;

/// mimalloc rather than the system's allocator: a run allocates per document, sentence and
/// value on every core, and on glibc that was 5% of the instructions and more in lock and
/// arena traffic (1 GB, 1,000 claims: 7.1 s against 8.0 s, medians of three).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{CommandFactory, Parser, Subcommand};
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
    /// Exit status: 0 when nothing fails (see --fail-on), 1 when a document contradicts a claim
    /// (with --fail-on asserted, other than only with a hedge; with --fail-on unsupported, also
    /// when no document supports one), 2 on an error (a bad claims or baseline file, a path that
    /// cannot be read, an --output file that exists).
    Check(cli::args::CheckArgs),
    /// Write the current conflicts to a baseline file, accepted by `check --baseline FILE`.
    Baseline(cli::args::BaselineArgs),
    /// Find the disagreements of a corpus without a claims file: every value bound to the noun
    /// phrase it quantifies, grouped by subject across documents.
    ///
    /// Exit status: 0 when no disagreement is found, 1 when some are, 2 on an error (a path
    /// that cannot be read).
    Discover(cli::args::DiscoverArgs),
    /// Draft a claims file from what the documents state: one claim per subject stated in at
    /// least two documents, with the value most give and the dissenting ones in a comment.
    Suggest(cli::args::SuggestArgs),
    /// List every quantity crosscheck reads, one per line (what `check` compares)
    Extract(cli::args::ListArgs),
    /// List every sentence crosscheck reads, one per line
    Sentences(cli::args::ListArgs),
    /// Print a shell completion script: crosscheck completions bash > crosscheck.bash
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff): crosscheck man > crosscheck.1
    Man,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => cli::check::run(&args),
        Command::Baseline(args) => cli::baseline::run(&args),
        Command::Discover(args) => cli::discover::run(&args),
        Command::Suggest(args) => cli::discover::suggest(&args),
        Command::Extract(args) => cli::list::run(&args, cli::list::Listing::Quantities),
        Command::Sentences(args) => cli::list::run(&args, cli::list::Listing::Sentences),
        Command::Completions { shell } => cli::generate::completions(Cli::command(), shell),
        Command::Man => cli::generate::man(Cli::command()),
    }
}
