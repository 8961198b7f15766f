//! Every (claim, document) pair, from the non-absent results a [`Report`] stores: lookups,
//! the ordered walk, and the JSON, which lists every pair unless told to list only the pairs
//! whose subject occurs ([`Pairs`]).

use super::{Report, ResultEntry};
use crate::verdict::Verdict;
use serde::Serialize;
use serde::ser::{SerializeSeq, SerializeStruct, Serializer};
use std::borrow::Cow;
use std::sync::Arc;

/// Which (claim, document) pairs the formats that list pairs (JSON, JSON Lines, CSV, JUnit)
/// write.
///
/// Why not always every pair: their number is claims × documents whatever the corpus says.
/// 10,000 claims over 20,000 articles are 200 million pairs, nearly all absent (37 GB of JSON
/// Lines), where the pairs whose subject occurs are a few hundred thousand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pairs {
    /// Every pair, the absent ones made up as they are written: the contract's default.
    #[default]
    Every,
    /// Only the pairs whose subject occurs: the results the report stores. With
    /// [`Keep::All`](super::Keep::All) (what these formats run with) that is every pair whose
    /// verdict is not `absent`, in the same order as [`Pairs::Every`] lists them.
    Found,
}

impl Report {
    /// The pairs `which` asks for, in order (by claim id, then document path).
    pub fn listed_results(
        &self,
        which: Pairs,
    ) -> Box<dyn Iterator<Item = Cow<'_, ResultEntry>> + '_> {
        match which {
            Pairs::Every => Box::new(self.all_results()),
            Pairs::Found => Box::new(self.results.iter().map(Cow::Borrowed)),
        }
    }

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
        Listing(self, Pairs::Every).serialize(serializer)
    }
}

/// A report serialised with the `results` that [`Pairs`] asks for; every other field, the
/// summary's counts of absent pairs included, as they are.
pub struct Listing<'a>(pub &'a Report, pub Pairs);

impl Serialize for Listing<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Listing(report, which) = *self;
        let mut out = serializer.serialize_struct("Report", 7)?;
        out.serialize_field("version", &report.version)?;
        out.serialize_field("claims", &report.claims)?;
        out.serialize_field("documents", &report.documents)?;
        out.serialize_field("results", &Results(report, which))?;
        out.serialize_field("summary", &report.summary)?;
        out.serialize_field("problems", &report.problems)?;
        out.serialize_field("stale_baseline", &report.stale_baseline)?;
        out.end()
    }
}

/// The `results` array, written as it is walked.
struct Results<'a>(&'a Report, Pairs);

impl Serialize for Results<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Results(report, which) = *self;
        let len = match which {
            Pairs::Every => report.claims.len() * report.documents.len(),
            Pairs::Found => report.results.len(),
        };
        let mut seq = serializer.serialize_seq(Some(len))?;
        for result in report.listed_results(which) {
            seq.serialize_element(result.as_ref())?;
        }
        seq.end()
    }
}
