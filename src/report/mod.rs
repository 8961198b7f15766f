//! The report: every finding as plain data, ready for any renderer.
//!
//! This is the edge where byte spans become line and column (1-based, column in characters) and
//! where sentences are copied out of documents, so that documents can be dropped as soon as they
//! are checked. Results are sorted by claim id then document path: identical runs print
//! identical bytes. The JSON rendering of [`Report`] is a contract (see `version`).

pub mod json;
pub mod table;

use crate::claims::{Claim, Tolerance};
use crate::corpus::{Document, FileProblem, Severity};
use crate::span::{LineIndex, Span};
use crate::verdict::{Finding, Verdict};
use serde::Serialize;

/// Version of the JSON document; bumped on any incompatible change.
pub const REPORT_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub version: u32,
    pub claims: Vec<ClaimEntry>,
    pub documents: Vec<DocumentEntry>,
    pub results: Vec<ResultEntry>,
    pub summary: Summary,
    /// Files that could not be read, or were read with a warning.
    pub problems: Vec<FileProblem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ClaimEntry {
    pub id: String,
    pub statement: Option<String>,
    pub kind: &'static str,
    pub value: String,
    pub subject: Vec<String>,
    pub tolerance: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentEntry {
    pub path: String,
}

/// One (claim, document) pair.
#[derive(Debug, Clone, Serialize)]
pub struct ResultEntry {
    pub claim: String,
    pub document: String,
    pub verdict: Verdict,
    pub evidence: Vec<EvidenceEntry>,
    /// The first occurrence of the subject; null when absent.
    pub mention: Option<Location>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Location {
    pub line: usize,
    pub column: usize,
    pub byte_start: usize,
    pub byte_end: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct EvidenceEntry {
    /// Where the value found starts.
    pub line: usize,
    pub column: usize,
    /// Bytes of `found` in the document.
    pub byte_start: usize,
    pub byte_end: usize,
    pub sentence: String,
    /// Byte offset of the sentence in the document (so `found` can be marked inside it).
    pub sentence_byte_start: usize,
    /// The value with the subject it quantifies ("30 Predator Armed Drones").
    pub found: String,
    /// The value alone ("30").
    pub value: String,
    pub verdict: Verdict,
}

#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct Summary {
    pub supports: usize,
    pub conflicts: usize,
    pub mentions: usize,
    pub absent: usize,
}

impl Summary {
    pub fn count(&self, verdict: Verdict) -> usize {
        match verdict {
            Verdict::Supports => self.supports,
            Verdict::Conflicts => self.conflicts,
            Verdict::Mentions => self.mentions,
            Verdict::Absent => self.absent,
        }
    }

    fn add(&mut self, verdict: Verdict) {
        match verdict {
            Verdict::Supports => self.supports += 1,
            Verdict::Conflicts => self.conflicts += 1,
            Verdict::Mentions => self.mentions += 1,
            Verdict::Absent => self.absent += 1,
        }
    }
}

impl Report {
    /// An empty report for `claims` (sorted by id), to which documents are added.
    pub fn new(claims: &[Claim]) -> Self {
        Report {
            version: REPORT_VERSION,
            claims: claims.iter().map(ClaimEntry::from).collect(),
            documents: Vec::new(),
            results: Vec::new(),
            summary: Summary::default(),
            problems: Vec::new(),
        }
    }

    /// Adds one checked document: `findings[i]` is about `self.claims[i]`.
    pub fn add_document(&mut self, document: &Document, findings: &[Finding]) {
        let text = document.text.as_str();
        let index = LineIndex::new(text);
        let location = |span: Span| {
            let at = index.line_col(text, span.start);
            Location {
                line: at.line,
                column: at.column,
                byte_start: span.start,
                byte_end: span.end,
            }
        };
        self.documents.push(DocumentEntry {
            path: document.path.clone(),
        });
        for (claim, finding) in self.claims.iter().zip(findings) {
            let evidence = finding
                .evidence
                .iter()
                .map(|e| {
                    let at = location(e.found);
                    EvidenceEntry {
                        line: at.line,
                        column: at.column,
                        byte_start: e.found.start,
                        byte_end: e.found.end,
                        sentence: e.sentence.slice(text).to_string(),
                        sentence_byte_start: e.sentence.start,
                        found: e.found.slice(text).to_string(),
                        value: e.value.slice(text).to_string(),
                        verdict: e.verdict,
                    }
                })
                .collect();
            self.results.push(ResultEntry {
                claim: claim.id.clone(),
                document: document.path.clone(),
                verdict: finding.verdict,
                evidence,
                mention: finding.first_mention.map(location),
            });
        }
    }

    pub fn add_problem(&mut self, problem: FileProblem) {
        self.problems.push(problem);
    }

    /// Sorts everything (claims by id, documents by path, results by claim then document) and
    /// counts the verdicts. Call once, after the last document.
    pub fn finish(&mut self) {
        self.claims.sort_by(|a, b| a.id.cmp(&b.id));
        self.documents.sort_by(|a, b| a.path.cmp(&b.path));
        self.documents.dedup_by(|a, b| a.path == b.path);
        self.results
            .sort_by(|a, b| (&a.claim, &a.document).cmp(&(&b.claim, &b.document)));
        self.problems
            .sort_by(|a, b| (&a.path, &a.message).cmp(&(&b.path, &b.message)));
        self.summary = Summary::default();
        for result in &self.results {
            self.summary.add(result.verdict);
        }
    }

    pub fn has_conflicts(&self) -> bool {
        self.summary.conflicts > 0
    }

    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }

    /// The result for one (claim, document) pair.
    pub fn result(&self, claim: &str, document: &str) -> Option<&ResultEntry> {
        self.results
            .binary_search_by(|r| (r.claim.as_str(), r.document.as_str()).cmp(&(claim, document)))
            .ok()
            .map(|i| &self.results[i])
    }
}

impl From<&Claim> for ClaimEntry {
    fn from(claim: &Claim) -> Self {
        ClaimEntry {
            id: claim.id.clone(),
            statement: claim.statement.clone(),
            kind: claim.kind.as_str(),
            value: claim.value.clone(),
            subject: claim.subject.clone(),
            tolerance: claim.tolerance.map(|t| match t {
                Tolerance::Absolute(a) => a.to_string(),
                Tolerance::Relative(r) => format!("{}%", r * 100.0),
            }),
        }
    }
}
