//! `--format html`: one self-contained page for a browser (inline CSS and script, no request
//! leaves it: a Content-Security-Policy says so), for editors who open a CI artifact.
//!
//! With few documents, the agreement matrix: claims as rows, documents as columns (each with
//! its date when known), every cell coloured by verdict and marked with its symbol and value as
//! the table writes it ("✗ 30"), and a button that opens its evidence: each sentence with the
//! value marked, `file:line:column`, how it is stated, the claim's statement and value. With
//! more documents than [`MAX_COLUMNS`], or more cells than [`MAX_CELLS`], it turns as the
//! table does: one row per claim with the count of each verdict and the first
//! [`SHOWN_CONFLICTS`] conflicting documents, each opening its conflicting evidence, so the
//! page grows with the claims, not with the corpus (the JSON lists everything). A filter shows
//! only the claims (and documents) with conflicts, or those whose text holds a search.
//!
//! The markup is askama templates (`html/report.html`, one block per piece written) checked at
//! compile time and escaped by it: whatever a claim or article says is shown as text. The page
//! is written a row at a time, the per-claim rows from the results set aside on disk a chunk
//! at a time ([`Report::stored_chunks`]), never held whole.

#[cfg(test)]
mod tests;

use super::{ClaimEntry, EvidenceEntry, Keep, Pairs, Report, ResultEntry, Summary, text};
use crate::verdict::{Assertion, Verdict};
use askama::Template;
use std::borrow::Cow;
use std::io::{self, Write};

/// More documents than this and the page turns into one row per claim.
pub const MAX_COLUMNS: usize = 50;
/// More claim × document cells than this and the page turns, whatever the columns: a browser
/// slows down past about a hundred thousand buttons.
pub const MAX_CELLS: usize = 50_000;
/// How many conflicting documents a claim's row names, each with its evidence.
pub const SHOWN_CONFLICTS: usize = 3;
/// Characters of a sentence kept on each side of the value marked.
const REACH: usize = 300;

/// The most documents a matrix of `claims` rows can have.
pub fn matrix_documents(claims: usize) -> usize {
    MAX_COLUMNS.min(MAX_CELLS / claims.max(1))
}

/// What a run writing the HTML page of `claims` claims keeps ([`Keep::MatrixFitting`]).
pub fn keep(claims: usize) -> Keep {
    Keep::MatrixFitting {
        documents: matrix_documents(claims),
    }
}

/// The page as a string.
pub fn render(report: &Report) -> io::Result<String> {
    let mut out = Vec::new();
    write(report, &mut out)?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// The page, written to `out` a row at a time. Fails only when `out` does, or when a result
/// set aside on disk cannot be read back.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let matrix =
        !report.counts_only() && report.documents.len() <= matrix_documents(report.claims.len());
    let columns = if matrix { columns(report) } else { Vec::new() };
    Head {
        summary_sentence: text::summary_sentence(report),
        summary: &report.summary,
        problems: report.problems.len(),
        matrix,
        empty: report.claims.is_empty() || report.documents.is_empty(),
        shown: SHOWN_CONFLICTS,
        columns,
    }
    .write_into(out)?;
    if matrix {
        for (c, claim) in report.claims.iter().enumerate() {
            matrix_row(report, c, claim).write_into(out)?;
        }
    } else {
        claim_rows(report, out)?;
    }
    Foot.write_into(out)
}

#[derive(Template)]
#[template(path = "report.html", block = "head")]
struct Head<'a> {
    summary_sentence: String,
    summary: &'a Summary,
    problems: usize,
    matrix: bool,
    empty: bool,
    shown: usize,
    columns: Vec<Column<'a>>,
}

#[derive(Template)]
#[template(path = "report.html", block = "foot")]
struct Foot;

#[derive(Template)]
#[template(path = "report.html", block = "matrix_row")]
struct MatrixRow<'a> {
    claim: ClaimView<'a>,
    cells: Vec<Cell<'a>>,
}

#[derive(Template)]
#[template(path = "report.html", block = "claim_row")]
struct ClaimRow<'a> {
    claim: ClaimView<'a>,
    counts: Vec<(&'static str, &'static str, usize)>,
    conflicting: Vec<Conflicting<'a>>,
    more: usize,
}

/// A document as a column header.
struct Column<'a> {
    path: &'a str,
    label: &'a str,
    date: Option<&'a str>,
    conflicts: bool,
    search: String,
}

/// A claim as a row header and in its evidence.
struct ClaimView<'a> {
    id: &'a str,
    statement: Option<&'a str>,
    value: &'a str,
    conflicts: bool,
    /// What the search looks in, lowercased: id, statement, value, subject (and, in a
    /// per-claim row, the conflicting documents).
    search: String,
}

struct Cell<'a> {
    class: &'static str,
    text: String,
    label: String,
    evidence: Option<Evidence<'a>>,
}

/// A claim's conflicting document in its per-claim row.
struct Conflicting<'a> {
    document: String,
    note: &'static str,
    evidence: Evidence<'a>,
}

/// What a cell opens: the pair, the claim, and each piece of evidence.
struct Evidence<'a> {
    claim: &'a ClaimEntry,
    document: String,
    date: Option<&'a str>,
    verdict: &'static str,
    items: Vec<Item>,
    /// Where the subject is first mentioned (`file:line:column`), for a pair without values.
    mention: Option<String>,
}

struct Item {
    class: &'static str,
    symbol: &'static str,
    verdict: &'static str,
    notes: Vec<String>,
    location: String,
    before: String,
    found: String,
    after: String,
    message: String,
}

fn columns(report: &Report) -> Vec<Column<'_>> {
    let mut conflicting = vec![false; report.documents.len()];
    for header in report.stored_headers() {
        if header.verdict == Verdict::Conflicts
            && let Ok(d) = report
                .documents
                .binary_search_by(|d| (*d.path).cmp(header.document))
        {
            conflicting[d] = true;
        }
    }
    report
        .documents
        .iter()
        .zip(conflicting)
        .map(|(d, conflicts)| Column {
            path: &d.path,
            label: text::document_label(&d.path),
            date: d.date.as_deref(),
            conflicts,
            search: d.path.to_lowercase(),
        })
        .collect()
}

fn claim_view(claim: &ClaimEntry) -> ClaimView<'_> {
    let subject = claim.subject.join(", ");
    let search = [
        &*claim.id,
        claim.statement.as_deref().unwrap_or(""),
        &claim.value,
        &subject,
    ]
    .join(" ")
    .to_lowercase();
    ClaimView {
        id: &claim.id,
        statement: claim.statement.as_deref(),
        value: &claim.value,
        conflicts: claim.tally.conflicts > 0,
        search,
    }
}

fn matrix_row<'a>(report: &'a Report, c: usize, claim: &'a ClaimEntry) -> MatrixRow<'a> {
    let cells = report
        .documents
        .iter()
        .enumerate()
        .map(|(d, document)| {
            let result = report.result_at(c, d);
            let text = text::cell_text(&result);
            let verdict = result.verdict.as_str();
            Cell {
                class: class(&result),
                label: format!(
                    "{} in {}: {verdict}, {text}",
                    claim.id,
                    text::document_label(&document.path)
                ),
                evidence: (result.verdict != Verdict::Absent)
                    .then(|| evidence(claim, &result, document.date.as_deref(), None)),
                text,
            }
        })
        .collect();
    MatrixRow {
        claim: claim_view(claim),
        cells,
    }
}

/// The per-claim rows, reading the stored results (only the conflicting ones are needed) in
/// report order alongside the claims.
fn claim_rows(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut stored = report.listed_results(Pairs::Found).peekable();
    for claim in &report.claims {
        let mut conflicting = Vec::new();
        let mut more = 0;
        let this_claim_or_error = |r: &io::Result<Cow<'_, ResultEntry>>| match r {
            Ok(r) => *r.claim <= *claim.id,
            Err(_) => true,
        };
        while let Some(result) = stored.next_if(this_claim_or_error) {
            let result = result?;
            if *result.claim != *claim.id || result.verdict != Verdict::Conflicts {
                continue;
            }
            if conflicting.len() == SHOWN_CONFLICTS {
                more += 1;
                continue;
            }
            let note = if result.accepted {
                " (accepted)"
            } else if result.hedged {
                " (hedged)"
            } else {
                ""
            };
            conflicting.push(Conflicting {
                document: result.document.to_string(),
                note,
                evidence: evidence(claim, &result, None, Some(Verdict::Conflicts)),
            });
        }
        let mut view = claim_view(claim);
        for c in &conflicting {
            view.search.push(' ');
            view.search.push_str(&c.document.to_lowercase());
        }
        let t = &claim.tally;
        ClaimRow {
            claim: view,
            counts: vec![
                ("v-supports", "supports", t.supports),
                ("v-conflicts", "conflicts", t.conflicts),
                ("v-outdated", "outdated", t.outdated),
                ("v-mentions", "mentions", t.mentions),
                ("v-absent", "absent", t.absent),
            ],
            conflicting,
            more,
        }
        .write_into(out)?;
    }
    Ok(())
}

/// The evidence of one pair (only that of verdict `only` when given).
fn evidence<'a>(
    claim: &'a ClaimEntry,
    result: &ResultEntry,
    date: Option<&'a str>,
    only: Option<Verdict>,
) -> Evidence<'a> {
    let items = result
        .evidence
        .iter()
        .filter(|e| only.is_none_or(|v| e.verdict == v))
        .map(|e| item(claim, &result.document, e))
        .collect();
    Evidence {
        claim,
        document: result.document.to_string(),
        date,
        verdict: result.verdict.as_str(),
        items,
        mention: result
            .mention
            .as_ref()
            .map(|m| format!("{}:{}:{}", result.document, m.line, m.column)),
    }
}

fn item(claim: &ClaimEntry, document: &str, evidence: &EvidenceEntry) -> Item {
    let (before, found, after) = text::split_sentence_within(evidence, REACH);
    let mut notes: Vec<String> = text::accepted_note(evidence).into_iter().collect();
    notes.extend(text::via_note(evidence).map(str::to_string));
    match evidence.assertion {
        Assertion::Hedged => notes.push("(hedged)".to_string()),
        Assertion::Negated => notes.push("(denied)".to_string()),
        Assertion::Asserted => {}
    }
    let message = match evidence.verdict {
        Verdict::Supports => format!(
            "found {}, claim {}",
            text::stated(&text::one_line(evidence.value.trim()), evidence.assertion),
            claim.value
        ),
        _ => text::conflict_message(claim, evidence),
    };
    Item {
        class: verdict_class(evidence.verdict, evidence.accepted.is_some()),
        symbol: text::symbol(evidence.verdict, evidence.assertion),
        verdict: evidence.verdict.as_str(),
        notes,
        location: format!("{document}:{}:{}", evidence.line, evidence.column),
        before,
        found,
        after,
        message,
    }
}

fn class(result: &ResultEntry) -> &'static str {
    verdict_class(result.verdict, result.accepted)
}

/// The CSS class of a verdict: its colour (and an accepted conflict's, which fails nothing).
fn verdict_class(verdict: Verdict, accepted: bool) -> &'static str {
    match verdict {
        Verdict::Conflicts if accepted => "v-accepted",
        Verdict::Conflicts => "v-conflicts",
        Verdict::Supports => "v-supports",
        Verdict::Outdated => "v-outdated",
        Verdict::Mentions => "v-mentions",
        Verdict::Absent => "v-absent",
    }
}
