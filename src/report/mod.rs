//! The report: every finding as plain data, ready for any renderer.
//!
//! This is the edge where byte spans become line and column (1-based, column in characters) and
//! where sentences are copied out of documents, so that documents can be dropped as soon as they
//! are checked. Results are sorted by claim id then document path: identical runs print
//! identical bytes. The JSON rendering of [`Report`] is a contract (see `version`): fields are
//! only ever added within a version.
//!
//! Renderers are pure functions from a finished `Report` to text, one file per format
//! (the values of `--format`); `jsonl` can also stream the results of each document as it finishes.

#[cfg(test)]
mod assertion_tests;
pub mod csv;
mod document;
pub mod github;
pub mod html;
pub mod json;
pub mod jsonl;
pub mod junit;
mod keep;
pub mod markdown;
mod pairs;
pub mod sarif;
mod spill;
pub mod table;
mod text;

use crate::accept::Acceptance;
use crate::accept::baseline::BaselineEntry;
use crate::claims::{Claim, Tolerance};
use crate::corpus::{FileProblem, Severity};
use crate::verdict::{Assertion, Verdict};
use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::sync::Arc;

pub use document::DocumentResults;
pub use keep::{Keep, too_many_columns};
pub use pairs::{Listing, Pairs};
pub use spill::ResultHeader;

/// Version of the JSON document; bumped on any incompatible change. Version 2: `results` lists
/// only the pairs whose subject occurs unless every pair is asked for (`--all-pairs`);
/// version 1 listed every pair.
pub const REPORT_VERSION: u32 = 2;

/// Serialised with the (claim, document) pairs whose subject occurs in `results`, or every
/// pair, absent ones included, with [`Pairs::Every`] (see [`Listing`] and
/// [`Report::all_results`] in `pairs.rs`).
#[derive(Debug)]
pub struct Report {
    pub version: u32,
    pub claims: Vec<ClaimEntry>,
    pub documents: Vec<DocumentEntry>,
    /// Only the pairs whose verdict is not `absent`, sorted by claim then document after
    /// [`Report::finish`]; empty when they were set aside on disk ([`Report::spilled`]: read
    /// them with [`Report::stored_chunks`]). Absent pairs are implied: with 10,000 claims and
    /// 100,000 documents nearly all of the billion pairs are absent, and storing them would not
    /// fit in memory.
    pub results: Vec<ResultEntry>,
    pub summary: Summary,
    /// Files that could not be read, or were read with a warning.
    pub problems: Vec<FileProblem>,
    /// Entries of the `--baseline` file that matched no conflict (empty without a baseline).
    pub stale_baseline: Vec<BaselineEntry>,
    /// How much evidence [`Report::document_results`] keeps.
    keep: Keep,
    /// Where the results are set aside with [`Keep::Conflicts`] (`spill.rs`).
    spill: Option<spill::Spill>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ClaimEntry {
    /// Shared with the claim's results.
    pub id: Arc<str>,
    pub statement: Option<String>,
    pub kind: &'static str,
    pub value: String,
    /// Where `value` was read from ("data/facts.json#/providers") when the claims file says
    /// `value_from`; left out of the JSON otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_from: Option<String>,
    pub subject: Vec<String>,
    pub tolerance: Option<String>,
    /// The entity the claim is about and its siblings named in the claims file; left out of
    /// the JSON when the claim has none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub about: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_about: Vec<String>,
    /// The date from which the claim holds, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// The verdicts of this claim over the documents added, absent ones counted at
    /// [`Report::finish`]. Not part of the JSON.
    #[serde(skip)]
    pub tally: Summary,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentEntry {
    /// Shared with the document's results.
    pub path: Arc<str>,
    /// When it was written (ISO 8601, as precise as known: "2023-11-10", "2022-04"), or null.
    pub date: Option<String>,
    /// Where the date came from, or null.
    pub date_source: Option<crate::time::DateSource>,
}

/// One (claim, document) pair.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ResultEntry {
    /// The claim's id and the document's path, shared (not copied) with the claim and document
    /// entries: a large run keeps hundreds of thousands of results.
    pub claim: Arc<str>,
    pub document: Arc<str>,
    pub verdict: Verdict,
    /// True when the verdict is `conflicts` and every conflicting evidence is accepted (by the
    /// baseline or a comment): still a conflict, shown as such, but not failing the build.
    pub accepted: bool,
    /// True when the verdict is `conflicts` and every conflicting evidence that is not accepted
    /// is hedged ("may buy 30"): still a conflict, failing `--fail-on conflicts`, but not
    /// `--fail-on asserted`. False when the result is accepted. A flag on the result rather
    /// than a walk over its evidence at the end, because the evidence is not always there then
    /// (a stream drops it, the large table keeps only some): set where the results are made
    /// and where they are accepted, it travels wherever the result goes (set aside on disk, in
    /// the spill's headers), and `finish` counts it as it counts `accepted`.
    #[serde(default)]
    pub hedged: bool,
    pub evidence: Vec<EvidenceEntry>,
    /// The first occurrence of the subject; null when absent.
    pub mention: Option<Location>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Location {
    pub line: usize,
    pub column: usize,
    pub byte_start: usize,
    pub byte_end: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EvidenceEntry {
    /// Where the value found starts.
    pub line: usize,
    pub column: usize,
    /// Where `found` ends (exclusive), for tools that underline a region.
    pub end_line: usize,
    pub end_column: usize,
    /// Bytes of `found` in the document.
    pub byte_start: usize,
    pub byte_end: usize,
    pub sentence: String,
    /// Byte offset of the sentence in the document (so `found` can be marked inside it).
    pub sentence_byte_start: usize,
    /// Where `found` starts in `sentence` (bytes), given only where the sentence is not the
    /// file's text as it stands (Markdown and HTML, read without their markup): there the
    /// distance between the two byte offsets in the file is not the one in the sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub found_in_sentence: Option<usize>,
    /// The value with the subject it quantifies ("30 Predator Armed Drones").
    pub found: String,
    /// The value alone ("30").
    pub value: String,
    pub verdict: Verdict,
    /// How the sentence states the value: asserted, negated ("denied it would buy 31") or
    /// hedged ("may buy 30"). The verdict is kept whatever it is.
    #[serde(default)]
    pub assertion: Assertion,
    /// For a claim with `about` and a sentence that names no entity: where the entity it
    /// refers to is named ("previous-sentence", "headline"); `sentence` then shows that
    /// sentence or headline before its own. Absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<crate::entity::ViaSource>,
    /// Identity of this evidence that survives moved lines (see `accept::fingerprint`).
    pub fingerprint: String,
    /// Set when this conflicting evidence is accepted; null otherwise.
    pub accepted: Option<Acceptance>,
}

#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct Summary {
    pub supports: usize,
    /// All conflicts, accepted ones included.
    pub conflicts: usize,
    /// The conflicts of `conflicts` that are accepted.
    pub accepted: usize,
    /// The conflicts of `conflicts` that are not accepted and stated only with a hedge
    /// ([`ResultEntry::hedged`]): those `--fail-on asserted` lets pass. Counted for the report
    /// at [`Report::finish`], never in a claim's `tally`.
    pub hedged: usize,
    /// Pairs whose every disagreeing value predates the claim's `as_of`: never a failure.
    pub outdated: usize,
    pub mentions: usize,
    pub absent: usize,
}

impl Summary {
    pub fn count(&self, verdict: Verdict) -> usize {
        match verdict {
            Verdict::Supports => self.supports,
            Verdict::Conflicts => self.conflicts,
            Verdict::Outdated => self.outdated,
            Verdict::Mentions => self.mentions,
            Verdict::Absent => self.absent,
        }
    }

    pub(crate) fn add(&mut self, verdict: Verdict) {
        match verdict {
            Verdict::Supports => self.supports += 1,
            Verdict::Conflicts => self.conflicts += 1,
            Verdict::Outdated => self.outdated += 1,
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
            stale_baseline: Vec::new(),
            keep: Keep::All,
            spill: None,
        }
    }

    /// The same report keeping only the evidence `keep` says (before documents are added;
    /// [`Keep::TableFitting`] should be resolved first, else it keeps what a table does).
    pub fn keeping(mut self, keep: Keep) -> Self {
        self.keep = keep;
        self.spill_if(keep);
        self
    }

    /// True when only conflicting pairs are stored ([`Keep::Conflicts`], or
    /// [`Keep::Streamed`] once streamed): the table can only be the per-claim summary.
    pub fn counts_only(&self) -> bool {
        matches!(self.keep, Keep::Conflicts | Keep::Streamed)
    }

    /// Asks `decide` about every conflicting evidence of `self.results[range]` and marks those it
    /// accepts; a result is accepted when all its conflicting evidence is. Call before `finish`.
    pub fn accept(
        &mut self,
        range: Range<usize>,
        mut decide: impl FnMut(&ResultEntry, &EvidenceEntry) -> Option<Acceptance>,
    ) {
        let Some(results) = self.results.get_mut(range) else {
            return;
        };
        for result in results {
            if result.verdict != Verdict::Conflicts {
                continue;
            }
            let mut all = true;
            for i in 0..result.evidence.len() {
                let evidence = &result.evidence[i];
                if evidence.verdict != Verdict::Conflicts {
                    continue;
                }
                let decision = decide(result, evidence);
                all &= decision.is_some();
                result.evidence[i].accepted = decision;
            }
            result.accepted = all;
            result.hedged = hedged_only(&result.evidence);
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
        // In place: a stable sort's scratch buffer would be half the results again. Pairs
        // are unique but for a path named twice, whose results are then identical.
        self.results
            .sort_unstable_by(|a, b| (&a.claim, &a.document).cmp(&(&b.claim, &b.document)));
        self.sort_spilled();
        self.problems
            .sort_by(|a, b| (&a.path, &a.message).cmp(&(&b.path, &b.message)));
        self.summary = Summary::default();
        for claim in &mut self.claims {
            let t = &mut claim.tally;
            t.absent = self
                .documents
                .len()
                .saturating_sub(t.supports + t.conflicts + t.outdated + t.mentions);
            self.summary.supports += t.supports;
            self.summary.conflicts += t.conflicts;
            self.summary.outdated += t.outdated;
            self.summary.mentions += t.mentions;
            self.summary.absent += t.absent;
        }
        // Conflicting pairs are kept whatever `keep` says, so the accepted and hedged ones can
        // be counted.
        let (mut accepted, mut hedged) = (0, 0);
        for header in self.stored_headers() {
            accepted += usize::from(header.accepted);
            hedged += usize::from(header.hedged);
        }
        self.summary.accepted = accepted;
        self.summary.hedged = hedged;
    }

    /// Any conflict, accepted or not.
    pub fn has_conflicts(&self) -> bool {
        self.summary.conflicts > 0
    }

    /// Conflicts that are not accepted: what fails the build by default.
    pub fn failing_conflicts(&self) -> usize {
        self.summary.conflicts - self.summary.accepted
    }

    /// Conflicts that are not accepted and not stated only with a hedge: what fails the build
    /// with `--fail-on asserted`.
    pub fn failing_asserted_conflicts(&self) -> usize {
        self.failing_conflicts().saturating_sub(self.summary.hedged)
    }

    /// Claims that no document supports (in claim order).
    pub fn unsupported_claims(&self) -> Vec<&str> {
        self.claims
            .iter()
            .filter(|c| c.tally.supports == 0)
            .map(|c| &*c.id)
            .collect()
    }

    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }
}

/// True when some conflicting evidence is not accepted and every such one is hedged: the
/// [`ResultEntry::hedged`] of a result with this evidence (all of its conflicting evidence,
/// which every [`Keep`] stores until the result is accepted and streamed).
pub(crate) fn hedged_only(evidence: &[EvidenceEntry]) -> bool {
    let mut failing = evidence
        .iter()
        .filter(|e| e.verdict == Verdict::Conflicts && e.accepted.is_none())
        .peekable();
    failing.peek().is_some() && failing.all(|e| e.assertion == Assertion::Hedged)
}

impl From<&Claim> for ClaimEntry {
    fn from(claim: &Claim) -> Self {
        ClaimEntry {
            id: Arc::from(claim.id.as_str()),
            statement: claim.statement.clone(),
            kind: claim.kind.as_str(),
            value: claim.value.clone(),
            value_from: claim.value_from.clone(),
            subject: claim.subject.clone(),
            tolerance: claim.tolerance.map(|t| match t {
                Tolerance::Absolute(a) => a.to_string(),
                Tolerance::Relative(r) => format!("{}%", r * 100.0),
            }),
            about: claim
                .about
                .as_ref()
                .map(|a| a.aliases.clone())
                .unwrap_or_default(),
            not_about: claim
                .about
                .as_ref()
                .map(|a| a.not_about.clone())
                .unwrap_or_default(),
            as_of: claim.as_of.map(|p| p.to_string()),
            tally: Summary::default(),
        }
    }
}
