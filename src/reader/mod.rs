//! Document readers: what `check` reads in a file of each type.
//!
//! A reader turns a file's text (the *source*, decoded to UTF-8) into *prose*: the text as a
//! person reads it, markup removed, entities decoded, one block of prose for each paragraph,
//! heading, list item, table row or block quote, blocks separated by a blank line ("\n\n"),
//! a soft-wrapped paragraph on one line. Every stage after it (segmenter, subjects,
//! quantities, verdicts) works on the prose; an [`OffsetMap`] carried with the document takes
//! every span back to the source at the report's edge, so lines, columns and byte offsets
//! always point into the original file.
//!
//! Contract of every reader: it never panics, takes time linear in the source, writes a
//! headline (the front matter's or `<title>`'s title, else the first heading) as the first
//! block when there is one, and reports what it could not read as [`Warning`]s with their
//! source offset, never as a stop.
//!
//! - plain text (`.txt`, anything else): the prose is the source; no map.
//! - Markdown (`.md`, `.markdown`, `.mdx`): `markdown.rs`, pulldown-cmark's offset iterator;
//!   front matter (`front_matter.rs`) gives the title and date, and the keys
//!   [`ReadOptions::front_matter`] names are prose; in MDX, JSX, expressions and ESM lines are
//!   blanked first (`mdx.rs`).
//! - HTML (`.html`, `.htm`): `html.rs`, lol_html's streaming tokenizer (entities decoded in
//!   `html/entity.rs`, the `<meta charset>` read in `html/charset.rs`).

mod front_matter;
pub mod html;
mod markdown;
mod mdx;
mod prose;
mod screen;

pub use prose::{OffsetMap, ProseBuilder};
pub use screen::screenable;

use crate::span::Span;
use std::path::Path;

/// The kinds of documents crosscheck reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

impl Format {
    /// Every format, in the order `--type` lists them.
    pub const ALL: [Format; 3] = [Format::Text, Format::Markdown, Format::Html];

    /// The name `--type` takes: `txt`, `md`, `html`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Html => "html",
        }
    }

    /// The file extensions of the format (compared without regard to case).
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Format::Text => &["txt"],
            Format::Markdown => &["md", "markdown", "mdx"],
            Format::Html => &["html", "htm"],
        }
    }

    /// The format `--type NAME` names (a format's name or any of its extensions).
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| {
            f.name().eq_ignore_ascii_case(name)
                || f.extensions().iter().any(|e| e.eq_ignore_ascii_case(name))
        })
    }

    /// The format of a file with this extension, if it is one crosscheck reads.
    pub fn of_extension(extension: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| {
            f.extensions()
                .iter()
                .any(|e| e.eq_ignore_ascii_case(extension))
        })
    }

    /// How a file named `path` is read: by its extension; plain text when it has none that
    /// crosscheck knows (a file named on the command line, standard input).
    pub fn of_path(path: &Path) -> Format {
        path.extension()
            .and_then(|e| e.to_str())
            .and_then(Format::of_extension)
            .unwrap_or(Format::Text)
    }
}

/// A value read from a document's metadata (front matter, `<title>`, `<meta>`), as written,
/// with where it is written in the source. Carried for the stages that date documents; the
/// title is also the prose's first block.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Field {
    pub value: String,
    /// Bytes of the source that hold the value.
    pub span: Span,
}

/// What a document says about itself.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Metadata {
    pub title: Option<Field>,
    /// The publication date as written (`2023-11-10`, `Nov 10, 2023`): not parsed here.
    pub date: Option<Field>,
}

/// Something a reader could not read; the rest of the document is read all the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// Where in the source (bytes).
    pub offset: usize,
    pub message: String,
}

/// A document read: its prose, the map back to the source and its metadata.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    pub prose: String,
    pub offsets: OffsetMap,
    pub metadata: Metadata,
    pub warnings: Vec<Warning>,
}

/// How documents are read, beyond their format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOptions {
    /// The front matter keys whose values are prose, each a block of its own (top-level
    /// strings; `title` is also the headline). A claims file sets them with
    /// `front_matter = [...]`; by default `title` and `description`.
    pub front_matter: Vec<String>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            front_matter: vec!["title".to_string(), "description".to_string()],
        }
    }
}

/// Reads `source` as a document of `format` with the default options. Plain text is not read
/// here (its prose is its source): `None`.
pub fn read(format: Format, source: &str) -> Option<Reading> {
    read_with(format, source, false, &ReadOptions::default())
}

/// Reads `source` as a document of `format`; `mdx` for a Markdown file that is MDX (`.mdx`).
pub fn read_with(
    format: Format,
    source: &str,
    mdx: bool,
    options: &ReadOptions,
) -> Option<Reading> {
    match format {
        Format::Text => None,
        Format::Markdown => Some(markdown::read(source, options, mdx)),
        Format::Html => Some(html::read(source)),
    }
}

/// True when `path` names an MDX file (`.mdx`, any case).
pub fn is_mdx(path: &str) -> bool {
    Path::new(path)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("mdx"))
}

/// The 1-based line of byte `offset` of `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    let upto = text.as_bytes().get(..offset).unwrap_or(text.as_bytes());
    memchr::memchr_iter(b'\n', upto).count() + 1
}
