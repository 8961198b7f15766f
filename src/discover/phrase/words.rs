//! The words a phrase is read from: the raw words around a value, lowercased, with the marks
//! that end a phrase, and the word lists that tell a noun from a verb or a stop.

use super::cut::Word;
use crate::clause::{DETERMINERS, HAVING_VERBS, LEVEL_VERBS, VERB_GROUP_WORDS};
use crate::subject::name::word_map::Fnv;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

/// A set of short lowercase words, hashed with FNV-1a (as the name scan's maps): SipHash was
/// a few percent of a run on these lookups.
type WordSet = HashSet<&'static str, BuildHasherDefault<Fnv>>;

/// The word lists as sets: every word after and before every value of a corpus is asked
/// about, and a walk along a list of a hundred words was a tenth of a run.
pub(super) struct Lists {
    pub(super) stops: WordSet,
    pub(super) verbs: WordSet,
    pub(super) general: WordSet,
    pub(super) empty: WordSet,
    pub(super) meeting: WordSet,
    pub(super) of_heads: WordSet,
    pub(super) determiners: WordSet,
    pub(super) rate_units: WordSet,
}

pub(super) static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let set = |lists: &[&[&'static str]]| lists.iter().flat_map(|l| l.iter().copied()).collect();
    Lists {
        stops: set(&[STOPS]),
        verbs: set(&[VERB_GROUP_WORDS, HAVING_VERBS, LEVEL_VERBS, IRREGULAR_PAST]),
        general: set(&[GENERAL_HEADS]),
        empty: set(&[EMPTY_MODIFIERS]),
        meeting: set(&[MEETING_NOUNS]),
        of_heads: set(&[OF_HEADS]),
        determiners: set(&[DETERMINERS]),
        rate_units: set(&[RATE_UNITS]),
    }
});

/// Words that end a phrase after a value: prepositions, conjunctions and verbs of the clause.
#[rustfmt::skip]
const STOPS: &[&str] = &[
    "of", "for", "from", "to", "in", "on", "at", "with", "by", "and", "or", "than", "that",
    "which", "who", "whom", "whose", "was", "were", "is", "are", "be", "been", "has", "have",
    "had", "will", "would", "not", "per", "each", "but", "as", "into", "over", "under", "about",
    "after", "before", "since", "between", "against", "while", "when", "where", "if", "because",
    "said", "says", "this", "these", "those", "it", "its", "their", "they", "he", "she", "we",
    "apiece", "more", "less", "fewer", "percent", "per cent", "a", "an", "the", "so", "such",
    "during", "among", "amid", "through", "across", "via", "including", "until", "like",
];

/// Past forms of irregular verbs that news uses to state a figure ("the division saw revenue
/// of $2.6 billion", "Labour won 412 seats"): verbs, never part of a subject. Regular ones
/// are told by their ending ([`is_verbal`]).
#[rustfmt::skip]
const IRREGULAR_PAST: &[&str] = &[
    "saw", "won", "lost", "got", "made", "took", "gave", "paid", "sold", "bought", "brought",
    "held", "hit", "rose", "fell", "grew", "began", "became", "came", "went", "left", "kept",
    "met", "ran", "spent", "told", "found", "built", "sent", "led", "stood", "drew", "wrote",
    "chose", "shot", "struck", "threw", "overtook", "swept", "seen", "taken", "given",
    "grown", "fallen", "risen", "shown", "known", "drawn", "written", "chosen",
];

/// What a rate is per: "per share", "per day", "a tonne". A value followed by one ("one-cent
/// per share dividend") quantifies the noun after the rate.
#[rustfmt::skip]
const RATE_UNITS: &[&str] = &[
    "share", "person", "head", "capita", "day", "week", "month", "year", "hour", "annum",
    "unit", "tonne", "ton", "barrel", "kilogram", "kg", "litre", "liter", "gallon", "mile",
    "kilometre", "kilometer", "km", "passenger", "seat", "vote", "household", "student",
];

/// Nouns after which "of" still leads to the thing counted or numbered: "fourth round of the
/// 2+2 dialogue", "$3 billion worth of drones".
#[rustfmt::skip]
const OF_HEADS: &[&str] = &[
    "round", "rounds", "edition", "editions", "session", "sessions", "instalment",
    "installment", "iteration", "worth", "batch", "tranche", "units", "unit",
];

/// Heads too general to be a subject: a count of them says nothing a second document could
/// contradict ("two sides", "three times", "first half"), units of time that measure a span,
/// and words that are not nouns at all.
#[rustfmt::skip]
const GENERAL_HEADS: &[&str] = &[
    "time", "times", "half", "halves", "part", "parts", "way", "ways", "thing", "things",
    "side", "sides", "one", "ones", "other", "others", "day", "days", "week", "weeks", "month",
    "months", "year", "years", "hour", "hours", "minute", "minutes", "decade", "decades",
    "second", "seconds", "point", "points", "step", "steps", "place", "kind", "kinds", "sort",
    "lot", "lots", "number", "numbers", "percent", "cent", "per", "am", "pm", "a.m", "p.m",
    "each", "all", "more", "most", "less", "many", "several", "few", "some", "any", "other",
    "another", "such", "only", "also", "just", "over", "under", "about", "around", "nearly",
    "ago", "later", "earlier", "previous", "next", "last", "first", "then", "now", "today",
    // Periods of a calendar: "the first quarter" names a period, it states nothing of it.
    "quarter", "quarters", "semester", "semesters", "fortnight", "weekend", "century",
    "centuries",
];

/// Modifiers that do not tell one subject from another: determiners, quantifiers and vague
/// adjectives ("more", "additional", "new").
#[rustfmt::skip]
const EMPTY_MODIFIERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "our", "your", "my", "this", "that",
    "these", "those", "more", "other", "new", "additional", "extra", "further", "some", "all",
    "total", "overall", "estimated", "about", "around", "nearly", "almost", "roughly", "some",
    "least", "most", "only", "just", "another", "such", "own", "same", "various", "several",
];

/// Nouns of a meeting in a series, which news writes interchangeably of one series ("the
/// fifth 2+2 talks", "the fourth round of the 2+2 dialogue"): one head for all of them.
#[rustfmt::skip]
const MEETING_NOUNS: &[&str] = &[
    "dialogue", "dialog", "talk", "meeting", "summit", "round", "session", "conference",
    "edition", "ministerial", "consultation", "negotiation",
];

pub(super) fn is_mark(w: &Word) -> bool {
    !w.lower.starts_with(char::is_alphanumeric)
}

/// A lowercase word that reads as a verb form or a function word: never part of a subject.
pub fn is_verbal(w: &str) -> bool {
    LISTS.verbs.contains(w)
        || (w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")) && !w.ends_with("ring"))
}

/// A lowercase word that reads as a plural noun: it ends the phrase after a value ("three
/// services get drones": the value counts services).
pub(super) fn looks_plural(w: &str) -> bool {
    w.len() >= 4
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
}

/// A modifier's parts: "india-us" is "india" and "us", "ministerial-level" is "ministerial"
/// and "level", so that a hyphen and a space meet; "2+2" and "mq-9b" (codes, with a digit)
/// stay whole, their hyphens dropped ("mq9b").
pub(super) fn modifier_parts(word: &str) -> Vec<String> {
    if word.contains(|c: char| c.is_ascii_digit()) {
        return vec![word.replace(['-', '.'], "")];
    }
    word.split(['-', '/'])
        .map(|p| singular(p.trim_matches('.')))
        .collect()
}

/// The singular of a lowercase noun, by its ending only ("drones" → "drone", "casualties" →
/// "casualty"); words that end in -ss, -us or -is are left as they are.
pub fn singular(word: &str) -> String {
    if word.len() < 4 || word.ends_with("ss") || word.ends_with("us") || word.ends_with("is") {
        return word.to_string();
    }
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    if let Some(stem) = word
        .strip_suffix("ches")
        .or_else(|| word.strip_suffix("shes"))
    {
        return format!("{stem}{}", &word[stem.len()..stem.len() + 2]);
    }
    word.strip_suffix('s').unwrap_or(word).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_become_singular() {
        assert_eq!(singular("drones"), "drone");
        assert_eq!(singular("casualties"), "casualty");
        assert_eq!(singular("status"), "status");
        assert_eq!(singular("churches"), "church");
    }
}
