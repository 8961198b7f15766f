//! Word lists and readers of the raw text between a value and its subject, for the adjacent
//! tie ("31 armed drones") and the linking words of an appositive ("the deal, worth $3
//! billion").

use crate::clause::CHANGE_NOUNS;
use crate::clause::is_one_of;
use crate::quantity::QuantityKind;

/// Words that start another phrase, so a value before them quantifies something else.
pub(super) const BREAKERS: &[&str] = &[
    "of", "for", "from", "to", "in", "on", "at", "with", "by", "and", "or", "than", "that",
    "which", "who", "whom", "whose", "was", "were", "is", "are", "be", "been", "has", "have",
    "had", "will", "would", "not", "per", "each", "but", "as", "into", "over", "under", "about",
    "after", "before", "since", "between", "against", "while", "when", "where", "if", "because",
];

/// Nouns after which "of" still leads to the thing counted: "round of the 2+2 dialogue",
/// "worth of drones".
const OF_HEADS: &[&str] = &[
    "worth",
    "round",
    "rounds",
    "edition",
    "meeting",
    "session",
    "iteration",
    "instalment",
    "installment",
    "batch",
    "tranche",
    "order",
    "purchase",
    "deal",
    "acquisition",
    "units",
];

const PUNCTUATION_BREAKS: &[char] = &[
    ',', ';', ':', '(', ')', '[', ']', '.', '!', '?', '—', '–', '|',
];

/// The number of words between a value and the subject after it when they are adjacent.
pub(super) fn adjacent_words(gap: &str, kind: QuantityKind) -> Option<usize> {
    if breaks_phrase(gap) {
        return None;
    }
    let mut words_of = words(gap);
    let words: [&str; 4] = std::array::from_fn(|_| words_of.next().unwrap_or_default());
    if words_of.next().is_some() {
        return None;
    }
    let count = words.iter().take_while(|w| !w.is_empty()).count();
    // A time names the noun right after it ("the 2023 quake", "the September 8 Morocco
    // earthquake"), never across a verb: "figures on Saturday showed the quake".
    if matches!(kind, QuantityKind::Date | QuantityKind::Year)
        && (count > 2 || words[..count].iter().any(|w| w.ends_with("ed")))
    {
        return None;
    }
    for (i, &word) in words[..count].iter().enumerate() {
        let of_after_head = word.eq_ignore_ascii_case("of")
            && (i
                .checked_sub(1)
                .is_some_and(|p| is_one_of(words[p], OF_HEADS))
                || (i == 0 && matches!(kind, QuantityKind::Percent | QuantityKind::Money)));
        // "a 262% jump in revenue", "a 5% rise in fares": a change of the noun after "in".
        let in_after_change = word.eq_ignore_ascii_case("in")
            && i.checked_sub(1)
                .is_some_and(|p| is_one_of(words[p], CHANGE_NOUNS));
        // "the fifth and final batch", "the third and last round": an ordinal joined to
        // "final" or "last" numbers the same noun.
        let and_final = kind == QuantityKind::Ordinal
            && i == 0
            && word.eq_ignore_ascii_case("and")
            && is_one_of(words[1], &["final", "last"]);
        if is_one_of(word, BREAKERS) && !of_after_head && !in_after_change && !and_final {
            return None;
        }
        // A value counts the first plural noun after it: in "three services get drones" it
        // counts services. Capitalised words are names ("30 Predator Armed Drones").
        if i + 1 < count && looks_plural(word) && !is_one_of(word, OF_HEADS) {
            return None;
        }
    }
    Some(count)
}

/// Whether `gap` holds punctuation that ends a phrase. The full stops of an abbreviation of
/// single capitals ("the first U.S. death", "a U.K. order") are part of a word, not a break.
fn breaks_phrase(gap: &str) -> bool {
    let bytes = gap.as_bytes();
    gap.char_indices().any(|(i, c)| {
        if c != '.' {
            return PUNCTUATION_BREAKS.contains(&c);
        }
        let capital = i
            .checked_sub(1)
            .and_then(|p| bytes.get(p))
            .is_some_and(u8::is_ascii_uppercase);
        let alone = i
            .checked_sub(2)
            .and_then(|p| bytes.get(p))
            .is_none_or(|b| !b.is_ascii_alphabetic());
        !(capital && alone)
    })
}

/// A lowercase word that reads as a plural noun (or a verb in -s): "services", "gets".
fn looks_plural(word: &str) -> bool {
    word.len() >= 4
        && word.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
}

/// Words that tie a subject to a value after it: "drones numbering 31", "the deal, worth $3bn".
pub(super) const LINKS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "will",
    "would",
    "now",
    "numbering",
    "numbered",
    "number",
    "totalling",
    "totaling",
    "totalled",
    "totaled",
    "total",
    "worth",
    "valued",
    "at",
    "of",
    "costing",
    "cost",
    "costs",
    "estimated",
    "reached",
    "reaching",
    "stood",
    "stands",
    "stand",
    "rose",
    "fell",
    "to",
    "amounting",
    "amounted",
    "came",
];

pub(super) fn linking_words(gap: &str) -> Option<usize> {
    if gap
        .trim_start()
        .trim_start_matches([',', ':'])
        .contains(PUNCTUATION_BREAKS)
    {
        return None;
    }
    let mut count = 0;
    for word in words(gap) {
        count += 1;
        if count > 4 || !is_one_of(word, LINKS) {
            return None;
        }
    }
    Some(count)
}

/// The words of a gap, quotes and commas around them dropped.
pub(super) fn words(gap: &str) -> impl Iterator<Item = &str> {
    gap.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'' | ',' | ':'))
        })
        .filter(|w| !w.is_empty())
}
