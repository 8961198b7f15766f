//! Front matter: the metadata block at the top of a Markdown file, YAML between `---` lines or
//! TOML between `+++` lines. Only `title` and `date` are read (the headline, and the date the
//! time stages will use); a front matter that does not parse is a warning naming its line, and
//! the document is read without it.
//!
//! YAML is read as the flat `key: value` lines that front matter is in practice (nested
//! values, lists and comments are passed over), not with a YAML library: two keys need no
//! YAML parser in the build, and a line that is none of those is reported. TOML is parsed with
//! the `toml` crate the claims file already uses.

use super::{Field, Metadata, Warning};
use crate::span::Span;

/// The kinds of front matter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Yaml,
    Toml,
}

/// Reads the front matter whose content is `source[start..end]`.
pub fn read(source: &str, start: usize, end: usize, kind: Kind) -> (Metadata, Vec<Warning>) {
    let Some(content) = source.get(start..end) else {
        return (Metadata::default(), Vec::new());
    };
    match kind {
        Kind::Yaml => yaml(content, start),
        Kind::Toml => toml_front_matter(content, start),
    }
}

fn yaml(content: &str, base: usize) -> (Metadata, Vec<Warning>) {
    let mut metadata = Metadata::default();
    let mut warnings = Vec::new();
    let mut at = 0;
    for line in content.split_inclusive('\n') {
        let line_start = at;
        at += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let trimmed = body.trim_start();
        if trimmed.is_empty()
            || trimmed.starts_with('#')
            || body.starts_with([' ', '\t', '-'])
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
            _ => {}
        }
    }
    (metadata, warnings)
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

fn toml_front_matter(content: &str, base: usize) -> (Metadata, Vec<Warning>) {
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
            return (
                Metadata::default(),
                vec![Warning {
                    offset,
                    message: format!("front matter: {message}"),
                }],
            );
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
    (
        Metadata {
            title: field("title"),
            date: field("date"),
        },
        Vec::new(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_title_and_date_are_read_with_their_spans() {
        let source = "---\ntitle: \"Ferries for the bay\"\ndate: 2024-03-01\ntags:\n  - a\n---\n";
        let (meta, warnings) = read(source, 4, source.len() - 4, Kind::Yaml);
        assert!(warnings.is_empty(), "{warnings:?}");
        let title = meta.title.unwrap();
        assert_eq!(title.value, "Ferries for the bay");
        assert_eq!(title.span.slice(source), "Ferries for the bay");
        assert_eq!(meta.date.unwrap().span.slice(source), "2024-03-01");
    }

    #[test]
    fn a_broken_line_is_a_warning_at_its_offset() {
        let source = "title: ok\nthis is not yaml\n";
        let (meta, warnings) = read(source, 0, source.len(), Kind::Yaml);
        assert_eq!(meta.title.unwrap().value, "ok");
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].offset, 10);
    }

    #[test]
    fn toml_is_parsed_and_a_syntax_error_is_a_warning() {
        let source = "title = \"Bay ferries\"\ndate = 2024-03-01\n";
        let (meta, warnings) = read(source, 0, source.len(), Kind::Toml);
        assert!(warnings.is_empty());
        assert_eq!(meta.title.unwrap().span.slice(source), "Bay ferries");
        assert_eq!(meta.date.unwrap().value, "2024-03-01");
        let (_, warnings) = read("title = \n", 0, 9, Kind::Toml);
        assert_eq!(warnings.len(), 1);
    }
}
