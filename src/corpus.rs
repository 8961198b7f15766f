//! The corpus: which files to read, and their text.
//!
//! Paths are walked as ripgrep walks them (the `ignore` crate: hidden and `.gitignore`d files
//! skipped), in sorted order, keeping `.txt` and `.md` files. A file named explicitly is always
//! read. A file that cannot be read becomes a [`FileProblem`] and the run goes on: one bad article
//! never hides the verdicts of the others.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The path that means standard input, as in most command-line tools.
pub const STDIN: &str = "-";

/// Extensions read when walking a directory.
pub const EXTENSIONS: &[&str] = &["txt", "md"];

/// One article, decoded to UTF-8.
#[derive(Debug, Clone)]
pub struct Document {
    /// The path as the user will see it in reports (relative as given, `/`-separated).
    pub path: String,
    pub text: String,
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
}

impl Default for WalkOptions {
    fn default() -> Self {
        WalkOptions {
            hidden: false,
            no_ignore: false,
            max_filesize: DEFAULT_MAX_FILESIZE,
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
                        message: "no .txt or .md files found (hidden and ignored files are skipped unless --hidden or --no-ignore)".to_string(),
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

/// The `.txt` and `.md` files under `dir`, as ripgrep would walk them (symbolic links are not
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
                    .is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)));
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

/// Reads and decodes one file. UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded;
/// invalid UTF-8 is replaced (U+FFFD) with a warning; a binary file (a NUL byte and no UTF-16 BOM)
/// is skipped with a warning.
/// The path `-` reads standard input, shown as `<stdin>`. A file over `max_filesize` bytes is
/// skipped with a warning, before it is read.
pub fn read_document(
    path: &Path,
    max_filesize: u64,
) -> Result<(Document, Option<FileProblem>), FileProblem> {
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
    decode_owned(shown, bytes)
}

/// [`decode`], taking the bytes: valid UTF-8 without a BOM (nearly every article) becomes the
/// text without a copy.
fn decode_owned(
    path: String,
    bytes: Vec<u8>,
) -> Result<(Document, Option<FileProblem>), FileProblem> {
    let plain = encoding_rs::Encoding::for_bom(&bytes).is_none()
        && memchr::memchr(0, &bytes[..bytes.len().min(8192)]).is_none();
    if !plain {
        return decode(path, &bytes);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok((Document { path, text }, None)),
        Err(e) => decode(path, e.as_bytes()),
    }
}

/// Decodes bytes read from `path` (see [`read_document`]).
pub fn decode(path: String, bytes: &[u8]) -> Result<(Document, Option<FileProblem>), FileProblem> {
    let bom = encoding_rs::Encoding::for_bom(bytes);
    if bom.is_none() && memchr::memchr(0, &bytes[..bytes.len().min(8192)]).is_some() {
        return Err(FileProblem {
            path,
            severity: Severity::Warning,
            message: "binary file skipped (it contains NUL bytes)".to_string(),
        });
    }
    let (encoding, body) = match bom {
        Some((encoding, bom_len)) => (encoding, &bytes[bom_len..]),
        None => (encoding_rs::UTF_8, bytes),
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    let warning = had_errors.then(|| {
        let offset = std::str::from_utf8(body).err().map(|e| e.valid_up_to()).unwrap_or(0);
        FileProblem {
            path: path.clone(),
            severity: Severity::Warning,
            message: format!(
                "invalid {} at byte {offset}: replaced with U+FFFD; positions after it count the replacement",
                encoding.name()
            ),
        }
    });
    Ok((
        Document {
            path,
            text: text.into_owned(),
        },
        warning,
    ))
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
    fn utf8_bom_is_dropped_and_utf16_is_decoded() {
        let (doc, warning) = decode("a.txt".into(), "\u{feff}31 drones".as_bytes()).unwrap();
        assert_eq!(doc.text, "31 drones");
        assert!(warning.is_none());
        let mut utf16 = vec![0xFF, 0xFE];
        for unit in "30 drones".encode_utf16() {
            utf16.extend_from_slice(&unit.to_le_bytes());
        }
        let (doc, _) = decode("b.txt".into(), &utf16).unwrap();
        assert_eq!(doc.text, "30 drones");
    }

    #[test]
    fn invalid_utf8_is_replaced_with_a_warning_naming_the_offset() {
        let (doc, warning) = decode("c.txt".into(), b"31 dr\xFFones").unwrap();
        assert_eq!(doc.text, "31 dr\u{FFFD}ones");
        let warning = warning.unwrap();
        assert_eq!(warning.severity, Severity::Warning);
        assert!(warning.message.contains("byte 5"), "{}", warning.message);
    }

    #[test]
    fn binary_files_are_skipped() {
        let problem = decode("d.txt".into(), b"PK\x03\x04\x00\x00binary").unwrap_err();
        assert_eq!(problem.severity, Severity::Warning);
        assert!(problem.message.contains("binary"));
    }

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
