//! The words that hold a value, and the tokens that do.
//!
//! A quantity takes its value from digits, a number word ("thirty", "fifth", "dozen", "half",
//! "crore"), an adjective that states a first ("inaugural", "maiden") or a month (`reach.rs`
//! says why that bounds where a quantity can start). The extractor asks whether a word is one
//! of them about every word it reads, and whether a text holds one at all about every
//! sentence, so the question is answered from one set of every word the tables read
//! ([`VOCABULARY`]), built once from the tables themselves (`number_words::vocabulary`,
//! `date::month_words`, `first_words::ADJECTIVES`); a test compares it with the tables.

use super::date::month_words;
use super::first_words::ADJECTIVES;
use super::lexical_forms::vulgar_char;
use super::number_words;
use super::token::TokenKind;
use std::sync::LazyLock;
#[cfg(test)]
use {
    super::date::month_number,
    super::first_words::adjective_value,
    super::number_words::{
        denominator_value, dozen_value, hundred_value, ordinal_value, scale_value, tens_value,
        unit_value,
    },
    super::token::LowerWord,
    super::word_fraction::denominator_word,
};

/// Whether a token of this kind and text can give a quantity its value: digits, a number
/// word or a month. Decided once per token, when the text is cut ([`Token::value`]).
pub(crate) fn value_of_token(kind: TokenKind, text: &str) -> bool {
    match kind {
        TokenKind::Number | TokenKind::Code => true,
        // "¾": a vulgar fraction is a number of its own
        TokenKind::Symbol => text.chars().next().and_then(vulgar_char).is_some(),
        TokenKind::Word => is_value_word(text),
    }
}

/// Whether the bytes of a word (a run of ASCII letters) are a value word: [`is_value_word`]
/// for the screen of `value_screen.rs`, which reads bytes.
pub(super) fn is_value_word_bytes(word: &[u8]) -> bool {
    VOCABULARY.contains_bytes(word)
}

/// A number word of any of the vocabularies, an adjective that states a first, or a month
/// name or abbreviation: one lookup of the word in the set of every word the tables read.
/// The extractor asks it about every word of every sentence it reads; asking the ten tables
/// one by one cost about a thousand instructions a word.
fn is_value_word(word: &str) -> bool {
    VOCABULARY.contains_bytes(word.as_bytes())
}

/// Every word that [`in_vocabulary`] accepts, lowercase: the tables' own words and the forms
/// they derive (`number_words::vocabulary`), the months and the adjectives of a first.
static VOCABULARY: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(
        number_words::vocabulary()
            .into_iter()
            .chain(month_words().map(str::to_string))
            .chain(ADJECTIVES.iter().map(|w| (*w).to_string())),
    )
});

/// A set of lowercase ASCII words asked about words in any ASCII case, without a lowercase
/// copy: open addressing over a power-of-two table, hashed (FNV-1a) on the lowered bytes as
/// they are read, compared ignoring ASCII case. A non-ASCII word is never in it. Most words
/// asked about are not in it, and most of those are turned away by their length and first
/// two letters before they are hashed: by length and first letter alone, the commonest words
/// of English passed ("the" as "ten", "and" as "aug", "for" as "feb"), and hashing them was
/// most of what the set cost.
struct WordSet {
    slots: Vec<Option<String>>,
    /// For each length under 32, a bit per first letter of the words of that length.
    shapes: [u32; 32],
    /// For each length under 32 and first letter (`length * 26 + letter`), a bit per second
    /// letter of the words of that length that start with it.
    pairs: Vec<u32>,
}

impl WordSet {
    fn new(words: impl Iterator<Item = String>) -> Self {
        let mut words: Vec<String> = words.collect();
        words.sort_unstable();
        words.dedup();
        // At most a quarter full: a miss, the common answer, ends at the first empty slot.
        let size = (words.len() * 4).next_power_of_two();
        let mut set = WordSet {
            slots: vec![None; size],
            shapes: [0; 32],
            pairs: vec![0; 32 * 26],
        };
        for w in words {
            if let (Some(first), Some(shape)) = (w.bytes().next(), set.shapes.get_mut(w.len()))
                && first.is_ascii_lowercase()
            {
                *shape |= 1 << (first - b'a');
                if let (Some(second), Some(pair)) = (
                    w.as_bytes().get(1).copied(),
                    set.pairs.get_mut(w.len() * 26 + usize::from(first - b'a')),
                ) && second.is_ascii_lowercase()
                {
                    *pair |= 1 << (second - b'a');
                }
            }
            let mut i = set.slot(w.as_bytes());
            while set.slots.get(i).is_some_and(Option::is_some) {
                i = (i + 1) & (size - 1);
            }
            if let Some(slot) = set.slots.get_mut(i) {
                *slot = Some(w);
            }
        }
        set
    }

    fn slot(&self, bytes: &[u8]) -> usize {
        let mut h: u32 = 0x811c_9dc5;
        for &b in bytes {
            h = (h ^ u32::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0193);
        }
        (h as usize ^ (h >> 15) as usize) & (self.slots.len() - 1)
    }

    fn contains_bytes(&self, word: &[u8]) -> bool {
        let shaped = match (word.first(), self.shapes.get(word.len())) {
            (Some(first), Some(shape)) if first.is_ascii_alphabetic() => {
                let first = first.to_ascii_lowercase() - b'a';
                match word.get(1) {
                    // A second letter: the words of this length and first letter have it.
                    Some(second) if second.is_ascii_alphabetic() => self
                        .pairs
                        .get(word.len() * 26 + usize::from(first))
                        .is_some_and(|pair| {
                            pair & (1 << (second.to_ascii_lowercase() - b'a')) != 0
                        }),
                    _ => shape & (1 << first) != 0,
                }
            }
            _ => false,
        };
        if !shaped {
            return false;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.slot(word);
        while let Some(Some(w)) = self.slots.get(i) {
            if w.as_bytes().eq_ignore_ascii_case(word) {
                return true;
            }
            i = (i + 1) & mask;
        }
        false
    }
}

/// The answer of the tables themselves, which [`VOCABULARY`] holds (its tests compare the two).
#[cfg(test)]
fn in_vocabulary(word: &str) -> bool {
    // Lowered once: the tables then find no capital and use it as it is, without a copy.
    let Some(lower) = LowerWord::new(word) else {
        return false;
    };
    let w = lower.as_str();
    unit_value(w).is_some()
        || tens_value(w).is_some()
        || ordinal_value(w).is_some()
        || scale_value(w).is_some()
        || hundred_value(w).is_some()
        || dozen_value(w).is_some()
        || denominator_value(w).is_some()
        || denominator_word(w).is_some()
        || month_number(w).is_some()
        || adjective_value(w).is_some()
}

#[cfg(test)]
mod tests {
    use super::super::reach::tests::texts;
    use super::*;

    /// The set gives the tables' answer for every word: each word of the texts above in
    /// three cases, every string of up to three letters (the abbreviations), and every word
    /// of the set with a letter, an "s", a "th" or an "ths" added or its last letter taken
    /// off (the derived forms). A table word left out of [`VOCABULARY`] fails here.
    #[test]
    fn the_vocabulary_set_answers_as_the_tables_do() {
        let mut words: Vec<String> = Vec::new();
        for text in texts() {
            words.extend(
                text.split(|c: char| !c.is_alphabetic())
                    .filter(|w| !w.is_empty())
                    .flat_map(|w| [w.to_string(), w.to_uppercase(), w.to_lowercase()]),
            );
        }
        let letters: Vec<char> = ('a'..='z').collect();
        for a in &letters {
            words.push(a.to_string());
            for b in &letters {
                words.push(format!("{a}{b}"));
                for c in &letters {
                    words.push(format!("{a}{b}{c}"));
                }
            }
        }
        for w in VOCABULARY.slots.iter().flatten() {
            words.extend(["s", "th", "ths", "e", "n"].map(|s| format!("{w}{s}")));
            let mut shorter = w.clone();
            shorter.pop();
            words.push(shorter);
            words.push(w.to_uppercase());
        }
        words.extend(
            [
                "Nineth",
                "hundredsth",
                "lakhsth",
                "firsts",
                "seconds",
                "xyzzy",
            ]
            .map(String::from),
        );
        let mut found = 0;
        for w in &words {
            assert_eq!(is_value_word(w), in_vocabulary(w), "{w}");
            found += usize::from(in_vocabulary(w));
        }
        assert!(found > 1_000, "{found} value words among {}", words.len());
        // `value_screen::may_hold_value` counts on it: a word with a letter past ASCII is none of them.
        assert!(VOCABULARY.slots.iter().flatten().all(|w| w.is_ascii()));
        assert!(!is_value_word(&"x".repeat(25)));
    }
}
