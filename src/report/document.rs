//! One checked document turned into results: the edge where byte spans of the prose go back to
//! the file's text (`Document::source_span`: Markdown and HTML are read into prose) and become
//! line:column there, and sentences are copied out as read, so the document can be dropped.
//!
//! [`Report::document_results`] takes `&self` only, so documents are turned into results in
//! parallel; [`Report::push_document`] then adds them in path order.

use super::{EvidenceEntry, Keep, Location, Report, ResultEntry};
use crate::corpus::Document;
use crate::entity::Via;
use crate::span::{LineIndex, Span};
use crate::time::DocumentDate;
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
    /// When the document was written, if known.
    pub date: Option<DocumentDate>,
}

/// The sentence as an evidence shows it, and the document offset its text stands for: with the
/// sentence or headline that names the entity first when the evidence refers back to one (the
/// text between them left out as " … " when there is any), so the found value's offset in the
/// shown text is still its document offset less the start.
fn with_referent(text: &str, sentence: Span, via: Option<Via>) -> (String, usize) {
    let own = sentence.slice(text);
    let Some(via) = via.filter(|v| v.span.end <= sentence.start) else {
        return (own.to_string(), sentence.start);
    };
    let between = text.get(via.span.end..sentence.start).unwrap_or("");
    if between.chars().all(char::is_whitespace) {
        let both = Span::new(via.span.start, sentence.end);
        return (both.slice(text).to_string(), via.span.start);
    }
    let shown = format!("{} … {own}", via.span.slice(text));
    let start = sentence.start.saturating_sub(shown.len() - own.len());
    (shown, start)
}

impl Report {
    /// Adds one checked document: `findings[i]` is about `self.claims[i]`. Returns where its
    /// results are in `self.results`, for acceptance and streaming.
    pub fn add_document(&mut self, document: &Document, findings: &[Finding]) -> Range<usize> {
        self.add_dated_document(document, None, findings)
    }

    /// [`Report::add_document`] for a document whose date is known.
    pub fn add_dated_document(
        &mut self,
        document: &Document,
        date: Option<DocumentDate>,
        findings: &[Finding],
    ) -> Range<usize> {
        let sparse: Vec<(usize, Finding)> = findings
            .iter()
            .enumerate()
            .filter(|(_, f)| f.verdict != Verdict::Absent)
            .map(|(i, f)| (i, f.clone()))
            .collect();
        let mut results = self.document_results(document, &sparse);
        results.date = date;
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
                    let (shown, shown_start) = with_referent(text, e.sentence, e.via);
                    EvidenceEntry {
                        line: at.line,
                        column: at.column,
                        end_line: end.line,
                        end_column: end.column,
                        byte_start: at.byte_start,
                        byte_end: at.byte_end,
                        sentence: shown,
                        // In the file; for Markdown and HTML the found text's place in the
                        // sentence as read is `found_in_sentence`.
                        sentence_byte_start: match document.source {
                            None => shown_start,
                            Some(_) => document.source_span(e.sentence).start,
                        },
                        found_in_sentence: document
                            .source
                            .is_some()
                            .then(|| e.found.start.saturating_sub(shown_start)),
                        found: e.found.slice(text).to_string(),
                        value: value.to_string(),
                        verdict: e.verdict,
                        assertion: e.assertion,
                        via: e.via.map(|via| via.source),
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
            date: None,
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
            date: document.date.map(|d| d.period.to_string()),
            date_source: document.date.map(|d| d.source),
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
