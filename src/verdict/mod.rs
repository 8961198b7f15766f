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
pub mod compare;
mod counted_whole;
mod dateline;
mod other_measure;
mod specific;
mod stated_change;

use crate::claims::{Claim, ClaimKind, Expected};
use crate::clause::Reading;
use crate::entity::{Entity, Hits, Via};
use crate::quantity::{self, Quantity, QuantityKind};
use crate::segment::{RuleSegmenter, Segmenter};
use crate::span::Span;
use crate::subject::{NameMatcher, NameReading, SubjectError, SubjectMatcher};
use crate::time::{Period, placed_before, relative_times};
use about::{About, Admit, SentenceScope};
use attach::Candidate;
use serde::{Deserialize, Serialize};
use stated_change::{StatedChange, stated_change};
use std::collections::BTreeMap;

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
                Some(about) => [about.aliases.clone(), about.not_about.clone()],
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
            let timed = date.is_some()
                && self.claims.get(*claim).is_some_and(|c| {
                    matches!(
                        c.kind,
                        ClaimKind::Quantity(QuantityKind::Year | QuantityKind::Date)
                    )
                });
            let read = &mut read[usize::from(timed)];
            let Some(evidence) = self.evidence(site, *claim, scope, || {
                if read.as_ref().is_none_or(|r| r.0 != *s) {
                    let sentence = sentences[*s];
                    let mut values: Vec<Quantity> = quantity::extract(sentence.slice(text))
                        .into_iter()
                        .map(|q| q.shifted(sentence.start))
                        .collect();
                    // "last year", "on Tuesday": years and dates of a dated document, for the
                    // claims whose value is one.
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
                    *read = Some((*s, values, reading));
                }
                read.as_ref().map(|(_, values, reading)| (values, reading))
            }) else {
                continue;
            };
            findings.entry(*claim).or_default().evidence.push(evidence);
        }
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

    /// The evidence one sentence gives about one claim's subject (occurring at `subjects`):
    /// the value of the claim's kind that quantifies the subject, and whether it agrees.
    /// `quantities` extracts the sentence's values and reads its clauses, once for all the
    /// claims that share it.
    fn evidence<'q>(
        &self,
        site: Site,
        claim: usize,
        mut scope: Option<SentenceScope>,
        quantities: impl FnOnce() -> Option<(&'q Vec<Quantity>, &'q Reading)>,
    ) -> Option<Evidence> {
        let Site {
            text,
            sentence,
            subjects,
            date,
        } = site;
        let whole = self.counted_wholes.get(claim).copied().flatten();
        let stated_change = self.of_change.get(claim).copied().flatten();
        let of_change = stated_change.is_some();
        let claim = self.claims.get(claim)?;
        let (Expected::Quantity(expected), ClaimKind::Quantity(kind)) =
            (&claim.expected, claim.kind)
        else {
            return None;
        };
        let (found, reading) = quantities()?;
        if !found.iter().any(|q| q.kind == kind) {
            return None;
        }
        let mut denied = Vec::new();
        // With `about`, only the values about the claim's entity: one named in the sentence,
        // or the one the sentence refers back to.
        let mut vias: Vec<(usize, Via)> = Vec::new();
        let mut admitted = |index: usize, q: &Quantity| match &mut scope {
            None => true,
            Some(scope) => {
                match scope.admit(q.span, &|at| reading.clause_at(at), self.segmenter.as_ref()) {
                    Admit::Yes(via) => {
                        vias.extend(via.map(|via| (index, via)));
                        true
                    }
                    Admit::No => false,
                }
            }
        };
        let candidates: Vec<Candidate> = found
            .iter()
            .enumerate()
            .filter(|&(index, q)| {
                q.kind == kind && !dateline::stamps(text, sentence, q) && admitted(index, q)
            })
            .filter_map(|(index, q)| {
                let mut read = reading.value(index);
                // "had not risen above $1.2 billion" states at most $1.2 billion.
                if read.assertion == Assertion::Negated
                    && let Some(flipped) = compare::denied(q)
                {
                    let agrees = compare::agrees(expected, claim.tolerance, &flipped)?;
                    read.assertion = Assertion::Asserted;
                    return Some(Candidate {
                        quantity: q,
                        index,
                        reading: read,
                        agrees,
                    });
                }
                let agrees = compare::agrees(expected, claim.tolerance, q)?;
                // An old figure, a change and a denied or later other figure say nothing of
                // the claim's value: "rises to 12% from 8%", "rose by 5%", "is not buying 40
                // buses", "the seventh summit will be held next year".
                let level = matches!(
                    kind,
                    QuantityKind::Ordinal | QuantityKind::Year | QuantityKind::Date
                );
                if (read.change && !level && !of_change) || read.margin {
                    return None;
                }
                // "up 18% from the previous quarter" says nothing of a change "from a year
                // earlier" (a value measured against a period is a change, whatever word
                // before it says so).
                if let Some(base) = stated_change.and_then(|c| c.base)
                    && reading.change_base(text, index).is_some_and(|b| b != base)
                {
                    return None;
                }
                // "190 B737 MAX, 20 B787 and 10 B777X ... valued at USD 34 billion" is not the
                // value of the 470-aircraft order the statement names.
                if whole.is_some_and(|w| counted_whole::about_another_set(reading, found, index, w))
                {
                    return None;
                }
                // A denied or superseded other figure may be corrected in the next clause:
                // "earlier reports said 40 buses; the figure is 45".
                if read.old || (read.assertion == Assertion::Negated && !agrees) {
                    if !agrees {
                        denied.push(q);
                    }
                    return None;
                }
                if read.future && kind == QuantityKind::Ordinal && !agrees {
                    return None;
                }
                Some(Candidate {
                    quantity: q,
                    index,
                    reading: read,
                    agrees,
                })
            })
            .collect();
        let (chosen, subject) = attach::choose(
            &attach::Sentence {
                text,
                reading,
                all: found,
                subjects,
            },
            &candidates,
            &denied,
        )?;
        let value = chosen.quantity;
        // A denied statement of the claim's own value contradicts it: "denied it would buy 45".
        let agrees = chosen.agrees && chosen.reading.assertion != Assertion::Negated;
        // "30 Predator Armed Drones": the value and its subject read as one phrase when only
        // plain words stand between them.
        let together = value.span.end <= subject.start
            && text[value.span.end..subject.start]
                .chars()
                .all(|c| c.is_alphanumeric() || c == ' ' || c == '-');
        // Against a claim that holds from `as_of`, a disagreeing value from before it is history.
        let outdated = !agrees
            && claim.as_of.is_some_and(|as_of| {
                date.is_some_and(|d| d.before(&as_of))
                    || placed_before(text, sentence, reading, found, chosen.index, as_of, date)
            });
        Some(Evidence {
            sentence,
            value: value.span,
            found: if together {
                Span::new(value.span.start, subject.end)
            } else {
                value.span
            },
            verdict: if agrees {
                Verdict::Supports
            } else if outdated {
                Verdict::Outdated
            } else {
                Verdict::Conflicts
            },
            assertion: chosen.reading.assertion,
            via: vias
                .iter()
                .find(|(index, _)| *index == chosen.index)
                .map(|&(_, via)| via),
        })
    }
}

/// Where one sentence's evidence is looked for: the document's text and date, the sentence,
/// and the claim's subject occurrences in it.
#[derive(Clone, Copy)]
struct Site<'s> {
    text: &'s str,
    sentence: Span,
    subjects: &'s [Span],
    date: Option<Period>,
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
    fn decide(&mut self) {
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

fn note_mention(finding: &mut Finding, span: Span) {
    if finding.first_mention.is_none_or(|m| span.start < m.start) {
        finding.first_mention = Some(span);
    }
}

#[cfg(test)]
mod tests;
