//! Subjects joined into groups, and whether a group's values disagree.
//!
//! Tallied subjects of one kind and head noun meet when the modifiers of one are a subset of
//! the other's ("armed drones" and "Predator armed drones"), both having some: a bare head
//! ("31 drones") meets only bare heads, since "drones" alone may be any drones. A surname
//! meets its near misses of seven letters or more ("Blinkin", "Blinken"), as the name scan
//! finds a lone misspelt surname. Joining is by union-find over the subjects, each linked to
//! its subsets by looking them up (at most 31 for five modifiers), so the work follows the
//! number of subjects, not its square.

use super::tally::{SubjectTally, Tally, ValueTally};
use super::{Group, GroupValue, Kind, MAX_DOCUMENTS, MAX_EVIDENCE, SubjectKey, Summary};
use crate::subject::name::reading_of_names::near_miss;
use std::collections::{BTreeMap, HashMap};

/// Surnames shorter than this are never joined to a near miss on their own ("Austen" and
/// "Austin" are two people), as in the name scan.
const LONE_SURNAME_MIN: usize = 7;

/// Every group stated in at least `min_documents` documents, unranked, and the counts.
pub fn groups(tally: Tally, min_documents: usize) -> (Vec<Group>, Summary) {
    let summary = Summary {
        statements: tally.statements,
        subjects: tally.subjects.len(),
        subject_cap: tally.cap,
        statements_over_cap: tally.over_cap,
        ..Summary::default()
    };
    let Tally {
        subjects, paths, ..
    } = tally;
    let mut subjects: Vec<(SubjectKey, SubjectTally)> = subjects.into_iter().collect();
    subjects.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let (keys, tallies): (Vec<SubjectKey>, Vec<SubjectTally>) = subjects.into_iter().unzip();
    let mut sets = Sets::new(keys.len());
    link_subsets(&keys, &mut sets);
    link_near_surnames(&keys, &mut sets);
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..keys.len() {
        members.entry(sets.root(i)).or_default().push(i);
    }
    let mut tallies: Vec<Option<SubjectTally>> = tallies.into_iter().map(Some).collect();
    let groups = members
        .values()
        .filter_map(|m| {
            let kind = keys.get(*m.first()?)?.kind;
            let parts: Vec<SubjectTally> = m
                .iter()
                .filter_map(|&i| tallies.get_mut(i)?.take())
                .collect();
            let group = merge(kind, parts, &paths);
            (group.documents >= min_documents).then_some(group)
        })
        .collect();
    (groups, summary)
}

/// Union-find over subject indices.
struct Sets {
    parent: Vec<usize>,
}

impl Sets {
    fn new(n: usize) -> Sets {
        Sets {
            parent: (0..n).collect(),
        }
    }

    fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Joins two sets; the smaller index is the root, so groups do not depend on the order
    /// of the links.
    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        let (low, high) = (a.min(b), a.max(b));
        self.parent[high] = low;
    }
}

/// Links each subject to the tallied subjects whose modifiers are a non-empty proper subset
/// of its own, of the same kind and head.
fn link_subsets(keys: &[SubjectKey], sets: &mut Sets) {
    let index: HashMap<&SubjectKey, usize> = keys.iter().enumerate().map(|(i, k)| (k, i)).collect();
    for (i, key) in keys.iter().enumerate() {
        let n = key.modifiers.len();
        if !(2..=5).contains(&n) {
            continue;
        }
        for mask in 1..(1u32 << n) - 1 {
            let modifiers: Vec<String> = (0..n)
                .filter(|b| mask & (1 << b) != 0)
                .filter_map(|b| key.modifiers.get(b).cloned())
                .collect();
            let subset = SubjectKey {
                kind: key.kind,
                head: key.head.clone(),
                modifiers,
            };
            if let Some(&j) = index.get(&subset) {
                sets.join(i, j);
            }
        }
    }
}

/// Links surnames that are near misses of each other, compared only with those of the same
/// initial and nearly the same length.
fn link_near_surnames(keys: &[SubjectKey], sets: &mut Sets) {
    let mut buckets: BTreeMap<(char, usize), Vec<usize>> = BTreeMap::new();
    for (i, key) in keys.iter().enumerate() {
        let len = key.head.chars().count();
        if key.kind == Kind::Name
            && len >= LONE_SURNAME_MIN
            && let Some(first) = key.head.chars().next()
        {
            buckets.entry((first, len)).or_default().push(i);
        }
    }
    for (&(first, len), names) in &buckets {
        for other_len in len..=len + 2 {
            let Some(others) = buckets.get(&(first, other_len)) else {
                continue;
            };
            for &a in names {
                for &b in others {
                    if a < b || other_len > len {
                        let (ka, kb) = (&keys[a].head, &keys[b].head);
                        if ka != kb && near_miss(ka, kb, LONE_SURNAME_MIN) {
                            sets.join(a, b);
                        }
                    }
                }
            }
        }
    }
}

/// One group from the tallies of its subjects.
fn merge(kind: Kind, parts: Vec<SubjectTally>, paths: &[String]) -> Group {
    let mut forms: Vec<(String, usize)> = Vec::new();
    let mut about: Vec<String> = Vec::new();
    let mut values: Vec<ValueTally> = Vec::new();
    for part in parts {
        for (form, n) in part.forms {
            match forms.iter_mut().find(|(f, _)| *f == form) {
                Some((_, m)) => *m += n,
                None => forms.push((form, n)),
            }
        }
        for name in part.headline_names {
            if !about.contains(&name) {
                about.push(name);
            }
        }
        for v in part.values {
            match values.iter_mut().find(|w| w.value.same(&v.value)) {
                Some(w) => {
                    w.documents.extend(&v.documents);
                    w.documents.sort_unstable();
                    w.documents.dedup();
                    w.documents.truncate(MAX_DOCUMENTS);
                    w.document_count = w
                        .document_count
                        .max(v.document_count)
                        .max(w.documents.len());
                    w.evidence.extend(v.evidence);
                    w.evidence.sort_by(|a, b| {
                        (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column))
                    });
                    w.evidence.dedup_by(|a, b| a.path == b.path);
                    w.evidence.truncate(MAX_EVIDENCE);
                    w.latest = w.latest.max(v.latest);
                }
                None => values.push(v),
            }
        }
    }
    // Most frequent form first; of equals, the shorter (the plainer) first.
    forms.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then(a.0.len().cmp(&b.0.len()))
            .then(a.0.cmp(&b.0))
    });
    let disagrees = values
        .iter()
        .any(|a| values.iter().any(|b| a.value.disagrees(&b.value)));
    if kind == Kind::Name && disagrees {
        // Only the spellings of one person: another given name is another person.
        let related: Vec<bool> = values
            .iter()
            .map(|a| values.iter().any(|b| a.value.disagrees(&b.value)))
            .collect();
        let mut keep = related.into_iter();
        values.retain(|_| keep.next().unwrap_or(false));
    }
    let mut all_documents: Vec<u32> = values
        .iter()
        .flat_map(|v| v.documents.iter().copied())
        .collect();
    all_documents.sort_unstable();
    all_documents.dedup();
    let documents = all_documents
        .len()
        .max(values.iter().map(|v| v.document_count).max().unwrap_or(0));
    values.sort_by(|a, b| {
        b.document_count
            .cmp(&a.document_count)
            .then(a.documents.first().cmp(&b.documents.first()))
    });
    let subject = match kind {
        Kind::Name => values
            .first()
            .and_then(|v| v.written.split_whitespace().last())
            .map(str::to_string),
        _ => None,
    }
    .or_else(|| forms.first().map(|(f, _)| f.clone()))
    .unwrap_or_default();
    Group {
        subject,
        kind,
        values: values
            .into_iter()
            .map(|v| GroupValue {
                value: v.written,
                found: v.found,
                documents: v
                    .documents
                    .iter()
                    .filter_map(|&d| paths.get(d as usize).cloned())
                    .collect(),
                evidence: v.evidence,
                document_count: v.document_count,
                latest: v.latest,
                compared: Some(v.value),
            })
            .collect(),
        forms: forms.into_iter().map(|(f, _)| f).collect(),
        about,
        documents,
        disagrees,
    }
}
