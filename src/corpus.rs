//! The corpus: which files to read, and their text.
//!
//! Paths are walked as ripgrep walks them (the `ignore` crate: hidden and `.gitignore`d files
//! skipped), in sorted order, keeping `.txt` and `.md` files. A file named explicitly is always
//! read. A file that cannot be read becomes a [`FileProblem`] and the run goes on: one bad article
//! never hides the verdicts of the others.

use std::collections::BTreeSet;
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

/// The files to read, found from the paths given, deduplicated and sorted.
#[derive(Debug, Default)]
pub struct FileList {
    pub files: Vec<PathBuf>,
    pub problems: Vec<FileProblem>,
}

/// Expands `paths` (files and directories) into the files to check.
pub fn list_files(paths: &[PathBuf]) -> FileList {
    let mut files = BTreeSet::new();
    let mut problems = Vec::new();
    for path in paths {
        if path.as_os_str() == STDIN {
            files.insert(path.clone());
            continue;
        }
        match std::fs::metadata(path) {
            Err(e) => problems.push(FileProblem {
                path: display_path(path),
                severity: Severity::Error,
                message: format!("cannot read path: {}", io_reason(&e)),
            }),
            Ok(meta) if meta.is_file() => {
                files.insert(path.clone());
            }
            Ok(_) => walk(path, &mut files, &mut problems),
        }
    }
    FileList {
        files: files.into_iter().collect(),
        problems,
    }
}

fn walk(dir: &Path, files: &mut BTreeSet<PathBuf>, problems: &mut Vec<FileProblem>) {
    let walker = ignore::WalkBuilder::new(dir)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    for entry in walker {
        match entry {
            Ok(entry) => {
                let is_file = entry.file_type().is_some_and(|t| t.is_file());
                let wanted = entry
                    .path()
                    .extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()));
                if is_file && wanted {
                    files.insert(entry.into_path());
                }
            }
            Err(e) => problems.push(FileProblem {
                path: display_path(dir),
                severity: Severity::Error,
                message: format!("cannot walk directory: {e}"),
            }),
        }
    }
}

/// Reads and decodes one file. UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded;
/// invalid UTF-8 is replaced (U+FFFD) with a warning; a binary file (a NUL byte and no UTF-16 BOM)
/// is skipped with a warning.
/// The path `-` reads standard input, shown as `<stdin>`.
pub fn read_document(path: &Path) -> Result<(Document, Option<FileProblem>), FileProblem> {
    let shown = display_path(path);
    let read = if path.as_os_str() == STDIN {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).map(|_| bytes)
    } else {
        std::fs::read(path)
    };
    let bytes = read.map_err(|e| FileProblem {
        path: shown.clone(),
        severity: Severity::Error,
        message: format!("cannot read file: {}", io_reason(&e)),
    })?;
    decode(shown, &bytes)
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
        let list = list_files(&[root.join("corpus"), root.join("no-such-dir")]);
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
}
