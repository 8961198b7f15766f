//! The corpus: which files to read, and their text.
//!
//! Paths are walked as ripgrep walks them (the `ignore` crate: hidden and `.gitignore`d files
//! skipped), in sorted order, keeping the files of the types asked (`--type`: plain text,
//! Markdown and HTML by default, told by extension). A file named explicitly is always read.
//! Each file is decoded (`decode.rs`) and read by the reader of its type (`crate::reader`)
//! into a [`Document`]: the prose the checker reads and the map back to the file's text. A file that cannot be read becomes a [`FileProblem`] and the run goes on: one bad article
//! never hides the verdicts of the others.

mod decode;
mod walk;

pub use decode::decode;
pub use walk::{DEFAULT_MAX_FILESIZE, FileList, Types, WalkOptions, list_files};

use crate::reader::{self, Format, Metadata, OffsetMap, ReadOptions, Warning};
use crate::span::Span;
use std::path::Path;

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
