//! Verdicts: for each claim and document, whether the document supports, contradicts or merely
//! mentions the claim, with the evidence.
//!
//! One [`Checker`] is built per run and checks each document in one pass: every alias of every
//! claim is found at once, sentences are read only where a subject occurs, and each such
//! sentence's quantities are extracted once, whatever the number of claims that share it.

mod about;
/// Shared with `discover`, which binds each value to the noun phrase it quantifies as `check`
/// binds it to a claim's subject.
pub(crate) mod attach;
mod carried;
mod changed_range;
pub mod compare;
mod counted_whole;
mod dateline;
mod evidence;
mod finding;
mod other_action;
mod other_holder;
mod other_measure;
mod other_time;
mod reported;
mod specific;
mod stated_change;
mod statement_verbs;

use crate::claims::{Claim, ClaimKind, Expected};
use crate::clause::Reading;
use crate::entity::{Entity, Hits, adjective_forms};
use crate::quantity::{self, Quantity, QuantityKind};
use crate::segment::{RuleSegmenter, Segmenter};
use crate::span::Span;
use crate::subject::{NameMatcher, NameReading, SubjectError, SubjectMatcher};
use crate::time::{Period, relative_times};
use about::{About, Admit, SentenceScope};
use evidence::Site;
use finding::note_mention;
pub use finding::{Assertion, Evidence, Finding, Verdict};
use stated_change::{StatedChange, stated_change};
use std::collections::BTreeMap;

/// Checks documents against a fixed set of claims.
pub struct Checker {
    claims: Vec<Claim>,
    subjects: SubjectMatcher,
    /// One word of every claim's aliases, for a file's text before it is read.
    names: NameMatcher,
    segmenter: Box<dyn Segmenter>,
    /// `entities[i]`: claim `i`'s `about` entity, if it has one.
    entities: Vec<Option<Entity>>,
    /// `of_change[i]`: claim `i`'s statement states its value as a change ("Revenue rose
    /// 262%"), so a change in a sentence ("a 262% jump in revenue") is evidence for it, unless
    /// it is measured over another period than the statement's.
    of_change: Vec<Option<StatedChange>>,
    /// `other_measures[i]`: the qualifiers that name another measure than claim `i`'s
    /// statement states ("gaap" for "Adjusted (non-GAAP) earnings per share"); an occurrence
    /// of its subject right after one is a mention, never evidence.
    other_measures: Vec<Vec<&'static str>>,
    /// `counted_wholes[i]`: the count claim `i`'s statement gives the whole its value is
    /// about ("the whole 470-aircraft order is worth $70 billion"), if it gives one.
    counted_wholes: Vec<Option<f64>>,
    /// `statement_verbs[i]`: what claim `i`'s statement says with its own verbs, to read a
    /// sentence that goes on about its subject named in the sentence before ("It will be paid
    /// out on June 28") and a report of what its subject says.
    statement_verbs: Vec<Option<statement_verbs::StatementVerbs>>,
}

impl Checker {
    /// Builds the matchers for all claims at once; fails only when the aliases are too many
    /// or too long for one automaton.
    pub fn new(claims: &[Claim]) -> Result<Self, SubjectError> {
        // One automaton for the subjects and the entities: claim `i`'s subject is pattern group
        // `i`, its `about` aliases group `n + 2i`, its `not_about` aliases group `n + 2i + 1`.
        let aliases: Vec<Vec<String>> = claims
            .iter()
            .map(|c| c.subject.clone())
            .chain(claims.iter().flat_map(|c| match &c.about {
                Some(about) => [&about.aliases, &about.not_about].map(|aliases| {
                    let derived = aliases.iter().filter_map(|a| adjective_forms(a));
                    aliases.iter().cloned().chain(derived).collect()
                }),
                None => [Vec::new(), Vec::new()],
            }))
            .collect();
        let names: Vec<(usize, &str, &[String])> = claims
            .iter()
            .enumerate()
            .filter_map(|(i, c)| match &c.expected {
                Expected::Name(name) => Some((i, name.as_str(), c.subject.as_slice())),
                Expected::Quantity(_) => None,
            })
            .collect();
        Ok(Checker {
            claims: claims.to_vec(),
            subjects: SubjectMatcher::new(&aliases)?,
            names: NameMatcher::with_subjects(&names),
            segmenter: Box::new(RuleSegmenter::default()),
            entities: claims
                .iter()
                .map(|c| c.about.as_ref().map(Entity::new))
                .collect(),
            of_change: claims.iter().map(stated_change).collect(),
            other_measures: claims
                .iter()
                .map(|c| other_measure::other_measures(c.statement.as_deref()))
                .collect(),
            counted_wholes: claims.iter().map(counted_whole::counted_whole).collect(),
            statement_verbs: claims
                .iter()
                .map(statement_verbs::statement_verbs)
                .collect(),
        })
    }

    /// False only when no claim's subject, and no claimed person, can occur in the prose of a
    /// file whose text is `source`, when the reader says its words are intact
    /// ([`crate::reader::screenable`]): [`Checker::findings`] would then find nothing.
    pub fn may_find(&self, source: &str) -> bool {
        self.subjects.screen().may_occur(source) || self.names.may_name_in(source)
    }

    /// Whether a claim holds from a date (`as_of`): its documents need dating.
    pub fn has_as_of(&self) -> bool {
        self.claims.iter().any(|c| c.as_of.is_some())
    }

    /// One finding per claim, in the order of the claims given to [`Checker::new`].
    pub fn check(&self, text: &str) -> Vec<Finding> {
        self.check_dated(text, None)
    }

    /// [`Checker::check`] for a document written in `date` (see [`Checker::findings_dated`]).
    pub fn check_dated(&self, text: &str, date: Option<Period>) -> Vec<Finding> {
        let mut dense: Vec<Finding> = self.claims.iter().map(|_| Finding::absent()).collect();
        for (claim, finding) in self.findings_dated(text, date) {
            if let Some(slot) = dense.get_mut(claim) {
                *slot = finding;
            }
        }
        dense
    }

    /// The findings of the claims whose subject occurs in `text`, as `(claim index, finding)`
    /// sorted by claim index; every other claim is absent. The cost follows the hits, not the
    /// number of claims: with 10,000 claims a document touches a handful, and building 10,000
    /// absent findings per document would dominate the run.
    pub fn findings(&self, text: &str) -> Vec<(usize, Finding)> {
        self.findings_dated(text, None)
    }

    /// [`Checker::findings`] for a document written in `date` (`None`: undated, judged as
    /// today): a disagreeing value of a claim with `as_of` is outdated when the document or its
    /// sentence predates the claim.
    pub fn findings_dated(&self, text: &str, date: Option<Period>) -> Vec<(usize, Finding)> {
        let n = self.claims.len();
        let (hits, entity_hits): (Vec<_>, Vec<_>) = self
            .subjects
            .find(text)
            .into_iter()
            .partition(|h| h.claim < n);
        let hits = specific::most_specific(text, hits);
        let name_hits = self.names.find(text);
        if hits.is_empty() && name_hits.is_empty() {
            return Vec::new();
        }
        let mut findings: BTreeMap<usize, Finding> = BTreeMap::new();
        // Each claim's entity occurrences (`about`, then `not_about`), in document order.
        let mut entity_spans: BTreeMap<usize, [Vec<Span>; 2]> = BTreeMap::new();
        for hit in &entity_hits {
            let group = hit.claim - n;
            entity_spans.entry(group / 2).or_default()[group % 2].push(hit.span);
        }
        let headline = std::cell::OnceCell::new();
        let about = |claim: usize| -> Option<About> {
            let entity = self.entities.get(claim)?.as_ref()?;
            let spans = entity_spans.get(&claim);
            Some(About {
                entity,
                hits: Hits {
                    own: spans.map_or(&[][..], |s| &s[0]),
                    other: spans.map_or(&[][..], |s| &s[1]),
                },
                headline: *headline.get_or_init(|| crate::entity::headline(text)),
            })
        };
        // Sentences only where a subject occurs: the paragraphs around the hits.
        let at: Vec<usize> = hits
            .iter()
            .map(|h| h.span.start)
            .chain(name_hits.iter().map(|h| h.span.start))
            .collect();
        let sentences = self.segmenter.sentences_around(text, &at);
        let sentence_of = |at: usize| {
            let i = sentences.partition_point(|s| s.end <= at);
            sentences.get(i).filter(|s| s.start <= at).map(|_| i)
        };

        // Subject occurrences grouped by (sentence, claim), each group in document order (a
        // stable sort of hits that come in document order; one vector, not one per group).
        let mut placed: Vec<(usize, usize, Span)> = Vec::with_capacity(hits.len());
        for hit in &hits {
            note_mention(findings.entry(hit.claim).or_default(), hit.span);
            let others = self
                .other_measures
                .get(hit.claim)
                .map_or(&[][..], Vec::as_slice);
            if other_measure::names_other_measure(text, hit.span, others) {
                continue;
            }
            if let Some(s) = sentence_of(hit.span.start) {
                placed.push((s, hit.claim, hit.span));
            }
        }
        placed.sort_by_key(|&(s, claim, _)| (s, claim));
        let mut subjects: Vec<Span> = Vec::new();
        // Groups come sentence by sentence, so only the current sentence's values are kept: a
        // document's memory does not grow with the values of all its sentences.
        // The sentence's values and their reading, made once for all the claims that share it.
        // Two readings: without and with the relative times ("last year") that only the claims
        // whose value is a year or a date read, so that the others read the sentence as always.
        let mut read: [Option<(usize, Vec<Quantity>, Reading)>; 2] = [None, None];
        for group in placed.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
            let Some((s, claim, _)) = group.first() else {
                continue;
            };
            subjects.clear();
            subjects.extend(group.iter().map(|&(_, _, span)| span));
            let about = about(*claim);
            let scope = about
                .as_ref()
                .map(|a| SentenceScope::new(a, text, sentences[*s], &subjects));
            let site = Site {
                text,
                sentence: sentences[*s],
                subjects: &subjects,
                date,
            };
            let timed = is_timed(&self.claims, *claim, date);
            let read = &mut read[usize::from(timed)];
            let Some(evidence) = self.evidence(site, *claim, scope, || {
                if read.as_ref().is_none_or(|r| r.0 != *s) {
                    let (values, reading) = read_sentence(text, sentences[*s], date, timed);
                    *read = Some((*s, values, reading));
                }
                read.as_ref().map(|(_, values, reading)| (values, reading))
            }) else {
                continue;
            };
            findings.entry(*claim).or_default().evidence.push(evidence);
        }
        self.carried_evidence(text, &sentences, &placed, date, &about, &mut findings);
        for hit in &name_hits {
            let finding = findings.entry(hit.claim).or_default();
            note_mention(finding, hit.span);
            let verdict = match hit.reading {
                NameReading::Full => Verdict::Supports,
                NameReading::Misspelt | NameReading::OtherGivenName | NameReading::SurnameFirst => {
                    Verdict::Conflicts
                }
                NameReading::SurnameOnly => continue,
            };
            let sentence = sentence_of(hit.span.start)
                .map(|s| sentences[s])
                .unwrap_or(hit.span);
            let via = match about(hit.claim) {
                None => None,
                Some(about) => {
                    let mut scope = SentenceScope::new(&about, text, sentence, &[]);
                    match scope.admit(hit.span, &|_| None, self.segmenter.as_ref()) {
                        Admit::Yes(via) => via,
                        Admit::No => continue,
                    }
                }
            };
            finding.evidence.push(Evidence {
                sentence,
                value: hit.span,
                found: hit.span,
                verdict,
                assertion: Assertion::Asserted,
                via,
            });
        }
        findings
            .into_iter()
            .filter(|(claim, _)| *claim < self.claims.len())
            .map(|(claim, mut finding)| {
                finding.decide();
                (claim, finding)
            })
            .collect()
    }
}

/// A sentence's values and their reading; with `timed`, also the relative times ("last year",
/// "on Tuesday") of a document written in `date`, for the claims whose value is a year or a
/// date.
fn read_sentence(
    text: &str,
    sentence: Span,
    date: Option<Period>,
    timed: bool,
) -> (Vec<Quantity>, Reading) {
    let mut values: Vec<Quantity> = quantity::extract(sentence.slice(text))
        .into_iter()
        .map(|q| q.shifted(sentence.start))
        .collect();
    if let Some(date) = date.filter(|_| timed) {
        let extracted = values.len();
        for q in relative_times(text, sentence, date) {
            if !values[..extracted].iter().any(|v| v.span.overlaps(q.span)) {
                values.push(q);
            }
        }
        values.sort_by_key(|q| (q.span.start, q.span.end));
    }
    let reading = Reading::new(text, sentence, &values);
    (values, reading)
}

/// Whether claim `claim` reads the years and dates of a document's relative times.
fn is_timed(claims: &[Claim], claim: usize, date: Option<Period>) -> bool {
    date.is_some()
        && claims.get(claim).is_some_and(|c| {
            matches!(
                c.kind,
                ClaimKind::Quantity(QuantityKind::Year | QuantityKind::Date)
            )
        })
}

#[cfg(test)]
mod tests;
