//! The statements of a corpus, tallied by subject in bounded memory.
//!
//! Documents are added in path order, so what is kept when a cap is reached (the first
//! documents' paths and sentences) is the same for any number of threads. Each subject keeps
//! at most [`MAX_FORMS`] written forms, [`MAX_VALUES`] values, and per value
//! [`MAX_DOCUMENTS`] documents and [`MAX_EVIDENCE`] sentences; at most `cap` subjects are
//! kept, and the statements of further subjects are only counted.

use super::statement::{Positions, Statement, one_line};
use super::{Evidence, Kind, MAX_DOCUMENTS, MAX_EVIDENCE, SubjectKey, Value};
use crate::corpus::Document;
use crate::time::Period;
use std::collections::HashMap;

/// Written forms kept per subject (for the aliases of a drafted claim).
pub const MAX_FORMS: usize = 8;
/// Distinct values kept per subject: a subject with more is no single fact.
pub const MAX_VALUES: usize = 16;
/// Headline names kept per subject.
const MAX_NAMES: usize = 4;

/// One value of one subject.
#[derive(Debug, Clone)]
pub struct ValueTally {
    pub value: Value,
    pub written: String,
    pub found: String,
    /// Indices into [`Tally::paths`], ascending, at most [`MAX_DOCUMENTS`].
    pub documents: Vec<u32>,
    pub document_count: usize,
    pub evidence: Vec<Evidence>,
    /// The last document that stated it, listed or not.
    last: Option<u32>,
    /// The latest date of a dated document that stated it.
    pub latest: Option<Period>,
}

/// What the documents state of one subject.
#[derive(Debug, Clone, Default)]
pub struct SubjectTally {
    /// (form as written, statements), in the order first seen.
    pub forms: Vec<(String, usize)>,
    pub values: Vec<ValueTally>,
    pub headline_names: Vec<String>,
}

#[derive(Debug)]
pub struct Tally {
    /// Hashed, not sorted: a lookup per statement on one thread; the groups sort the keys.
    pub subjects: HashMap<SubjectKey, SubjectTally>,
    /// The paths of the documents that made a statement, in path order.
    pub paths: Vec<String>,
    pub statements: usize,
    pub over_cap: usize,
    pub cap: usize,
    kinds: Vec<Kind>,
}

impl Tally {
    pub fn new(cap: usize, kinds: &[Kind]) -> Tally {
        Tally {
            subjects: HashMap::new(),
            paths: Vec::new(),
            statements: 0,
            over_cap: 0,
            cap,
            kinds: kinds.to_vec(),
        }
    }

    /// Adds one document's statements, and its date when it has one; documents come in path
    /// order.
    pub fn add(&mut self, document: &Document, date: Option<Period>, statements: Vec<Statement>) {
        let statements: Vec<Statement> = statements
            .into_iter()
            .filter(|s| self.kinds.is_empty() || self.kinds.contains(&s.key.kind))
            .collect();
        if statements.is_empty() {
            return;
        }
        let Ok(index) = u32::try_from(self.paths.len()) else {
            self.over_cap += statements.len();
            return;
        };
        self.paths.push(document.path.clone());
        let mut positions = Positions::new(document);
        for s in statements {
            self.statements += 1;
            let full = self.subjects.len() >= self.cap;
            let subject = match self.subjects.get_mut(&s.key) {
                Some(subject) => subject,
                None if full => {
                    self.over_cap += 1;
                    continue;
                }
                None => self.subjects.entry(s.key.clone()).or_default(),
            };
            subject.add(index, &mut positions, date, s);
        }
    }
}

impl SubjectTally {
    fn add(
        &mut self,
        document: u32,
        positions: &mut Positions,
        date: Option<Period>,
        s: Statement,
    ) {
        let text = positions.text();
        match self.forms.iter().position(|(f, _)| *f == s.form) {
            Some(i) => self.forms[i].1 += 1,
            None if self.forms.len() < MAX_FORMS => self.forms.push((s.form.clone(), 1)),
            None => {}
        }
        for name in s.headline_names {
            if self.headline_names.len() < MAX_NAMES && !self.headline_names.contains(&name) {
                self.headline_names.push(name);
            }
        }
        let value = match self.values.iter_mut().position(|v| v.value.same(&s.value)) {
            Some(i) => &mut self.values[i],
            None if self.values.len() < MAX_VALUES => {
                self.values.push(ValueTally {
                    value: s.value.clone(),
                    written: one_line(s.written.slice(text)),
                    found: one_line(s.found.slice(text)),
                    documents: Vec::new(),
                    document_count: 0,
                    evidence: Vec::new(),
                    last: None,
                    latest: None,
                });
                let last = self.values.len() - 1;
                &mut self.values[last]
            }
            None => return,
        };
        value.latest = value.latest.max(date);
        if value.last == Some(document) {
            return;
        }
        value.last = Some(document);
        value.document_count += 1;
        if value.documents.len() < MAX_DOCUMENTS {
            value.documents.push(document);
        }
        if value.evidence.len() < MAX_EVIDENCE {
            let at = positions.line_col(s.written.start);
            value.evidence.push(Evidence {
                path: positions.path().to_string(),
                line: at.line,
                column: at.column,
                sentence: one_line(s.sentence.slice(text)),
                found: one_line(s.found.slice(text)),
            });
        }
    }
}
