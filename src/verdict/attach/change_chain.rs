//! Changes set after a level: "revenue of $26.0 billion, marking an 18% increase from the
//! previous quarter and a 262% rise from the same period last year" states two changes of the
//! revenue, tied to the subject wherever the level is.

use super::words::words;
use super::*;

/// The level a change at `index` (of `all`) is said of: the nearest value before it that is
/// a level, when only the words of a change and its comparison, and other changes or times,
/// stand between ("$26.0 billion, marking an 18% increase from the previous quarter and a
/// 262% rise"). `None` for a value that is no change, or a change of its own phrase.
pub(super) fn changed_level(
    text: &str,
    reading: &Reading,
    all: &[Quantity],
    index: usize,
) -> Option<usize> {
    // A value measured against a period is a change whatever word before it says so ("up
    // 23% from Q4"). Only a percentage, the common change without a trigger word, is read for
    // its base: this runs for every value tied to a subject.
    let is_change = |i: usize| {
        reading.value(i).change
            || (all.get(i).is_some_and(|q| q.kind == QuantityKind::Percent)
                && reading.change_base(text, i).is_some())
    };
    if !is_change(index) {
        return None;
    }
    let mut at = index;
    for _ in 0..CHAIN_VALUES {
        let before = at.checked_sub(1)?;
        let (prev, this) = (all.get(before)?, all.get(at)?);
        let between = text.get(prev.span.end..this.span.start)?;
        if between.contains(['.', ';', ':', '(', ')'])
            || !words(between).all(|w| is_one_of(w, CHANGE_CHAIN_WORDS))
        {
            return None;
        }
        let r = reading.value(before);
        let time = matches!(prev.kind, QuantityKind::Year | QuantityKind::Date);
        let ordinal_word = prev.span.slice(text).chars().all(char::is_alphabetic);
        if !is_change(before) && !r.old && !r.margin && !time && !ordinal_word {
            return Some(before);
        }
        at = before;
    }
    None
}

/// How many values a change may reach back over to its level: a level, two changes and the
/// times of their comparisons.
const CHAIN_VALUES: usize = 5;

/// The words that may stand between a level and its changes: the changes' own words and their
/// comparisons.
const CHANGE_CHAIN_WORDS: &[&str] = &[
    "up",
    "down",
    "marking",
    "reflecting",
    "representing",
    "a",
    "an",
    "the",
    "increase",
    "rise",
    "jump",
    "gain",
    "growth",
    "decline",
    "drop",
    "fall",
    "from",
    "than",
    "compared",
    "to",
    "with",
    "on",
    "over",
    "previous",
    "prior",
    "preceding",
    "same",
    "period",
    "quarter",
    "year",
    "ago",
    "earlier",
    "last",
    "and",
    "sequentially",
    "year-over-year",
    "year-on-year",
    "quarter-over-quarter",
    "quarter-on-quarter",
    "q1",
    "q2",
    "q3",
    "q4",
    "fiscal",
    "of",
    "month",
];
