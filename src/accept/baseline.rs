//! The baseline file: conflicts accepted once, so that `check --baseline FILE` fails only on new
//! ones.
//!
//! An entry is keyed by claim id, document path and the evidence's fingerprint (sentence and
//! value, see [`super::fingerprint`]); never by line number, so edits elsewhere in the file and
//! moved lines keep it valid, while a changed figure in that sentence fails again. The value and
//! sentence are stored too, only so that a reviewer can read the file and its diffs.
//!
//! An entry that matches no conflict any more is *stale*: its claim is gone, its document is
//! gone, or its document was checked and no longer says it. Entries about documents outside the
//! paths checked in this run are left alone (a run over part of the corpus judges only that
//! part). Stale entries are reported, never fatal: the baseline only ever accepts.

use super::{Acceptance, AcceptedBy};
use crate::report::{Report, ResultEntry};
use crate::verdict::Verdict;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// Version of the baseline file format.
pub const BASELINE_VERSION: u32 = 1;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    pub entries: Vec<BaselineEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BaselineEntry {
    pub claim: String,
    pub document: String,
    pub fingerprint: String,
    /// For reviewers only: the value found.
    #[serde(default)]
    pub value: String,
    /// For reviewers only: the sentence, white space folded.
    #[serde(default)]
    pub sentence: String,
}

#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    #[error("cannot read baseline {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("invalid baseline {path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

impl Baseline {
    pub fn load(path: &Path) -> Result<Baseline, BaselineError> {
        let text = std::fs::read_to_string(path).map_err(|source| BaselineError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Baseline::parse(path, &text)
    }

    pub fn parse(path: &Path, text: &str) -> Result<Baseline, BaselineError> {
        let invalid = |message: String| BaselineError::Invalid {
            path: path.to_path_buf(),
            message,
        };
        let baseline: Baseline = serde_json::from_str(text).map_err(|e| invalid(e.to_string()))?;
        if baseline.version != BASELINE_VERSION {
            return Err(invalid(format!(
                "version {} is not supported (expected {BASELINE_VERSION})",
                baseline.version
            )));
        }
        Ok(baseline)
    }

    /// Every conflicting piece of evidence of `report` not already accepted by a comment,
    /// sorted and deduplicated. The report may keep only its conflicts, set aside on disk
    /// ([`Keep::Conflicts`](crate::report::Keep::Conflicts)), which are read back a chunk at a
    /// time: the only way this fails.
    pub fn from_report(report: &Report) -> std::io::Result<Baseline> {
        let mut entries = BTreeSet::new();
        for chunk in report.stored_chunks() {
            for result in chunk?.iter().filter(|r| r.verdict == Verdict::Conflicts) {
                Self::add_conflicts(&mut entries, result);
            }
        }
        Ok(Baseline {
            version: BASELINE_VERSION,
            entries: entries.into_iter().collect(),
        })
    }

    /// The entries of `result`'s conflicting evidence that no comment accepts.
    fn add_conflicts(entries: &mut BTreeSet<BaselineEntry>, result: &ResultEntry) {
        for evidence in &result.evidence {
            let by_comment = evidence
                .accepted
                .as_ref()
                .is_some_and(|a| a.by == AcceptedBy::Comment);
            if evidence.verdict == Verdict::Conflicts && !by_comment {
                entries.insert(BaselineEntry {
                    claim: result.claim.to_string(),
                    document: result.document.to_string(),
                    fingerprint: evidence.fingerprint.clone(),
                    value: evidence.value.clone(),
                    sentence: super::normalise_space(&evidence.sentence),
                });
            }
        }
    }

    /// Pretty JSON, one key per line, ending with a newline: diffs stay readable.
    pub fn to_json(&self) -> String {
        let mut out = serde_json::to_string_pretty(self).unwrap_or_else(|_| "{}".to_string());
        out.push('\n');
        out
    }
}

/// Matches evidence against a baseline during one run, remembering which entries matched.
#[derive(Debug)]
pub struct BaselineMatcher<'a> {
    baseline: &'a Baseline,
    used: Vec<bool>,
    /// (claim, document, fingerprint) → the entries with them (more than one only in a
    /// hand-edited file): a lookup per conflict, where a scan of every entry made a run with a
    /// large baseline quadratic (166,000 conflicts against as many entries).
    index: HashMap<(&'a str, &'a str, &'a str), Vec<usize>>,
}

impl<'a> BaselineMatcher<'a> {
    pub fn new(baseline: &'a Baseline) -> Self {
        let mut index: HashMap<_, Vec<usize>> = HashMap::new();
        for (i, entry) in baseline.entries.iter().enumerate() {
            let key = (&*entry.claim, &*entry.document, &*entry.fingerprint);
            index.entry(key).or_default().push(i);
        }
        BaselineMatcher {
            baseline,
            used: vec![false; baseline.entries.len()],
            index,
        }
    }

    /// Accepts a conflict when an entry has the same claim, document and fingerprint.
    pub fn accept(&mut self, claim: &str, document: &str, fingerprint: &str) -> Option<Acceptance> {
        let entries = self.index.get(&(claim, document, fingerprint))?;
        for &i in entries {
            if let Some(used) = self.used.get_mut(i) {
                *used = true;
            }
        }
        Some(Acceptance {
            by: AcceptedBy::Baseline,
            reason: None,
        })
    }

    /// The entries that matched nothing and should have: see the module documentation.
    pub fn stale(&self, report: &Report) -> Vec<BaselineEntry> {
        let checked: BTreeSet<&str> = report.documents.iter().map(|d| &*d.path).collect();
        let claims: BTreeSet<&str> = report.claims.iter().map(|c| &*c.id).collect();
        self.baseline
            .entries
            .iter()
            .zip(&self.used)
            .filter(|(entry, used)| {
                !**used
                    && (!claims.contains(&*entry.claim)
                        || checked.contains(&*entry.document)
                        || !Path::new(&entry.document).exists())
            })
            .map(|(entry, _)| entry.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(claim: &str, document: &str, fingerprint: &str) -> BaselineEntry {
        BaselineEntry {
            claim: claim.into(),
            document: document.into(),
            fingerprint: fingerprint.into(),
            value: String::new(),
            sentence: String::new(),
        }
    }

    #[test]
    fn entries_match_on_claim_document_and_fingerprint() {
        let baseline = Baseline {
            version: 1,
            entries: vec![entry("drone-count", "a.md", "ab")],
        };
        let mut matcher = BaselineMatcher::new(&baseline);
        assert!(matcher.accept("drone-count", "a.md", "ac").is_none());
        assert!(matcher.accept("drone-count", "b.md", "ab").is_none());
        let accepted = matcher.accept("drone-count", "a.md", "ab").unwrap();
        assert_eq!(accepted.by, AcceptedBy::Baseline);
    }

    #[test]
    fn files_round_trip_and_bad_ones_are_errors() {
        let baseline = Baseline {
            version: 1,
            entries: vec![entry("drone-count", "a.md", "ab")],
        };
        let path = Path::new("b.json");
        assert_eq!(
            Baseline::parse(path, &baseline.to_json()).unwrap(),
            baseline
        );
        let future = r#"{"version": 2, "entries": []}"#;
        assert!(
            Baseline::parse(path, future)
                .unwrap_err()
                .to_string()
                .contains("version 2")
        );
        let typo = r#"{"version": 1, "entries": [], "extra": 1}"#;
        assert!(Baseline::parse(path, typo).is_err());
    }

    /// A report that set its conflicts aside on disk gives the baseline of one that kept
    /// everything in memory.
    #[test]
    fn conflicts_set_aside_give_the_same_baseline() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let claims = crate::claims::Claims::load(&root.join("claims.toml")).unwrap();
        let baseline = |keep: crate::report::Keep| {
            let options = crate::CheckOptions {
                keep,
                ..Default::default()
            };
            let report =
                crate::check_with(&claims, &[root.join("corpus")], options, &mut |_| {}).unwrap();
            (report.spilled(), Baseline::from_report(&report).unwrap())
        };
        let (in_memory, all) = baseline(crate::report::Keep::All);
        let (set_aside, conflicts) = baseline(crate::report::Keep::Conflicts);
        assert_eq!(in_memory, 0);
        assert_eq!(
            set_aside, 1,
            "the example corpus's conflict is set aside (its outdated results are not)"
        );
        assert_eq!(conflicts.to_json(), all.to_json());
        assert_eq!(all.entries.len(), 1);
    }
}
