//! Where a quantity can start: within reach of a token that holds a value.
//!
//! Why: the scan tries every reader (date, qualifier, currency, numeral, fraction) at every
//! token, and in running text nearly every token is a plain word that none of them reads. With
//! many claims the extractor sees most sentences of a corpus, and those failed attempts were
//! most of its time. Every quantity takes its value from somewhere: digits (a number or a
//! code token such as "18.11.2023"), a number word ("thirty", "fifth", "dozen", "half",
//! "crore"), an adjective that states a first ("inaugural", "maiden": `first_words.rs`) or a
//! month ("April 2022"). What may stand before that first value token is
//! bounded by the grammar: a qualifier phrase (at most [`LONGEST_QUALIFIER`] tokens: "less
//! than or equal to"), a currency written before the number (at most five: "u . s . $"), a
//! sign or an article ("minus", "a" dozen), or for a date a weekday and a comma ("Tuesday, 24
//! October"), or "between" and "per cent of". So a reader can only succeed at a token whose
//! next value token is fewer than [`REACH`] tokens away, and the scan skips the others: its
//! output is the same, by construction, and the tests check it on real and generated text.

use super::date::month_words;
use super::first_words::ADJECTIVES;
use super::lexical_forms::vulgar_char;
use super::number_words;
use super::token::{Token, TokenKind};
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

/// The most tokens a qualifier phrase before a figure takes ("less than or equal to").
pub(crate) const LONGEST_QUALIFIER: usize = 5;

/// How far ahead of a value token a quantity may start, counting the value token: a qualifier
/// phrase, a currency of up to five tokens and a sign or article before it ("less than or
/// equal to u . s . $ minus 5" puts the value eleven tokens after the start).
pub(crate) const REACH: usize = LONGEST_QUALIFIER + 5 + 1 + 1;

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

/// Whether `text` may hold a value token: `false` only for ASCII text without a digit whose
/// words (runs of letters, as [`super::token::tokenize`] cuts them) are none of them a value
/// word. Then no reader can succeed anywhere (a quantity takes its value from a value token),
/// and the text is not cut into tokens at all: most sentences of running text state no
/// value, and cutting them was most of what the extractor spent on them.
pub(crate) fn may_hold_value(text: &str) -> bool {
    let bytes = text.as_bytes();
    if !bytes.is_ascii() || bytes.iter().any(u8::is_ascii_digit) {
        return true;
    }
    let vocabulary = &*VOCABULARY;
    let mut start = 0;
    for (i, b) in bytes.iter().enumerate() {
        if !b.is_ascii_alphabetic() {
            if vocabulary.contains_bytes(bytes.get(start..i).unwrap_or_default()) {
                return true;
            }
            start = i + 1;
        }
    }
    vocabulary.contains_bytes(bytes.get(start..).unwrap_or_default())
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
/// letter before they are hashed.
struct WordSet {
    slots: Vec<Option<String>>,
    /// For each length under 32, a bit per first letter of the words of that length.
    shapes: [u32; 32],
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
        };
        for w in words {
            if let (Some(first), Some(shape)) = (w.bytes().next(), set.shapes.get_mut(w.len()))
                && first.is_ascii_lowercase()
            {
                *shape |= 1 << (first - b'a');
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
                shape & (1 << (first.to_ascii_lowercase() - b'a')) != 0
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

/// For each token, the index of the first value token at or after it ([`NONE`] if none).
pub(crate) fn next_values(toks: &[Token]) -> Vec<usize> {
    let mut next = vec![NONE; toks.len()];
    let mut after = NONE;
    for (k, t) in toks.iter().enumerate().rev() {
        if t.value {
            after = k;
        }
        if let Some(slot) = next.get_mut(k) {
            *slot = after;
        }
    }
    next
}

/// No value token follows.
pub(crate) const NONE: usize = usize::MAX;

/// True when a quantity may start at token `i`, given [`next_values`].
#[cfg(test)]
pub(crate) fn in_reach(next: &[usize], i: usize) -> bool {
    next.get(i).is_some_and(|&v| v < i.saturating_add(REACH))
}

/// The first token from `i` on that [`in_reach`] allows (`next.len()` if none does).
pub(crate) fn first_in_reach(next: &[usize], i: usize) -> usize {
    match next.get(i) {
        None | Some(&NONE) => next.len(),
        Some(&v) => (v + 1).saturating_sub(REACH).max(i),
    }
}

#[cfg(test)]
mod tests {
    use super::super::code::blocked_tokens;
    use super::super::scan::read_at;
    use super::super::token::tokenize;
    use super::*;
    use std::path::Path;

    /// Texts to hold the bound on: the example articles, the other projects' cases when
    /// `../shared` is beside the repository (as in CI), the longest prefixes the grammar
    /// allows, and random mixes of the pieces quantities are made of.
    fn texts() -> Vec<String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts = Vec::new();
        for dir in [root.join("corpus"), root.join("../shared/peer-suites")] {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            paths.sort();
            texts.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
        }
        assert!(texts.len() >= 5, "the example articles are in corpus/");
        texts.extend(
            [
                "less than or equal to u . s . $ minus 5 and greater than or equal to US$ minus 3",
                "no fewer than Rs. 32,000 crore, approx. 3 dozen, at least a dozen",
                "between 10 and 15 April, up to Tuesday, 24 October 2023, since Friday, Nov. 10",
                "per cent of twenty-two, percent of minus five, more than a third of all",
                "as many as hong kong $ 10, in excess of HK$ 5, half a million, a quarter",
            ]
            .map(String::from),
        );
        const PIECES: &[&str] = &[
            "less than or equal to",
            "more than",
            "approx.",
            "about",
            "between",
            "and",
            "u . s .",
            "US",
            "$",
            "Rs.",
            "₹",
            "minus",
            "-",
            "a",
            "an",
            "per cent of",
            "percent",
            "Tuesday,",
            "November",
            "Nov.",
            "10",
            "3,000",
            "18.11.2023",
            "twenty",
            "one",
            "fifth",
            "thirds",
            "half",
            "dozen",
            "crore",
            "billion",
            "drones",
            "India",
            "the",
            ",",
            "%",
        ];
        let mut lcg = crate::random_text::Lcg::new(0x2545_f491_4f6c_dd1d);
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..16 {
                text.push_str(lcg.pick::<&str>(PIECES));
                text.push(' ');
            }
            texts.push(text);
        }
        texts
    }

    /// Wherever a reader succeeds, a value token is within reach: so skipping the tokens that
    /// are not cannot lose a quantity. Checked at every token, not only where the scan reads.
    #[test]
    fn every_read_starts_within_reach_of_a_value() {
        let mut reads = 0;
        let mut farthest = 0;
        for text in texts() {
            let toks = tokenize(&text);
            let blocked = blocked_tokens(&toks);
            let next = next_values(&toks);
            for i in 0..toks.len() {
                if read_at(&toks, &blocked, i).is_some() {
                    reads += 1;
                    let v = next.get(i).copied().unwrap_or(NONE);
                    assert!(
                        in_reach(&next, i),
                        "a quantity starts at token {i} with no value within {REACH} tokens: {:?}",
                        toks.get(i..)
                            .unwrap_or_default()
                            .iter()
                            .take(REACH)
                            .map(|t| t.text)
                            .collect::<Vec<_>>()
                    );
                    farthest = farthest.max(v - i);
                }
            }
        }
        assert!(reads > 10_000, "{reads} reads");
        assert!(
            farthest >= LONGEST_QUALIFIER + 5,
            "the longest prefixes were read: {farthest}"
        );
    }

    /// The table of qualifier phrases has no phrase longer than the reach allows for.
    #[test]
    fn no_qualifier_is_longer_than_allowed_for() {
        let longest = super::super::qualifier::longest_prefix();
        assert_eq!(longest, LONGEST_QUALIFIER);
    }

    #[test]
    fn value_tokens() {
        let text = "On Tuesday, 24 October the fifth round cost over US$3.99bn, a dozen \
            crore, half a lakh and thirty-one drones in Sept. 18.11.2023 India talks";
        let held: Vec<&str> = tokenize(text)
            .into_iter()
            .filter(|t| t.value)
            .map(|t| t.text)
            .collect();
        assert_eq!(
            held,
            [
                "24",
                "October",
                "fifth",
                "3.99",
                "bn",
                "dozen",
                "crore",
                "half",
                "lakh",
                "thirty",
                "one",
                "Sept",
                "18.11.2023"
            ]
        );
    }

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
        assert!(!is_value_word(&"x".repeat(25)));
    }

    /// A text screened out holds no quantity: checked on every sentence-sized piece of the
    /// test texts, and most pieces of running text are screened out.
    #[test]
    fn a_text_screened_out_holds_no_quantity() {
        let (mut out, mut pieces) = (0, 0);
        for text in texts() {
            for piece in text.split_inclusive(['.', '\n', ';']) {
                pieces += 1;
                if !may_hold_value(piece) {
                    out += 1;
                    let found = super::super::scan::scan(piece);
                    assert!(found.is_empty(), "{piece:?}: {found:?}");
                }
            }
        }
        assert!(out * 5 > pieces, "{out} of {pieces} screened out");
        assert!(!may_hold_value("The talks were held in New Delhi."));
        for held in [
            "It cost 3 dollars.",
            "Thirty drones.",
            "In May.",
            "A maiden flight.",
            "½",
        ] {
            assert!(may_hold_value(held), "{held}");
        }
    }

    #[test]
    fn reach_is_counted_from_each_token() {
        let toks = tokenize("the talks were about 30 drones and the rest");
        let next = next_values(&toks);
        assert_eq!(next, [4, 4, 4, 4, 4, NONE, NONE, NONE, NONE]);
        assert!(in_reach(&next, 0) && in_reach(&next, 4));
        assert!(!in_reach(&next, 5), "nothing holds a value after 30");
        assert_eq!(first_in_reach(&next, 5), toks.len());

        let far = format!("{} 30", "word ".repeat(20));
        let toks = tokenize(&far);
        let next = next_values(&toks);
        let first = first_in_reach(&next, 0);
        assert_eq!(first, 20 + 1 - REACH);
        assert!(!in_reach(&next, first - 1) && in_reach(&next, first));
    }
}
