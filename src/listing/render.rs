//! Renderers for listings: `table` for people, `jsonl` (one record per line) for tools.

use super::{QuantityRecord, Scalar, SentenceRecord};
use serde::Serialize;
use tabled::builder::Builder;
use tabled::settings::Style;

/// One JSON object per line.
pub fn jsonl<T: Serialize>(records: &[T]) -> String {
    let mut out = String::new();
    for record in records {
        // Plain data with string keys always serialises.
        if let Ok(line) = serde_json::to_string(record) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

/// Sentences as `path:line:col` and the text on one line.
pub fn sentences_table(records: &[SentenceRecord]) -> String {
    let mut builder = Builder::default();
    builder.push_record(["location", "sentence"]);
    for r in records {
        builder.push_record([
            format!("{}:{}:{}", r.path, r.line, r.column),
            one_line(&r.text),
        ]);
    }
    draw(builder)
}

/// Quantities with their kind, value, interval, unit and qualifier.
pub fn quantities_table(records: &[QuantityRecord]) -> String {
    let mut builder = Builder::default();
    builder.push_record([
        "location",
        "text",
        "kind",
        "value",
        "low",
        "high",
        "unit",
        "qualifier",
    ]);
    for r in records {
        builder.push_record([
            format!("{}:{}:{}", r.path, r.line, r.column),
            one_line(&r.text),
            r.kind.to_string(),
            scalar(&r.value),
            scalar(&r.low),
            scalar(&r.high),
            r.unit.unwrap_or("").to_string(),
            r.qualifier.clone().unwrap_or_default(),
        ]);
    }
    draw(builder)
}

fn scalar(value: &Option<Scalar>) -> String {
    match value {
        None => "—".to_string(),
        Some(Scalar::Integer(i)) => i.to_string(),
        Some(Scalar::Number(f)) => f.to_string(),
        Some(Scalar::Text(s)) => s.clone(),
    }
}

fn draw(builder: Builder) -> String {
    let mut table = builder.build();
    table.with(Style::psql());
    let mut out = table.to_string();
    out.push('\n');
    out
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Document;
    use crate::segment::RuleSegmenter;

    #[test]
    fn jsonl_is_one_object_per_line_and_reads_back() {
        let doc = Document::plain("a.txt", "India will buy 31 drones for over $3 billion.");
        let out = jsonl(&crate::listing::quantities(&doc, &RuleSegmenter::default()));
        let lines: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1]["text"], "over $3 billion");
        assert_eq!(lines[1]["value"], 3_000_000_000i64);
        assert_eq!(lines[1]["low"], 3_000_000_000i64);
        assert!(lines[1]["high"].is_null());
        assert_eq!(lines[1]["qualifier"], "over");
        assert_eq!(lines[1]["unit"], "USD");
    }

    #[test]
    fn tables_show_location_and_values() {
        let doc = Document::plain("a.txt", "The fifth round.\nAbout 60% agreed.");
        let out = quantities_table(&crate::listing::quantities(&doc, &RuleSegmenter::default()));
        assert!(
            out.contains(" a.txt:1:5 | fifth     | ordinal | 5     | 5   | 5    |      |"),
            "{out}"
        );
        assert!(
            out.contains(" a.txt:2:1 | About 60% | percent | 60    | 54  | 66   | %    | about"),
            "{out}"
        );
    }
}
