//! Which of a sentence's values quantifies the subject.
//!
//! "This included an agreement for the purchase of 30 Predator Armed Drones from the US for
//! India’s three armed services" holds two counts; only 30 is about the drones. A value is tied
//! to a subject occurrence by what stands between them:
//! - *adjacent*: the value comes first and at most a few words stand between, none of them a
//!   preposition or verb that starts another phrase ("31 armed drones", "fifth India-US 2+2
//!   talks", "over $3 billion worth of drones", "fourth round of the 2+2 dialogue");
//! - *linked*: the subject comes first, then only linking words ("drones numbering 31", "the
//!   deal, worth $3 billion");
//! - otherwise the two merely share the sentence.
//!
//! Counts and ordinals must be adjacent or linked, since a sentence is full of unrelated counts
//! ("first half of November"). Money, percentages, years and dates, rarer in a sentence, may
//! also be the only value of their kind in it. A part of a whole ("of which 15 SeaGuardian
//! drones", "eight each") is never the total.

use crate::quantity::{Quantity, QuantityKind};
use crate::span::Span;

/// How firmly a value is tied to a subject occurrence; smaller is firmer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Tie {
    Adjacent(usize),
    Linked(usize),
    /// Near and in the same clause: enough for a value that is alone of its kind.
    Sentence(usize),
    /// Far apart, or another clause stands between ("…trucks are old, though military
    /// equipment…"): never evidence.
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

/// The value among `candidates` (all of the claim's kind, inside `sentence`) that quantifies one
/// of the `subjects` occurrences (sorted by start); `None` when no value is tied firmly enough.
/// `all` is every quantity of the sentence, sorted by start.
pub fn choose<'q>(
    text: &str,
    sentence: Span,
    subjects: &[Span],
    candidates: &[&'q Quantity],
    all: &[Quantity],
) -> Option<(&'q Quantity, Span)> {
    let mut usable = 0;
    let mut best: Option<(Tie, &Quantity, Span)> = None;
    for q in candidates.iter().copied() {
        // Subjects [..split] start before the value ends; the nearest lie around `split`.
        let split = subjects.partition_point(|s| s.start < q.span.end);
        let near = &subjects[split.saturating_sub(NEAREST)..(split + NEAREST).min(subjects.len())];
        if q.compound
            || near.iter().any(|s| s.overlaps(q.span))
            || is_part_of_whole(text, sentence, q, subjects)
        {
            continue;
        }
        usable += 1;
        for subject in near {
            let tie = tie(text, q, *subject, all);
            if best.is_none_or(|(b, _, _)| tie < b) {
                best = Some((tie, q, *subject));
            }
        }
    }
    let (tie, q, subject) = best?;
    let firm = matches!(tie, Tie::Adjacent(_) | Tie::Linked(_));
    let lone = usable == 1
        && !matches!(q.kind, QuantityKind::Count | QuantityKind::Ordinal)
        && matches!(tie, Tie::Sentence(d) if d <= LONE_NEAR);
    (firm || lone).then_some((q, subject))
}

fn tie(text: &str, q: &Quantity, subject: Span, all: &[Quantity]) -> Tie {
    // Another value between the two takes the tie ("15 of the 31 drones"). `all` is sorted.
    let between_has_value = |gap: Span| {
        let first = all.partition_point(|o| o.span.start < gap.start);
        all.get(first)
            .is_some_and(|o| o.span.end <= gap.end && !o.span.is_empty())
    };
    let (gap, before) = if q.span.end <= subject.start {
        (Span::new(q.span.end, subject.start), true)
    } else if subject.end <= q.span.start {
        (Span::new(subject.end, q.span.start), false)
    } else {
        return Tie::Apart;
    };
    if gap.len() > NEAR || breaks_clause(gap.slice(text)) {
        return Tie::Apart;
    }
    if between_has_value(gap) {
        return Tie::Sentence(gap.len());
    }
    let words = if before {
        adjacent_words(gap.slice(text), q.kind).map(Tie::Adjacent)
    } else {
        linking_words(gap.slice(text)).map(Tie::Linked)
    };
    words.unwrap_or(Tie::Sentence(gap.len()))
}

/// Words and marks that open another clause: a value on the far side of one is about something
/// else, even when it is the only value of its kind in the sentence.
fn breaks_clause(gap: &str) -> bool {
    const CONJUNCTIONS: &[&str] = &[
        "though",
        "although",
        "but",
        "while",
        "whereas",
        "however",
        "yet",
        "unlike",
        "meanwhile",
        "whilst",
        "despite",
    ];
    gap.contains([';', '(', ')', '—', '–'])
        || gap.contains(" - ")
        || words(gap).any(|w| is_one_of(w, CONJUNCTIONS))
}

/// Words that start another phrase, so a value before them quantifies something else.
const BREAKERS: &[&str] = &[
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
fn adjacent_words(gap: &str, kind: QuantityKind) -> Option<usize> {
    if gap.contains(PUNCTUATION_BREAKS) {
        return None;
    }
    let mut words_of = words(gap);
    let words: [&str; 4] = std::array::from_fn(|_| words_of.next().unwrap_or_default());
    if words_of.next().is_some() {
        return None;
    }
    let count = words.iter().take_while(|w| !w.is_empty()).count();
    for (i, &word) in words[..count].iter().enumerate() {
        let of_after_head = word.eq_ignore_ascii_case("of")
            && (i
                .checked_sub(1)
                .is_some_and(|p| is_one_of(words[p], OF_HEADS))
                || (i == 0 && matches!(kind, QuantityKind::Percent | QuantityKind::Money)));
        if is_one_of(word, BREAKERS) && !of_after_head {
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
const LINKS: &[&str] = &[
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

fn linking_words(gap: &str) -> Option<usize> {
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
fn words(gap: &str) -> impl Iterator<Item = &str> {
    gap.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'' | ',' | ':'))
        })
        .filter(|w| !w.is_empty())
}

/// Whether `word`, lowercased, is one of `list` (lowercase words). An ASCII word is compared
/// without building its lowercase copy ([`lowercase`]): this runs for every word between every
/// value and subject.
fn is_one_of(word: &str, list: &[&str]) -> bool {
    let lower = lowercase(word);
    list.iter().any(|w| w.eq_ignore_ascii_case(&lower))
}

/// "31 drones, of which 15 SeaGuardian drones", "including 15", "eight each": a part, not the
/// total. "of which" and "including" make a part only when the whole, a subject occurrence, was
/// named before them: in "purchases of weaponry, including over $3 billion worth of drones" the
/// value is the whole of the drones.
fn is_part_of_whole(text: &str, sentence: Span, q: &Quantity, subjects: &[Span]) -> bool {
    const BEFORE: &[&str] = &[
        "of which",
        "of them",
        "of these",
        "including",
        "includes",
        "included",
        "among them",
        "among which",
        "out of which",
    ];
    const AFTER: &[&str] = &[
        "each", "apiece", "of which", "of them", "of these", "of those",
    ];
    // Bounded windows: the phrases are short, and a giant sentence must not make this quadratic.
    let from = text.floor_char_boundary(
        q.span
            .start
            .saturating_sub(24)
            .max(sentence.start.min(q.span.start)),
    );
    let to = text.ceil_char_boundary((q.span.end + 24).min(sentence.end.max(q.span.end)));
    let before = lowercase(&text[from..q.span.start]);
    let before = before
        .trim_end()
        .trim_end_matches([',', ':', '(', '—', '–'])
        .trim_end();
    let whole_named_before = subjects.first().is_some_and(|s| s.end <= q.span.start);
    let after = lowercase(text[q.span.end..to].trim_start());
    let ends_with = |w: &str| {
        before.len() >= w.len()
            && before.as_bytes()[before.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
    };
    let starts_with = |w: &str| {
        after.len() >= w.len() && after.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes())
    };
    (whole_named_before && BEFORE.iter().any(|w| ends_with(w)))
        || AFTER.iter().any(|w| {
            starts_with(w)
                && after[w.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
}

/// `text` lowercased where ASCII case-folding would not do: non-ASCII text is lowercased in a
/// copy, ASCII text is borrowed as it is, to be compared with lowercase ASCII phrases ignoring
/// ASCII case (the same answer, without a copy per value).
fn lowercase(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.to_lowercase())
    }
}
