//! Arguments of `check` and `baseline` (clap derive), kept out of `main.rs` so that adding a
//! command there never conflicts with these.

use clap::{Args, ValueEnum};
use crosscheck::corpus;
use crosscheck::reader;
use std::path::PathBuf;

/// What `check` and `baseline` both read.
#[derive(Args, Debug)]
pub struct Input {
    /// The claims file [default: claims.toml in the current directory or the nearest parent]
    #[arg(long, value_name = "FILE")]
    pub claims: Option<PathBuf>,
    /// Files or directories to check (directories are walked for .txt, .md and .html files); `-`
    /// reads standard input [default: the corpus directory next to the claims file]
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Print only errors on stderr: no progress bar, no warnings, no notes
    #[arg(long, short)]
    pub quiet: bool,
    /// Documents' dates, a CSV of `path,date` (from a CMS export): they win over datelines and
    /// file names
    #[arg(long, value_name = "FILE")]
    pub dates: Option<PathBuf>,
    #[command(flatten)]
    pub walk: WalkArgs,
}

/// Which files a directory walk reads.
#[derive(Args, Debug)]
pub struct WalkArgs {
    /// Also read hidden files and directories
    #[arg(long)]
    pub hidden: bool,
    /// Also read files that .gitignore, .ignore or git's excludes leave out
    #[arg(long)]
    pub no_ignore: bool,
    /// Skip files larger than this many bytes, with a warning
    #[arg(long, value_name = "BYTES", default_value_t = corpus::DEFAULT_MAX_FILESIZE)]
    pub max_filesize: u64,
    /// Walk directories only for files of this type (repeat or separate with commas): txt
    /// (.txt), md (.md, .markdown, .mdx), html (.html, .htm) [default: all three]
    #[arg(
        long = "type",
        short = 't',
        value_name = "TYPE",
        value_enum,
        value_delimiter = ','
    )]
    pub types: Vec<TypeArg>,
}

/// A document type for `--type`, as ripgrep names file types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TypeArg {
    /// Plain text: .txt
    Txt,
    /// Markdown: .md, .markdown, .mdx
    Md,
    /// HTML: .html, .htm
    Html,
}

impl WalkArgs {
    pub fn options(&self) -> corpus::WalkOptions {
        let types = if self.types.is_empty() {
            corpus::Types::all()
        } else {
            let formats: Vec<reader::Format> = self
                .types
                .iter()
                .map(|t| match t {
                    TypeArg::Txt => reader::Format::Text,
                    TypeArg::Md => reader::Format::Markdown,
                    TypeArg::Html => reader::Format::Html,
                })
                .collect();
            corpus::Types::only(&formats)
        };
        corpus::WalkOptions {
            hidden: self.hidden,
            no_ignore: self.no_ignore,
            max_filesize: self.max_filesize,
            types,
        }
    }
}

/// Arguments of `extract` and `sentences`.
#[derive(Args, Debug)]
pub struct ListArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
    /// Files or directories to read (directories are walked for .txt, .md and .html files); `-` reads
    /// standard input [default: corpus]
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Print only errors on stderr
    #[arg(long, short)]
    pub quiet: bool,
    #[command(flatten)]
    pub walk: WalkArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// One row per record, for people
    Table,
    /// One JSON object per line, for tools
    Jsonl,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: Input,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Show the full matrix with documents as rows and claims as columns (table)
    #[arg(long)]
    pub by_document: bool,
    /// Also list the claim and document pairs whose subject does not occur, as `absent` (json,
    /// jsonl, csv, junit). By default they list only the pairs whose subject occurs; the
    /// summary counts the absent ones either way
    #[arg(long)]
    pub all_pairs: bool,
    /// Accepted and ignored: listing only the pairs whose subject occurs is now the default
    /// (see --all-pairs). To be removed in the next release
    #[arg(long, conflicts_with = "all_pairs")]
    pub skip_absent: bool,
    /// What makes the exit status 1
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = FailOn::Conflicts)]
    pub fail_on: FailOn,
    /// Accept the conflicts listed in this file (written by `crosscheck baseline`)
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Write the report to FILE (atomically) instead of stdout
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace the --output file if it exists
    #[arg(long, requires = "output")]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct BaselineArgs {
    #[command(flatten)]
    pub input: Input,
    /// The baseline file to write
    #[arg(
        long,
        short,
        value_name = "FILE",
        default_value = "crosscheck-baseline.json"
    )]
    pub output: PathBuf,
    /// Replace the baseline file if it exists
    #[arg(long)]
    pub force: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The agreement table and the evidence of each conflict
    Table,
    /// One versioned JSON document
    Json,
    /// One JSON object per line, written as documents finish
    Jsonl,
    /// The agreement table as GitHub-flavoured Markdown
    Markdown,
    /// GitHub Actions workflow commands (annotations)
    Github,
    /// SARIF 2.1.0, one result per conflicting evidence
    Sarif,
    /// JUnit XML, a test case per claim and document
    Junit,
    /// One row per claim and document
    Csv,
    /// One self-contained HTML page: the agreement matrix, each cell opening its evidence
    Html,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// A document contradicts a claim (accepted conflicts excepted)
    Conflicts,
    /// As conflicts, but not a conflict stated only with a hedge ("may", "reportedly", "plans
    /// to")
    Asserted,
    /// As conflicts, and also when no document supports a claim
    Unsupported,
    /// Never: exit 0 unless an error occurs
    Never,
}

/// The kinds `--kind` takes, as the library names them.
fn kind_names() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(
        crosscheck::discover::Kind::ALL.map(crosscheck::discover::Kind::as_str),
    )
}

/// What `discover` and `suggest` both read.
#[derive(Args, Debug)]
pub struct DiscoverInput {
    /// Files or directories to read (directories are walked for .txt and .md files); `-` reads
    /// standard input [default: corpus]
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Only groups stated in at least N documents
    #[arg(long, value_name = "N", default_value_t = 2, value_parser = clap::value_parser!(u64).range(1..))]
    pub min_documents: u64,
    /// Only statements of these kinds (repeat or separate with commas) [default: all]
    #[arg(long, value_delimiter = ',', value_name = "KIND", value_parser = kind_names())]
    pub kind: Vec<String>,
    /// Print only errors on stderr
    #[arg(long, short)]
    pub quiet: bool,
    #[command(flatten)]
    pub walk: WalkArgs,
}

#[derive(Args, Debug)]
pub struct DiscoverArgs {
    #[command(flatten)]
    pub input: DiscoverInput,
    /// Output format
    #[arg(long, value_enum, default_value_t = DiscoverFormat::Table)]
    pub format: DiscoverFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DiscoverFormat {
    /// One block per disagreement: each value with its documents and a quoted sentence
    Table,
    /// One versioned JSON document
    Json,
    /// One JSON object per disagreement, then the summary
    Jsonl,
    /// The blocks as GitHub-flavoured Markdown
    Markdown,
}

#[derive(Args, Debug)]
pub struct SuggestArgs {
    #[command(flatten)]
    pub input: DiscoverInput,
    /// Write the claims file to FILE (atomically) instead of stdout
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace the --output file if it exists
    #[arg(long, requires = "output")]
    pub force: bool,
    /// Draft `value_from` claims from this facts file (JSON, YAML or TOML): one per number the
    /// pages state or round near a word of its key
    #[arg(long, value_name = "FILE")]
    pub facts: Option<PathBuf>,
}
