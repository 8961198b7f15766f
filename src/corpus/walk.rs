//! Which files to read: the paths given, walked as ripgrep walks them (the `ignore` crate:
//! hidden and `.gitignore`d files skipped, links not followed), keeping the files of the types
//! asked, deduplicated and sorted by path. A file named explicitly is always read.

use super::{FileProblem, STDIN, Severity, display_path, io_reason};
use crate::reader::Format;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

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
