//! One checked document turned into results: the edge where byte spans of the prose go back to
//! the file's text (`Document::source_span`: Markdown and HTML are read into prose) and become
//! line:column there, and sentences are copied out as read, so the document can be dropped.
//!
//! [`Report::document_results`] takes `&self` only, so documents are turned into results in
//! parallel; [`Report::push_document`] then adds them in path order.

use super::{EvidenceEntry, Keep, Location, Report, ResultEntry};
use crate::corpus::Document;
use crate::span::{LineIndex, Span};
use crate::verdict::{Finding, Verdict};
use std::ops::Range;
use std::sync::Arc;

/// The results of one document, ready to be added to a [`Report`].
#[derive(Debug, Clone)]
pub struct DocumentResults {
    pub path: Arc<str>,
    /// The non-absent results kept, in claim order.
    pub results: Vec<ResultEntry>,
    /// (claim index, verdict) of every non-absent result, kept or not.
    pub tally: Vec<(usize, Verdict)>,
}

impl Report {
    /// Adds one checked document: `findings[i]` is about `self.claims[i]`. Returns where its
    /// results are in `self.results`, for acceptance and streaming.
    pub fn add_document(&mut self, document: &Document, findings: &[Finding]) -> Range<usize> {
        let sparse: Vec<(usize, Finding)> = findings
            .iter()
            .enumerate()
            .filter(|(_, f)| f.verdict != Verdict::Absent)
            .map(|(i, f)| (i, f.clone()))
            .collect();
        let results = self.document_results(document, &sparse);
        self.push_document(results)
    }

    /// The results of one document from its sparse findings (`(claim index, finding)` in claim
    /// order, as `Checker::findings` gives them; indices into `self.claims`).
    pub fn document_results(
        &self,
        document: &Document,
        findings: &[(usize, Finding)],
    ) -> DocumentResults {
        let text = document.text.as_str();
        let source = document.source_text();
        // Built on first use: most documents of a large corpus hold no subject at all, and the
        // index reads the whole text.
        let lines = std::cell::OnceCell::new();
        let index = || lines.get_or_init(|| LineIndex::new(source));
        let location = |span: Span| {
            let span = document.source_span(span);
            let at = index().line_col(source, span.start);
            Location {
                line: at.line,
                column: at.column,
                byte_start: span.start,
                byte_end: span.end,
            }
        };
        let path: Arc<str> = Arc::from(&*document.path);
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
            let mut evidence: Vec<EvidenceEntry> = finding
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
                    let end = index().line_col(source, at.byte_end);
                    let sentence = e.sentence.slice(text);
                    let value = e.value.slice(text);
                    EvidenceEntry {
                        line: at.line,
                        column: at.column,
                        end_line: end.line,
                        end_column: end.column,
                        byte_start: at.byte_start,
                        byte_end: at.byte_end,
                        sentence: sentence.to_string(),
                        sentence_byte_start: document.source_span(e.sentence).start,
                        found_in_sentence: document
                            .source
                            .is_some()
                            .then(|| e.found.start.saturating_sub(e.sentence.start)),
                        found: e.found.slice(text).to_string(),
                        value: value.to_string(),
                        verdict: e.verdict,
                        assertion: e.assertion,
                        fingerprint: crate::accept::fingerprint(sentence, value),
                        accepted: None,
                    }
                })
                .collect();
            // A filtered collect starts at four entries, and most results keep one or two:
            // with 166,000 conflicts kept on 1 GB the slack was a third of the peak memory.
            evidence.shrink_to_fit();
            results.push(ResultEntry {
                claim: Arc::clone(&claim.id),
                document: Arc::clone(&path),
                verdict: finding.verdict,
                accepted: false,
                // Every conflicting evidence is kept, whatever `keep` says.
                hedged: super::hedged_only(&evidence),
                evidence,
                mention: finding.first_mention.map(location),
            });
        }
        results.sort_by(|a, b| a.claim.cmp(&b.claim));
        DocumentResults {
            path,
            results,
            tally,
        }
    }

    /// Forgets what a report that keeps [`Keep::Streamed`] no longer needs of the results in
    /// `range` (the last document's, acceptance done and streamed): all but the conflicting
    /// pairs, and their evidence. Any other report is left as it is.
    pub fn streamed(&mut self, range: Range<usize>) {
        if self.keep != Keep::Streamed || range.end != self.results.len() {
            return;
        }
        let mut kept = range.start;
        for i in range {
            if self.results[i].verdict != Verdict::Conflicts {
                continue;
            }
            self.results.swap(kept, i);
            let result = &mut self.results[kept];
            result.evidence = Vec::new();
            result.mention = None;
            kept += 1;
        }
        self.results.truncate(kept);
    }

    /// Adds a document turned into results by [`Report::document_results`]; returns where its
    /// results are in `self.results`.
    pub fn push_document(&mut self, document: DocumentResults) -> Range<usize> {
        self.documents.push(super::DocumentEntry {
            path: document.path,
        });
        for (c, verdict) in document.tally {
            if let Some(claim) = self.claims.get_mut(c) {
                claim.tally.add(verdict);
            }
        }
        let first = self.results.len();
        self.results.extend(document.results);
        first..self.results.len()
    }
}
