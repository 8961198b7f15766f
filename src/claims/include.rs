//! Loading a claims file and the files it includes (`include = ["docs/claims/*.toml"]`).
//!
//! Each pattern is a glob relative to the folder of the file that writes it, expanded in
//! sorted order; a file reached twice (two patterns, two including files) is read once; a
//! file that includes itself through others is an include cycle, reported at the pattern that
//! closes it with the chain of files; a file a glob matches that is the including file itself
//! is passed over (`*.toml` beside it). Claim ids are unique across all the files: a duplicate
//! is reported where it is used again, with the first use drawn from its own file.

use super::file::ClaimsFile;
use super::validate::{Context, to_span, toml_problem, validate};
use super::value_from::DataFiles;
use super::{Claim, FileProblems};
use crate::corpus::display_path;
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::span::Span;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What one load gathers from all its files.
#[derive(Default)]
pub(super) struct Loader {
    pub files: Vec<FileProblems>,
    pub claims: Vec<Claim>,
    /// How many `[[claim]]` tables the files have, valid or not.
    pub tables: usize,
    pub front_matter: Option<Vec<String>>,
    /// The files being read, outermost first, as canonical paths and as shown: a cycle's
    /// chain.
    stack: Vec<(PathBuf, String)>,
    /// Every file read, as canonical paths.
    done: HashSet<PathBuf>,
    seen: HashMap<String, (Arc<SourceFile>, Span)>,
    data: DataFiles,
}

impl Loader {
    /// Reads the claims file at `path` whose text is `text`, then the files it includes.
    pub fn file(&mut self, path: &Path, text: String) {
        let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.done.insert(canonical.clone());
        let source = Arc::new(SourceFile {
            path: display_path(path),
            text,
        });
        self.stack.push((canonical, source.path.clone()));
        let index = self.files.len();
        self.files.push(FileProblems {
            path: path.to_path_buf(),
            file: source.clone(),
            diagnostics: Vec::new(),
        });
        let mut diagnostics = Vec::new();
        let base = path.parent().unwrap_or(Path::new("")).to_path_buf();
        match toml::from_str::<ClaimsFile>(&source.text) {
            Err(e) => diagnostics.push(toml_problem(&e)),
            Ok(file) => {
                self.tables += file.claim.len();
                let mut context = Context {
                    file: &source,
                    base: &base,
                    seen: &mut self.seen,
                    data: &mut self.data,
                };
                for raw in &file.claim {
                    let span = to_span(raw.span());
                    if let Some(claim) =
                        validate(raw.get_ref(), span, &mut context, &mut diagnostics)
                    {
                        self.claims.push(claim);
                    }
                }
                if let Some(keys) = &file.front_matter {
                    let list = self.front_matter.get_or_insert_with(Vec::new);
                    for key in keys {
                        if !list.contains(key.get_ref()) {
                            list.push(key.get_ref().clone());
                        }
                    }
                }
                for pattern in &file.include {
                    self.include(
                        &base,
                        pattern.get_ref(),
                        to_span(pattern.span()),
                        &mut diagnostics,
                    );
                }
            }
        }
        diagnostics.sort_by_key(|d| d.span.start);
        self.files[index].diagnostics = diagnostics;
        self.stack.pop();
    }

    /// Expands one `include` pattern of a file in folder `base` and reads what it matches.
    fn include(
        &mut self,
        base: &Path,
        pattern: &str,
        span: Span,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        let problem = |message: String, label: &str, help: String| {
            Diagnostic::new(message, span, label).with_help(help)
        };
        let folder = super::value_from::folder(base);
        let full = if Path::new(pattern).is_absolute() || base.as_os_str().is_empty() {
            pattern.to_string()
        } else {
            let escaped = glob::Pattern::escape(&base.to_string_lossy());
            format!("{}/{pattern}", escaped.trim_end_matches('/'))
        };
        let matches = match glob::glob(&full) {
            Err(e) => {
                diagnostics.push(problem(
                    format!("`{pattern}` is not a valid glob: {}", e.msg),
                    "not a glob",
                    "write a path or a glob relative to this claims file: \"claims/*.toml\""
                        .to_string(),
                ));
                return;
            }
            Ok(paths) => paths
                .filter_map(Result::ok)
                .filter(|p| p.is_file())
                .collect::<Vec<_>>(),
        };
        if matches.is_empty() {
            diagnostics.push(problem(
                format!("`include` pattern `{pattern}` matches no file"),
                "no file matches",
                format!("patterns are relative to this claims file's folder ({folder})"),
            ));
            return;
        }
        let current = self.stack.last().map(|(p, _)| p.clone());
        for found in matches {
            let canonical = std::fs::canonicalize(&found).unwrap_or_else(|_| found.clone());
            if Some(&canonical) == current.as_ref() && is_glob(pattern) {
                continue;
            }
            if let Some(at) = self.stack.iter().position(|(p, _)| *p == canonical) {
                let chain: Vec<&str> = self.stack[at..]
                    .iter()
                    .map(|(_, shown)| shown.as_str())
                    .chain(std::iter::once(self.stack[at].1.as_str()))
                    .collect();
                diagnostics.push(problem(
                    format!("include cycle: {}", chain.join(" → ")),
                    "includes a file that includes this one",
                    "a claims file cannot include itself, directly or through others: remove this pattern or the one that leads back".to_string(),
                ));
                continue;
            }
            if self.done.contains(&canonical) {
                continue;
            }
            match std::fs::read_to_string(&found) {
                Ok(text) => self.file(&found, text),
                Err(e) => diagnostics.push(problem(
                    format!(
                        "cannot read included claims file {}: {e}",
                        display_path(&found)
                    ),
                    "included here",
                    "check the file's permissions and encoding (UTF-8)".to_string(),
                )),
            }
        }
    }
}

fn is_glob(pattern: &str) -> bool {
    pattern.contains(['*', '?', '['])
}

#[cfg(test)]
mod tests {
    use super::super::{Claims, ClaimsError};
    use std::path::Path;

    fn write(dir: &Path, name: &str, text: &str) {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn claim(id: &str, value: &str) -> String {
        format!("[[claim]]\nid = \"{id}\"\nsubject = \"providers\"\nvalue = \"{value}\"\n")
    }

    #[test]
    fn globs_are_relative_to_the_including_file_and_read_once() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site/claims.toml");
        write(
            dir.path(),
            "site/claims.toml",
            &format!(
                "include = [\"claims/*.toml\", \"claims/b.toml\"]\n{}",
                claim("root", "1")
            ),
        );
        write(
            dir.path(),
            "site/claims/a.toml",
            &format!("include = [\"*.toml\"]\n{}", claim("a", "2")),
        );
        write(dir.path(), "site/claims/b.toml", &claim("b", "3"));
        let claims = Claims::load(&root).unwrap();
        let ids: Vec<&str> = claims.claims.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "root"]);
    }

    #[test]
    fn cycles_missing_files_and_duplicates_across_files_are_reported() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("claims.toml");
        write(
            dir.path(),
            "claims.toml",
            &format!(
                "include = [\"more/x.toml\", \"nothing/*.toml\"]\n{}",
                claim("shared", "1")
            ),
        );
        write(
            dir.path(),
            "more/x.toml",
            &format!("include = [\"../claims.toml\"]\n{}", claim("shared", "2")),
        );
        let Err(error @ ClaimsError::Invalid { .. }) = Claims::load(&root) else {
            panic!("expected problems");
        };
        let ClaimsError::Invalid { files } = &error else {
            unreachable!()
        };
        assert!(
            error.to_string().starts_with("3 problems in claims files "),
            "{error}"
        );
        let root_problems: Vec<&str> = files[0]
            .diagnostics
            .iter()
            .map(|d| d.message.as_str())
            .collect();
        assert_eq!(
            root_problems,
            ["`include` pattern `nothing/*.toml` matches no file"]
        );
        let x = &files[1];
        let messages: Vec<&str> = x.diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        let shown = |p: &Path| crate::corpus::display_path(p);
        let (r, m) = (shown(&root), shown(&dir.path().join("more/x.toml")));
        assert_eq!(messages[0], format!("include cycle: {r} → {m} → {r}"));
        assert_eq!(
            x.diagnostics[0].span.slice(&x.file.text),
            "\"../claims.toml\""
        );
        assert_eq!(messages[1], "duplicate claim id `shared`");
        let related = x.diagnostics[1].related.as_ref().unwrap();
        let first = related
            .file
            .as_ref()
            .expect("the first use is in the root file");
        assert!(first.path.ends_with("claims.toml"));
        assert_eq!(related.span.slice(&first.text), "\"shared\"");
        let drawn = x.diagnostics[1].render(&x.file.path, &x.file.text, false);
        assert!(
            drawn.contains("used again here") && drawn.contains("first used here"),
            "{drawn}"
        );
        assert!(
            drawn.contains("more/x.toml") && drawn.matches("claims.toml:").count() >= 1,
            "{drawn}"
        );
    }
}
