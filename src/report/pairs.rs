//! Every (claim, document) pair, from the non-absent results a [`Report`] stores: lookups,
//! the ordered walk, and the JSON, which lists the pairs whose subject occurs unless told to
//! list every pair ([`Pairs`]).

use super::{Report, ResultEntry};
use crate::verdict::Verdict;
use serde::Serialize;
use serde::ser::{Error as _, SerializeSeq, SerializeStruct, Serializer};
use std::borrow::Cow;
use std::io;
use std::sync::Arc;

/// Which (claim, document) pairs the formats that list pairs (JSON, JSON Lines, CSV, JUnit)
/// write.
///
/// Why only the found pairs by default (JSON `version` 2; version 1 listed every pair): their
/// number is claims × documents whatever the corpus says. 10,000 claims over 20,000 articles
/// are 200 million pairs, nearly all absent (37 GB of JSON Lines), where the pairs whose
/// subject occurs are a few hundred thousand; 1,000 claims over 77,000 short articles took 54 s
/// in JSON against 4.5 s for the table, nearly all of it writing absent pairs. The summary
/// counts the absent pairs either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pairs {
    /// Only the pairs whose subject occurs: the results the report stores, the contract's
    /// default. With [`Keep::All`](super::Keep::All) or
    /// [`Keep::AllSetAside`](super::Keep::AllSetAside) (what these formats run with; a stream
    /// gets them before they are dropped) that is every pair whose verdict is not `absent`, in
    /// the same order as [`Pairs::Every`] lists them.
    #[default]
    Found,
    /// Every pair, the absent ones made up as they are written (`--all-pairs`).
    Every,
}

impl Report {
    /// The pairs `which` asks for, in order (by claim id, then document path), wherever the
    /// stored results are: in memory, or set aside and read back a chunk at a time
    /// ([`Report::stored_chunks`]). An item is an error only when a record set aside cannot be
    /// read back; the walk should stop there.
    pub fn listed_results(
        &self,
        which: Pairs,
    ) -> Box<dyn Iterator<Item = io::Result<Cow<'_, ResultEntry>>> + '_> {
        let stored = self.stored_chunks().flat_map(|chunk| match chunk {
            Ok(results) => results.into_iter().map(Ok).collect::<Vec<_>>(),
            Err(error) => vec![Err(error)],
        });
        if which == Pairs::Found {
            return Box::new(stored);
        }
        let mut stored = stored.peekable();
        Box::new(
            self.claims
                .iter()
                .flat_map(move |c| self.documents.iter().map(move |d| (c, d)))
                .map(move |(c, d)| {
                    let key = (&*c.id, &*d.path);
                    // Skip what sorts before this pair (nothing, in a finished report).
                    while stored
                        .next_if(|r| r.as_ref().is_ok_and(|r| (&*r.claim, &*r.document) < key))
                        .is_some()
                    {}
                    let here = |r: &io::Result<Cow<'_, ResultEntry>>| match r {
                        Ok(r) => (&*r.claim, &*r.document) == key,
                        Err(_) => true,
                    };
                    match stored.next_if(here) {
                        Some(result) => result,
                        None => Ok(Cow::Owned(absent(&c.id, &d.path))),
                    }
                }),
        )
    }

    /// The number of results [`Report::listed_results`] gives.
    pub fn listed_len(&self, which: Pairs) -> usize {
        match which {
            Pairs::Every => self.claims.len() * self.documents.len(),
            Pairs::Found => self.results.len() + self.spilled(),
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

    /// Every (claim, document) pair in order, absent ones included: [`Report::listed_results`]
    /// for a report that keeps its results in memory, where reading cannot fail. (Of a report
    /// that set them aside, a record that cannot be read back ends it early.)
    pub fn all_results(&self) -> impl Iterator<Item = Cow<'_, ResultEntry>> {
        self.listed_results(Pairs::Every).map_while(Result::ok)
    }
}

/// The result of a pair whose subject does not occur (not stored in the report).
pub(crate) fn absent(claim: &str, document: &str) -> ResultEntry {
    ResultEntry {
        claim: Arc::from(claim),
        document: Arc::from(document),
        verdict: Verdict::Absent,
        accepted: false,
        hedged: false,
        evidence: Vec::new(),
        mention: None,
    }
}

/// The JSON contract lists the pairs whose subject occurs ([`Pairs::Found`]); [`Listing`] with
/// [`Pairs::Every`] adds the absent ones, written as they are produced, never stored.
impl Serialize for Report {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Listing(self, Pairs::Found).serialize(serializer)
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
        let mut seq = serializer.serialize_seq(Some(report.listed_len(which)))?;
        for result in report.listed_results(which) {
            let result = result.map_err(S::Error::custom)?;
            seq.serialize_element(result.as_ref())?;
        }
        seq.end()
    }
}

#[cfg(test)]
mod tests {
    use super::super::spill::tests::added_as_check_does;
    use super::super::{Keep, csv, json};
    use super::*;
    use crate::claims::Claims;
    use crate::corpus::Document;
    use std::path::Path;

    const CLAIMS: &str = "[[claim]]\nid = \"drone-count\"\nsubject = \"drones\"\nvalue = \"31\"\n\n\
        [[claim]]\nid = \"deal-value\"\nsubject = \"deal\"\nvalue = \"$3 billion\"\n\n\
        [[claim]]\nid = \"sub-count\"\nsubject = \"submarines\"\nvalue = \"6\"\n";

    /// `documents` documents added as `check_with` adds them, set aside (or not) seven at a
    /// time; a third of them accepted. Drones and the deal come and go, submarines are rare:
    /// the absent pairs fall between stored ones in every way.
    fn report(keep: Keep, documents: usize) -> Report {
        let claims = Claims::parse(Path::new("claims.toml"), CLAIMS).unwrap();
        let report = Report::new(&claims.claims).keeping(keep);
        let documents = (0..documents)
            .map(|i| {
                let mut text = String::new();
                if i % 2 == 0 {
                    text.push_str(&format!("India will buy {} drones. ", 29 + i % 4));
                }
                if i % 3 != 1 {
                    text.push_str(&format!("The deal is worth ${} billion. ", 2 + i % 3));
                }
                if i % 7 == 3 {
                    text.push_str(&format!("It also wants {} submarines.", 5 + i % 3));
                }
                Document::plain(format!("news/{i:04}.md"), text)
            })
            .collect();
        added_as_check_does(report, &claims, documents, 7)
    }

    /// JSON and CSV read from results set aside on disk, past several chunks, are those of the
    /// same results in memory, with every pair and with the found ones only.
    #[test]
    fn results_set_aside_are_listed_as_those_in_memory() {
        let (on_disk, in_memory) = (report(Keep::AllSetAside, 2000), report(Keep::All, 2000));
        assert!(on_disk.results.is_empty());
        assert!(on_disk.spilled() > 2 * 1024, "{}", on_disk.spilled());
        assert_eq!(on_disk.spilled(), in_memory.results.len());
        assert!(in_memory.summary.absent > 1000, "{:?}", in_memory.summary);
        for which in [Pairs::Every, Pairs::Found] {
            let mut from_disk = Vec::new();
            json::write(&on_disk, which, &mut from_disk).unwrap();
            let mut from_memory = Vec::new();
            json::write(&in_memory, which, &mut from_memory).unwrap();
            assert!(from_disk == from_memory, "{which:?}: the JSON differs");
            assert_eq!(
                csv::render(&on_disk, which),
                csv::render(&in_memory, which),
                "{which:?}"
            );
            assert_eq!(
                on_disk.listed_results(which).count(),
                on_disk.listed_len(which)
            );
        }
        let every: Vec<String> = in_memory
            .all_results()
            .map(|r| serde_json::to_string(r.as_ref()).unwrap())
            .collect();
        let listed: Vec<String> = on_disk
            .listed_results(Pairs::Every)
            .map(|r| serde_json::to_string(r.unwrap().as_ref()).unwrap())
            .collect();
        assert_eq!(listed, every);
        assert_eq!(every.len(), 3 * 2000);
    }
}
