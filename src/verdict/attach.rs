//! Which of a sentence's values quantifies the subject.
//!
//! "This included an agreement for the purchase of 30 Predator Armed Drones from the US for
//! India’s three armed services" holds two counts; only 30 is about the drones. A value is tied
//! to a subject occurrence by what stands between them, read over the sentence's clauses
//! (`clause::Reading`: the two must share a clause, or the value stand in a clause set inside
//! the subject's, right after it, as in "the deal, valued at $2.5 billion"):
//! - *adjacent*: the value comes first and at most a few words stand between, none of them a
//!   preposition or verb that starts another phrase ("31 armed drones", "fifth India-US 2+2
//!   talks", "over $3 billion worth of drones", "fourth round of the 2+2 dialogue");
//! - *linked*: the subject comes first, then a verb group or linking words ("drones numbering
//!   31", "the deal, worth $3 billion", "the tariff rises to 12%", "the northern depot will get
//!   20 electric buses", "the depot's share is 20"), or the value comes first and is given *for*
//!   or *to* the subject ("including 20 for the northern depot", "22 go to the depot");
//! - otherwise the two merely share the clause.
//!
//! Counts and ordinals must be adjacent or linked, since a sentence is full of unrelated counts
//! ("first half of November"). Money, percentages, years and dates, rarer in a sentence, may
//! also be the only value of their kind in the clause. What the reading says of a value decides
//! whether it can be evidence at all: an old figure ("from 8%"), a change ("by 5%") and a later
//! instance are not; a part of a whole ("of which 20", "eight each") is never the total, though
//! it is linked to the part's own holder.

use crate::clause::{
    DEAL_NOUNS, DETERMINERS, Gap, HAVING_VERBS, Kind, LEVEL_VERBS, OCCURRENCE_NOUNS, Part, Reading,
    SHARE_NOUNS, Token, VALUE_NOUNS, VALUE_PREPOSITIONS, VERB_GROUP_WORDS, ValueReading, is_one_of,
};
use crate::quantity::{Quantity, QuantityKind};
use crate::span::Span;
use relation::tie;

mod before_subject;
mod change_chain;
mod elsewhere;
mod participle;
mod phrase_head;
mod relation;
mod words;

/// How firmly a value is tied to a subject occurrence; smaller is firmer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Tie {
    Adjacent(usize),
    Linked(usize),
    /// Linked through a clause set inside the subject's ("the tariff, which stood at 12% until
    /// March, was cut to 9%"): firm, but the main clause's own predicate comes first.
    Aside(usize),
    /// Near and in the same clause: enough for a value that is alone of its kind.
    Sentence(usize),
    /// Far apart, or in unrelated clauses ("…trucks are old, though military equipment…"):
    /// never evidence.
    Apart,
}

/// Values and subjects further apart than this many bytes are never adjacent or linked; it
/// also bounds the work per value, so a pathological sentence (megabytes without a full stop)
/// stays linear.
const NEAR: usize = 160;

/// A value alone of its kind in the sentence counts only this close to the subject.
const LONE_NEAR: usize = 100;

/// How many subject occurrences on each side of a value are weighed: the nearest ones.
const NEAREST: usize = 3;

/// Nouns of a schedule, which a year or a date before them states the time of: "confirming its
/// 2030 target", "the June 30 deadline".
const SCHEDULE_NOUNS: &[&str] = &[
    "target",
    "deadline",
    "goal",
    "timeline",
    "timetable",
    "schedule",
    "date",
    "opening",
    "completion",
];

/// One sentence as `choose` reads it: the document's text, the sentence's clause reading, every
/// value of the sentence (sorted by start) and one claim's subject occurrences in it (sorted
/// by start).
pub struct Sentence<'a> {
    pub text: &'a str,
    pub reading: &'a Reading,
    pub all: &'a [Quantity],
    pub subjects: &'a [Span],
}

impl Tie {
    /// Adjacent or linked: enough for any kind of value.
    fn is_firm(self) -> bool {
        matches!(self, Tie::Adjacent(_) | Tie::Linked(_) | Tie::Aside(_))
    }
}

/// One value of the claim's kind: its index among the sentence's values, and what the sentence
/// says of it.
pub struct Candidate<'q> {
    pub quantity: &'q Quantity,
    pub index: usize,
    pub reading: ValueReading,
    /// Whether the value agrees with the claim, as the sentence states it: a denied one-sided
    /// value is compared as its other side ("not above $1.2 billion").
    pub agrees: bool,
}

/// The value among `candidates` (all of the claim's kind, inside the sentence, and usable as
/// evidence for the claim) that quantifies one of the subject occurrences; `None` when no
/// value is tied firmly enough. `denied` are values of the claim's kind denied while
/// disagreeing ("is not buying 40 buses"), which a later value in another clause may correct
/// ("; the order is for 45").
pub fn choose<'c, 'q>(
    sentence: &Sentence,
    candidates: &'c [Candidate<'q>],
    denied: &[&Quantity],
) -> Option<(&'c Candidate<'q>, Span)> {
    let Sentence {
        text,
        reading,
        subjects,
        ..
    } = *sentence;
    let mut usable = 0;
    let mut ties: Vec<(Tie, &Candidate, Span)> = Vec::with_capacity(candidates.len());
    for c in candidates {
        let q = c.quantity;
        let near = nearest(subjects, q.span);
        // "fifth-largest economy" is about "largest"; "a 25-percent tariff" is a rate all the
        // same, and "the 6.8-magnitude quake" states the magnitude when that is the subject.
        let glued =
            |s: &Span| s.start == q.span.end + 1 && text.get(q.span.end..s.start) == Some("-");
        let compound = q.compound && q.kind != QuantityKind::Percent && !subjects.iter().any(glued);
        if compound || near.iter().any(|s| s.overlaps(q.span)) {
            continue;
        }
        // "with trading on the split basis commencing on June 10": a value right after a
        // subject that modifies another noun is that noun's, whatever other occurrence of the
        // subject the sentence holds.
        let preceding = subjects.partition_point(|s| s.end <= q.span.start);
        if preceding
            .checked_sub(1)
            .and_then(|i| subjects.get(i))
            .is_some_and(|s| {
                q.span.start - s.end <= LONE_NEAR
                    && reading.same_clause(*s, q.span)
                    && phrase_head::modified_head(text, *s).is_some()
            })
        {
            continue;
        }
        let free = subjects
            .first()
            .is_none_or(|s| role(c, subjects, *s) == Role::Free);
        let mut best: Option<(Tie, &Candidate, Span)> = None;
        for subject in near {
            let role = role(c, subjects, *subject);
            if role == Role::Barred {
                continue;
            }
            let tie = tie(sentence, q, *subject, role == Role::Part);
            // A part is linked to its holder ("20 for the northern depot"), never the total.
            if role == Role::Part && !matches!(tie, Tie::Linked(_) | Tie::Aside(_)) {
                continue;
            }
            if best.is_none_or(|(b, _, _)| tie < b) {
                best = Some((tie, c, *subject));
            }
        }
        // A value apart from every subject occurrence ("sued CrowdStrike on Friday, claiming
        // … an outage that led to cancellations in July") is no rival of a lone one.
        usable += usize::from(free && best.is_none_or(|(t, _, _)| t != Tie::Apart));
        ties.extend(best);
    }
    // "34 A350-1000 and six A350-900": two different values each next to the subject in one
    // clause are a breakdown of it, and neither is its total ("45 buses were delivered,
    // bringing the fleet to 320 buses" is two statements).
    // Ordinals number instances, never parts: "the second congress opened, and a third
    // congress is planned" is no breakdown.
    let adjacent = |t: &&(Tie, &Candidate, Span)| {
        matches!(t.0, Tie::Adjacent(_)) && t.1.quantity.kind != QuantityKind::Ordinal
    };
    let breakdown = ties.iter().filter(adjacent).any(|a| {
        ties.iter().filter(adjacent).any(|b| {
            a.1.quantity.value != b.1.quantity.value
                && reading.same_clause(a.1.quantity.span, b.1.quantity.span)
        })
    });
    let best = ties
        .into_iter()
        .filter(|t| !(breakdown && matches!(t.0, Tie::Adjacent(_))))
        .min_by_key(|t| t.0);
    if let Some((tie, c, subject)) = best {
        let firm = tie.is_firm();
        let time = matches!(c.quantity.kind, QuantityKind::Year | QuantityKind::Date);
        // A lone figure of a rarer kind counts unless it quantifies a noun of its own that is
        // not a deal: "a $2.1 billion contract for 45 buses", not "next to a £45 million
        // station".
        let lone = usable == 1
            && !matches!(c.quantity.kind, QuantityKind::Count | QuantityKind::Ordinal)
            && matches!(tie, Tie::Sentence(d) if d <= LONE_NEAR)
            && reading.own_noun(text, c.index).is_none_or(|noun| {
                is_one_of(noun.slice(text), DEAL_NOUNS)
                    || subjects.contains(&noun)
                    || (time && is_one_of(noun.slice(text), SCHEDULE_NOUNS))
            })
            && !elsewhere::bounds_a_span(text, c.quantity)
            && !elsewhere::infinitive_between(text, c.quantity, subject)
            && !subjects.iter().any(|s| {
                elsewhere::placed_relative(text, c.quantity, *s)
                    || elsewhere::participle_before_noun(text, c.quantity, *s)
            });
        if firm || lone {
            return Some((c, subject));
        }
    }
    correction(sentence, candidates, denied)
}

/// Whether `q` is adjacent or linked to the subject occurrence `subject` (not merely in its
/// clause): `discover` asks it of the nouns before a value, where the lone-figure rule of
/// [`choose`] would tie a sentence's only amount to whichever noun stands nearest.
pub(crate) fn firmly_tied(sentence: &Sentence, q: &Quantity, subject: Span) -> bool {
    tie(sentence, q, subject, false).is_firm()
}

/// "The city is not buying 40 buses; the order is for 45": a value denied about the subject,
/// then in a later clause one value of the same kind that counts nothing else, corrects it.
fn correction<'c, 'q>(
    sentence: &Sentence,
    candidates: &'c [Candidate<'q>],
    denied: &[&Quantity],
) -> Option<(&'c Candidate<'q>, Span)> {
    let Sentence { text, reading, .. } = *sentence;
    let (q, subject) = denied.iter().find_map(|q| {
        nearest(sentence.subjects, q.span)
            .iter()
            .find(|s| tie(sentence, q, **s, false).is_firm())
            .map(|s| (*q, *s))
    })?;
    // The correction stands in another clause, or past a mark that ends the denial's scope:
    // "we are not buying 40 jets, we are buying 36".
    let mut later = candidates.iter().filter(|c| {
        c.quantity.span.start > q.span.end
            && c.reading.part.is_none()
            && (reading.gap(q.span, c.quantity.span).is_none()
                || text[q.span.end..c.quantity.span.start].contains([',', ';', ':', '—']))
    });
    let c = later.next()?;
    (later.next().is_none() && reading.own_noun(text, c.index).is_none()).then_some((c, subject))
}

/// The subject occurrences nearest a value, on either side.
fn nearest(subjects: &[Span], value: Span) -> &[Span] {
    // Subjects [..split] start before the value ends; the nearest lie around `split`.
    let split = subjects.partition_point(|s| s.start < value.end);
    &subjects[split.saturating_sub(NEAREST)..(split + NEAREST).min(subjects.len())]
}

/// What a candidate is to one subject occurrence when a part-of-a-whole frame holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Not a part: any tie.
    Free,
    /// A part of a whole the sentence names ("of which 20", "eight each", "20 of the 45"): tied
    /// only to its holder, by a predicate or a *for*.
    Part,
    /// A holder's share, and this subject is the whole named after it ("the navy's share of
    /// the drones is 15" for the drones): never tied.
    Barred,
}

/// A percentage is a share by nature, never held to be a part.
fn role(c: &Candidate, subjects: &[Span], subject: Span) -> Role {
    if c.quantity.kind == QuantityKind::Percent {
        return Role::Free;
    }
    match c.reading.part {
        None => Role::Free,
        Some(Part::Always) => Role::Part,
        Some(Part::AfterWhole(at)) if subjects.first().is_some_and(|s| s.end <= at) => Role::Part,
        Some(Part::AfterWhole(_)) => Role::Free,
        // The whole is named between the trigger and the value; a subject after the value is
        // the share's holder: "the bulk of the cases, 80, remain in Gaines County".
        Some(Part::ShareAfter(at))
            if subject.start >= at && subject.end <= c.quantity.span.start =>
        {
            Role::Barred
        }
        Some(Part::ShareAfter(at)) if subject.start >= at => Role::Part,
        Some(Part::ShareAfter(_)) => Role::Free,
    }
}
