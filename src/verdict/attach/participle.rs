//! "Labour officially won a majority, securing 326 seats": the object of a participle clause set
//! after the subject's clause is the subject's, when the subject is that clause's grammatical
//! subject (it opens the clause and its verb follows). A subject that stands after a
//! preposition ("the vote for Labour rose, taking…") or that is the verb's object is not.

use super::relation::is_verb;
use super::words::words;
use super::*;
use crate::clause::{FUNCTION_WORDS, ParticipleObject};
use crate::span::window;

/// Bytes before the subject read for the two words that precede it.
const LOOK_BACK: usize = 48;

/// Whether `q` is the object of a participle of having whose clause is set inside the clause
/// that `subject` is the grammatical subject of.
pub(super) fn object_of_subjects_participle(
    sentence: &Sentence,
    q: &Quantity,
    subject: Span,
) -> bool {
    let Sentence { text, .. } = *sentence;
    let Some(object) = participle_over(sentence, q, subject) else {
        return false;
    };
    // Nothing but an article before the subject in its clause, at most: "At 5am, Labour won",
    // "The party won"; not "the vote for Labour rose".
    let before: Vec<&str> = words(window(
        text,
        subject.start.saturating_sub(LOOK_BACK),
        subject.start,
    ))
    .collect();
    let opens_clause = match before.as_slice() {
        [.., w, d] if is_one_of(d, DETERMINERS) => !is_one_of(w, FUNCTION_WORDS),
        [d] if is_one_of(d, DETERMINERS) => true,
        [.., w] => !is_one_of(w, FUNCTION_WORDS),
        [] => true,
    };
    // Its verb right after it, adverbs aside: "Labour officially won".
    let verb_follows = words(
        text.get(subject.end..object.participle.start)
            .unwrap_or_default(),
    )
    .find(|w| !(w.ends_with("ly") && w.bytes().all(|b| b.is_ascii_lowercase())))
    .is_some_and(is_verb);
    opens_clause && verb_follows
}

/// The participle clause `q` is the object of, when it is set inside the clause that holds
/// `subject`, before `q`.
fn participle_over(sentence: &Sentence, q: &Quantity, subject: Span) -> Option<ParticipleObject> {
    let Sentence { text, reading, .. } = *sentence;
    if subject.end > q.span.start {
        return None;
    }
    let object = reading.participle_object(text, reading.value_index(q.span)?)?;
    (reading.clause_at(subject.start) == Some(object.outer)).then_some(object)
}

/// Participles that give an amount to the noun phrase before them, as a relative clause would
/// ("revenue …, totaling $26.0 billion" is revenue that totals it).
const AMOUNT_PARTICIPLES: &[&str] = &["totaling", "totalling", "amounting", "numbering"];

/// Whether `q` is the object of a participle of amount whose clause follows the phrase
/// `subject` heads: the subject stands in the clause the participle's is set inside, and
/// between them only its modifiers (no verb but participles in -ing: "the period ending April
/// 28") and no other value of `q`'s kind.
pub(super) fn amount_of_phrase(sentence: &Sentence, q: &Quantity, subject: Span) -> bool {
    let Sentence { text, all, .. } = *sentence;
    let Some(object) = participle_over(sentence, q, subject) else {
        return false;
    };
    if !is_one_of(object.participle.slice(text), AMOUNT_PARTICIPLES)
        || object.participle.start - subject.end > NEAR
    {
        return false;
    }
    let between = Span::new(subject.end, object.participle.start);
    let finite = words(between.slice(text)).any(|w| {
        is_verb(w)
            && !w.ends_with("ing")
            && !is_one_of(w, FUNCTION_WORDS)
            && !is_one_of(w, VALUE_PREPOSITIONS)
            && w.bytes().all(|b| b.is_ascii_lowercase())
    });
    let other_value = all
        .iter()
        .any(|o| o.kind == q.kind && between.contains(o.span));
    !finite && !other_value
}
