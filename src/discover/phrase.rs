//! The noun phrase a value quantifies, read from the raw words around it, and its normal form.
//!
//! `discover` has no claims file to say what the subjects are, so it reads a candidate noun
//! phrase next to each value ("31 *armed drones*", "the *death toll* rose to 2,946") and then
//! asks the same attachment `check` uses (`verdict::attach`) whether the value is tied to it.
//! This module only proposes the phrase and normalises it so that the forms of one subject
//! meet: case, plural, hyphen and space, "2 plus 2" and "2+2", and a head noun with a set of
//! modifiers ("Predator Armed Drones" holds the modifiers of "armed drones").

use crate::clause::{DETERMINERS, HAVING_VERBS, LEVEL_VERBS, VERB_GROUP_WORDS};
use crate::span::Span;
use crate::subject::name::word_map::Fnv;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

/// A set of short lowercase words, hashed with FNV-1a (as the name scan's maps): SipHash was
/// a few percent of a run on these lookups.
type WordSet = HashSet<&'static str, BuildHasherDefault<Fnv>>;

/// The word lists as sets: every word after and before every value of a corpus is asked
/// about, and a walk along a list of a hundred words was a tenth of a run.
struct Lists {
    stops: WordSet,
    verbs: WordSet,
    general: WordSet,
    empty: WordSet,
    meeting: WordSet,
    of_heads: WordSet,
    determiners: WordSet,
    rate_units: WordSet,
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| {
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

/// How many words a phrase after a value may hold ("fifth India-US 2+2 ministerial-level
/// talks" holds four); `verdict::attach` ties no further.
const MAX_WORDS: usize = 5;

/// How many words before a value are tried as the head of a subject linked to it ("the
/// death toll from the quake rose to 2,946").
const MAX_LEFT_WORDS: usize = 10;

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

/// One word of a phrase: where it is and its normal form.
#[derive(Debug, Clone)]
struct Word {
    span: Span,
    /// Lowercase, quotes dropped, "2 plus 2" already joined into "2+2".
    lower: String,
    /// Written with a possessive "'s" ("the city's budget"): a modifier of what follows.
    possessive: bool,
    /// Written with a capital: part of a name ("30 Predator Armed Drones"), never a verb.
    capital: bool,
}

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

/// The words of `text[from..to]`: letters, digits and the marks inside a word ("India-US",
/// "2+2", "MQ-9B", "ministerial-level"); quotes are skipped, any other mark ends the run and
/// is returned as a one-character word so that the caller can stop there.
fn words_in(text: &str, from: usize, to: usize) -> Vec<Word> {
    let mut out = Vec::new();
    let Some(slice) = text.get(from..to) else {
        return out;
    };
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() || matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'') {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Word {
                span: Span::new(from + i, from + i + c.len_utf8()),
                lower: c.to_string(),
                possessive: false,
                capital: false,
            });
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, n)) = chars.peek() {
            let joins = matches!(n, '-' | '+' | '.' | '/' | '&' | '\'' | '’')
                && slice[j + n.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            if n.is_alphanumeric() || joins {
                end = j + n.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let word = &slice[i..end];
        // "Blinken's": the possessive is not part of the word.
        let bare = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"));
        let possessive = bare.is_some();
        let word = bare.unwrap_or(word);
        out.push(Word {
            span: Span::new(from + i, from + i + word.len()),
            lower: word.to_lowercase(),
            possessive,
            capital: word.starts_with(char::is_uppercase),
        });
    }
    join_plus(&mut out);
    out
}

/// "2 plus 2" is "2+2": three words made one.
fn join_plus(words: &mut Vec<Word>) {
    let digits = |w: &Word| !w.lower.is_empty() && w.lower.bytes().all(|b| b.is_ascii_digit());
    let mut i = 0;
    while i + 2 < words.len() {
        if digits(&words[i]) && words[i + 1].lower == "plus" && digits(&words[i + 2]) {
            let joined = Word {
                span: Span::new(words[i].span.start, words[i + 2].span.end),
                lower: format!("{}+{}", words[i].lower, words[i + 2].lower),
                possessive: false,
                capital: false,
            };
            words.splice(i..i + 3, [joined]);
        }
        i += 1;
    }
}

fn is_mark(w: &Word) -> bool {
    !w.lower.starts_with(char::is_alphanumeric)
}

/// A lowercase word that reads as a verb form or a function word: never part of a subject.
pub fn is_verbal(w: &str) -> bool {
    LISTS.verbs.contains(w)
        || (w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")) && !w.ends_with("ring"))
}

/// A lowercase word that reads as a plural noun: it ends the phrase after a value ("three
/// services get drones": the value counts services).
fn looks_plural(w: &str) -> bool {
    w.len() >= 4
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
}

/// The noun phrase right after a value that ends at `at`, within `sentence`: at most
/// [`MAX_WORDS`] words up to the first plural noun, a stop word or a mark; after an "of"
/// head the phrase starts again ("fourth round of the 2+2 dialogue": "2+2 dialogue").
pub fn after(text: &str, at: usize, sentence: Span) -> Option<Phrase> {
    let words = words_in(text, at, sentence.end.min(at + 160));
    let mut taken: Vec<&Word> = Vec::new();
    let mut i = 0;
    while i < words.len() && taken.len() < MAX_WORDS {
        let w = &words[i];
        if is_mark(w) {
            break;
        }
        // "a one-cent per share dividend", "$2 a share payout": the rate belongs to the
        // value, the noun after it is what it quantifies.
        if taken.is_empty()
            && (w.lower == "per" || (i == 0 && w.lower == "a"))
            && words
                .get(i + 1)
                .is_some_and(|n| !is_mark(n) && LISTS.rate_units.contains(n.lower.as_str()))
        {
            i += 2;
            continue;
        }
        if w.lower == "of"
            && taken
                .last()
                .is_some_and(|l| LISTS.of_heads.contains(l.lower.as_str()))
        {
            taken.clear();
            i += 1;
            while words
                .get(i)
                .is_some_and(|w| LISTS.determiners.contains(w.lower.as_str()))
            {
                i += 1;
            }
            continue;
        }
        // "31 armed drones", "2,000 injured people": right after the value a participle is
        // an adjective; later it is the clause's verb ("470 aircraft ordered by").
        // A participle followed by a preposition or a mark is the verb ("2% compared with").
        let noun_follows = words
            .get(i + 1)
            .is_some_and(|n| !is_mark(n) && !LISTS.stops.contains(n.lower.as_str()));
        let adjective = (w.capital || (taken.is_empty() && noun_follows))
            && !LISTS.verbs.contains(w.lower.as_str());
        if LISTS.stops.contains(w.lower.as_str()) || (is_verbal(&w.lower) && !adjective) {
            break;
        }
        taken.push(w);
        if !w.capital && looks_plural(&w.lower) && !LISTS.of_heads.contains(w.lower.as_str()) {
            break;
        }
        i += 1;
    }
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
    let noun = rest.find(|w| !LISTS.determiners.contains(w.lower.as_str()))?;
    let plain = noun.lower.chars().all(char::is_alphabetic) && noun.lower.len() >= 3;
    (plain && !LISTS.stops.contains(noun.lower.as_str()) && !is_verbal(&noun.lower))
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
        |w: &Word| is_mark(w) || LISTS.stops.contains(w.lower.as_str()) || is_verbal(&w.lower);
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
    if LISTS.general.contains(head.lower.as_str())
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

/// A modifier's parts: "india-us" is "india" and "us", "ministerial-level" is "ministerial"
/// and "level", so that a hyphen and a space meet; "2+2" and "mq-9b" (codes, with a digit)
/// stay whole, their hyphens dropped ("mq9b").
fn modifier_parts(word: &str) -> Vec<String> {
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

    #[test]
    fn plurals_become_singular() {
        assert_eq!(singular("drones"), "drone");
        assert_eq!(singular("casualties"), "casualty");
        assert_eq!(singular("status"), "status");
        assert_eq!(singular("churches"), "church");
    }
}
