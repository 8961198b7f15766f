//! The statements of one document: every value bound to the noun phrase it quantifies, and
//! every person's name, read in one pass over its sentences.
//!
//! A value is bound as `check` binds it to a claim's subject: the sentence is read into
//! clauses (`clause::Reading`), negated, old, changed, partial and later values are dropped as
//! the verdict drops them, and `verdict::attach` decides whether the value is tied to the
//! phrase proposed next to it (`phrase/`). What is left out on top of that is what has no
//! subject a second document could contradict: hedged values (a forecast is not contradicted
//! by the outcome), dates and years of publication (datelines, bylines, headlines), page and
//! list numbers, and numbers inside names and codes ("2+2", "Section 232", "MQ-9B"): those
//! are told in `label.rs`.

use super::label::{is_dateline, is_label_or_code};
use super::phrase::{self, Phrase};
use super::{Kind, SubjectKey, Value};
use crate::clause::{Assertion, Reading, ValueReading, is_one_of};
use crate::corpus::Document;
use crate::quantity::{self, Quantity, QuantityKind};
use crate::segment::Segmenter;
use crate::span::{LineIndex, Span};
use crate::verdict::attach::{self, Candidate};

/// One statement of a value about a subject, as a document makes it.
#[derive(Debug, Clone)]
pub struct Statement {
    pub key: SubjectKey,
    /// The subject as written ("Predator Armed Drones"), white space made single.
    pub form: String,
    pub value: Value,
    /// The value as written ("31", "over $3 billion", "Anthony Blinken"): spans of the
    /// document's text, made strings only for what the tally keeps (most statements of a
    /// large corpus add a document to a value already kept, and copying every sentence was
    /// a good part of a run).
    pub written: Span,
    /// The value with its subject when they stand together ("31 armed drones").
    pub found: Span,
    pub sentence: Span,
    /// Words of the subject that name an entity ("2+2", "MQ-9B") and that the document's
    /// headline also names, as written there: the entity a drafted claim is `about`.
    pub headline_names: Vec<String>,
}

/// Words that link a subject to a value after it without a verb: "the deal, worth $3
/// billion", "revenue of $26 billion", "a tariff at 25%". "Of" links an amount or a count
/// ("a death toll of 2,946"), never a time: "the first quarter of 2025" names the quarter.
const LINKING: &[&str] = &[
    "worth",
    "at",
    "valued",
    "costing",
    "totalling",
    "totaling",
    "numbering",
];

/// Where a statement is in its file: line and column of a prose offset, counted in the file's
/// text (Markdown and HTML prose maps back to it), the index built on first use. Asked only
/// for the evidence the tally keeps, a few sentences per value: a document's statements are
/// many more, and their positions were 4% of a run.
pub struct Positions<'d> {
    document: &'d Document,
    index: Option<LineIndex>,
}

impl<'d> Positions<'d> {
    pub fn new(document: &'d Document) -> Self {
        Positions {
            document,
            index: None,
        }
    }

    /// The document's prose, which statements' spans index.
    pub fn text(&self) -> &'d str {
        &self.document.text
    }

    pub fn path(&self) -> &'d str {
        &self.document.path
    }

    pub fn line_col(&mut self, at: usize) -> crate::span::LineCol {
        let source = self.document.source_text();
        let at = self.document.source_span(Span::new(at, at)).start;
        self.index
            .get_or_insert_with(|| LineIndex::new(source))
            .line_col(source, at)
    }
}

/// Every statement of `document`, in document order; positions in its file.
pub fn statements(document: &Document, segmenter: &dyn Segmenter) -> Vec<Statement> {
    let text = document.text.as_str();
    let mut out = Distinct::default();
    let headline = crate::entity::headline(text);
    let sentences = segmenter.sentences(text);
    for &sentence in &sentences {
        let values: Vec<Quantity> = quantity::extract(sentence.slice(text))
            .into_iter()
            .map(|q| q.shifted(sentence.start))
            .collect();
        let open = open_values(text, sentence, headline, &values);
        if !open.contains(&true) {
            // No value can state anything: the clause reading is not made.
            continue;
        }
        let reading = Reading::new(text, sentence, &values);
        for kind in kinds_of(&values) {
            let candidates = candidates(&values, &reading, kind);
            for c in &candidates {
                if !open.get(c.index).copied().unwrap_or(false) {
                    continue;
                }
                let time = matches!(kind, QuantityKind::Year | QuantityKind::Date);
                let Some(bound) = bind(text, sentence, &reading, &values, &candidates, c, time)
                else {
                    continue;
                };
                out.push(statement(text, sentence, headline, c.quantity, bound));
            }
        }
    }
    for s in super::names::statements(text, &sentences) {
        out.push(s);
    }
    out.out
}

/// For each value of a sentence, whether it may state something of a subject, as far as the
/// sentence's text tells without its clause reading: not glued into a compound, not a label or
/// a code (`label.rs`), not a time in a dateline. A sentence none of whose values may (a
/// byline, a list of codes) is not read into clauses, which costs more than all of these.
fn open_values(
    text: &str,
    sentence: Span,
    headline: Option<Span>,
    values: &[Quantity],
) -> Vec<bool> {
    // Asked only of a sentence with a time among the values that pass the rest.
    let mut dateline = None;
    values
        .iter()
        .map(|q| {
            let time = matches!(q.kind, QuantityKind::Year | QuantityKind::Date);
            let closed = q.compound
                || q.span.is_empty()
                || is_label_or_code(text, sentence, q)
                || (time && *dateline.get_or_insert_with(|| is_dateline(text, sentence, headline)));
            !closed
        })
        .collect()
}

/// The statements of a document, each subject, value and form once: the tally counts
/// documents per value and keeps one sentence per document, so the repeats say nothing more,
/// and dropping them as they come keeps a document's memory to its distinct statements (a
/// 100 MB article of five repeated sentences made 1.2 million statements).
#[derive(Default)]
struct Distinct {
    seen: crate::subject::name::word_map::FnvMap<SubjectKey, Vec<usize>>,
    out: Vec<Statement>,
}

impl Distinct {
    fn push(&mut self, s: Statement) {
        let out = &self.out;
        let kept = self.seen.get(&s.key).is_some_and(|kept| {
            kept.iter()
                .filter_map(|&i| out.get(i))
                .any(|k| k.value.same(&s.value) && k.form == s.form)
        });
        if !kept {
            self.seen
                .entry(s.key.clone())
                .or_default()
                .push(self.out.len());
            self.out.push(s);
        }
    }
}

/// The kinds of the sentence's values, each once, in a fixed order.
fn kinds_of(values: &[Quantity]) -> Vec<QuantityKind> {
    let mut kinds: Vec<QuantityKind> = values.iter().map(|q| q.kind).collect();
    kinds.sort_unstable();
    kinds.dedup();
    kinds
}

/// The values of `kind` that can state a level, as the verdict keeps them: not denied, not an
/// old figure, a change or a later instance, not glued into a compound. A part of a whole
/// stays a candidate: `attach::choose` ties it only to its holder ("20 for the northern
/// depot"), never to the whole, as it does for `check`.
fn candidates<'q>(
    values: &'q [Quantity],
    reading: &Reading,
    kind: QuantityKind,
) -> Vec<Candidate<'q>> {
    let level = matches!(
        kind,
        QuantityKind::Ordinal | QuantityKind::Year | QuantityKind::Date
    );
    values
        .iter()
        .enumerate()
        .filter(|(_, q)| q.kind == kind && !q.compound && !q.span.is_empty())
        .filter_map(|(index, q)| {
            let read: ValueReading = reading.value(index);
            // A hedged figure is a forecast or an expectation ("analysts had expected EPS of
            // $5.65", "likely to win around 38%"): a second document stating the outcome does
            // not contradict it, so it is no statement here (`check` keeps it, labelled).
            let dropped = read.assertion != Assertion::Asserted
                || read.old
                || (read.change && !level)
                || read.margin
                || read.future;
            (!dropped).then_some(Candidate {
                quantity: q,
                index,
                reading: read,
                agrees: true,
            })
        })
        .collect()
}

/// The phrase `c` quantifies: the one right after it when the attachment ties the value to
/// it (and picks this value of the sentence for it), else the farthest noun before it that a
/// predicate links it to ("the death toll rose to 2,946"). A year or a date is only ever
/// linked: "2023 elections" names the elections, it states nothing of them.
fn bind(
    text: &str,
    sentence: Span,
    reading: &Reading,
    values: &[Quantity],
    candidates: &[Candidate],
    c: &Candidate,
    time: bool,
) -> Option<Phrase> {
    // The attachment `check` uses picks this value for the phrase (and, for a noun before
    // the value, ties the two adjacent or linked, not merely in one clause).
    // A phrase whose head is a value's word ("billion" of "$22.6 billion") is that value, no
    // subject; a number among its modifiers ("2+2 dialogue") is part of a name.
    let of_values = |p: &Phrase| {
        values
            .iter()
            .any(|q| q.span.start < p.span.end && p.span.end <= q.span.end)
    };
    let tied = |p: &Phrase, firm: bool| {
        if of_values(p) {
            return false;
        }
        let subjects = [p.span];
        let s = attach::Sentence {
            text,
            reading,
            all: values,
            subjects: &subjects,
        };
        attach::choose(&s, candidates, &[]).is_some_and(|(chosen, _)| chosen.index == c.index)
            && (!firm || attach::firmly_tied(&s, c.quantity, p.span))
    };
    if !time
        && let Some(p) = phrase::after(text, c.quantity.span.end, sentence)
        && tied(&p, false)
    {
        return Some(p);
    }
    // An ordinal numbers the noun after it; one left alone ("convened for their fifth") is
    // not bound to a noun before it.
    if c.quantity.kind == QuantityKind::Ordinal {
        return None;
    }
    let before = phrase::before(text, c.quantity.span.start, sentence);
    let between = |p: &Phrase| {
        text[p.span.end..c.quantity.span.start]
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| !w.is_empty())
    };
    // "Of" links the noun right before it ("the company had revenues of $26 billion": the
    // revenues, not the company), never a time ("the first quarter of 2025" names the
    // quarter).
    let links = |w: &str| is_one_of(w, LINKING) || (!time && w.eq_ignore_ascii_case("of"));
    if let Some(nearest) = before.first()
        && between(nearest).count() == 1
        && between(nearest).all(links)
        && tied(nearest, true)
    {
        return Some(nearest.clone());
    }
    // Of the nouns a predicate links the value to, the farthest is the clause's subject:
    // in "the death toll from the quake rose to 2,946" the quake only places the toll.
    before.into_iter().rev().find(|p| {
        // A predicate stands between: a verb or a linking word ("the toll rose to", "the
        // deal, worth"), not a bare adjacency ("to acquire 31", "in New Delhi on May 2").
        let linked = between(p).any(|w| phrase::is_verbal(&w.to_lowercase()) || links(w));
        linked && tied(p, true)
    })
}

/// The statement of `q` about the phrase `p`.
fn statement(
    text: &str,
    sentence: Span,
    headline: Option<Span>,
    q: &Quantity,
    p: Phrase,
) -> Statement {
    let together = q.span.end <= p.span.start
        && text[q.span.end..p.span.start]
            .chars()
            .all(|c| c.is_alphanumeric() || c.is_whitespace() || "-\"“”'’".contains(c));
    let found = if together {
        Span::new(q.span.start, p.span.end)
    } else {
        q.span
    };
    // Quotes inside a phrase ("2 plus 2” dialogue") are the article's, not the subject's.
    let mut form = one_line(&p.span.slice(text).replace(['"', '“', '”', '‘', '’'], " "));
    let mut modifiers = p.modifiers;
    if let Some((on, written)) =
        phrase::levied_on(text, &p.head, p.span.end.max(q.span.end), sentence)
    {
        form = format!("{form} on {}", written.slice(text));
        modifiers.push(on);
        modifiers.sort_unstable();
        modifiers.dedup();
    }
    let headline_names = headline
        .map(|h| named_in(h.slice(text), &form))
        .unwrap_or_default();
    Statement {
        key: SubjectKey {
            kind: Kind::from(q.kind),
            head: p.head,
            modifiers,
        },
        form,
        value: Value::Quantity(q.clone()),
        written: q.span,
        found,
        sentence,
        headline_names,
    }
}

/// The words of `form` that name an entity (a capital or a digit: "2+2", "MQ-9B", "Predator")
/// and that `headline` holds as a whole word, as the headline writes them.
fn named_in(headline: &str, form: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let words: Vec<&str> = form
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let Some((_, modifiers)) = words.split_last() else {
        return names;
    };
    for w in modifiers {
        let named = w.chars().any(|c| c.is_uppercase() || c.is_ascii_digit());
        if !named || w.is_empty() {
            continue;
        }
        let found = headline.match_indices(w).any(|(i, m)| {
            let before = headline[..i].chars().next_back();
            let after = headline[i + m.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        });
        if found && !names.iter().any(|n| n == w) {
            names.push((*w).to_string());
        }
    }
    names
}

/// White space runs folded to one space, the ends trimmed.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
