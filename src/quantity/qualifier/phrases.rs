//! The qualifier phrases ("more than", "up to", "or more") and how a token sequence is matched
//! against them: one table before a figure, one after, each indexed by first word.

use super::super::token::{LowerWord, Token};
use super::QualifierKind;
use std::sync::LazyLock;

/// Phrases before a figure, longest first within a shared first word.
const PREFIXES: &[(&[&str], QualifierKind)] = {
    use QualifierKind::*;
    &[
        // "or equal" forms first: the table is searched in order
        (&["less", "than", "or", "equal", "to"], UpTo),
        (&["fewer", "than", "or", "equal", "to"], UpTo),
        (&["smaller", "than", "or", "equal", "to"], UpTo),
        (&["less", "or", "equal", "than"], UpTo),
        (&["smaller", "or", "equal", "than"], UpTo),
        (&["lower", "or", "equal", "than"], UpTo),
        (&["equal", "to", "or", "less", "than"], UpTo),
        (&["equal", "to", "or", "fewer", "than"], UpTo),
        (&["more", "than", "or", "equal", "to"], AtLeast),
        (&["greater", "than", "or", "equal", "to"], AtLeast),
        (&["greater", "or", "equal", "than"], AtLeast),
        (&["bigger", "or", "equal", "than"], AtLeast),
        (&["higher", "or", "equal", "than"], AtLeast),
        (&["larger", "or", "equal", "than"], AtLeast),
        (&["at", "least", "or", "equal", "to"], AtLeast),
        (&["equal", "to", "or", "more", "than"], AtLeast),
        (&["equal", "to", "or", "greater", "than"], AtLeast),
        (&["equal", "to"], Exactly),
        (&["equals", "to"], Exactly),
        (&["equaling", "to"], Exactly),
        (&["equals"], Exactly),
        (&["exactly"], Exactly),
        (&[">", "="], AtLeast),
        (&["<", "="], UpTo),
        (&["≥"], AtLeast),
        (&["≤"], UpTo),
        (&[">"], Over),
        (&["<"], Under),
        (&["more", "than"], Over),
        (&["greater", "than"], Over),
        (&["larger", "than"], Over),
        (&["bigger", "than"], Over),
        (&["higher", "than"], Over),
        (&["in", "excess", "of"], Over),
        (&["upwards", "of"], Over),
        (&["over"], Over),
        (&["above"], Over),
        (&["exceeding"], Over),
        (&["exceeded"], Over),
        (&["exceeds"], Over),
        (&["exceed"], Over),
        (&["surpass"], Over),
        (&["at", "least"], AtLeast),
        (&["no", "less", "than"], AtLeast),
        (&["not", "less", "than"], AtLeast),
        (&["no", "fewer", "than"], AtLeast),
        (&["a", "minimum", "of"], AtLeast),
        (&["nearly"], Nearly),
        (&["almost"], Nearly),
        (&["close", "to"], Nearly),
        (&["just", "under"], Nearly),
        (&["about"], About),
        (&["around"], About),
        (&["approximately"], About),
        (&["approx"], About),
        (&["roughly"], About),
        (&["some"], About),
        (&["an", "estimated"], About),
        (&["estimated"], About),
        (&["circa"], About),
        (&["up", "to"], UpTo),
        (&["at", "most"], UpTo),
        (&["no", "more", "than"], UpTo),
        (&["not", "more", "than"], UpTo),
        (&["as", "many", "as"], UpTo),
        (&["as", "much", "as"], UpTo),
        (&["a", "maximum", "of"], UpTo),
        (&["less", "than"], Under),
        (&["fewer", "than"], Under),
        (&["lower", "than"], Under),
        (&["smaller", "than"], Under),
        (&["under"], Under),
        (&["below"], Under),
        (&["since"], Since),
        (&["from"], Since),
    ]
};

/// Phrases after a figure: "500 or more", "200 or greater", "500 or less", "and above".
const SUFFIXES: &[(&[&str], QualifierKind)] = {
    use QualifierKind::*;
    &[
        (&["or", "more"], AtLeast),
        (&["and", "more"], AtLeast),
        (&["or", "greater"], AtLeast),
        (&["or", "above"], AtLeast),
        (&["and", "above"], AtLeast),
        (&["or", "higher"], AtLeast),
        (&["or", "less"], UpTo),
        (&["or", "fewer"], UpTo),
        (&["or", "below"], UpTo),
        (&["and", "below"], UpTo),
        (&["or", "lower"], UpTo),
    ]
};

/// A table of phrases grouped by first word, so that a token is compared only with the
/// phrases it can begin: the extractor asks at every token of every sentence it reads, and
/// trying the whole table each time was a tenth of a 10,000-claim run.
pub(super) struct PhraseIndex {
    table: &'static [(&'static [&'static str], QualifierKind)],
    /// By the first byte of a phrase's first word (as the table writes it: lowercase, or a
    /// symbol): that word and the indices into `table` of the phrases it begins, in table
    /// order. A token is then compared with the one to four first words sharing its first
    /// byte, and most tokens find an empty bucket before being lowercased (a binary search
    /// of all first words was 2.9% more instructions over a 10,000-claim run).
    by_first: Vec<Vec<(&'static str, Vec<usize>)>>,
}

impl PhraseIndex {
    fn new(table: &'static [(&'static [&'static str], QualifierKind)]) -> Self {
        let mut by_first: Vec<Vec<(&'static str, Vec<usize>)>> = vec![Vec::new(); 256];
        for (p, (words, _)) in table.iter().enumerate() {
            let Some(first) = words.first() else { continue };
            let Some(bucket) = first
                .bytes()
                .next()
                .and_then(|b| by_first.get_mut(usize::from(b)))
            else {
                continue;
            };
            match bucket.iter_mut().find(|(w, _)| w == first) {
                Some((_, list)) => list.push(p),
                None => bucket.push((first, vec![p])),
            }
        }
        PhraseIndex { table, by_first }
    }

    /// The first phrase of the table (in table order) that starts at token `i`: its kind and
    /// the token after it.
    pub(super) fn find(&self, toks: &[Token], i: usize) -> Option<(QualifierKind, usize)> {
        let token = toks.get(i)?;
        let first_byte = token.text.bytes().next()?.to_ascii_lowercase();
        let bucket = self.by_first.get(usize::from(first_byte))?;
        if bucket.is_empty() {
            return None;
        }
        let first = LowerWord::new(token.text)?;
        let first = first.as_str();
        let (_, candidates) = bucket.iter().find(|(w, _)| *w == first)?;
        candidates.iter().find_map(|&p| {
            let (words, kind) = self.table.get(p)?;
            phrase_at(words, toks, i).map(|end| (*kind, end))
        })
    }
}

/// The most tokens a phrase before a figure takes ("approx." is two).
#[cfg(test)]
pub(crate) fn longest_prefix() -> usize {
    PREFIXES
        .iter()
        .map(|(words, _)| words.len() + usize::from(*words == ["approx"]))
        .max()
        .unwrap_or(0)
}

pub(super) static PREFIX_INDEX: LazyLock<PhraseIndex> =
    LazyLock::new(|| PhraseIndex::new(PREFIXES));
pub(super) static SUFFIX_INDEX: LazyLock<PhraseIndex> =
    LazyLock::new(|| PhraseIndex::new(SUFFIXES));

/// Whether the phrase `words` is written at token `i` (words ignoring ASCII case, symbols
/// exactly): the token after it.
fn phrase_at(words: &[&str], toks: &[Token], i: usize) -> Option<usize> {
    // "<>30", "=>30": a comparison sign after another is not a qualifier
    let after_sign = i
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|p| ["<", ">", "="].contains(&p.text));
    let all = words.iter().enumerate().all(|(k, w)| {
        toks.get(i + k).is_some_and(|t| {
            let symbol = !w.starts_with(char::is_alphabetic);
            if symbol {
                t.text == *w && !after_sign
            } else {
                t.is_word(w)
            }
        })
    });
    // "approx." keeps its dot inside the phrase
    let mut end = i + words.len();
    if all && words == ["approx"] && toks.get(end).is_some_and(|t| t.is_symbol('.')) {
        end += 1;
    }
    all.then_some(end)
}

#[cfg(test)]
mod tests {
    use super::super::super::token::tokenize;
    use super::*;

    /// The first-word index finds what trying every phrase of the table in order finds: each
    /// phrase as written, capitalised and shouted, and words that only share a prefix.
    #[test]
    fn the_phrase_index_agrees_with_the_whole_table() {
        fn linear(
            table: &[(&[&str], QualifierKind)],
            toks: &[Token],
            i: usize,
        ) -> Option<(QualifierKind, usize)> {
            table
                .iter()
                .find_map(|(words, kind)| phrase_at(words, toks, i).map(|end| (*kind, end)))
        }
        let mut texts: Vec<String> = Vec::new();
        for (words, _) in PREFIXES.iter().chain(SUFFIXES) {
            let phrase = words.join(" ");
            texts.push(format!("{phrase} 30"));
            texts.push(format!("{} 30", phrase.to_uppercase()));
            let mut capital = phrase.clone();
            if let Some(first) = capital.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            texts.push(format!("500 {capital} 30"));
            texts.push(format!("{phrase}s 30 {}x", words[0]));
        }
        texts.push("approx. 30 > = 5 <= 4 Overall overs".to_string());
        for text in &texts {
            let toks = tokenize(text);
            for i in 0..toks.len() {
                assert_eq!(
                    PREFIX_INDEX.find(&toks, i),
                    linear(PREFIXES, &toks, i),
                    "{text:?} at token {i}"
                );
                assert_eq!(
                    SUFFIX_INDEX.find(&toks, i),
                    linear(SUFFIXES, &toks, i),
                    "{text:?} at token {i}"
                );
            }
        }
    }
}
