//! Claims: the facts an editor stands behind, read from `claims.toml`.
//!
//! A claim's `value` is read by the same extractor that reads articles, so "over $3 billion" in
//! the claims file means exactly what it means in a sentence. Loading reports every problem of
//! the file at once, each with its span, never only the first.

mod about;
mod data_file;
mod file;
mod include;
mod validate;
mod value_from;

use crate::diagnostic::{Diagnostic, SourceFile};
use crate::quantity::{Quantity, QuantityKind};
use crate::span::Span;
pub use about::About;
pub use data_file::load as read_data_file;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What a claim's value is: a quantity of some kind, or a person's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ClaimKind {
    Quantity(QuantityKind),
    Name,
}

impl ClaimKind {
    pub const NAMES: &'static [&'static str] = &[
        "count", "money", "ordinal", "percent", "year", "date", "measure", "name",
    ];

    pub fn parse(s: &str) -> Option<ClaimKind> {
        Some(match s {
            "count" => ClaimKind::Quantity(QuantityKind::Count),
            "money" => ClaimKind::Quantity(QuantityKind::Money),
            "ordinal" => ClaimKind::Quantity(QuantityKind::Ordinal),
            "percent" => ClaimKind::Quantity(QuantityKind::Percent),
            "year" => ClaimKind::Quantity(QuantityKind::Year),
            "date" => ClaimKind::Quantity(QuantityKind::Date),
            "measure" => ClaimKind::Quantity(QuantityKind::Measure),
            "name" => ClaimKind::Name,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Quantity(k) => k.as_str(),
            ClaimKind::Name => "name",
        }
    }
}

/// How far the claim's own value may be widened before comparing: "0.5" or "2%".
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tolerance {
    Absolute(f64),
    Relative(f64),
}

impl Tolerance {
    /// "2%" → relative 0.02; "0.5" → absolute 0.5. Negative or non-finite numbers are refused.
    pub fn parse(text: &str) -> Option<Tolerance> {
        let text = text.trim();
        let (number, relative) = match text.strip_suffix('%') {
            Some(n) => (n.trim(), true),
            None => (text, false),
        };
        let x: f64 = number.parse().ok()?;
        if !x.is_finite() || x < 0.0 {
            return None;
        }
        Some(if relative {
            Tolerance::Relative(x / 100.0)
        } else {
            Tolerance::Absolute(x)
        })
    }
}

/// The value a claim stands behind.
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    Quantity(Quantity),
    /// A person's full name, as the claim gives it ("Antony Blinken").
    Name(String),
}

/// One fact from the claims file.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub id: String,
    pub statement: Option<String>,
    /// The aliases that name what the claim is about, as written.
    pub subject: Vec<String>,
    /// The value as written in the claims file.
    pub value: String,
    pub kind: ClaimKind,
    pub expected: Expected,
    pub tolerance: Option<Tolerance>,
    /// The entity the claim is about, if the claims file names one (`about`, `not_about`).
    pub about: Option<About>,
    /// The date from which the claim holds (`as_of`): evidence placed before it is outdated,
    /// not a conflict.
    pub as_of: Option<crate::time::Period>,
    /// Where `value` was read from when the claim has `value_from`: the data file as paths are
    /// shown and the pointer, "data/facts.json#/providers".
    pub value_from: Option<String>,
}

/// The claims of one file and the files it includes, sorted by id (the order every report
/// uses).
#[derive(Debug, Clone)]
pub struct Claims {
    pub path: PathBuf,
    pub claims: Vec<Claim>,
    /// How documents are read: the front matter keys that are prose (`front_matter = [...]`
    /// in any of the files, else the default `title` and `description`).
    pub read: crate::reader::ReadOptions,
}

/// The problems of one claims file, with its text to draw them from.
#[derive(Debug, Clone)]
pub struct FileProblems {
    pub path: PathBuf,
    pub file: Arc<SourceFile>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Why a claims file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ClaimsError {
    #[error("cannot read claims file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// One or more problems in the files' text; all of them, each file's in file order.
    #[error("{}", invalid_message(files))]
    Invalid { files: Vec<FileProblems> },
}

impl ClaimsError {
    /// Every diagnostic of every file, in load order.
    pub fn diagnostics(&self) -> Vec<&Diagnostic> {
        match self {
            ClaimsError::Read { .. } => Vec::new(),
            ClaimsError::Invalid { files } => {
                files.iter().flat_map(|f| f.diagnostics.iter()).collect()
            }
        }
    }
}

/// "2 problems in claims file claims.toml", or "… in claims files a.toml, b.toml".
fn invalid_message(files: &[FileProblems]) -> String {
    let with: Vec<&FileProblems> = files.iter().filter(|f| !f.diagnostics.is_empty()).collect();
    let count = with.iter().map(|f| f.diagnostics.len()).sum();
    let names: Vec<String> = with.iter().map(|f| f.path.display().to_string()).collect();
    let noun = if names.len() > 1 { "files" } else { "file" };
    format!(
        "{} in claims {noun} {}",
        plural(count, "problem"),
        names.join(", ")
    )
}

/// "1 problem", "2 problems".
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

impl Claims {
    pub fn load(path: &Path) -> Result<Claims, ClaimsError> {
        let text = std::fs::read_to_string(path).map_err(|source| ClaimsError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Claims::parse(path, &text)
    }

    /// Reads claims from `text`, the text of the file at `path`: `path` names it in messages,
    /// and `include` patterns and `value_from` files are relative to its folder.
    pub fn parse(path: &Path, text: &str) -> Result<Claims, ClaimsError> {
        let mut loader = include::Loader::default();
        loader.file(path, text.to_string());
        if loader.tables == 0 && loader.files.iter().all(|f| f.diagnostics.is_empty()) {
            loader.files[0].diagnostics.push(
                Diagnostic::new(
                    "the claims file has no claims",
                    Span::new(0, 0),
                    "expected `[[claim]]` tables",
                )
                .with_help(
                    "add a claim: [[claim]] with id, subject and value, or include files that have claims \
                     (see docs/claims.md)",
                ),
            );
        }
        if loader.files.iter().any(|f| !f.diagnostics.is_empty()) {
            return Err(ClaimsError::Invalid {
                files: loader.files,
            });
        }
        let mut claims = loader.claims;
        claims.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(Claims {
            path: path.to_path_buf(),
            claims,
            read: match loader.front_matter {
                Some(front_matter) => crate::reader::ReadOptions { front_matter },
                None => crate::reader::ReadOptions::default(),
            },
        })
    }
}

#[cfg(test)]
mod tests;
