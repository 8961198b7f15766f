//! Values a sentence says of something other than the subject next to them: what follows a
//! list of counted phrases is the whole list's, a count listed after another counts its own
//! noun, a time placed relative to the subject, or before a verb that reports it, dates
//! another event, a time after "through" or "until" ends a span, and a time before an
//! infinitive that holds the subject dates the clause the infinitive serves. `tie` and the
//! lone-figure rule of `choose` ask these before they read a predicate or a lone figure.

use super::words::words;
use super::*;
use crate::clause::{FUNCTION_WORDS, SAYING_VERBS};

/// "250 Airbus aircraft and 220 new Boeing jets worth $70 billion": the subject is in the last
/// of several counted noun phrases joined by "and" or a comma, so what follows the list
/// ("worth $70 billion") is said of all of them, not of the subject's phrase alone.
pub(super) fn in_counted_list(text: &str, all: &[Quantity], subject: Span) -> bool {
    let Some(own) = count_before(all, subject.start) else {
        return false;
    };
    if words(text.get(own.span.end..subject.start).unwrap_or_default()).count() > 3 {
        return false;
    }
    count_before(all, own.span.start)
        .and_then(|first| list_joint(text, first.span.end, own.span.start))
        .is_some_and(|n| n <= 5)
}

/// "options for 50 additional 737 MAXs and 20 787-9s": a count that follows another counted
/// phrase in a list ("and", a comma) counts its own noun, a part of what the subject names,
/// never the subject's total. A subject between the two is the second phrase's own ("121
/// seats, the Liberal Democrats, 71").
pub(super) fn listed_after(text: &str, all: &[Quantity], q: &Quantity, subject: Span) -> bool {
    if q.kind != QuantityKind::Count {
        return false;
    }
    count_before(all, q.span.start)
        .filter(|first| subject.end <= first.span.start)
        .and_then(|first| list_joint(text, first.span.end, q.span.start))
        .is_some_and(|n| (1..=5).contains(&n))
}

/// The value of `all` (sorted) that ends last at or before byte `at`, when it is a count.
fn count_before(all: &[Quantity], at: usize) -> Option<&Quantity> {
    let before = all.partition_point(|o| o.span.end <= at);
    before
        .checked_sub(1)
        .and_then(|i| all.get(i))
        .filter(|o| o.kind == QuantityKind::Count)
}

/// How many words `text[from..to]` holds when it ends one item of a list and leads to the
/// next (" and", a comma); `None` when it does not.
fn list_joint(text: &str, from: usize, to: usize) -> Option<usize> {
    let between = text.get(from..to).unwrap_or_default().trim_end();
    (between.ends_with(" and") || between.ends_with(',')).then(|| words(between).count())
}

/// "huddled in the open on Saturday, a day after the quake": a time placed relative to the
/// subject, which follows it, dates another event; so does one before a verb that reports the
/// subject ("On July 31, the chief executive said the outage…").
pub(super) fn placed_relative(text: &str, q: &Quantity, subject: Span) -> bool {
    matches!(q.kind, QuantityKind::Year | QuantityKind::Date)
        && q.span.end <= subject.start
        && subject.start - q.span.end <= NEAR
        && words(text.get(q.span.end..subject.start).unwrap_or_default())
            .any(|w| is_one_of(w, RELATIVE_TIME_WORDS) || is_one_of(w, SAYING_VERBS))
}

/// "Workers remove wreckage of the collapsed bridge, Thursday, April 25, 2024": a subject that
/// is a participle standing before a noun ("the collapsed bridge", "the delayed flights")
/// describes that noun; a time in its clause dates the clause's own verb, not the participle's
/// event.
pub(super) fn participle_before_noun(text: &str, q: &Quantity, subject: Span) -> bool {
    if !matches!(q.kind, QuantityKind::Year | QuantityKind::Date) {
        return false;
    }
    let word = subject.slice(text);
    let participle = !word.contains(char::is_whitespace)
        && word.len() > 4
        && (word.ends_with("ed") || word.ends_with("en"));
    let before = text.get(..subject.start).unwrap_or_default();
    let determiner = before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| is_one_of(w, DETERMINERS));
    let after = text.get(subject.end..).unwrap_or_default();
    let noun_follows = after.starts_with(' ')
        && after
            .split_whitespace()
            .next()
            .is_some_and(|w| w.starts_with(char::is_alphabetic) && !is_one_of(w, FUNCTION_WORDS));
    participle && determiner && noun_follows
}

/// "flights cancelled in the wake of the outage through July 25": a time after "through",
/// "until" or "till" is where a span ends. Tied to a subject by no more than their sentence,
/// it dates when something stopped, not when the subject happened.
pub(super) fn bounds_a_span(text: &str, q: &Quantity) -> bool {
    matches!(q.kind, QuantityKind::Year | QuantityKind::Date)
        && text
            .get(..q.span.start)
            .unwrap_or_default()
            .split_whitespace()
            .next_back()
            .is_some_and(|w| is_one_of(w, SPAN_ENDS))
}

/// "must own shares after market close on June 11 to be eligible for the dividend": a subject
/// in an infinitive after a time is what the time's clause is for, a purpose or a condition,
/// not an event the time dates. Tied to it by no more than the sentence, the time is not the
/// subject's.
pub(super) fn infinitive_between(text: &str, q: &Quantity, subject: Span) -> bool {
    if !matches!(q.kind, QuantityKind::Year | QuantityKind::Date) || q.span.end > subject.start {
        return false;
    }
    let between: Vec<&str> =
        words(text.get(q.span.end..subject.start).unwrap_or_default()).collect();
    between
        .windows(2)
        .any(|w| w[0].eq_ignore_ascii_case("to") && is_one_of(w[1], INFINITIVE_VERBS))
}

/// Verbs of being, having and paying in their base form, as they stand after an infinitive's
/// "to" ("to be eligible", "to receive", "to pay"); after "to" a noun ("to the dividend")
/// would be a place or a recipient instead.
const INFINITIVE_VERBS: &[&str] = &[
    "be", "become", "have", "get", "receive", "qualify", "pay", "buy", "hold", "own", "remain",
    "stay", "take", "keep",
];

/// Words before a time that make it the end of a span.
const SPAN_ENDS: &[&str] = &["through", "until", "till", "thru"];

/// Words that place one time relative to an event: "a day after the quake", "weeks before
/// the vote".
const RELATIVE_TIME_WORDS: &[&str] = &["after", "before", "following", "since", "ahead"];
