//! The data files `value_from` reads: JSON, YAML (`.yaml`, `.yml`) and TOML, each read into
//! one tree (serde_json's `Value`), and their paths as written.

use serde_json::Value;
use std::path::{Path, PathBuf};

/// Reads a data file (JSON, YAML or TOML, by its extension) into one tree; the reason it
/// cannot, in a few words, when it cannot.
pub fn load(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        _ => e.to_string(),
    })?;
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match extension.as_str() {
        "json" => serde_json::from_str(&text).map_err(|e| format!("invalid JSON: {e}")),
        "yaml" | "yml" => serde_yaml_ng::from_str(&text).map_err(|e| format!("invalid YAML: {e}")),
        "toml" => text
            .parse::<toml::Table>()
            .map(|t| from_toml(toml::Value::Table(t)))
            .map_err(|e| {
                let line = e
                    .span()
                    .map(|s| crate::reader::line_of(&text, s.start))
                    .unwrap_or(1);
                format!(
                    "invalid TOML at line {line}: {}",
                    e.message().lines().next().unwrap_or("")
                )
            }),
        _ => Err("not a .json, .yaml, .yml or .toml file".to_string()),
    }
}

/// A TOML value as the JSON tree; dates become their text.
fn from_toml(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(list) => Value::Array(list.into_iter().map(from_toml).collect()),
        toml::Value::Table(table) => {
            Value::Object(table.into_iter().map(|(k, v)| (k, from_toml(v))).collect())
        }
    }
}

/// `path` with its `a/..` pairs and `.` parts taken out, as written, without asking the file
/// system: "claims/../data/facts.json" is shown and read as "data/facts.json".
pub(super) fn lexical(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_data_file_is_named_with_its_reason() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("bad.json"), "{\"providers\": 536,,}").unwrap();
        std::fs::write(dir.path().join("bad.toml"), "a = 1\nb = \n").unwrap();
        std::fs::write(dir.path().join("facts.csv"), "a,b\n").unwrap();
        let message = |w: &str| load(&dir.path().join(w.split('#').next().unwrap())).unwrap_err();
        assert!(
            message("bad.json#/a").contains("invalid JSON: "),
            "{}",
            message("bad.json#/a")
        );
        assert!(
            message("bad.toml#/a").contains("invalid TOML at line 2"),
            "{}",
            message("bad.toml#/a")
        );
        assert!(message("facts.csv#/a").contains("not a .json, .yaml, .yml or .toml file"));
    }

    #[test]
    fn paths_lose_their_dot_dot_pairs_as_written() {
        assert_eq!(
            lexical(Path::new("claims/../data/./facts.json")),
            Path::new("data/facts.json")
        );
        assert_eq!(
            lexical(Path::new("../data/facts.json")),
            Path::new("../data/facts.json")
        );
    }
}
