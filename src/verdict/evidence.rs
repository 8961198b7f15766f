//! The evidence one sentence gives about one claim: which value of the claim's kind
//! quantifies the subject there (`attach`), whether the clause states it (negated, hedged, an
//! old figure, a change, a part), whose value it is for a claim with `about`, and whether it
//! agrees (`compare`), is outdated by the claim's `as_of`, or is another measure's or another
//! set's.

use super::about::{Admit, SentenceScope};
use super::attach::{self, Candidate};
use super::{
    Checker, Evidence, Verdict, changed_range, compare, counted_whole, dateline, other_action,
    other_holder, other_measure, other_time, reported,
};
use crate::claims::{ClaimKind, Expected};
use crate::clause::{Assertion, Reading};
use crate::entity::Via;
use crate::quantity::{Quantity, QuantityKind};
use crate::span::Span;
use crate::time::{Period, placed_before};

/// Where one sentence's evidence is looked for: the document's text and date, the sentence,
/// and the claim's subject occurrences in it.
#[derive(Clone, Copy)]
pub(super) struct Site<'s> {
    pub(super) text: &'s str,
    pub(super) sentence: Span,
    pub(super) subjects: &'s [Span],
    pub(super) date: Option<Period>,
}

impl Checker {
    /// The evidence one sentence gives about one claim's subject (occurring at `subjects`):
    /// the value of the claim's kind that quantifies the subject, and whether it agrees.
    /// `quantities` extracts the sentence's values and reads its clauses, once for all the
    /// claims that share it.
    pub(super) fn evidence<'q>(
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
        let statement_verbs = self.statement_verbs.get(claim).and_then(Option::as_ref);
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
                // "increase the rate from 10% to 25%" states 25%, not a range.
                let agrees = match changed_range::changed_to(text, sentence, q) {
                    Some(level) => compare::agrees(expected, claim.tolerance, &level)?,
                    None => compare::agrees(expected, claim.tolerance, q)?,
                };
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
                // "raised its dividend to $0.10 per share" may be before the split the
                // statement's "one cent per share after the split" is after.
                if !agrees
                    && other_measure::basis_unstated(
                        claim.statement.as_deref(),
                        sentence.slice(text),
                    )
                {
                    return None;
                }
                // "knocking eight construction workers into the water" counts those the ship
                // knocked, not those the statement says were killed.
                if kind == QuantityKind::Count
                    && !agrees
                    && claim
                        .statement
                        .as_deref()
                        .is_some_and(|s| other_action::object_of_another_action(text, q.span, s))
                {
                    return None;
                }
                // A date of another year, in a sentence set against an earlier instance, is a
                // later occurrence; a yearless one is of the document's year, or of any when
                // an undated text never names the claim's. A claim that holds from a date
                // reads them as history.
                if kind == QuantityKind::Date
                    && !agrees
                    && claim.as_of.is_none()
                    && (other_time::another_occurrence(text, sentence, expected, q)
                        || other_time::year_unknown(
                            text,
                            expected,
                            q,
                            date.map(|d| i32::from(d.first.year())),
                        ))
                {
                    return None;
                }
                // "Reform UK, which won … 14% of the vote" is Reform UK's, not Labour's;
                // "was in 2019 when 1,249 cases were reported" is 2019's.
                if (!agrees
                    && (other_holder::held_by_a_part(text, sentence, q.span, claim)
                        || other_holder::held_by_another_name(
                            text, sentence, q.span, subjects, claim,
                        )))
                    || other_time::dated_by_another_year(
                        text,
                        sentence,
                        q,
                        claim.statement.as_deref(),
                    )
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
        )
        // "Delta said the outage …, costing more than $500 million", for "Delta says the
        // outage cost it $500 million".
        .or_else(|| reported::reported(text, sentence, subjects, &candidates, statement_verbs?))?;
        let value = chosen.quantity;
        // A denied statement of the claim's own value contradicts it: "denied it would buy 45".
        let agrees = chosen.agrees && chosen.reading.assertion != Assertion::Negated;
        // "30 Predator Armed Drones": the value and its subject read as one phrase when only
        // plain words stand between them.
        let together = !subject.is_empty()
            && value.span.end <= subject.start
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
