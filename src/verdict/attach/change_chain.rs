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
        if !chained(text, prev, this) {
            return None;
        }
        let ordinal_word = prev.span.slice(text).chars().all(char::is_alphabetic);
        if is_level(reading, all, before, &is_change) && !ordinal_word {
            return respective_level(text, reading, all, before, index, &is_change);
        }
        at = before;
    }
    None
}

/// The level of the change at `index` when the chain of changes after the level at `level`
/// ends in "respectively": "EPS of $6.12 on revenue of $26 billion, up 461% and 262%,
/// respectively" gives the first change to the first of as many levels before and the
/// second to the second. Without "respectively", the nearest level; `None` when the levels
/// before are too few for the changes.
fn respective_level(
    text: &str,
    reading: &Reading,
    all: &[Quantity],
    level: usize,
    index: usize,
    is_change: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    // The last change of the chain: changes joined only by chain words.
    let mut last = index;
    while let Some(next) = all.get(last + 1)
        && is_change(last + 1)
        && chained(text, &all[last], next)
    {
        last += 1;
    }
    let after = crate::span::window(text, all[last].span.end, all[last].span.end + 24);
    let respectively = words(after)
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("respectively"));
    if !respectively {
        return Some(level);
    }
    // Changes `level + 1 ..= last` map in order onto the levels ending at `level`.
    let changes = last - level;
    let first_level = (level + 1).checked_sub(changes)?;
    let levels_hold = (first_level..=level).all(|i| is_level(reading, all, i, is_change));
    levels_hold.then_some(first_level + (index - level - 1))
}

/// Whether only the words of a change and its comparison stand between two values, within
/// one stretch of a sentence.
fn chained(text: &str, prev: &Quantity, this: &Quantity) -> bool {
    text.get(prev.span.end..this.span.start)
        .is_some_and(|between| {
            !between.contains(['.', ';', ':', '(', ')'])
                && words(between).all(|w| is_one_of(w, CHANGE_CHAIN_WORDS))
        })
}

/// Whether the value at `i` states a level a change may be of: no change, old figure, margin
/// or time.
fn is_level(
    reading: &Reading,
    all: &[Quantity],
    i: usize,
    is_change: &dyn Fn(usize) -> bool,
) -> bool {
    let r = reading.value(i);
    let time = all
        .get(i)
        .is_some_and(|q| matches!(q.kind, QuantityKind::Year | QuantityKind::Date));
    !is_change(i) && !r.old && !r.margin && !time
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
