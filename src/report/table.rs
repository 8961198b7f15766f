//! `--format table` (the default): the agreement table, then the evidence of every conflict.
//!
//! Claims are rows and documents columns, each cell the verdict with the value found ("✗ 30",
//! "✓ 31", "· mention", "—"). When the documents are too many to fit the width as columns, the
//! table turns: one row per claim with the count of each verdict and the conflicting documents
//! named. `by_document` shows the full matrix the other way round (documents as rows).
//! Accepted conflicts keep their cross, marked "(accepted)", with how they were accepted. A
//! hedged value's symbol is marked "?" ("✗? 30"), a denied value is "not 31" ("✗ not 31").

use super::{EvidenceEntry, Report, ResultEntry, text};
use crate::verdict::Verdict;
use rayon::prelude::*;
use std::io::{self, Write};
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
const YELLOW: &str = "\x1b[33m";
const DIM: &str = "\x1b[2m";
const BOLD_RED: &str = "\x1b[1;31m";
const RESET: &str = "\x1b[0m";

/// The table, the conflicts with their evidence, and a summary line.
pub fn render(report: &Report, options: TableOptions) -> String {
    let mut out = Vec::new();
    // Writing into memory cannot fail, and every piece written is a `str`.
    let _ = write(report, options, &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// [`render`], written to `out` piece by piece: the conflict list, which grows with the corpus,
/// is never held in memory whole.
pub fn write(report: &Report, options: TableOptions, out: &mut dyn Write) -> io::Result<()> {
    if report.claims.is_empty() || report.documents.is_empty() {
        out.write_all(b"no documents to check\n")?;
    } else if options.by_document {
        out.write_all(by_document(report, options).as_bytes())?;
    } else if report.counts_only() || super::too_many_columns(report.documents.len(), options.width)
    {
        // Surely too wide: never build the matrix of a large corpus just to measure it.
        out.write_all(turned(report, options).as_bytes())?;
    } else {
        let matrix = by_claim(report, options);
        let fits = matrix.lines().all(|l| display_width(l) <= options.width);
        let table = if fits {
            matrix
        } else {
            turned(report, options)
        };
        out.write_all(table.as_bytes())?;
    }
    out.write_all(b"\n")?;
    write_conflicts(report, options, out)?;
    out.write_all(summary_line(report).as_bytes())
}

fn by_claim(report: &Report, options: TableOptions) -> String {
    let labels = document_labels(report);
    let mut builder = Builder::default();
    builder.push_record(std::iter::once("claim".to_string()).chain(labels));
    for (c, claim) in report.claims.iter().enumerate() {
        let row = (0..report.documents.len())
            .map(|d| cell(&text::result_at(report, c, d), options.color));
        builder.push_record(std::iter::once(claim.id.to_string()).chain(row));
    }
    draw(builder)
}

fn by_document(report: &Report, options: TableOptions) -> String {
    let mut builder = Builder::default();
    builder.push_record(
        std::iter::once("document".to_string())
            .chain(report.claims.iter().map(|c| c.id.to_string())),
    );
    for (d, document) in report.documents.iter().enumerate() {
        let row =
            (0..report.claims.len()).map(|c| cell(&text::result_at(report, c, d), options.color));
        builder.push_record(std::iter::once(document.path.to_string()).chain(row));
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
    for (claim, conflicting) in text::conflicting_by_claim(report) {
        let count = |v: Verdict| claim.tally.count(v).to_string();
        let conflicting: Vec<String> = conflicting.iter().map(text::header_document).collect();
        let mut named = conflicting
            .iter()
            .take(3)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        if conflicting.len() > 3 {
            named.push_str(&format!(" and {} more", conflicting.len() - 3));
        }
        if options.color && !conflicting.is_empty() {
            named = format!("{RED}{named}{RESET}");
        }
        builder.push_record([
            claim.id.to_string(),
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

/// Column headers: each path's file stem, broken at '_' so "source_date" names stack, with
/// the document's date under it when the name does not already say it.
fn document_labels(report: &Report) -> Vec<String> {
    report
        .documents
        .iter()
        .map(|d| {
            let label = text::document_label(&d.path).replace('_', "\n");
            match &d.date {
                Some(date) if !label.contains(date.as_str()) => format!("{label}\n{date}"),
                _ => label,
            }
        })
        .collect()
}

fn cell(result: &ResultEntry, color: bool) -> String {
    let text = text::cell_text(result);
    let style = match result.verdict {
        Verdict::Conflicts if result.accepted => YELLOW,
        Verdict::Conflicts => RED,
        Verdict::Supports => GREEN,
        Verdict::Outdated => YELLOW,
        Verdict::Mentions | Verdict::Absent => DIM,
    };
    if color {
        format!("{style}{text}{RESET}")
    } else {
        text
    }
}

/// Writes every conflict with its sentence, in report order. Results come a chunk at a time
/// (read back from disk in parallel when they were set aside) and each chunk's text is made on
/// the pool: with 166,000 conflicts this was a second of one thread's work at the end of a run.
fn write_conflicts(report: &Report, options: TableOptions, out: &mut dyn Write) -> io::Result<()> {
    for chunk in report.stored_chunks() {
        let texts: Vec<String> = chunk?
            .par_iter()
            .map(|result| conflicts_text(report, result, options))
            .collect();
        for text in texts {
            out.write_all(text.as_bytes())?;
        }
    }
    Ok(())
}

/// The conflicts of one result as the table lists them (empty when it has none).
fn conflicts_text(report: &Report, result: &ResultEntry, options: TableOptions) -> String {
    use std::fmt::Write as _;
    let mut listed = String::new();
    for (claim, evidence) in text::conflicts_in(report, result) {
        let accepted = text::accepted_note(evidence);
        let symbol = text::symbol(Verdict::Conflicts, evidence.assertion);
        let mark = match (options.color, accepted.is_some()) {
            (true, false) => format!("{BOLD_RED}{symbol}{RESET}"),
            (true, true) => format!("{YELLOW}{symbol}{RESET}"),
            (false, _) => symbol.to_string(),
        };
        let note: String = accepted
            .as_deref()
            .into_iter()
            .chain(text::via_note(evidence))
            .map(|n| format!(" {n}"))
            .collect();
        // Writing into a String cannot fail.
        let _ = write!(
            listed,
            "{mark} {} {}:{}:{}{note}\n    {}\n    {}\n\n",
            claim.id,
            result.document,
            evidence.line,
            evidence.column,
            marked_sentence(evidence, options.color),
            text::conflict_message(claim, evidence),
        );
    }
    listed
}

/// The sentence on one line, the found text marked (colour, or «» without).
fn marked_sentence(evidence: &EvidenceEntry, color: bool) -> String {
    let (before, found, after) = text::split_sentence(evidence);
    if found.is_empty() {
        return before;
    }
    let (open, close) = if color {
        (BOLD_RED, RESET)
    } else {
        ("«", "»")
    };
    format!("{before}{open}{found}{close}{after}")
}

fn summary_line(report: &Report) -> String {
    format!("{}\n", text::summary_sentence(report))
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
    use crate::report::Keep;
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
            let document = Document::plain(
                format!("news/source-{i:02}_2023-11-10.md"),
                text.to_string(),
            );
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
    fn hedged_and_denied_values_are_marked() {
        use crate::report::assertion_tests::stated_report;
        let out = render(&stated_report(Keep::All), PLAIN);
        assert!(
            out.contains("│ drone-count │ ✗? 30 │ ✗ not 31 │ ✗ 29 │ ✓? 31 │ ✗ 28 │"),
            "{out}"
        );
        assert!(out.contains("✗? drone-count news/a.md:1:15\n    India may buy «30 drones».\n    found 30 (hedged), claim 31\n"), "{out}");
        assert!(out.contains("✗ drone-count news/b.md:1:42\n"), "{out}");
        assert!(out.contains("    found not 31, claim 31\n"), "{out}");
        assert!(
            out.ends_with("1 supports, 4 conflicts (2 hedged), 0 mentions, 0 absent\n"),
            "{out}"
        );
        let turned = render(&stated_report(Keep::Conflicts), PLAIN);
        assert!(
            turned.contains("│ news/a.md (hedged), news/b.md, "),
            "{turned}"
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
