//! The report: every finding as plain data, ready for any renderer.
//!
//! This is the edge where byte spans become line and column (1-based, column in characters) and
//! where sentences are copied out of documents, so that documents can be dropped as soon as they
//! are checked. Results are sorted by claim id then document path: identical runs print
//! identical bytes. The JSON rendering of [`Report`] is a contract (see `version`).

pub mod json;
mod pairs;
pub mod table;

use crate::claims::{Claim, Tolerance};
use crate::corpus::{Document, FileProblem, Severity};
use crate::span::{LineIndex, Span};
use crate::verdict::{Finding, Verdict};
use serde::Serialize;

/// Version of the JSON document; bumped on any incompatible change.
pub const REPORT_VERSION: u32 = 1;

/// Serialised with every (claim, document) pair in `results`, absent ones included (see
/// [`Report::all_results`]).
#[derive(Debug, Clone)]
pub struct Report {
    pub version: u32,
    pub claims: Vec<ClaimEntry>,
    pub documents: Vec<DocumentEntry>,
    /// Only the pairs whose verdict is not `absent`, sorted by claim then document after
    /// [`Report::finish`]. Absent pairs are implied: with 10,000 claims and 100,000 documents
    /// nearly all of the billion pairs are absent, and storing them would not fit in memory.
    pub results: Vec<ResultEntry>,
    pub summary: Summary,
    /// Files that could not be read, or were read with a warning.
    pub problems: Vec<FileProblem>,
    /// How much evidence [`Report::document_results`] keeps.
    keep: Keep,
}

/// How much evidence a report keeps of each (claim, document) pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Keep {
    /// All of it: the JSON lists every piece.
    #[default]
    All,
    /// What the table prints: every conflicting piece, and the first supporting one (the
    /// value in a cell). The table is then the same, and a large corpus's report a fraction
    /// of the size, since most evidence supports and each piece carries its sentence.
    Table,
    /// What the table's per-claim summary prints: the conflicting pairs with their
    /// conflicting evidence; the other pairs are only counted (`ClaimEntry::tally`). Memory then follows the
    /// conflicts, not the corpus.
    Conflicts,
    /// What a table `width` columns wide prints: [`Keep::Conflicts`] when the documents are
    /// too many to be columns (the table is then surely the summary), else [`Keep::Table`].
    TableFitting { width: usize },
}

impl Keep {
    /// Settles [`Keep::TableFitting`] once the number of documents is known.
    pub fn resolve(self, documents: usize) -> Keep {
        match self {
            Keep::TableFitting { width } if too_many_columns(documents, width) => Keep::Conflicts,
            Keep::TableFitting { .. } => Keep::Table,
            keep => keep,
        }
    }
}

/// True when `documents` columns cannot fit `width`: a column takes at least four characters
/// ("│ — ").
pub fn too_many_columns(documents: usize, width: usize) -> bool {
    documents.saturating_mul(4) + 1 > width
}

#[derive(Debug, Clone, Serialize)]
pub struct ClaimEntry {
    pub id: String,
    pub statement: Option<String>,
    pub kind: &'static str,
    pub value: String,
    pub subject: Vec<String>,
    pub tolerance: Option<String>,
    /// The verdicts of this claim over the documents added, absent ones not counted (they are
    /// the difference with the number of documents). Not part of the JSON.
    #[serde(skip)]
    pub tally: Summary,
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
            keep: Keep::All,
        }
    }

    /// The same report keeping only the evidence `keep` says (before documents are added;
    /// [`Keep::TableFitting`] should be resolved first, else it keeps what a table does).
    pub fn keeping(mut self, keep: Keep) -> Self {
        self.keep = keep;
        self
    }

    /// True when only conflicting pairs are stored ([`Keep::Conflicts`]): the table can only
    /// be the per-claim summary.
    pub fn counts_only(&self) -> bool {
        self.keep == Keep::Conflicts
    }

    /// Adds one checked document: `findings[i]` is about `self.claims[i]`.
    pub fn add_document(&mut self, document: &Document, findings: &[Finding]) {
        let sparse: Vec<(usize, Finding)> = findings
            .iter()
            .enumerate()
            .filter(|(_, f)| f.verdict != Verdict::Absent)
            .map(|(i, f)| (i, f.clone()))
            .collect();
        let results = self.document_results(document, &sparse);
        self.push_document(results);
    }

    /// The results of one document from its sparse findings (`(claim index, finding)`, as
    /// `Checker::findings` gives them, indices into `self.claims` before [`Report::finish`]).
    /// Takes `&self` only, so that documents can be turned into results in parallel and
    /// pushed in order with [`Report::push_document`].
    pub fn document_results(
        &self,
        document: &Document,
        findings: &[(usize, Finding)],
    ) -> DocumentResults {
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
        let mut results = Vec::new();
        let mut tally = Vec::new();
        for (c, finding) in findings {
            let Some(claim) = self.claims.get(*c) else {
                continue;
            };
            if finding.verdict == Verdict::Absent {
                continue;
            }
            tally.push((*c, finding.verdict));
            if self.keep == Keep::Conflicts && finding.verdict != Verdict::Conflicts {
                continue;
            }
            let mut first_support = true;
            let evidence = finding
                .evidence
                .iter()
                .filter(|e| match (self.keep, e.verdict) {
                    (Keep::Table | Keep::TableFitting { .. }, Verdict::Supports) => {
                        std::mem::take(&mut first_support)
                    }
                    (Keep::Conflicts, verdict) => verdict == Verdict::Conflicts,
                    _ => true,
                })
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
            results.push(ResultEntry {
                claim: claim.id.clone(),
                document: document.path.clone(),
                verdict: finding.verdict,
                evidence,
                mention: finding.first_mention.map(location),
            });
        }
        DocumentResults {
            path: document.path.clone(),
            results,
            tally,
        }
    }

    /// Adds a document turned into results by [`Report::document_results`].
    pub fn push_document(&mut self, document: DocumentResults) {
        self.documents.push(DocumentEntry {
            path: document.path,
        });
        for (c, verdict) in document.tally {
            if let Some(claim) = self.claims.get_mut(c) {
                claim.tally.add(verdict);
            }
        }
        self.results.extend(document.results);
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
        for claim in &mut self.claims {
            let t = &mut claim.tally;
            t.absent = self
                .documents
                .len()
                .saturating_sub(t.supports + t.conflicts + t.mentions);
            self.summary.supports += t.supports;
            self.summary.conflicts += t.conflicts;
            self.summary.mentions += t.mentions;
            self.summary.absent += t.absent;
        }
    }

    pub fn has_conflicts(&self) -> bool {
        self.summary.conflicts > 0
    }

    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }
}

/// The results of one document, ready to be added to a [`Report`].
#[derive(Debug, Clone)]
pub struct DocumentResults {
    pub path: String,
    /// The non-absent results kept, in claim order.
    pub results: Vec<ResultEntry>,
    /// (claim index, verdict) of every non-absent result, kept or not.
    pub tally: Vec<(usize, Verdict)>,
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
            tally: Summary::default(),
        }
    }
}
