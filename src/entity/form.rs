//! Siblings told by their form: the same name with another number, ordinal or code ("Line 2"
//! for "Line 3", "the fourth round" for "the fifth round", "Q2" for "Q3"), or another name
//! before the same head noun ("the Green Line" for "the Purple Line").
//!
//! Read from the `about` aliases once per claim; matched word by word in the few sentences a
//! verdict asks about, never over a whole document.

use crate::quantity::{self, QuantityKind};
use crate::span::Span;
pub use relative::named_relative;

mod relative;

/// What fills a numbered name's slot: the word's class and its value.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Slot {
    /// "3", "2024".
    Number(f64),
    /// "fifth", "5th".
    Ordinal(f64),
    /// "Q3", "H1", "A320": letters glued to a number; the letters are part of the form.
    Code(u64),
    /// "II", "XIV" (written in capitals).
    Roman(u32),
}

impl Slot {
    fn same_class(self, other: Slot) -> bool {
        std::mem::discriminant(&self) == std::mem::discriminant(&other)
    }
}

/// One numbered form of an alias: the words around its slot, which a sibling repeats with
/// another value in the slot.
#[derive(Debug, Clone)]
struct Numbered {
    /// The alias words before the slot up to the nearest content word (folded, in order).
    before: Vec<String>,
    /// The letters glued before a code's digits ("q" of "Q3"); empty otherwise.
    prefix: String,
    slot: Slot,
    after: Vec<String>,
}

/// The sibling forms of an entity's aliases.
#[derive(Debug, Clone, Default)]
pub struct Forms {
    numbered: Vec<Numbered>,
    /// Head nouns of aliases of several words ("line" of "Purple Line", "deal" of "drone
    /// deal"): the same noun after a capitalised name, or followed by a number, is another
    /// entity ("the Green Line", "the Rafale deal", "Line 2").
    heads: Vec<String>,
}

/// A word of a sentence: its span and its lowercase text.
#[derive(Debug, Clone)]
pub struct Word {
    pub span: Span,
    pub folded: String,
    /// Written with a capital first letter.
    pub capital: bool,
}

/// The words of `region` of `text`: runs of letters and digits; a possessive "'s" stays with
/// its word's span but not its folded text.
pub fn words(text: &str, region: Span) -> Vec<Word> {
    let mut words = Vec::new();
    let Some(slice) = text.get(region.start..region.end) else {
        return words;
    };
    let mut start = None;
    for (i, c) in slice
        .char_indices()
        .chain(std::iter::once((slice.len(), ' ')))
    {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let word = &slice[s..i];
                words.push(Word {
                    span: Span::new(region.start + s, region.start + i),
                    folded: word.to_lowercase(),
                    capital: word.chars().next().is_some_and(char::is_uppercase),
                });
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// Words that are no content of a name: a form reaches past them to the next word.
const FUNCTION_WORDS: &[&str] = &["the", "a", "an", "of", "for", "and", "on", "in", "at", "to"];

/// Capitalised words that open a sentence or a phrase without naming anything.
const NOT_NAMES: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "new",
    "old", "first", "last", "next", "each", "every", "both", "all", "in", "on", "at", "by", "for",
    "but", "and", "when", "while", "after", "before", "unlike", "like", "with", "since",
];

impl Forms {
    pub fn new(aliases: &[String]) -> Forms {
        let mut forms = Forms::default();
        for alias in aliases {
            let words = words(alias, Span::new(0, alias.len()));
            for (i, word) in words.iter().enumerate() {
                let Some((prefix, slot)) = slot_of(alias, word) else {
                    continue;
                };
                let before = context(&words[..i], true);
                let after = context(&words[i + 1..], false);
                if before.is_empty() && after.is_empty() && prefix.is_empty() {
                    continue;
                }
                forms.numbered.push(Numbered {
                    before,
                    prefix,
                    slot,
                    after,
                });
            }
            if let [.., _, head] = words.as_slice()
                && slot_of(alias, head).is_none()
                && head.folded.chars().all(char::is_alphabetic)
                && !forms.heads.contains(&head.folded)
            {
                forms.heads.push(head.folded.clone());
            }
        }
        forms
    }

    /// The spans of `words` (of `text`) that name a sibling by form.
    pub fn siblings(&self, text: &str, words: &[Word], out: &mut Vec<Span>) {
        for (i, word) in words.iter().enumerate() {
            for form in &self.numbered {
                if let Some(span) = form.sibling_at(text, words, i) {
                    out.push(span);
                }
            }
            if self.heads.iter().any(|h| is_head(&word.folded, h))
                && let Some(span) = named_head(text, words, i)
            {
                out.push(span);
            }
            if let Some(span) = self.relative_at(words, i) {
                out.push(span);
            }
        }
    }
}

impl Numbered {
    /// The sibling whose slot is `words[i]`, if the words around it are the form's.
    fn sibling_at(&self, text: &str, words: &[Word], i: usize) -> Option<Span> {
        let word = words.get(i)?;
        let (prefix, slot) = slot_of(text, word)?;
        if prefix != self.prefix || !slot.same_class(self.slot) || slot == self.slot {
            return None;
        }
        let first = i.checked_sub(self.before.len())?;
        let before_ok = words[first..i]
            .iter()
            .zip(&self.before)
            .all(|(w, f)| is_head(&w.folded, f));
        let last = i + self.after.len();
        let after_ok = words.get(i + 1..=last).is_some_and(|after| {
            after
                .iter()
                .zip(&self.after)
                .all(|(w, f)| is_head(&w.folded, f))
        });
        // A code carries its own form ("Q2"); a number or ordinal needs a word of the name.
        let named = (!self.before.is_empty() && before_ok)
            || (!self.after.is_empty() && after_ok)
            || !self.prefix.is_empty();
        if !named {
            return None;
        }
        let start = if before_ok && !self.before.is_empty() {
            words[first].span.start
        } else {
            word.span.start
        };
        let end = if after_ok && !self.after.is_empty() {
            words[last].span.end
        } else {
            word.span.end
        };
        Some(Span::new(start, end))
    }
}

/// The content words next to a slot, reaching past function words: the form a sibling repeats.
fn context(words: &[Word], before: bool) -> Vec<String> {
    let mut taken: Vec<String> = Vec::new();
    let ordered: Box<dyn Iterator<Item = &Word>> = if before {
        Box::new(words.iter().rev())
    } else {
        Box::new(words.iter())
    };
    for word in ordered {
        taken.push(word.folded.clone());
        if !FUNCTION_WORDS.contains(&word.folded.as_str()) {
            if before {
                taken.reverse();
            }
            return taken;
        }
    }
    Vec::new()
}

/// `word` is `head` or its plural.
fn is_head(word: &str, head: &str) -> bool {
    word == head
        || word
            .strip_prefix(head)
            .is_some_and(|rest| rest == "s" || rest == "es")
}

/// "the Green Line", "Line 2": the head noun at `words[i]` named by a capitalised word before
/// it or a number after it.
fn named_head(text: &str, words: &[Word], i: usize) -> Option<Span> {
    let head = words.get(i)?;
    if let Some(next) = words.get(i + 1)
        && adjacent(text, head, next)
        && slot_of(text, next).is_some()
    {
        return Some(Span::new(head.span.start, next.span.end));
    }
    let mut first = i;
    while let Some(prev) = first.checked_sub(1).and_then(|p| words.get(p)) {
        if !prev.capital
            || NOT_NAMES.contains(&prev.folded.as_str())
            || !adjacent(text, prev, &words[first])
        {
            break;
        }
        first -= 1;
    }
    (first < i).then(|| Span::new(words[first].span.start, head.span.end))
}

/// Words after which a capitalised word opening a sentence is its subject.
const VERBS_AFTER_A_NAME: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "should", "must", "also", "said", "says",
];

/// A name of the entity's shape in the subject position of a sentence (`words` are the
/// sentence's), for an entity that is a proper name of `lengths` words: "Cortivax was cleared"
/// for "Novaxim", "Aditya-L1, India's first solar observatory, is next" for "Chandrayaan-3".
/// Names of another length or of an organisation ("The Department of State Health Services
/// released…", "Finance Minister Ana Ruiz presented…") are actors more often than siblings, and
/// left alone. A lone capitalised word opening a sentence is a name only when its form says so
/// (a digit, a capital inside a lowercase word) or a verb or an apposition follows it, and it is
/// no plural and no word written lowercase nearby ("Ridership was…").
pub fn subject_name(text: &str, words: &[Word], lengths: &[usize]) -> Option<Span> {
    if lengths.is_empty() {
        return None;
    }
    let the = words.first()?.folded == "the";
    let i = usize::from(the);
    let first = words.get(i)?;
    if !first.capital
        || NOT_NAMES.contains(&first.folded.as_str())
        || PRONOUNS.contains(&first.folded.as_str())
    {
        return None;
    }
    let mut end = i;
    while let Some(next) = words.get(end + 1) {
        if !next.capital
            || NOT_NAMES.contains(&next.folded.as_str())
            || !adjacent(text, &words[end], next)
        {
            break;
        }
        end += 1;
    }
    let span = Span::new(first.span.start, words[end].span.end);
    let organisation = words.get(end + 1).is_some_and(|w| w.folded == "of");
    if organisation || !lengths.contains(&(end + 1 - i)) {
        return None;
    }
    if the || end > i {
        return Some(span);
    }
    let written = first.span.slice(text);
    // "iPhone", "McLaren", "L1"; a dateline in capitals ("DALLAS—") is no name of a thing.
    let capitals = written.chars().filter(|c| c.is_uppercase()).count();
    let marked = written.chars().any(|c| c.is_ascii_digit())
        || (capitals > 1 && written.chars().any(char::is_lowercase));
    let gap = words
        .get(i + 1)
        .and_then(|next| text.get(first.span.end..next.span.start))
        .unwrap_or("");
    let verb_at = |w: &Word| VERBS_AFTER_A_NAME.contains(&w.folded.as_str());
    // "Aditya-L1, India's first solar observatory, is next": an apposition closed by a comma
    // before the verb; "Yesterday, officials said" opens with an adverb, not a name.
    let apposition = gap.trim_start().starts_with(',')
        && words[i + 1..].windows(2).any(|pair| {
            verb_at(&pair[1])
                && text
                    .get(pair[0].span.end..pair[1].span.start)
                    .is_some_and(|g| g.trim() == ",")
        });
    let verb = words
        .get(i + 1)
        .is_some_and(|next| gap.trim().is_empty() && verb_at(next))
        || apposition;
    let plain = first.folded.ends_with('s') || written_lowercase_nearby(text, first);
    (marked || (verb && !plain)).then_some(span)
}

/// Pronouns that open a sentence without naming anything.
const PRONOUNS: &[&str] = &["it", "they", "he", "she", "we", "i", "you", "there", "here"];

/// The word occurs written in lowercase within a few KB around it: a common noun.
fn written_lowercase_nearby(text: &str, word: &Word) -> bool {
    const AROUND: usize = 4096;
    let mut from = word.span.start.saturating_sub(AROUND);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (word.span.end + AROUND).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let around = &text[from..to];
    around.match_indices(word.folded.as_str()).any(|(at, w)| {
        let before = around[..at].chars().next_back();
        let after = around[at + w.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Only white space (or a hyphen) between two words.
fn adjacent(text: &str, a: &Word, b: &Word) -> bool {
    text.get(a.span.end..b.span.start)
        .is_some_and(|gap| gap.chars().all(|c| c == ' ' || c == '-'))
}

/// The slot a word fills, with the letters glued before a code's digits.
fn slot_of(text: &str, word: &Word) -> Option<(String, Slot)> {
    let w = word.folded.as_str();
    let written = word.span.slice(text);
    let digits = w.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    if digits.len() < w.len() && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        let prefix = &w[..w.len() - digits.len()];
        return (prefix.len() <= 3)
            .then(|| {
                digits
                    .parse()
                    .ok()
                    .map(|n| (prefix.to_string(), Slot::Code(n)))
            })
            .flatten();
    }
    if written.len() > 1 && written.bytes().all(|b| b"IVX".contains(&b)) {
        return roman(written).map(|n| (String::new(), Slot::Roman(n)));
    }
    let ordinal_like = w.ends_with("th")
        || w.ends_with("st")
        || w.ends_with("nd")
        || w.ends_with("rd")
        || w == "second";
    if !w.starts_with(|c: char| c.is_ascii_digit()) && !ordinal_like {
        return None;
    }
    let q = quantity::parse_value(w)?;
    let value = q.value?;
    let slot = match q.kind {
        QuantityKind::Ordinal => Slot::Ordinal(value),
        QuantityKind::Count | QuantityKind::Year if w.bytes().all(|b| b.is_ascii_digit()) => {
            Slot::Number(value)
        }
        _ => return None,
    };
    Some((String::new(), slot))
}

/// A Roman numeral from II to XXXIX ("I" alone is a pronoun more often than a numeral).
fn roman(s: &str) -> Option<u32> {
    let mut total = 0;
    let mut prev = 0;
    for c in s.chars().rev() {
        let v = match c {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            _ => return None,
        };
        if v < prev {
            total -= v;
        } else {
            total += v;
            prev = v;
        }
    }
    (2..40).contains(&total).then_some(total)
}

#[cfg(test)]
mod tests;
