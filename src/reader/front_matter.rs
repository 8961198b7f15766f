//! Front matter: the metadata block at the top of a Markdown file, YAML between `---` lines or
//! TOML between `+++` lines. `title` and `date` are the metadata (the headline, and the date
//! the time stages use); the keys [`ReadOptions::front_matter`] names (`title` and
//! `description` by default) are the front matter's prose, each value a block of its own with
//! its position in the source, since a page's description is what a search result shows. A
//! front matter that does not parse is a warning naming its line, and the document is read
//! without it.
//!
//! YAML is read as the flat `key: value` lines that front matter is in practice (nested
//! values, lists and comments are passed over; a value may go on over indented lines, or be a
//! `>` / `|` block), not with a YAML library: top-level strings need no YAML parser in the
//! reader, and a line that is none of those is reported. TOML is parsed with the `toml` crate
//! the claims file already uses.

use super::{Field, Metadata, ReadOptions, Warning};
use crate::span::Span;

/// The kinds of front matter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Yaml,
    Toml,
}

/// What a front matter holds for the reader.
#[derive(Debug, Default)]
pub struct FrontMatter {
    pub metadata: Metadata,
    /// The values of the prose keys other than `title` (the headline), in source order.
    pub prose: Vec<Field>,
    pub warnings: Vec<Warning>,
}

/// Reads the front matter whose content is `source[start..end]`.
pub fn read(
    source: &str,
    start: usize,
    end: usize,
    kind: Kind,
    options: &ReadOptions,
) -> FrontMatter {
    let Some(content) = source.get(start..end) else {
        return FrontMatter::default();
    };
    let mut read = match kind {
        Kind::Yaml => yaml(content, start, options),
        Kind::Toml => toml_front_matter(content, start, options),
    };
    read.prose.sort_by_key(|f| f.span.start);
    read
}

/// True when `key` is read as prose besides the title.
fn is_prose(options: &ReadOptions, key: &str) -> bool {
    key != "title" && options.front_matter.iter().any(|k| k == key)
}

fn yaml(content: &str, base: usize, options: &ReadOptions) -> FrontMatter {
    let mut metadata = Metadata::default();
    let mut prose: Vec<Field> = Vec::new();
    let mut warnings = Vec::new();
    let mut at = 0;
    // The prose value being read, which indented lines after its key go on.
    let mut open: Option<Field> = None;
    for line in content.split_inclusive('\n') {
        let line_start = at;
        at += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let trimmed = body.trim_start();
        if body.starts_with([' ', '\t']) || (trimmed.is_empty() && open.is_some()) {
            if let Some(field) = open.as_mut()
                && !trimmed.is_empty()
            {
                let indent = body.len() - trimmed.len();
                let end = base + line_start + body.len();
                if field.value.is_empty() {
                    field.span = Span::new(base + line_start + indent, end);
                } else {
                    field.value.push(' ');
                    field.span.end = end;
                }
                field.value.push_str(trimmed);
            }
            continue;
        }
        if let Some(field) = open.take()
            && !field.value.is_empty()
        {
            prose.push(field);
        }
        if trimmed.is_empty()
            || trimmed.starts_with('#')
            || body.starts_with('-')
            || trimmed == "..."
        {
            continue;
        }
        let Some(colon) = body.find(':') else {
            warnings.push(Warning {
                offset: base + line_start,
                message: format!(
                    "front matter: expected `key: value`, found `{}`",
                    short(body)
                ),
            });
            continue;
        };
        let key = body[..colon].trim().trim_matches(['"', '\'']);
        let raw = &body[colon + 1..];
        let value = raw.trim();
        let (value, lead) = unquote(value);
        let value_start =
            base + line_start + colon + 1 + (raw.len() - raw.trim_start().len()) + lead;
        let field = || Field {
            value: value.to_string(),
            span: Span::new(value_start, value_start + value.len()),
        };
        match key {
            "title" if !value.is_empty() && metadata.title.is_none() => {
                metadata.title = Some(field())
            }
            "date" if !value.is_empty() && metadata.date.is_none() => metadata.date = Some(field()),
            _ if is_prose(options, key) => {
                // A block scalar (`>`, `|-`) starts on the next line; a plain value may go on.
                let block = lead == 0 && value.starts_with(['>', '|']);
                open = Some(if block {
                    Field {
                        value: String::new(),
                        span: Span::new(value_start, value_start),
                    }
                } else {
                    field()
                });
            }
            _ => {}
        }
    }
    if let Some(field) = open.take()
        && !field.value.is_empty()
    {
        prose.push(field);
    }
    FrontMatter {
        metadata,
        prose,
        warnings,
    }
}

/// `value` without its quotes, and how many bytes the opening quote took.
fn unquote(value: &str) -> (&str, usize) {
    for quote in ['"', '\''] {
        if value.len() >= 2 && value.starts_with(quote) && value.ends_with(quote) {
            return (&value[1..value.len() - 1], 1);
        }
    }
    (value, 0)
}

fn short(line: &str) -> String {
    line.chars().take(40).collect()
}

fn toml_front_matter(content: &str, base: usize, options: &ReadOptions) -> FrontMatter {
    let table = match content.parse::<toml::Table>() {
        Ok(table) => table,
        Err(e) => {
            let offset = base + e.span().map_or(0, |s| s.start);
            let message = e
                .message()
                .lines()
                .next()
                .unwrap_or("invalid TOML")
                .to_string();
            return FrontMatter {
                warnings: vec![Warning {
                    offset,
                    message: format!("front matter: {message}"),
                }],
                ..FrontMatter::default()
            };
        }
    };
    let field = |key: &str| -> Option<Field> {
        let value = match table.get(key)? {
            toml::Value::String(s) => s.clone(),
            toml::Value::Datetime(d) => d.to_string(),
            _ => return None,
        };
        // Where the value is written: the first occurrence after its key.
        let key_at = content.find(key).unwrap_or(0);
        let start = content[key_at..]
            .find(&value)
            .map_or(key_at, |i| key_at + i);
        let end = if content[start..].starts_with(&value) {
            start + value.len()
        } else {
            start
        };
        Some(Field {
            value,
            span: Span::new(base + start, base + end),
        })
    };
    let mut prose: Vec<Field> = options
        .front_matter
        .iter()
        .filter(|key| is_prose(options, key))
        .filter_map(|key| field(key))
        .collect();
    prose.retain(|f| !f.value.is_empty());
    FrontMatter {
        metadata: Metadata {
            title: field("title"),
            date: field("date"),
        },
        prose,
        warnings: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_title_and_date_are_read_with_their_spans() {
        let source = "---\ntitle: \"Ferries for the bay\"\ndate: 2024-03-01\ntags:\n  - a\n---\n";
        let read = read(
            source,
            4,
            source.len() - 4,
            Kind::Yaml,
            &ReadOptions::default(),
        );
        let (meta, warnings) = (read.metadata, read.warnings);
        assert!(warnings.is_empty(), "{warnings:?}");
        let title = meta.title.unwrap();
        assert_eq!(title.value, "Ferries for the bay");
        assert_eq!(title.span.slice(source), "Ferries for the bay");
        assert_eq!(meta.date.unwrap().span.slice(source), "2024-03-01");
    }

    #[test]
    fn a_broken_line_is_a_warning_at_its_offset() {
        let source = "title: ok\nthis is not yaml\n";
        let read = read(source, 0, source.len(), Kind::Yaml, &ReadOptions::default());
        let (meta, warnings) = (read.metadata, read.warnings);
        assert_eq!(meta.title.unwrap().value, "ok");
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].offset, 10);
    }

    #[test]
    fn toml_is_parsed_and_a_syntax_error_is_a_warning() {
        let source = "title = \"Bay ferries\"\ndate = 2024-03-01\n";
        let options = ReadOptions::default();
        let read_toml = read(source, 0, source.len(), Kind::Toml, &options);
        assert!(read_toml.warnings.is_empty());
        let meta = read_toml.metadata;
        assert_eq!(meta.title.unwrap().span.slice(source), "Bay ferries");
        assert_eq!(meta.date.unwrap().value, "2024-03-01");
        let broken = read("title = \n", 0, 9, Kind::Toml, &options);
        assert_eq!(broken.warnings.len(), 1);
    }

    #[test]
    fn prose_keys_are_read_with_their_spans_over_lines_and_blocks() {
        let source = "title: Languages\ndescription: Read in 31\n  languages.\nsummary: >-\n  Now 35\n  languages.\ntags: [a]\nexcerpt: 'Over 40 languages'\n";
        let options = ReadOptions {
            front_matter: vec![
                "title".into(),
                "description".into(),
                "summary".into(),
                "excerpt".into(),
            ],
        };
        let read = read(source, 0, source.len(), Kind::Yaml, &options);
        assert!(read.warnings.is_empty(), "{:?}", read.warnings);
        let values: Vec<(&str, &str)> = read
            .prose
            .iter()
            .map(|f| (f.value.as_str(), f.span.slice(source)))
            .collect();
        assert_eq!(
            values,
            [
                ("Read in 31 languages.", "Read in 31\n  languages."),
                ("Now 35 languages.", "Now 35\n  languages."),
                ("Over 40 languages", "Over 40 languages"),
            ]
        );
        // The default reads `description` only; a key not named is not prose.
        let default = super::read(source, 0, source.len(), Kind::Yaml, &ReadOptions::default());
        assert_eq!(default.prose.len(), 1);
        let toml = "title = \"T\"\ndescription = \"31 languages\"\nsummary = \"x\"\n";
        let read = super::read(toml, 0, toml.len(), Kind::Toml, &ReadOptions::default());
        assert_eq!(read.prose.len(), 1);
        assert_eq!(read.prose[0].span.slice(toml), "31 languages");
    }
}
