//! Words that state an ordinal 1 without being number words, and "ever" after an ordinal.
//!
//! "The inaugural summit" and "its maiden voyage" say the summit and the voyage were the first,
//! as "the first summit" does; "the first-ever summit" and "the first ever summit" say it more
//! strongly. So a claim `value = "first"` (or "1st") about the summit is supported by each, and
//! conflicts with "the second summit".
//!
//! "inaugural" and "maiden" are adjectives, read only where they modify a noun: lowercase, or
//! capitalised at the start of a sentence before a lowercase word ("Maiden flights are rare"),
//! and before a word that is not a function word ("the maiden said", "maiden of honour" are
//! the noun). "Iron
//! Maiden" is a name. "Maiden name" (a surname before marriage) and "maiden over" (cricket: an
//! over without runs) are not firsts. After an ordinal ("his second inaugural address") the
//! ordinal already states the position.
//!
//! Both words are in the vocabulary of value words ([`adjective_value`], asked by
//! `reach.rs`), so the scan tries its readers around them.

use super::number_words::{is_ordinal_suffix, ordinal_value};
use super::numeral::Numeral;
use super::token::{LowerWord, Token, TokenKind, touching};

/// Adjectives that state an ordinal 1.
pub(crate) const ADJECTIVES: &[&str] = &["inaugural", "maiden"];

/// "inaugural", "maiden" → 1, in any case: adjectives that state an ordinal 1.
pub(crate) fn adjective_value(word: &str) -> Option<f64> {
    let lower = LowerWord::new(word)?;
    ADJECTIVES.contains(&lower.as_str()).then_some(1.0)
}

/// Nouns after "maiden" that make a compound which is no first: "maiden name", "maiden over",
/// "maiden aunt" (unmarried).
const NOT_FIRST_AFTER_MAIDEN: &[&str] = &["aunt", "aunts", "name", "names", "over", "overs"];

/// Lowercase words that cannot be the noun an adjective modifies: the adjective is then a noun
/// itself ("the maiden said", "a maiden of honour") or ends the phrase.
#[rustfmt::skip]
const NOT_A_NOUN: &[&str] = &[
    "a", "about", "after", "an", "and", "are", "as", "at", "be", "been", "but", "by", "did",
    "for", "from", "had", "has", "have", "in", "into", "is", "it", "of", "on", "or", "said",
    "says", "than", "that", "the", "their", "them", "then", "this", "to", "was", "were", "what",
    "when", "which", "who", "whom", "whose", "will", "with", "would",
];

/// Symbols after which a capitalised word opens a sentence (or a quotation, or a bracket).
const OPENERS: &[char] = &['.', '!', '?', ':', ';', '"', '“', '‘', '\'', '(', '['];

/// "inaugural" or "maiden" at token `i`, modifying the noun after it: an ordinal 1.
pub(crate) fn read_adjective(toks: &[Token], i: usize) -> Option<Numeral> {
    let t = toks
        .get(i)
        .filter(|t| t.kind == TokenKind::Word && t.value)?;
    adjective_value(t.text)?;
    let prev = i.checked_sub(1).and_then(|p| toks.get(p));
    let lowercase = !t.text.chars().any(char::is_uppercase);
    let opens = prev.is_none_or(|p| {
        p.kind == TokenKind::Symbol && p.text.chars().next().is_some_and(|c| OPENERS.contains(&c))
    });
    let title_case = t.text.chars().skip(1).all(char::is_lowercase);
    if !(lowercase || opens && title_case) {
        return None;
    }
    if prev.is_some_and(is_ordinal) {
        return None;
    }
    // Lowercase, the adjective may modify a name or a figure ("the inaugural Quad summit",
    // "the inaugural 2+2 dialogue"); capitalised, only a lowercase word ("Maiden flights"),
    // since "Maiden Lane" or "Inaugural Committee" may be a name.
    let noun = toks.get(i + 1).filter(|n| match n.kind {
        TokenKind::Word => lowercase || n.text.chars().next().is_some_and(char::is_lowercase),
        TokenKind::Number | TokenKind::Code => lowercase,
        TokenKind::Symbol => false,
    })?;
    if noun.is_any_word(NOT_A_NOUN)
        || (t.is_word("maiden") && noun.is_any_word(NOT_FIRST_AFTER_MAIDEN))
    {
        return None;
    }
    Some(Numeral {
        value: 1.0,
        start: i,
        end: i + 1,
        half_width: None,
        ordinal: true,
        plain_integer: false,
        scale: 1.0,
        digits: false,
        decade: false,
    })
}

/// An ordinal word ("second") or the suffix of one in digits ("2nd": the "nd").
fn is_ordinal(t: &Token) -> bool {
    t.kind == TokenKind::Word && (ordinal_value(t.text).is_some() || is_ordinal_suffix(t.text))
}

/// The token after "ever" when it follows the ordinal that ends at `end`, glued by a hyphen
/// ("first-ever") or after a space ("first ever"); `end` otherwise.
pub(crate) fn ever_after(toks: &[Token], end: usize) -> usize {
    let (Some(last), Some(next)) = (end.checked_sub(1).and_then(|k| toks.get(k)), toks.get(end))
    else {
        return end;
    };
    if next.is_word("ever") {
        return end + 1;
    }
    let hyphened = next.is_dash()
        && touching(last, next)
        && toks
            .get(end + 1)
            .is_some_and(|w| w.is_word("ever") && touching(next, w));
    if hyphened { end + 2 } else { end }
}

#[cfg(test)]
mod tests {
    use crate::quantity::{QuantityKind, extract};

    /// `(text as written, value)` of every ordinal `extract` reads.
    fn ordinals(text: &str) -> Vec<(&str, f64)> {
        extract(text)
            .into_iter()
            .filter(|q| q.kind == QuantityKind::Ordinal)
            .map(|q| (q.span.slice(text), q.value.unwrap_or(f64::NAN)))
            .collect()
    }

    #[test]
    fn first_ever_inaugural_and_maiden_state_a_first() {
        let cases: &[(&str, &[(&str, f64)])] = &[
            (
                "Leaders from India and the US met for their first-ever summit in Tokyo.",
                &[("first-ever", 1.0)],
            ),
            (
                "It was the first ever summit between the two leaders.",
                &[("first ever", 1.0)],
            ),
            (
                "The fifth-ever round of talks and the 2nd-ever visit.",
                &[("fifth-ever", 5.0), ("2nd-ever", 2.0)],
            ),
            (
                "The inaugural Quad summit was held in Washington in 2021.",
                &[("inaugural", 1.0)],
            ),
            (
                "The INS Vikrant set off on its maiden voyage in August.",
                &[("maiden", 1.0)],
            ),
            (
                "the inaugural 2+2 dialogue in New Delhi",
                &[("inaugural", 1.0)],
            ),
            (
                "Inaugural flights between the two cities begin in May.",
                &[("Inaugural", 1.0)],
            ),
            (
                "Delegates gathered. Maiden speeches were short.",
                &[("Maiden", 1.0)],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(ordinals(text), *want, "{text}");
        }
    }

    #[test]
    fn names_nouns_and_other_senses_are_no_first() {
        for text in [
            "Iron Maiden played Mumbai for the first time in 2007.",
            "She kept her maiden name after the wedding.",
            "The bowler sent down a maiden over.",
            "The maiden said nothing.",
            "a fair maiden of the village",
            "He attended the Maiden Lane event.",
            "INAUGURAL SUMMIT",
        ] {
            let got = ordinals(text);
            assert!(
                got.iter().all(|(w, _)| !w.eq_ignore_ascii_case("maiden")
                    && !w.eq_ignore_ascii_case("inaugural")),
                "{text}: {got:?}"
            );
        }
        // The ordinal before the adjective states the position.
        assert_eq!(
            ordinals("Obama delivered his second inaugural address in 2013."),
            [("second", 2.0)]
        );
    }

    #[test]
    fn first_halves_and_quarters_read_as_before() {
        assert_eq!(
            ordinals("The talks took place in the first half of November."),
            [("first", 1.0)]
        );
        assert_eq!(
            ordinals("Profits rose in the first quarter of 2023."),
            [("first", 1.0)]
        );
        assert_eq!(
            ordinals("Has he ever been the first to arrive?"),
            [("first", 1.0)]
        );
    }
}
