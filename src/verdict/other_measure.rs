//! Which measure of a quantity a claim states, when news reports two of the same name side by
//! side: "GAAP earnings per diluted share were $5.98 … Non-GAAP earnings per diluted share
//! were $6.12". A claim whose statement says "Adjusted (non-GAAP) earnings per share were
//! $6.12" is about the second; the first names the same subject with the qualifier of another
//! measure, and its value says nothing of the claim's.
//!
//! The qualifiers are data: pairs of words that name two measures of one quantity. A claim's
//! statement picks one side of a pair when it holds that word and not the other; an occurrence
//! of the subject right after the other word then names the other measure. A claim without a
//! statement, or whose statement holds neither or both, reads every occurrence as before.

use crate::clause::is_one_of_words;
use crate::span::Span;

/// Pairs of qualifiers that name two measures of one quantity.
const CONTRASTS: &[(&str, &str)] = &[
    ("gaap", "non-gaap"),
    ("gaap", "adjusted"),
    ("adjusted", "unadjusted"),
    ("basic", "diluted"),
    ("net", "gross"),
    ("nominal", "real"),
    ("pre-tax", "after-tax"),
    ("core", "headline"),
];

/// Bases a figure may be stated on. A claim whose statement names one ("one cent per share
/// after the split", "in real terms") states its figure on that basis; a sentence that names
/// none may state it on another ("raised its dividend to $0.10 per share", before a
/// ten-for-one split), so a figure there that disagrees says nothing against the claim.
const BASES: &[&str] = &[
    "split",
    "per capita",
    "real terms",
    "inflation-adjusted",
    "seasonally adjusted",
];

/// Whether `statement` names a basis (see [`BASES`]) that `sentence` does not.
pub(super) fn basis_unstated(statement: Option<&str>, sentence: &str) -> bool {
    let Some(statement) = statement else {
        return false;
    };
    let (statement, sentence) = (statement.to_lowercase(), sentence.to_lowercase());
    BASES
        .iter()
        .any(|b| statement.contains(b) && !sentence.contains(b))
}

/// How many words before a subject occurrence may qualify it: "GAAP diluted earnings".
const QUALIFIER_REACH: usize = 2;

/// The qualifiers that name another measure than the one `statement` states: the other side
/// of each pair the statement picks one side of. Empty for most claims.
pub(super) fn other_measures(statement: Option<&str>) -> Vec<&'static str> {
    let Some(statement) = statement else {
        return Vec::new();
    };
    let words: Vec<String> = qualifier_words(statement).map(str::to_lowercase).collect();
    let holds = |w: &str| words.iter().any(|s| s == w);
    let mut others: Vec<&'static str> = Vec::new();
    for &(a, b) in CONTRASTS {
        for (own, other) in [(a, b), (b, a)] {
            if holds(own) && !holds(other) && !others.contains(&other) {
                others.push(other);
            }
        }
    }
    others
}

/// Whether the subject occurrence at `subject` is qualified as one of `others`: one of the
/// few words right before it, joined by spaces only ("GAAP earnings per diluted share").
pub(super) fn names_other_measure(text: &str, subject: Span, others: &[&str]) -> bool {
    if others.is_empty() {
        return false;
    }
    let mut rest = text.get(..subject.start).unwrap_or_default();
    for _ in 0..QUALIFIER_REACH {
        // Only spaces join the words of one noun phrase.
        let Some(spaced) = rest.strip_suffix(' ') else {
            return false;
        };
        let phrase = spaced.trim_end_matches(' ');
        let start = phrase
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '-'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &phrase[start..];
        if word.is_empty() {
            return false;
        }
        if is_one_of_words(word, others) {
            return true;
        }
        rest = &phrase[..start];
    }
    false
}

/// The words of a statement, hyphenated ones whole ("non-GAAP").
fn qualifier_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_basis_the_sentence_does_not_name_is_unstated() {
        let statement = Some("The quarterly dividend is one cent per share after the split.");
        assert!(basis_unstated(
            statement,
            "It raised the dividend to $0.10 per share."
        ));
        assert!(!basis_unstated(
            statement,
            "The dividend is $0.01 per share on a post-split basis."
        ));
        assert!(!basis_unstated(
            Some("The dividend is $0.01."),
            "It paid $0.10."
        ));
    }

    fn other(statement: &str, text: &str, subject: &str) -> bool {
        let others = other_measures(Some(statement));
        let start = text.find(subject).expect("the subject is in the text");
        names_other_measure(text, Span::new(start, start + subject.len()), &others)
    }

    #[test]
    fn a_statement_picks_one_side_of_a_pair() {
        assert_eq!(
            other_measures(Some("Adjusted (non-GAAP) earnings per share were $6.12.")),
            ["gaap", "unadjusted"]
        );
        assert_eq!(
            other_measures(Some("Net income was $14.9 billion.")),
            ["gross"]
        );
        assert!(other_measures(Some("Revenue was $26 billion.")).is_empty());
        assert!(other_measures(None).is_empty());
        // Both sides named: the statement compares them and picks neither.
        assert!(other_measures(Some("Net and gross margins were 55% and 78%.")).is_empty());
    }

    #[test]
    fn the_other_qualifier_before_the_subject_names_the_other_measure() {
        let adjusted = "Adjusted (non-GAAP) earnings per share were $6.12.";
        assert!(other(
            adjusted,
            "GAAP earnings per diluted share were $5.98.",
            "earnings per diluted share"
        ));
        assert!(other(
            adjusted,
            "GAAP diluted earnings per share were $5.98.",
            "earnings per share"
        ));
        assert!(!other(
            adjusted,
            "Non-GAAP earnings per diluted share were $6.12.",
            "earnings per diluted share"
        ));
        // A qualifier in another phrase, behind punctuation or too far, qualifies nothing here.
        assert!(!other(
            adjusted,
            "Unlike GAAP, earnings per share were $6.12.",
            "earnings per share"
        ));
        assert!(!other(
            adjusted,
            "GAAP rules aside, earnings per share were $6.12.",
            "earnings per share"
        ));
    }
}
