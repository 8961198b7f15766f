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

/// Quantities with their kind, value, interval, unit and qualifier; when any is a
/// measurement, a last column with its interval in the base unit ("2166500–2167500 m").
pub fn quantities_table(records: &[QuantityRecord]) -> String {
    let mut builder = Builder::default();
    let measured = records.iter().any(|r| r.base_unit.is_some());
    let mut header = vec![
        "location",
        "text",
        "kind",
        "value",
        "low",
        "high",
        "unit",
        "qualifier",
    ];
    if measured {
        header.push("base");
    }
    builder.push_record(header);
    for r in records {
        let mut row = vec![
            format!("{}:{}:{}", r.path, r.line, r.column),
            one_line(&r.text),
            r.kind.to_string(),
            scalar(&r.value),
            scalar(&r.low),
            scalar(&r.high),
            r.unit.unwrap_or("").to_string(),
            r.qualifier.clone().unwrap_or_default(),
        ];
        if measured {
            row.push(base(r));
        }
        builder.push_record(row);
    }
    draw(builder)
}

/// "2166500 – 2167500 m", "2167000 m" for one point, "> 3000 m" or "≤ 3000 m" open-ended,
/// empty for no base.
fn base(r: &QuantityRecord) -> String {
    let Some(unit) = r.base_unit else {
        return String::new();
    };
    let show = |x: &Option<Scalar>| x.as_ref().map(|_| scalar(x));
    match (show(&r.base_low), show(&r.base_high)) {
        (None, None) => String::new(),
        (Some(low), Some(high)) if low == high => format!("{low} {unit}"),
        (Some(low), None) => format!("{} {low} {unit}", if r.low_inclusive { "≥" } else { ">" }),
        (None, Some(high)) => format!("{} {high} {unit}", if r.high_inclusive { "≤" } else { "<" }),
        (Some(low), Some(high)) => format!("{low} – {high} {unit}"),
    }
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
