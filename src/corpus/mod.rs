//! The corpus: which files to read, and their text.
//!
//! Paths are walked as ripgrep walks them (the `ignore` crate: hidden and `.gitignore`d files
//! skipped), in sorted order, keeping the files of the types asked (`--type`: plain text,
//! Markdown and HTML by default, told by extension). A file named explicitly is always read.
//! Each file is decoded (`decode.rs`) and read by the reader of its type (`crate::reader`)
//! into a [`Document`]: the prose the checker reads and the map back to the file's text. A file that cannot be read becomes a [`FileProblem`] and the run goes on: one bad article
//! never hides the verdicts of the others.

mod decode;

pub use decode::decode;

use crate::reader::{self, Format, Metadata, OffsetMap, ReadOptions, Warning};
use crate::span::Span;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The path that means standard input, as in most command-line tools.
pub const STDIN: &str = "-";

/// One article, decoded to UTF-8 and read by the reader of its type.
#[derive(Debug, Clone)]
pub struct Document {
    /// The path as the user will see it in reports (relative as given, `/`-separated).
    pub path: String,
    /// The prose every stage reads: the file's text itself for plain text; for Markdown and
    /// HTML the text as read, markup removed, blocks separated by blank lines.
    pub text: String,
    /// The file's text and the map from `text` back to it, when they differ (Markdown,
    /// HTML); `None` when `text` is the file's text.
    pub source: Option<Source>,
    /// Title and date, from front matter, `<title>` and `<meta>`.
    pub metadata: Metadata,
}

/// The text of a file whose prose differs from it, and where each piece of prose came from.
#[derive(Debug, Clone, Default)]
pub struct Source {
    pub text: String,
    pub offsets: OffsetMap,
}

impl Document {
    /// A plain-text document: the prose is the text.
    pub fn plain(path: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            path: path.into(),
            text: text.into(),
            source: None,
            metadata: Metadata::default(),
        }
    }

    /// Reads `source` as a document of `format` (MDX when `path` ends in `.mdx`); what the
    /// reader could not read comes back as warnings, each naming its line.
    pub fn read(
        path: String,
        format: Format,
        source: String,
        options: &ReadOptions,
    ) -> (Self, Vec<FileProblem>) {
        let mdx = reader::is_mdx(&path);
        let Some(reading) = reader::read_with(format, &source, mdx, options) else {
            return (Document::plain(path, source), Vec::new());
        };
        let problems = reading
            .warnings
            .iter()
            .map(|w: &Warning| FileProblem {
                path: path.clone(),
                severity: Severity::Warning,
                message: format!("line {}: {}", reader::line_of(&source, w.offset), w.message),
            })
            .collect();
        let document = Document {
            path,
            text: reading.prose,
            source: Some(Source {
                text: source,
                offsets: reading.offsets,
            }),
            metadata: reading.metadata,
        };
        (document, problems)
    }

    /// A file whose prose was not read, because a screen of its text showed that
    /// nothing would be found in it (see [`crate::reader::screenable`]): its prose is empty.
    pub fn unread(path: String, source: String) -> Self {
        Document {
            path,
            text: String::new(),
            source: Some(Source {
                text: source,
                offsets: OffsetMap::default(),
            }),
            metadata: Metadata::default(),
        }
    }

    /// The file's text: what lines, columns and byte offsets count in.
    pub fn source_text(&self) -> &str {
        self.source.as_ref().map_or(&self.text, |s| &s.text)
    }

    /// The bytes of the file's text that the prose span `span` was read from: a value's first
    /// character (the `&` of an entity) to its last.
    pub fn source_span(&self, span: Span) -> Span {
        match &self.source {
            None => span,
            Some(source) => {
                let range = source.offsets.range(span.start..span.end);
                Span::new(range.start, range.end)
            }
        }
    }
}

/// Which document types a walk keeps (`--type`), as a set of [`Format`]s.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Types(u8);

impl Types {
    /// Every type crosscheck reads: the default.
    pub fn all() -> Self {
        Types(0b111)
    }

    /// Only `formats`.
    pub fn only(formats: &[Format]) -> Self {
        Types(formats.iter().fold(0, |set, f| set | Types::bit(*f)))
    }

    fn bit(format: Format) -> u8 {
        1 << (format as u8)
    }

    pub fn contains(self, format: Format) -> bool {
        self.0 & Types::bit(format) != 0
    }

    /// True when a walk keeps a file with this extension.
    pub fn keeps_extension(self, extension: &str) -> bool {
        Format::of_extension(extension).is_some_and(|f| self.contains(f))
    }

    /// The extensions kept, for messages: ".txt, .md or .html".
    fn described(self) -> String {
        let names: Vec<String> = Format::ALL
            .into_iter()
            .filter(|f| self.contains(*f))
            .map(|f| format!(".{}", f.name()))
            .collect();
        match names.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => "matching".to_string(),
        }
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::all()
    }
}

/// How bad a file problem is: an error makes the run exit 2; a warning does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// Something wrong with one path; the run goes on without it (or with it, for a warning).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FileProblem {
    pub path: String,
    pub severity: Severity,
    pub message: String,
}

/// Files larger than this are skipped with a warning unless `--max-filesize` says otherwise.
pub const DEFAULT_MAX_FILESIZE: u64 = 100 * 1024 * 1024;

/// Which files a walk keeps, and how large a file may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WalkOptions {
    /// Also walk hidden files and directories (names starting with '.').
    pub hidden: bool,
    /// Also walk files that `.gitignore`, `.ignore` or git's excludes leave out.
    pub no_ignore: bool,
    /// Larger files are skipped with a warning (a file named explicitly too).
    pub max_filesize: u64,
    /// The document types a directory walk keeps (a file named explicitly is always read).
    pub types: Types,
}

impl Default for WalkOptions {
    fn default() -> Self {
        WalkOptions {
            hidden: false,
            no_ignore: false,
            max_filesize: DEFAULT_MAX_FILESIZE,
            types: Types::all(),
        }
    }
}

/// The files to read, found from the paths given, deduplicated and sorted.
#[derive(Debug, Default)]
pub struct FileList {
    pub files: Vec<PathBuf>,
    pub problems: Vec<FileProblem>,
}

/// Expands `paths` (files and directories) into the files to check. A file reached twice
/// (named twice, or named and also inside a directory named) is listed once.
pub fn list_files(paths: &[PathBuf], options: &WalkOptions) -> FileList {
    let mut files = Vec::new();
    let mut seen = HashSet::new();
    let mut problems = Vec::new();
    // One path walked cannot reach a file twice (links are not followed), so the canonical
    // identity, a readlink per component of every file, is needed only with several paths.
    let dedup = paths.len() > 1;
    let mut keep = |path: PathBuf, files: &mut Vec<PathBuf>| {
        if !dedup {
            files.push(path);
            return;
        }
        let identity = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if seen.insert(identity) {
            files.push(path);
        }
    };
    for path in paths {
        if path.as_os_str() == STDIN {
            files.push(path.clone());
            continue;
        }
        match std::fs::metadata(path) {
            Err(e) => problems.push(FileProblem {
                path: display_path(path),
                severity: Severity::Error,
                message: format!("cannot read path: {}", io_reason(&e)),
            }),
            Ok(meta) if meta.is_file() => keep(path.clone(), &mut files),
            Ok(_) => {
                let found = walk(path, options, &mut problems);
                if found.is_empty() {
                    problems.push(FileProblem {
                        path: display_path(path),
                        severity: Severity::Warning,
                        message: format!(
                            "no {} files found (hidden and ignored files are skipped unless --hidden or --no-ignore)",
                            options.types.described()
                        ),
                    });
                }
                for file in found {
                    keep(file, &mut files);
                }
            }
        }
    }
    // Sorted once at the end (a set kept sorted on every insert, and a walk sorting every
    // directory, were half the listing's time for 200,000 files), by bytes: the order the
    // report sorts documents in (by the path as text), so documents also stream in it, and a
    // byte comparison rather than `Path`'s, which splits both paths into components at every
    // comparison (1.5% of a 1,000-claim run). `-` named twice is read once.
    files.sort_unstable_by(|a, b| {
        a.as_os_str()
            .as_encoded_bytes()
            .cmp(b.as_os_str().as_encoded_bytes())
    });
    files.dedup();
    FileList { files, problems }
}

/// The files of the types asked under `dir`, as ripgrep would walk them (symbolic links are not
/// followed, so a link loop cannot trap the walk), in walk order: the caller sorts.
fn walk(dir: &Path, options: &WalkOptions, problems: &mut Vec<FileProblem>) -> Vec<PathBuf> {
    let walker = ignore::WalkBuilder::new(dir)
        .hidden(!options.hidden)
        .git_ignore(!options.no_ignore)
        .git_exclude(!options.no_ignore)
        .git_global(!options.no_ignore)
        .ignore(!options.no_ignore)
        .parents(!options.no_ignore)
        .require_git(false)
        .build();
    let mut found = Vec::new();
    let first_problem = problems.len();
    for entry in walker {
        match entry {
            Ok(entry) => {
                let is_file = entry.file_type().is_some_and(|t| t.is_file());
                let wanted = entry
                    .path()
                    .extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| options.types.keeps_extension(e));
                if is_file && wanted {
                    found.push(entry.into_path());
                }
            }
            Err(e) => problems.push(FileProblem {
                path: display_path(dir),
                severity: Severity::Error,
                message: format!("cannot walk directory: {e}"),
            }),
        }
    }
    // The walk follows the order the file system lists entries in: sort what it met.
    if let Some(met) = problems.get_mut(first_problem..) {
        met.sort_by(|a, b| a.message.cmp(&b.message));
    }
    found
}

/// Reads, decodes and reads as its type (by extension; plain text for standard input) one
/// file. UTF-8 (with or without BOM), UTF-16 with a BOM and, in HTML, the encoding a
/// `<meta charset>` declares are decoded; invalid UTF-8 is replaced (U+FFFD) with a warning; a
/// binary file (a NUL byte and no UTF-16 BOM) is skipped with a warning; what the reader could
/// not read (a broken front matter) is a warning too.
/// The path `-` reads standard input, shown as `<stdin>`. A file over `max_filesize` bytes is
/// skipped with a warning, before it is read.
pub fn read_document(
    path: &Path,
    max_filesize: u64,
    options: &ReadOptions,
) -> Result<(Document, Vec<FileProblem>), FileProblem> {
    Ok(read_source(path, max_filesize)?.read(options))
}

/// A file's text, decoded, before its reader reads it.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as reports show it.
    pub path: String,
    pub format: Format,
    pub text: String,
    /// What decoding replaced or guessed (invalid UTF-8, a charset).
    pub problems: Vec<FileProblem>,
}

impl SourceFile {
    /// The file read as a document of its format, decoding's problems first.
    pub fn read(self, options: &ReadOptions) -> (Document, Vec<FileProblem>) {
        let (document, mut problems) = Document::read(self.path, self.format, self.text, options);
        problems.splice(0..0, self.problems);
        (document, problems)
    }

    /// The file left unread (see [`Document::unread`]), with decoding's problems.
    pub fn unread(self) -> (Document, Vec<FileProblem>) {
        (Document::unread(self.path, self.text), self.problems)
    }
}

/// The first half of [`read_document`]: the file read and decoded, not yet read as prose.
pub fn read_source(path: &Path, max_filesize: u64) -> Result<SourceFile, FileProblem> {
    let shown = display_path(path);
    let too_large = |size: u64| FileProblem {
        path: shown.clone(),
        severity: Severity::Warning,
        message: format!(
            "skipped: {size} bytes is over the size limit of {max_filesize} bytes (raise it with --max-filesize)"
        ),
    };
    let unreadable = |e: std::io::Error| FileProblem {
        path: shown.clone(),
        severity: Severity::Error,
        message: format!("cannot read file: {}", io_reason(&e)),
    };
    let mut bytes = Vec::new();
    if path.as_os_str() == STDIN {
        std::io::Read::read_to_end(
            &mut std::io::Read::take(std::io::stdin(), max_filesize + 1),
            &mut bytes,
        )
        .map_err(unreadable)?;
        if bytes.len() as u64 > max_filesize {
            return Err(too_large(bytes.len() as u64));
        }
    } else {
        // One open, one fstat, one read: no second lookup of the path.
        let mut file = std::fs::File::open(path).map_err(unreadable)?;
        let size = file.metadata().map_err(unreadable)?.len();
        if size > max_filesize {
            return Err(too_large(size));
        }
        bytes.reserve_exact(usize::try_from(size).unwrap_or(0).saturating_add(1));
        std::io::Read::read_to_end(&mut file, &mut bytes).map_err(unreadable)?;
    }
    let format = Format::of_path(path);
    let (text, warning) = decode::decode_owned(&shown, format, bytes)?;
    Ok(SourceFile {
        path: shown,
        format,
        text,
        problems: warning.into_iter().collect(),
    })
}

/// A path as reports show it: as given, with `/` separators and no leading `./`.
pub fn display_path(path: &Path) -> String {
    if path.as_os_str() == STDIN {
        return "<stdin>".to_string();
    }
    let s = path.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_corpus_is_listed_sorted_and_missing_paths_are_errors() {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let list = list_files(
            &[root.join("corpus"), root.join("no-such-dir")],
            &WalkOptions::default(),
        );
        let names: Vec<_> = list
            .files
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted);
        assert_eq!(names.len(), 5);
        assert_eq!(list.problems.len(), 1);
        assert_eq!(list.problems[0].severity, Severity::Error);
    }

    /// Files are read in the order the report lists documents: by path as text, where a file
    /// named like a directory plus a suffix comes before that directory's files.
    #[test]
    fn files_are_listed_in_the_order_of_their_paths_as_text() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["a/b.txt", "a.txt", "a-z.md", "b.txt"] {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "text").unwrap();
        }
        let list = list_files(&[dir.path().to_path_buf()], &WalkOptions::default());
        let base = dir.path().to_string_lossy().len() + 1;
        let names: Vec<String> = list
            .files
            .iter()
            .map(|p| display_path(p)[base..].to_string())
            .collect();
        assert_eq!(names, ["a-z.md", "a.txt", "a/b.txt", "b.txt"]);
    }
}
