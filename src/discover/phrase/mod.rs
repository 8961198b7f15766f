//! The noun phrase a value quantifies, read from the raw words around it, and its normal form.
//!
//! `discover` has no claims file to say what the subjects are, so it reads a candidate noun
//! phrase next to each value ("31 *armed drones*", "the *death toll* rose to 2,946") and then
//! asks the same attachment `check` uses (`verdict::attach`) whether the value is tied to it.
//! This module only proposes the phrase and normalises it so that the forms of one subject
//! meet: case, plural, hyphen and space, "2 plus 2" and "2+2", and a head noun with a set of
//! modifiers ("Predator Armed Drones" holds the modifiers of "armed drones").

mod cut;
mod words;

use crate::span::Span;
use cut::{LazyWords, Word, words_in};
use words::{LISTS, is_mark, looks_plural, modifier_parts};
pub use words::{is_verbal, singular};

/// How many words a phrase after a value may hold ("fifth India-US 2+2 ministerial-level
/// talks" holds four); `verdict::attach` ties no further.
const MAX_WORDS: usize = 5;

/// How many words before a value are tried as the head of a subject linked to it ("the
/// death toll from the quake rose to 2,946").
const MAX_LEFT_WORDS: usize = 10;

/// A candidate subject: the span of its words and their normal form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// From the first word to the head.
    pub span: Span,
    /// The head noun, singular, with meeting nouns made one ("meeting").
    pub head: String,
    /// The other words' normal forms, sorted and without repeats; empty modifiers dropped.
    pub modifiers: Vec<String>,
}

/// The noun phrase right after a value that ends at `at`, within `sentence`: at most
/// [`MAX_WORDS`] words up to the first plural noun, a stop word or a mark; after an "of"
/// head the phrase starts again ("fourth round of the 2+2 dialogue": "2+2 dialogue").
pub fn after(text: &str, at: usize, sentence: Span) -> Option<Phrase> {
    let mut words = LazyWords::new(text, at, sentence.end.min(at + 160));
    // Indices of the words taken, in `words`.
    let mut taken: Vec<usize> = Vec::new();
    let mut i = 0;
    while taken.len() < MAX_WORDS {
        // Word `i` and the one after it are asked about.
        let cut = words.cut_to(i + 1);
        let Some(w) = cut.get(i) else {
            break;
        };
        if is_mark(w) {
            break;
        }
        // "a one-cent per share dividend", "$2 a share payout": the rate belongs to the
        // value, the noun after it is what it quantifies.
        if taken.is_empty()
            && (w.lower == "per" || (i == 0 && w.lower == "a"))
            && cut
                .get(i + 1)
                .is_some_and(|n| !is_mark(n) && LISTS.rate_units.contains(n.lower.as_ref()))
        {
            i += 2;
            continue;
        }
        if w.lower == "of"
            && taken
                .last()
                .and_then(|&l| cut.get(l))
                .is_some_and(|l| LISTS.of_heads.contains(l.lower.as_ref()))
        {
            taken.clear();
            i += 1;
            while words
                .cut_to(i)
                .get(i)
                .is_some_and(|w| LISTS.determiners.contains(w.lower.as_ref()))
            {
                i += 1;
            }
            continue;
        }
        // "31 armed drones", "2,000 injured people": right after the value a participle is
        // an adjective; later it is the clause's verb ("470 aircraft ordered by").
        // A participle followed by a preposition or a mark is the verb ("2% compared with").
        let noun_follows = cut
            .get(i + 1)
            .is_some_and(|n| !is_mark(n) && !LISTS.stops.contains(n.lower.as_ref()));
        let adjective = (w.capital || (taken.is_empty() && noun_follows))
            && !LISTS.verbs.contains(w.lower.as_ref());
        if LISTS.stops.contains(w.lower.as_ref()) || (is_verbal(&w.lower) && !adjective) {
            break;
        }
        taken.push(i);
        if !w.capital && looks_plural(&w.lower) && !LISTS.of_heads.contains(w.lower.as_ref()) {
            break;
        }
        i += 1;
    }
    let cut = words.cut_to(0);
    let taken: Vec<&Word> = taken.iter().filter_map(|&t| cut.get(t)).collect();
    phrase(&taken)
}

/// Heads of a charge or limit laid *on* something, singular: "a 25% tariff on steel" and "a
/// 10% tariff on aluminum" are two tariffs.
#[rustfmt::skip]
const LEVIES: &[&str] = &[
    "tariff", "tax", "duty", "levy", "surcharge", "fee", "quota", "cap", "ceiling", "ban",
    "sanction", "subsidy", "excise",
];

/// What a levy (`head`, singular: [`LEVIES`]) is laid on, right after `at` (the end of its
/// value or noun): "a 25% tariff *on steel*", "tariffs of 25 percent *on steel*". Two such
/// subjects differ by it, so it joins the modifiers. The noun singular, and as written.
pub fn levied_on(text: &str, head: &str, at: usize, sentence: Span) -> Option<(String, Span)> {
    if !LEVIES.contains(&head) {
        return None;
    }
    let words = words_in(text, at, sentence.end.min(at + 80));
    let mut rest = words.iter();
    if rest.next()?.lower != "on" {
        return None;
    }
    let noun = rest.find(|w| !LISTS.determiners.contains(w.lower.as_ref()))?;
    let plain = noun.lower.chars().all(char::is_alphabetic) && noun.lower.len() >= 3;
    (plain && !LISTS.stops.contains(noun.lower.as_ref()) && !is_verbal(&noun.lower))
        .then(|| (singular(&noun.lower), noun.span))
}

/// Candidate heads before a value at `at`, nearest first: each noun-like word of the
/// sentence before it (at most [`MAX_LEFT_WORDS`] words back), as a phrase with the words
/// of its own noun phrase before it ("death toll", "the 2+2 dialogue").
pub fn before(text: &str, at: usize, sentence: Span) -> Vec<Phrase> {
    let words = words_in(text, sentence.start.max(at.saturating_sub(160)), at);
    let words = &words[words.len().saturating_sub(MAX_LEFT_WORDS)..];
    let mut out = Vec::new();
    let ends_phrase =
        |w: &Word| is_mark(w) || LISTS.stops.contains(w.lower.as_ref()) || is_verbal(&w.lower);
    for (i, w) in words.iter().enumerate().rev() {
        // A head ends its noun phrase: "death" of "death toll" is a modifier, and so is
        // "city" of "the city's budget".
        if ends_phrase(w) || w.possessive || words.get(i + 1).is_some_and(|n| !ends_phrase(n)) {
            continue;
        }
        // The words of its noun phrase: back to a stop word, a verb or a mark.
        let first = words[..i]
            .iter()
            .rposition(ends_phrase)
            .map_or(0, |p| p + 1);
        let taken: Vec<&Word> = words[first.max(i.saturating_sub(MAX_WORDS - 1))..=i]
            .iter()
            .collect();
        out.extend(phrase(&taken));
    }
    out
}

/// The phrase of `words` (head last), or `None` when its head is too general or no noun.
fn phrase(words: &[&Word]) -> Option<Phrase> {
    let (head, rest) = words.split_last()?;
    let head_word = singular(&head.lower);
    if LISTS.general.contains(head.lower.as_ref())
        || LISTS.general.contains(head_word.as_str())
        || !head_word.starts_with(char::is_alphabetic)
        || head_word.chars().count() < 3
    {
        return None;
    }
    let head_word = if LISTS.meeting.contains(head_word.as_str()) {
        "meeting".to_string()
    } else {
        head_word
    };
    let mut modifiers: Vec<String> = rest
        .iter()
        .flat_map(|w| modifier_parts(&w.lower))
        .filter(|m| !LISTS.empty.contains(m.as_str()) && !m.is_empty())
        .map(|m| {
            if LISTS.meeting.contains(m.as_str()) {
                "meeting".to_string()
            } else {
                m
            }
        })
        .filter(|m| *m != head_word)
        .collect();
    modifiers.sort_unstable();
    modifiers.dedup();
    let start = words.first().map_or(head.span.start, |w| w.span.start);
    Some(Phrase {
        span: Span::new(start, head.span.end),
        head: head_word,
        modifiers,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after_of(s: &str, value: &str) -> Option<(String, String, Vec<String>)> {
        let at = s.find(value).unwrap() + value.len();
        after(s, at, Span::new(0, s.len()))
            .map(|p| (p.span.slice(s).to_string(), p.head, p.modifiers))
    }

    #[test]
    fn the_phrase_after_a_value_ends_at_its_noun() {
        let (form, head, mods) = after_of("to acquire 31 armed drones made by GA.", "31").unwrap();
        assert_eq!((form.as_str(), head.as_str()), ("armed drones", "drone"));
        assert_eq!(mods, ["armed"]);
        let (_, head, mods) = after_of("of 30 Predator Armed Drones from the US", "30").unwrap();
        assert_eq!(head, "drone");
        assert_eq!(mods, ["armed", "predator"]);
        let (form, head, mods) =
            after_of("The fourth round of the “2+2 dialogue” between", "fourth").unwrap();
        assert_eq!((form.as_str(), head.as_str()), ("2+2 dialogue", "meeting"));
        assert_eq!(mods, ["2+2"]);
        let (_, head, mods) = after_of("their fifth “2 plus 2” dialogue in", "fifth").unwrap();
        assert_eq!((head.as_str(), mods), ("meeting", vec!["2+2".to_string()]));
        let (_, head, mods) = after_of(
            "for the fifth India-US 2+2 ministerial-level talks in",
            "fifth",
        )
        .unwrap();
        assert_eq!(head, "meeting");
        assert_eq!(mods, ["2+2", "india", "level", "us"]);
        assert_eq!(after_of("in the first half of November", "first"), None);
        assert_eq!(after_of("for 15 years.", "15"), None);
    }

    #[test]
    fn heads_before_a_value_come_nearest_first() {
        let s = "The death toll from the quake rose to 2,946 on Tuesday.";
        let at = s.find("2,946").unwrap();
        let heads: Vec<String> = before(s, at, Span::new(0, s.len()))
            .iter()
            .map(|p| p.span.slice(s).to_string())
            .collect();
        assert_eq!(heads, ["quake", "death toll"]);
    }
}
