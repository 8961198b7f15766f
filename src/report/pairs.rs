//! Every (claim, document) pair, from the non-absent results a [`Report`] stores: lookups,
//! the ordered walk, and the JSON, which lists every pair.

use super::{Report, ResultEntry};
use crate::verdict::Verdict;
use serde::Serialize;
use serde::ser::{SerializeSeq, SerializeStruct, Serializer};
use std::borrow::Cow;
use std::sync::Arc;

impl Report {
    /// The result for one (claim, document) pair; an absent one is made up on the fly.
    /// `None` when the claim or the document is not in the report.
    pub fn result(&self, claim: &str, document: &str) -> Option<Cow<'_, ResultEntry>> {
        let c = self.claims.binary_search_by(|c| (*c.id).cmp(claim)).ok()?;
        let d = self
            .documents
            .binary_search_by(|d| (*d.path).cmp(document))
            .ok()?;
        Some(self.result_at(c, d))
    }

    /// The result of `claims[claim]` in `documents[document]` (after [`Report::finish`]).
    pub fn result_at(&self, claim: usize, document: usize) -> Cow<'_, ResultEntry> {
        let (Some(c), Some(d)) = (self.claims.get(claim), self.documents.get(document)) else {
            return Cow::Owned(absent("", ""));
        };
        let key = (&*c.id, &*d.path);
        match self
            .results
            .binary_search_by(|r| (&*r.claim, &*r.document).cmp(&key))
        {
            Ok(i) => Cow::Borrowed(&self.results[i]),
            Err(_) => Cow::Owned(absent(&c.id, &d.path)),
        }
    }

    /// Every (claim, document) pair in order, absent ones included: what the JSON lists.
    /// Walks the sparse results alongside, so it costs one step per pair, no search.
    pub fn all_results(&self) -> impl Iterator<Item = Cow<'_, ResultEntry>> {
        let mut stored = self.results.iter().peekable();
        self.claims
            .iter()
            .flat_map(move |c| self.documents.iter().map(move |d| (c, d)))
            .map(move |(c, d)| {
                let key = (&*c.id, &*d.path);
                while stored
                    .peek()
                    .is_some_and(|r| (&*r.claim, &*r.document) < key)
                {
                    stored.next();
                }
                match stored.peek() {
                    Some(r) if (&*r.claim, &*r.document) == key => Cow::Borrowed(*r),
                    _ => Cow::Owned(absent(&c.id, &d.path)),
                }
            })
    }
}

/// The result of a pair whose subject does not occur (not stored in the report).
pub(crate) fn absent(claim: &str, document: &str) -> ResultEntry {
    ResultEntry {
        claim: Arc::from(claim),
        document: Arc::from(document),
        verdict: Verdict::Absent,
        accepted: false,
        evidence: Vec::new(),
        mention: None,
    }
}

/// The JSON contract lists every pair: the absent ones are written as they are produced,
/// never stored.
impl Serialize for Report {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct AllResults<'a>(&'a Report);
        impl Serialize for AllResults<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let pairs = self.0.claims.len() * self.0.documents.len();
                let mut seq = serializer.serialize_seq(Some(pairs))?;
                for result in self.0.all_results() {
                    seq.serialize_element(result.as_ref())?;
                }
                seq.end()
            }
        }
        let mut report = serializer.serialize_struct("Report", 7)?;
        report.serialize_field("version", &self.version)?;
        report.serialize_field("claims", &self.claims)?;
        report.serialize_field("documents", &self.documents)?;
        report.serialize_field("results", &AllResults(self))?;
        report.serialize_field("summary", &self.summary)?;
        report.serialize_field("problems", &self.problems)?;
        report.serialize_field("stale_baseline", &self.stale_baseline)?;
        report.end()
    }
}
