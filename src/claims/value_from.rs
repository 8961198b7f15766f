//! `value_from = "data/product-facts.json#/providers"`: a claim's value read from a data file,
//! the single source of truth a documentation site's templates already read.
//!
//! The part before `#` is a file, relative to the claims file that names it; the part after is
//! a JSON Pointer (RFC 6901: `/key/0/other`, `~1` for `/` and `~0` for `~`) into it. JSON,
//! YAML (`.yaml`, `.yml`) and TOML files are read into one tree (serde_json's `Value`), each
//! file once per load. A number is a count unless `kind` says otherwise (a percent is written
//! "42%", an ordinal "3rd" before the extractor reads it); a string is read as a `value`
//! string is. Every failure is a [`Diagnostic`] on the `value_from` string, the file part or
//! the pointer part underlined, naming the data file.

use super::file::RawValue;
use super::validate::closest;
use super::{ClaimKind, Expected, data_file};
use crate::diagnostic::Diagnostic;
use crate::quantity::QuantityKind;
use crate::span::Span;
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// What a pointer resolved to: a number (written as the extractor reads it) or a string.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Resolved {
    Number(String),
    Text(String),
}

/// The value, and where it came from as reports show it ("data/facts.json#/providers", the
/// file's path as the claims file's path is shown).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Found {
    pub value: Resolved,
    pub source: String,
}

/// The data files read so far in one load of the claims, by path.
#[derive(Debug, Default)]
pub(super) struct DataFiles {
    loaded: HashMap<PathBuf, Result<Value, String>>,
}

impl DataFiles {
    /// Resolves `written` (the `value_from` string, whose TOML text is `span` of `claims_text`)
    /// for the claim `name` of a claims file in folder `base`.
    pub fn resolve(
        &mut self,
        base: &Path,
        written: &str,
        span: Span,
        claims_text: &str,
        name: &str,
    ) -> Result<Found, Box<Diagnostic>> {
        let parts = Parts::new(written, span, claims_text);
        let Some((file, pointer)) = written.split_once('#') else {
            return Err(Box::new(Diagnostic::new(
                format!("claim `{name}`: `value_from` has no JSON Pointer"),
                span,
                "expected `file#/pointer`",
            )
            .with_help(
                "write the data file, `#`, then the pointer to the value: value_from = \"data/facts.json#/providers\"",
            )));
        };
        let path = data_file::lexical(&base.join(file));
        let shown = crate::corpus::display_path(&path);
        let file_span = parts.of(0, file.len());
        let pointer_span = parts.of(file.len() + 1, written.len());
        let tree = self
            .loaded
            .entry(path.clone())
            .or_insert_with(|| data_file::load(&path))
            .as_ref()
            .map_err(|reason| {
                Box::new(Diagnostic::new(
                    format!("claim `{name}`: cannot read data file {shown}: {reason}"),
                    file_span,
                    "this data file",
                )
                .with_help(format!(
                    "`value_from` names a JSON, YAML or TOML file relative to the claims file's folder ({})",
                    folder(base)
                )))
            })?;
        if !pointer.is_empty() && !pointer.starts_with('/') {
            return Err(Box::new(Diagnostic::new(
                format!("claim `{name}`: `{pointer}` is not a JSON Pointer"),
                pointer_span,
                "expected `/` and a key",
            )
            .with_help("a JSON Pointer starts with `/`: `#/providers`, `#/stats/languages`, `#/plans/0/price`")));
        }
        let value = walk(tree, pointer).map_err(|missing| {
            Box::new(
                Diagnostic::new(
                    format!("claim `{name}`: `{pointer}` is not in {shown}"),
                    pointer_span,
                    missing.label,
                )
                .with_help(missing.help),
            )
        })?;
        let source = format!("{shown}#{pointer}");
        let value = match value {
            Value::Number(n) => Resolved::Number(n.to_string()),
            Value::String(s) => Resolved::Text(s.clone()),
            other => {
                return Err(Box::new(Diagnostic::new(
                    format!(
                        "claim `{name}`: `{pointer}` in {shown} is {}, not a number or a string",
                        type_name(other)
                    ),
                    pointer_span,
                    "expected a number or a string here",
                )
                .with_help(match other {
                    Value::Object(map) => format!("point at one of its keys: {}", keys(map)),
                    Value::Array(list) if !list.is_empty() => format!(
                        "point at one of its items: `{pointer}/0` to `{pointer}/{}`",
                        list.len() - 1
                    ),
                    _ => "point at a number or a string".to_string(),
                })));
            }
        };
        Ok(Found { value, source })
    }
}

/// The text a number from a data file is read as, for the claim's kind: "536" as a count or
/// a year, "42%" as a percent, "3rd" as an ordinal. Money, dates and names need their unit or
/// words, which a bare number does not have: `None`.
pub(super) fn number_as(number: &str, kind: ClaimKind) -> Option<String> {
    use crate::quantity::QuantityKind as Q;
    match kind {
        ClaimKind::Quantity(Q::Count | Q::Year) => Some(number.to_string()),
        ClaimKind::Quantity(Q::Percent) => Some(format!("{number}%")),
        ClaimKind::Quantity(Q::Ordinal) => {
            let n: u64 = number.parse().ok()?;
            let suffix = match (n % 10, n % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            Some(format!("{n}{suffix}"))
        }
        _ => None,
    }
}

/// A value found by `value_from`: a number is a count unless `kind` says otherwise, written
/// for its kind before it is read; a string is read as a `value` string is.
pub(super) fn read_resolved(
    name: &str,
    found: Found,
    span: Span,
    declared: Option<ClaimKind>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(String, ClaimKind, Expected)> {
    match found.value {
        Resolved::Text(text) => {
            super::validate::read_value(name, &RawValue::Text(text), span, declared, diagnostics)
        }
        Resolved::Number(number) => {
            let kind = declared.unwrap_or(ClaimKind::Quantity(QuantityKind::Count));
            let Some(text) = number_as(&number, kind) else {
                diagnostics.push(
                    Diagnostic::new(
                        format!(
                            "claim `{name}`: {} holds the number {number}, which cannot be a {} value",
                            found.source,
                            kind.as_str()
                        ),
                        span,
                        format!("a number, not a {} value", kind.as_str()),
                    )
                    .with_help(
                        "a bare number is a count, year, percent or ordinal: drop `kind`, or keep the value as text \
                         in the data file (\"$29\", \"March 1, 2024\")",
                    ),
                );
                return None;
            };
            super::validate::read_value(name, &RawValue::Text(text), span, Some(kind), diagnostics)
        }
    }
}

/// The spans of parts of the `value_from` string in the claims file: exact when the TOML
/// string is written as is (quoted, no escapes), else the whole string.
struct Parts {
    span: Span,
    exact: bool,
}

impl Parts {
    fn new(written: &str, span: Span, text: &str) -> Self {
        let inner = text
            .get(span.start + 1..span.end.saturating_sub(1))
            .filter(|_| span.len() >= 2);
        Parts {
            span,
            exact: inner == Some(written),
        }
    }

    fn of(&self, start: usize, end: usize) -> Span {
        if self.exact {
            Span::new(self.span.start + 1 + start, self.span.start + 1 + end)
        } else {
            self.span
        }
    }
}

/// Why a pointer found nothing: the label under it and what to do.
struct Missing {
    label: String,
    help: String,
}

/// Follows `pointer` into `tree`, saying where it stopped when it finds nothing.
fn walk<'a>(tree: &'a Value, pointer: &str) -> Result<&'a Value, Missing> {
    let mut at = tree;
    let mut path = String::new();
    for token in pointer.split('/').skip(1) {
        let key = token.replace("~1", "/").replace("~0", "~");
        let next = match at {
            Value::Object(map) => map.get(&key).ok_or_else(|| Missing {
                label: format!("no key `{key}` at {}", shown_path(&path)),
                help: match closest(&key, map.keys().map(String::as_str)) {
                    Some(k) => format!("did you mean `{k}`? keys there: {}", keys(map)),
                    None => format!("keys there: {}", keys(map)),
                },
            })?,
            Value::Array(list) => key
                .parse::<usize>()
                .ok()
                .and_then(|i| list.get(i))
                .ok_or_else(|| Missing {
                    label: format!("no item `{key}` at {}", shown_path(&path)),
                    help: format!(
                        "{} is a list of {} items, numbered from 0",
                        shown_path(&path),
                        list.len()
                    ),
                })?,
            other => {
                return Err(Missing {
                    label: format!("{} is {}", shown_path(&path), type_name(other)),
                    help: "a pointer goes on only through objects and lists".to_string(),
                });
            }
        };
        path.push('/');
        path.push_str(token);
        at = next;
    }
    Ok(at)
}

/// Where in the tree a pointer got to, as messages say it: "the top" or "`/stats`".
fn shown_path(path: &str) -> String {
    if path.is_empty() {
        "the top".to_string()
    } else {
        format!("`{path}`")
    }
}

/// A claims file's folder as messages name it: `.` for the current one.
pub(super) fn folder(base: &Path) -> String {
    let shown = crate::corpus::display_path(base);
    if shown.is_empty() {
        ".".to_string()
    } else {
        shown
    }
}

fn keys(map: &serde_json::Map<String, Value>) -> String {
    const SHOWN: usize = 12;
    let mut listed: Vec<String> = map.keys().take(SHOWN).map(|k| format!("`{k}`")).collect();
    if map.len() > SHOWN {
        listed.push(format!("and {} more", map.len() - SHOWN));
    }
    listed.join(", ")
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve_in(dir: &Path, written: &str) -> Result<Found, Box<Diagnostic>> {
        let text = format!("value_from = \"{written}\"\n");
        let span = Span::new(13, 13 + written.len() + 2);
        DataFiles::default().resolve(dir, written, span, &text, "c")
    }

    fn data_dir() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("facts.json"),
            r#"{"providers": 536, "stats": {"languages": 31, "a/b": "12%"}, "plans": [{"price": "$29"}], "live": true}"#,
        )
        .unwrap();
        std::fs::write(
            dir.path().join("meta.yaml"),
            "providers: 536\nrelease:\n  version: \"4.2\"\n  date: 2024-03-01\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("version.toml"),
            "[stats]\nlanguages = 31\nshare = 12.5\nreleased = 2024-03-01\n",
        )
        .unwrap();
        dir
    }

    #[test]
    fn pointers_resolve_in_json_yaml_and_toml() {
        let dir = data_dir();
        let value = |w: &str| resolve_in(dir.path(), w).unwrap().value;
        assert_eq!(
            value("facts.json#/providers"),
            Resolved::Number("536".into())
        );
        assert_eq!(
            value("facts.json#/stats/languages"),
            Resolved::Number("31".into())
        );
        assert_eq!(
            value("facts.json#/stats/a~1b"),
            Resolved::Text("12%".into())
        );
        assert_eq!(
            value("facts.json#/plans/0/price"),
            Resolved::Text("$29".into())
        );
        assert_eq!(
            value("meta.yaml#/providers"),
            Resolved::Number("536".into())
        );
        assert_eq!(
            value("meta.yaml#/release/version"),
            Resolved::Text("4.2".into())
        );
        assert_eq!(
            value("version.toml#/stats/share"),
            Resolved::Number("12.5".into())
        );
        assert_eq!(
            value("version.toml#/stats/released"),
            Resolved::Text("2024-03-01".into())
        );
        let found = resolve_in(dir.path(), "facts.json#/providers").unwrap();
        assert!(
            found.source.ends_with("facts.json#/providers"),
            "{}",
            found.source
        );
    }

    #[test]
    fn each_failure_underlines_its_part_and_names_the_file() {
        let dir = data_dir();
        let error = |w: &str| {
            let text = format!("value_from = \"{w}\"\n");
            let e = resolve_in(dir.path(), w).unwrap_err();
            (
                e.message.clone(),
                e.span.slice(&text).to_string(),
                e.help.unwrap_or_default(),
            )
        };
        let (message, underlined, _) = error("missing.json#/providers");
        assert!(
            message.contains("cannot read data file") && message.contains("missing.json"),
            "{message}"
        );
        assert_eq!(underlined, "missing.json");
        let (message, underlined, help) = error("facts.json#/provider");
        assert!(
            message.contains("`/provider` is not in") && message.contains("facts.json"),
            "{message}"
        );
        assert_eq!(underlined, "/provider");
        assert!(help.starts_with("did you mean `providers`?"), "{help}");
        let (message, underlined, help) = error("facts.json#/stats");
        assert!(
            message.contains("is an object, not a number or a string"),
            "{message}"
        );
        assert_eq!(underlined, "/stats");
        assert!(help.contains("`languages`"), "{help}");
        let (message, _, _) = error("facts.json#/live");
        assert!(message.contains("is a boolean"), "{message}");
        let (_, underlined, help) = error("facts.json#/plans/3");
        assert_eq!(underlined, "/plans/3");
        assert!(help.contains("list of 1 items"), "{help}");
        let (message, underlined, _) = error("facts.json");
        assert!(message.contains("has no JSON Pointer"), "{message}");
        assert_eq!(underlined, "\"facts.json\"");
        let (message, _, _) = error("facts.json#providers");
        assert!(message.contains("is not a JSON Pointer"), "{message}");
    }

    #[test]
    fn numbers_are_written_for_their_kind() {
        use crate::quantity::QuantityKind as Q;
        let of = |n: &str, k| number_as(n, ClaimKind::Quantity(k));
        assert_eq!(of("536", Q::Count).as_deref(), Some("536"));
        assert_eq!(of("42", Q::Percent).as_deref(), Some("42%"));
        assert_eq!(of("3", Q::Ordinal).as_deref(), Some("3rd"));
        assert_eq!(of("12", Q::Ordinal).as_deref(), Some("12th"));
        assert_eq!(of("22", Q::Ordinal).as_deref(), Some("22nd"));
        assert_eq!(of("29", Q::Money), None);
        assert_eq!(number_as("4", ClaimKind::Name), None);
    }
}
