//! `--format table` (the default): the agreement table, then the evidence of every conflict.
//!
//! Claims are rows and documents columns, each cell the verdict with the value found ("✗ 30",
//! "✓ 31", "· mention", "—"). When the documents are too many to fit the width as columns, the
//! table turns: one row per claim with the count of each verdict and the conflicting documents
//! named. `by_document` shows the full matrix the other way round (documents as rows).

use super::{EvidenceEntry, Report, ResultEntry};
use crate::claims::plural;
use crate::verdict::Verdict;
use tabled::builder::Builder;
use tabled::settings::Style;

/// How to draw the table.
#[derive(Debug, Clone, Copy)]
pub struct TableOptions {
    /// Columns available; a wider matrix turns into the per-claim summary.
    pub width: usize,
    /// ANSI colour (only on a terminal and never with `NO_COLOR`: the caller decides).
    pub color: bool,
    /// Documents as rows, claims as columns.
    pub by_document: bool,
}

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const DIM: &str = "\x1b[2m";
const BOLD_RED: &str = "\x1b[1;31m";
const RESET: &str = "\x1b[0m";

/// The table, the conflicts with their evidence, and a summary line.
pub fn render(report: &Report, options: TableOptions) -> String {
    let mut out = String::new();
    if report.claims.is_empty() || report.documents.is_empty() {
        out.push_str("no documents to check\n");
    } else if options.by_document {
        out.push_str(&by_document(report, options));
    } else {
        // A column takes at least four characters ("│ — "): when even that cannot fit, do not
        // build a matrix of every (claim, document) pair just to measure it.
        let too_wide =
            super::too_many_columns(report.documents.len(), options.width) || report.counts_only();
        let matrix = (!too_wide).then(|| by_claim(report, options));
        out.push_str(&match matrix {
            Some(m) if m.lines().all(|l| display_width(l) <= options.width) => m,
            _ => turned(report, options),
        });
    }
    out.push('\n');
    write_conflicts(report, options, &mut out);
    out.push_str(&summary_line(report));
    out
}

fn by_claim(report: &Report, options: TableOptions) -> String {
    let labels = document_labels(report);
    let mut builder = Builder::default();
    builder.push_record(std::iter::once("claim".to_string()).chain(labels));
    for (c, claim) in report.claims.iter().enumerate() {
        let row = (0..report.documents.len()).map(|d| cell(&report.result_at(c, d), options.color));
        builder.push_record(std::iter::once(claim.id.clone()).chain(row));
    }
    draw(builder)
}

fn by_document(report: &Report, options: TableOptions) -> String {
    let mut builder = Builder::default();
    builder.push_record(
        std::iter::once("document".to_string()).chain(report.claims.iter().map(|c| c.id.clone())),
    );
    for (d, document) in report.documents.iter().enumerate() {
        let row = (0..report.claims.len()).map(|c| cell(&report.result_at(c, d), options.color));
        builder.push_record(std::iter::once(document.path.clone()).chain(row));
    }
    draw(builder)
}

fn turned(report: &Report, options: TableOptions) -> String {
    let mut builder = Builder::default();
    builder.push_record([
        "claim",
        "supports",
        "conflicts",
        "mentions",
        "absent",
        "conflicting documents",
    ]);
    // Counts from the claim's tally; conflicting documents from one walk over the stored
    // results, sorted by claim. Absent pairs are never visited.
    let mut stored = report.results.iter().peekable();
    for claim in &report.claims {
        let counts = claim.tally;
        let mut conflicting: Vec<&str> = Vec::new();
        while let Some(r) = stored.next_if(|r| r.claim <= claim.id) {
            if r.claim == claim.id && r.verdict == Verdict::Conflicts {
                conflicting.push(r.document.as_str());
            }
        }
        let count = |v: Verdict| counts.count(v).to_string();
        let mut named = conflicting
            .iter()
            .take(3)
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        if conflicting.len() > 3 {
            named.push_str(&format!(" and {} more", conflicting.len() - 3));
        }
        if options.color && !conflicting.is_empty() {
            named = format!("{RED}{named}{RESET}");
        }
        builder.push_record([
            claim.id.clone(),
            count(Verdict::Supports),
            count(Verdict::Conflicts),
            count(Verdict::Mentions),
            count(Verdict::Absent),
            named,
        ]);
    }
    draw(builder)
}

fn draw(builder: Builder) -> String {
    let mut table = builder.build();
    table.with(Style::sharp());
    let mut out = table.to_string();
    out.push('\n');
    out
}

/// Column headers: each path's file stem, broken at '_' so "source_date" names stack.
fn document_labels(report: &Report) -> Vec<String> {
    report
        .documents
        .iter()
        .map(|d| {
            let name = d.path.rsplit('/').next().unwrap_or(&d.path);
            let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
            stem.replace('_', "\n")
        })
        .collect()
}

fn cell(result: &ResultEntry, color: bool) -> String {
    let first = |v: Verdict| {
        result
            .evidence
            .iter()
            .find(|e| e.verdict == v)
            .map(|e| short(&e.value))
    };
    let (text, style) = match result.verdict {
        Verdict::Conflicts => (
            format!("✗ {}", first(Verdict::Conflicts).unwrap_or_default()),
            RED,
        ),
        Verdict::Supports => (
            format!("✓ {}", first(Verdict::Supports).unwrap_or_default()),
            GREEN,
        ),
        Verdict::Mentions => ("· mention".to_string(), DIM),
        Verdict::Absent => ("—".to_string(), DIM),
    };
    if color {
        format!("{style}{text}{RESET}")
    } else {
        text
    }
}

fn short(value: &str) -> String {
    let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if value.chars().count() <= 16 {
        value
    } else {
        format!("{}…", value.chars().take(15).collect::<String>())
    }
}

/// Appends the evidence of every conflict to `out` (written in place: with many conflicts
/// this is most of the output, and a copy of it was a large part of a big run's memory).
fn write_conflicts(report: &Report, options: TableOptions, out: &mut String) {
    for result in report
        .results
        .iter()
        .filter(|r| r.verdict == Verdict::Conflicts)
    {
        let Ok(c) = report
            .claims
            .binary_search_by(|c| c.id.as_str().cmp(&result.claim))
        else {
            continue;
        };
        let Some(claim) = report.claims.get(c) else {
            continue;
        };
        for evidence in result
            .evidence
            .iter()
            .filter(|e| e.verdict == Verdict::Conflicts)
        {
            let mark = if options.color {
                format!("{BOLD_RED}✗{RESET}")
            } else {
                "✗".to_string()
            };
            out.push_str(&format!(
                "{mark} {} {}:{}:{}\n    {}\n    found {}, claim {}\n\n",
                claim.id,
                result.document,
                evidence.line,
                evidence.column,
                marked_sentence(evidence, options.color),
                one_line(&evidence.value),
                claim.value,
            ));
        }
    }
}

/// The sentence on one line, the found text marked (colour, or «» without), cut to about 200
/// characters around it.
fn marked_sentence(evidence: &EvidenceEntry, color: bool) -> String {
    let sentence = &evidence.sentence;
    let start = evidence
        .byte_start
        .saturating_sub(evidence.sentence_byte_start)
        .min(sentence.len());
    let end = (start + evidence.found.len()).min(sentence.len());
    let (Some(before), Some(found), Some(after)) = (
        sentence.get(..start),
        sentence.get(start..end),
        sentence.get(end..),
    ) else {
        return one_line(sentence);
    };
    let before = one_line(before);
    let after = one_line(after);
    let after = if sentence[end..].starts_with(char::is_whitespace) {
        format!(" {after}")
    } else {
        after
    };
    let before = tail_chars(&before, 100);
    let after = head_chars(&after, 100);
    let (open, close) = if color {
        (BOLD_RED, RESET)
    } else {
        ("«", "»")
    };
    format!("{before}{open}{}{close}{after}", one_line(found))
}

fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    if space && !out.is_empty() {
        out.push(' ');
    }
    out
}

fn tail_chars(s: &str, n: usize) -> String {
    let count = s.chars().count();
    if count <= n {
        s.to_string()
    } else {
        format!("…{}", s.chars().skip(count - n).collect::<String>())
    }
}

fn head_chars(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}

fn summary_line(report: &Report) -> String {
    let s = &report.summary;
    format!(
        "{} × {}: {} supports, {} conflicts, {} mentions, {} absent\n",
        plural(report.claims.len(), "claim"),
        plural(report.documents.len(), "document"),
        s.supports,
        s.conflicts,
        s.mentions,
        s.absent
    )
}

/// Width in terminal columns, ANSI escapes not counted.
fn display_width(line: &str) -> usize {
    let mut width = 0;
    let mut in_escape = false;
    for c in line.chars() {
        match (in_escape, c) {
            (false, '\x1b') => in_escape = true,
            (true, 'm') => in_escape = false,
            (true, _) => {}
            (false, _) => width += 1,
        }
    }
    width
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::Claims;
    use crate::corpus::Document;
    use crate::verdict::Checker;
    use std::path::Path;

    fn report(documents: usize) -> Report {
        let claims = Claims::parse(
            Path::new("claims.toml"),
            "[[claim]]\nid = \"drone-count\"\nsubject = \"drones\"\nvalue = \"31\"\n",
        )
        .unwrap();
        let checker = Checker::new(&claims.claims).unwrap();
        let mut report = Report::new(&claims.claims);
        for i in 0..documents {
            let text = if i % 2 == 0 {
                "India will buy 30 drones."
            } else {
                "India will buy 31 drones."
            };
            let document = Document {
                path: format!("news/source-{i:02}_2023-11-10.md"),
                text: text.to_string(),
            };
            report.add_document(&document, &checker.check(&document.text));
        }
        report.finish();
        report
    }

    const PLAIN: TableOptions = TableOptions {
        width: 160,
        color: false,
        by_document: false,
    };

    #[test]
    fn a_matrix_with_the_value_found_and_the_conflicts_below() {
        let out = render(&report(2), PLAIN);
        assert!(
            out.contains("│ drone-count │ ✗ 30       │ ✓ 31       │"),
            "{out}"
        );
        assert!(
            out.contains("source-00\n") || out.contains("│ source-00"),
            "{out}"
        );
        assert!(out.contains("✗ drone-count news/source-00_2023-11-10.md:1:16\n    India will buy «30 drones».\n    found 30, claim 31\n"), "{out}");
        assert!(
            out.ends_with("1 claim × 2 documents: 1 supports, 1 conflicts, 0 mentions, 0 absent\n"),
            "{out}"
        );
        assert!(!out.contains('\x1b'));
    }

    #[test]
    fn too_many_documents_turn_the_table() {
        let out = render(
            &report(12),
            TableOptions {
                width: 100,
                ..PLAIN
            },
        );
        assert!(out.contains("conflicting documents"), "{out}");
        assert!(
            out.contains("│ drone-count │ 6        │ 6         │ 0        │ 0      │"),
            "{out}"
        );
        assert!(out.contains("news/source-00_2023-11-10.md, news/source-02_2023-11-10.md, news/source-04_2023-11-10.md and 3 more"), "{out}");
        let by_document = render(
            &report(12),
            TableOptions {
                width: 100,
                by_document: true,
                ..PLAIN
            },
        );
        assert!(
            by_document.contains("│ news/source-11_2023-11-10.md │ ✓ 31        │"),
            "{by_document}"
        );
    }

    #[test]
    fn colour_only_when_asked() {
        let out = render(
            &report(2),
            TableOptions {
                color: true,
                ..PLAIN
            },
        );
        assert!(out.contains("\x1b[31m✗ 30\x1b[0m"), "{out}");
        assert!(!out.contains('«'));
    }
}
