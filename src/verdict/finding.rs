//! What a verdict is made of: the [`Verdict`] of one document on one claim, the
//! [`Evidence`] it rests on (byte spans of the document's prose, made line and column only
//! by the report) and the [`Finding`] that holds them, which decides its verdict from its
//! evidence. Plain data: the checker fills it, the report and the renderers read it.

use crate::entity::Via;
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// The agreement of one document with one claim. Ordered from strongest to weakest finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Some evidence disagrees with the claim (this wins over support).
    Conflicts,
    /// Some evidence agrees and none disagrees.
    Supports,
    /// Every disagreeing evidence predates the claim's `as_of`: the document, or the sentence,
    /// is placed before the claim became true. History, not a contradiction.
    Outdated,
    /// The subject occurs, with no evidence either way.
    Mentions,
    /// The subject does not occur.
    Absent,
}

impl Verdict {
    pub const ALL: [Verdict; 5] = [
        Verdict::Supports,
        Verdict::Conflicts,
        Verdict::Outdated,
        Verdict::Mentions,
        Verdict::Absent,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Conflicts => "conflicts",
            Verdict::Supports => "supports",
            Verdict::Outdated => "outdated",
            Verdict::Mentions => "mentions",
            Verdict::Absent => "absent",
        }
    }
}

pub use crate::clause::Assertion;

/// A sentence that states a value about a claim's subject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub sentence: Span,
    /// The value as written ("30", "Anthony Blinken").
    pub value: Span,
    /// The value with the subject it quantifies when they stand together ("30 Predator Armed
    /// Drones"), else the value alone.
    pub found: Span,
    /// `Supports`, `Conflicts`, or `Outdated` (a disagreeing value placed before the claim's
    /// `as_of`).
    pub verdict: Verdict,
    /// How the sentence states the value.
    pub assertion: Assertion,
    /// For a claim with `about`, when the sentence names no entity: where the entity it refers
    /// to is named (the sentence before, the headline).
    pub via: Option<Via>,
}

/// What one document says about one claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub verdict: Verdict,
    /// In document order.
    pub evidence: Vec<Evidence>,
    /// The first occurrence of the subject, where the verdict points when there is no evidence.
    pub first_mention: Option<Span>,
}

impl Default for Finding {
    fn default() -> Self {
        Finding::absent()
    }
}

impl Finding {
    /// The subject does not occur.
    pub fn absent() -> Self {
        Finding {
            verdict: Verdict::Absent,
            evidence: Vec::new(),
            first_mention: None,
        }
    }

    /// Orders the evidence and sets the verdict from it: a conflict anywhere wins.
    pub(super) fn decide(&mut self) {
        self.evidence.sort_by_key(|e| (e.value.start, e.value.end));
        self.evidence.dedup();
        self.verdict = if self
            .evidence
            .iter()
            .any(|e| e.verdict == Verdict::Conflicts)
        {
            Verdict::Conflicts
        } else if self.evidence.iter().any(|e| e.verdict == Verdict::Supports) {
            Verdict::Supports
        } else if !self.evidence.is_empty() {
            Verdict::Outdated
        } else if self.first_mention.is_some() {
            Verdict::Mentions
        } else {
            Verdict::Absent
        };
    }
}

/// Keeps the earliest occurrence of the subject as the finding's first mention.
pub(super) fn note_mention(finding: &mut Finding, span: Span) {
    if finding.first_mention.is_none_or(|m| span.start < m.start) {
        finding.first_mention = Some(span);
    }
}
