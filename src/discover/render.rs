//! The outputs of `discover`: a table for people (one block per disagreement), JSON (the
//! versioned contract), JSON Lines and Markdown. Each is a pure function of the
//! [`Discovery`]; groups come in rank order, and only the disagreeing ones are written.

use super::{Discovery, Evidence, Group, GroupValue, Kind, Summary};
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// The version of the JSON and JSON Lines formats.
pub const VERSION: u32 = 1;

/// The JSON document: `{"version": 1, "disagreements": [...], "summary": {...}}`.
#[derive(Debug, Serialize, Deserialize, PartialEq)]
pub struct JsonReport {
    pub version: u32,
    pub disagreements: Vec<Group>,
    pub summary: Summary,
}

/// One line of the JSON Lines format: each disagreement, then the summary.
#[derive(Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
enum Line<'a> {
    Disagreement(&'a Group),
    Summary { version: u32, summary: &'a Summary },
}

pub fn json(discovery: &Discovery) -> String {
    let report = JsonReport {
        version: VERSION,
        disagreements: discovery.disagreements().cloned().collect(),
        summary: discovery.summary.clone(),
    };
    let mut out = serde_json::to_string_pretty(&report).unwrap_or_default();
    out.push('\n');
    out
}

pub fn jsonl(discovery: &Discovery) -> String {
    let mut out = String::new();
    let lines = discovery
        .disagreements()
        .map(Line::Disagreement)
        .chain(std::iter::once(Line::Summary {
            version: VERSION,
            summary: &discovery.summary,
        }));
    for line in lines {
        out.push_str(&serde_json::to_string(&line).unwrap_or_default());
        out.push('\n');
    }
    out
}

/// How many characters of a sentence the table and Markdown quote, around the value.
const QUOTE_CHARS: usize = 160;

pub fn table(discovery: &Discovery) -> String {
    let mut out = String::new();
    for (n, g) in discovery.disagreements().enumerate() {
        let _ = writeln!(
            out,
            "{}. {} ({}){}",
            n + 1,
            g.subject,
            g.kind.as_str(),
            headline(g)
        );
        let width = g
            .values
            .iter()
            .map(|v| v.value.chars().count())
            .max()
            .unwrap_or(0);
        for v in &g.values {
            let pad = width.saturating_sub(v.value.chars().count());
            let _ = writeln!(
                out,
                "   {}{}  {}",
                v.value,
                " ".repeat(pad),
                documents_line(v)
            );
            for e in &v.evidence {
                let _ = writeln!(
                    out,
                    "   {}  {}:{}:{}  \"{}\"",
                    " ".repeat(width),
                    e.path,
                    e.line,
                    e.column,
                    quote(e)
                );
            }
        }
        out.push('\n');
    }
    out.push_str(&summary_line(&discovery.summary));
    out
}

pub fn markdown(discovery: &Discovery) -> String {
    let mut out = String::from("# Disagreements\n\n");
    for (n, g) in discovery.disagreements().enumerate() {
        let _ = writeln!(
            out,
            "## {}. {} ({}){}\n\n| value | documents | evidence |\n|---|---|---|",
            n + 1,
            cell(&g.subject),
            g.kind.as_str(),
            headline(g)
        );
        for v in &g.values {
            let evidence: Vec<String> = v
                .evidence
                .iter()
                .map(|e| format!("`{}:{}:{}` “{}”", e.path, e.line, e.column, cell(&quote(e))))
                .collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                cell(&v.value),
                v.document_count,
                evidence.join("<br>")
            );
        }
        out.push('\n');
    }
    out.push_str(&summary_line(&discovery.summary));
    out
}

/// ": 2 documents", or for a name ": spelt 2 ways".
fn headline(g: &Group) -> String {
    match g.kind {
        Kind::Name => format!(
            ": spelt {} ways in {} documents",
            g.values.len(),
            g.documents
        ),
        _ => format!(": {} values in {} documents", g.values.len(), g.documents),
    }
}

fn documents_line(v: &GroupValue) -> String {
    match v.document_count {
        1 => "1 document".to_string(),
        n => format!("{n} documents"),
    }
}

fn summary_line(s: &Summary) -> String {
    let mut line = format!(
        "{} disagreement{} among {} subject group{} stated in {} or more documents ({} documents, {} statements)\n",
        s.disagreements,
        if s.disagreements == 1 { "" } else { "s" },
        s.groups,
        if s.groups == 1 { "" } else { "s" },
        s.min_documents,
        s.documents,
        s.statements,
    );
    if s.statements_over_cap > 0 {
        let _ = writeln!(
            line,
            "note: {} statements of subjects past the first {} were not tallied",
            s.statements_over_cap, s.subject_cap
        );
    }
    line
}

/// The evidence sentence cut to [`QUOTE_CHARS`] around what was found.
fn quote(e: &Evidence) -> String {
    let s = &e.sentence;
    let chars = s.chars().count();
    if chars <= QUOTE_CHARS {
        return s.clone();
    }
    let at = s.find(&e.found).map_or(0, |b| s[..b].chars().count());
    let start = at.saturating_sub(QUOTE_CHARS / 3).min(chars - QUOTE_CHARS);
    let cut: String = s.chars().skip(start).take(QUOTE_CHARS).collect();
    let open = if start > 0 { "…" } else { "" };
    let close = if start + QUOTE_CHARS < chars {
        "…"
    } else {
        ""
    };
    format!("{open}{cut}{close}")
}

/// Text for a Markdown table cell: pipes escaped.
fn cell(s: &str) -> String {
    s.replace('|', "\\|")
}
