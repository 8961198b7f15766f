//! Discover: the disagreements of a corpus found without a claims file, and a claims file
//! drafted from them (`crosscheck discover`, `crosscheck suggest`).
//!
//! Each document is read once, on the rayon pool as `check` reads it (`statement.rs`): every
//! value is bound to the noun phrase it quantifies with the clause reading and the attachment
//! `check` uses, and every person's name is read as a given name and a surname (`names.rs`).
//! The statements are added in path order to a [`tally`](Discovery) keyed by the subject's
//! normal form (`phrase/`: case, plural, hyphen and space, a head noun and its modifiers),
//! which keeps a bounded number of values, documents and sentences per subject and at most
//! [`DiscoverOptions::max_subjects`] subjects: memory follows the distinct subjects, never the
//! corpus. Subjects are then joined into groups (`group.rs`: "Predator armed drones" meets
//! "armed drones"; a surname meets its near misses), and a group whose values' intervals do
//! not overlap is a disagreement, ranked so that what an editor most needs comes first
//! (`rank.rs`). `draft.rs` writes the claims file; `render.rs` the four output formats.

pub mod draft;
pub mod facts;
mod group;
mod label;
mod name_words;
mod names;
mod phrase;
mod rank;
pub mod render;
mod statement;
mod tally;

use crate::claims::ClaimKind;
use crate::corpus::{self, FileProblem};
use crate::quantity::{Quantity, QuantityKind};
use crate::segment::RuleSegmenter;
use crate::subject::name::reading_of_names::{near_miss, same_given};
use crate::verdict::compare;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use tally::Tally;

/// What a statement states: a quantity of one kind, or a person's name. The claims file's
/// [`ClaimKind`], flattened so that it serialises as the one word the JSON contract and
/// `--kind` use; its names are `ClaimKind`'s, so a drafted claim's `kind` always loads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Count,
    Money,
    Ordinal,
    Percent,
    Year,
    Date,
    Measure,
    Name,
}

impl Kind {
    pub const ALL: [Kind; 8] = [
        Kind::Count,
        Kind::Money,
        Kind::Ordinal,
        Kind::Percent,
        Kind::Year,
        Kind::Date,
        Kind::Measure,
        Kind::Name,
    ];

    /// The name the claims file and the outputs give the kind.
    pub fn as_str(self) -> &'static str {
        ClaimKind::from(self).as_str()
    }
}

impl From<Kind> for ClaimKind {
    fn from(kind: Kind) -> ClaimKind {
        let quantity = match kind {
            Kind::Count => QuantityKind::Count,
            Kind::Money => QuantityKind::Money,
            Kind::Ordinal => QuantityKind::Ordinal,
            Kind::Percent => QuantityKind::Percent,
            Kind::Year => QuantityKind::Year,
            Kind::Date => QuantityKind::Date,
            Kind::Measure => QuantityKind::Measure,
            Kind::Name => return ClaimKind::Name,
        };
        ClaimKind::Quantity(quantity)
    }
}

impl From<QuantityKind> for Kind {
    fn from(kind: QuantityKind) -> Kind {
        match kind {
            QuantityKind::Count => Kind::Count,
            QuantityKind::Money => Kind::Money,
            QuantityKind::Ordinal => Kind::Ordinal,
            QuantityKind::Percent => Kind::Percent,
            QuantityKind::Year => Kind::Year,
            QuantityKind::Date => Kind::Date,
            QuantityKind::Measure => Kind::Measure,
        }
    }
}

/// A subject's normal form: what statements are tallied by.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SubjectKey {
    pub kind: Kind,
    /// The head noun, singular ("drone"); for a person, the folded surname.
    pub head: String,
    /// The modifiers' normal forms, sorted ("armed", "predator").
    pub modifiers: Vec<String>,
}

/// A value as compared: the extractor's quantity, or a name's folded given name and surname.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Quantity(Quantity),
    Name { given: String, surname: String },
}

impl Value {
    /// The same value, written perhaps otherwise ("over $3 billion", "more than $3 billion"):
    /// one line of the output.
    pub(crate) fn same(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Quantity(a), Value::Quantity(b)) => {
                a.kind == b.kind && a.interval == b.interval && a.unit == b.unit && a.date == b.date
            }
            (a, b) => a == b,
        }
    }

    /// The two cannot both be right: intervals that do not overlap (in one currency), or a
    /// name whose given name or surname is a near miss of the other's, as `check` reads a
    /// misspelt name. Another given name altogether ("Jill" and "Joe" Biden) is another
    /// person, not a disagreement.
    fn disagrees(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Quantity(a), Value::Quantity(b)) => {
                compare::agrees(a, None, b) == Some(false)
                    && compare::agrees(b, None, a) == Some(false)
            }
            (
                Value::Name { given, surname },
                Value::Name {
                    given: g2,
                    surname: s2,
                },
            ) => {
                let same_given_name = same_given(given, g2) || same_given(g2, given);
                // "Liberal Democrat" and "Liberal Democrats": a plural is a body, not a person
                // misspelt.
                let plural = |a: &str, b: &str| a.strip_suffix('s') == Some(b);
                if surname == s2 {
                    !same_given_name && near_miss(given, g2, 4)
                } else {
                    same_given_name
                        && near_miss(surname, s2, 4)
                        && !plural(surname, s2)
                        && !plural(s2, surname)
                }
            }
            _ => false,
        }
    }
}

/// Where a value is stated: the `evidence` of the JSON contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub sentence: String,
    pub found: String,
}

/// One value of a group, with the documents that state it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupValue {
    /// As the first document writes it ("31", "fifth", "Anthony Blinken").
    pub value: String,
    /// The value with its subject ("31 armed drones").
    pub found: String,
    /// The documents stating it, in path order (at most [`MAX_DOCUMENTS`]).
    pub documents: Vec<String>,
    /// At most [`MAX_EVIDENCE`] sentences, one per document.
    pub evidence: Vec<Evidence>,
    /// How many documents state it, listed or not.
    #[serde(skip)]
    pub document_count: usize,
    /// The latest date of a dated document stating it (front matter, HTML meta, a dateline,
    /// the file name), as `check` dates documents.
    #[serde(skip)]
    pub latest: Option<crate::time::Period>,
    #[serde(skip)]
    pub(crate) compared: Option<Value>,
}

/// Statements of one subject across documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// The subject as most documents write it ("armed drones", "Blinken").
    pub subject: String,
    pub kind: Kind,
    /// Most documents first.
    pub values: Vec<GroupValue>,
    /// Every form of the subject seen (at most a few per subject), most frequent first.
    #[serde(skip)]
    pub forms: Vec<String>,
    /// Words of the subject that a stating document's headline names ("2+2"): the entity.
    #[serde(skip)]
    pub about: Vec<String>,
    /// How many documents state a value of the subject.
    #[serde(skip)]
    pub documents: usize,
    /// Some two of its values cannot both be right.
    #[serde(skip)]
    pub disagrees: bool,
}

/// Counts of a run.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub documents: usize,
    pub statements: usize,
    /// Distinct subjects tallied.
    pub subjects: usize,
    /// Groups of subjects stated in at least `min_documents` documents.
    pub groups: usize,
    pub min_documents: usize,
    pub disagreements: usize,
    /// The most subjects tallied; statements of further subjects are not.
    pub subject_cap: usize,
    /// Statements left out because the cap was reached.
    pub statements_over_cap: usize,
}

/// The result of a run: every group stated in enough documents, ranked, disagreements first.
#[derive(Debug, Clone, Default)]
pub struct Discovery {
    pub groups: Vec<Group>,
    pub summary: Summary,
    pub problems: Vec<FileProblem>,
}

impl Discovery {
    /// The groups whose values disagree, in rank order.
    pub fn disagreements(&self) -> impl Iterator<Item = &Group> {
        self.groups.iter().filter(|g| g.disagrees)
    }
}

/// How many documents each value lists by path; more are only counted.
pub const MAX_DOCUMENTS: usize = 1000;
/// How many sentences each value keeps as evidence.
pub const MAX_EVIDENCE: usize = 3;
/// The default [`DiscoverOptions::max_subjects`]: about 100 MB of tally at most.
pub const DEFAULT_MAX_SUBJECTS: usize = 200_000;

/// What a run reads and keeps.
#[derive(Debug, Clone)]
pub struct DiscoverOptions {
    pub walk: corpus::WalkOptions,
    /// A group counts when stated in at least this many documents.
    pub min_documents: usize,
    /// Only these kinds (all when empty).
    pub kinds: Vec<Kind>,
    /// The most distinct subjects tallied (memory is bounded by it).
    pub max_subjects: usize,
    /// How documents are read (the front matter keys that are prose).
    pub read: crate::reader::ReadOptions,
}

impl Default for DiscoverOptions {
    fn default() -> Self {
        DiscoverOptions {
            walk: corpus::WalkOptions::default(),
            min_documents: 2,
            kinds: Vec::new(),
            max_subjects: DEFAULT_MAX_SUBJECTS,
            read: crate::reader::ReadOptions::default(),
        }
    }
}

/// One document read: its text, date and statements, or the problem that stopped it, and a
/// warning.
type Read = (
    Option<(
        corpus::Document,
        Option<crate::time::Period>,
        Vec<statement::Statement>,
    )>,
    Vec<FileProblem>,
);

/// How many documents are read at once on the pool before their statements are tallied in
/// path order (as `check` batches them).
const BATCH: usize = 256;

/// Reads every document under `paths` once and returns the groups of statements, ranked.
/// Files that cannot be read are in [`Discovery::problems`]; the run goes on.
pub fn discover(paths: &[PathBuf], options: &DiscoverOptions) -> Discovery {
    let list = corpus::list_files(paths, &options.walk);
    let mut problems = list.problems;
    let mut tally = Tally::new(options.max_subjects, &options.kinds);
    let segmenter = RuleSegmenter::default();
    let mut documents = 0;
    // The tally of one batch runs while the pool reads the next: the tally is one thread's
    // work, and the pool would otherwise wait for it.
    let read_batch = |batch: &[PathBuf]| -> Vec<Read> {
        batch
            .par_iter()
            .map(|path| {
                match corpus::read_document(path, options.walk.max_filesize, &options.read) {
                    Ok((document, warnings)) => {
                        let statements = statement::statements(&document, &segmenter);
                        let date = date_of(&document);
                        (Some((document, date, statements)), warnings)
                    }
                    Err(problem) => (None, vec![problem]),
                }
            })
            .collect()
    };
    let mut batches = list.files.chunks(BATCH);
    let mut pending: Vec<Read> = batches.next().map(&read_batch).unwrap_or_default();
    loop {
        let next = batches.next();
        let done = std::mem::take(&mut pending);
        let ((), read) = rayon::join(
            || {
                for (read, problem) in done {
                    problems.extend(problem);
                    if let Some((document, date, statements)) = read {
                        tally.add(&document, date, statements);
                        documents += 1;
                    }
                }
            },
            || next.map(&read_batch),
        );
        match read {
            Some(read) => pending = read,
            None => break,
        }
    }
    let (groups, mut summary) = group::groups(tally, options.min_documents);
    summary.documents = documents;
    summary.min_documents = options.min_documents;
    let groups = rank::ranked(groups);
    summary.groups = groups.len();
    summary.disagreements = groups.iter().filter(|g| g.disagrees).count();
    Discovery {
        groups,
        summary,
        problems,
    }
}

/// A document's date as `check` finds it without a dates file: its metadata, a dateline in
/// its first lines, or its file name.
fn date_of(document: &corpus::Document) -> Option<crate::time::Period> {
    let metadata = document
        .metadata
        .date
        .as_ref()
        .and_then(|d| crate::time::metadata_date(&document.path, &d.value));
    crate::time::date_document(&document.path, &document.text, None, metadata).map(|d| d.period)
}

#[cfg(test)]
mod tests;
