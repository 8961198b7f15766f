//! What the word before a period is, and so whether that period may end a sentence.
//!
//! A period after "Dr" never ends a sentence before a name; after "No" it does not before a
//! number; after "Co" it does only when a new, ordinary capitalised word follows. The lists are
//! English news and reference-text abbreviations (after pragmatic_segmenter's list, with common
//! English words such as "is", "me", "may", "ill" left out so that they can still end a sentence).

use std::collections::BTreeMap;
use std::sync::LazyLock;

/// How the word before a period behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordKind {
    /// A title or prefix that always precedes a name ("Dr", "Gen", "Mt", "St"): not an end
    /// before a word or number.
    Prepositive,
    /// An abbreviation that precedes a number ("No", "Rs", "Fig", "p"), months included
    /// ("Jan. 20"): not an end before a digit, else like [`WordKind::Other`].
    BeforeNumber,
    /// Always continues the sentence ("e.g", "i.e", "vs", "viz", "cf").
    Continuing,
    /// Any other abbreviation ("Co", "Inc", "Jr", "etc"): ends a sentence only before a
    /// capitalised word that is not an acronym and not in parentheses.
    Other,
    /// Letters joined by periods ("U.S", "E.U", "J.C", "i.v"): ends a sentence only before a
    /// word that usually starts one ("The", "He", "How"), as in "I live in the U.S. How about
    /// you?" versus "the U.S. Government".
    MultiPeriod,
    /// "a.m" / "p.m": ends a sentence before any capitalised word.
    Time,
    /// One capital letter: an initial ("S. Jaishankar", "Antony J. Blinken"), never an end,
    /// except the pronoun "I" after a lowercase word ("you and I.").
    Initial,
    /// One lowercase letter ("p. 55", "v. If"): never an end.
    LowerLetter,
    /// Ends in a digit ("$100.00", "1,000", "AR 750-10"): an end before a capital or digit.
    Number,
    /// An ordinary word: an end before anything but a lowercase word.
    Word,
}

const PREPOSITIVE: &[&str] = &[
    "adm", "brig", "capt", "cmdr", "col", "comdr", "cpl", "dr", "drs", "ens", "fr", "gen", "gov",
    "hon", "insp", "lt", "maj", "messrs", "mlle", "mme", "mr", "mrs", "ms", "msgr", "mssrs", "mt",
    "pfc", "pres", "prof", "pvt", "rep", "reps", "rev", "sen", "sens", "sfc", "sgt", "st", "supt",
    "surg",
];

const BEFORE_NUMBER: &[&str] = &[
    "art", "ch", "chap", "fig", "figs", "n°", "nº", "no", "nos", "nr", "op", "p", "para", "pg",
    "pp", "ref", "rs", "sec", "vol", "vols", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
];

const CONTINUING: &[&str] = &["approx", "cf", "e.g", "i.e", "viz", "vs", "f.e"];

const OTHER: &[&str] = &[
    "adj", "adv", "al", "alta", "ariz", "ark", "assn", "asst", "attys", "ave", "bart", "bld",
    "bldg", "blvd", "bros", "btw", "calif", "cl", "co", "colo", "conn", "corp", "cres", "ct",
    "dak", "dept", "dist", "esp", "esq", "est", "etc", "expy", "ext", "fla", "ft", "fwy", "fy",
    "govt", "hosp", "hr", "hway", "hwy", "ia", "ida", "inc", "ind", "ing", "jr", "kan", "kans",
    "ky", "ltd", "md", "med", "mex", "mfg", "mich", "min", "minn", "mont", "mtn", "neb", "nebr",
    "nev", "okla", "ont", "ord", "pd", "pde", "penn", "penna", "ph", "pl", "plz", "que", "rd",
    "rt", "sask", "sr", "tce", "tenn", "tex", "univ", "ut", "ver", "vt", "wash", "wis", "wisc",
    "wy", "wyo", "yuk", "ph.d",
];

/// Names that end in "!" without ending a sentence ("Yahoo! Research").
const EXCLAMATION_NAMES: &[&str] = &["yahoo", "yum", "jeopardy"];

/// Words that usually start a sentence: pronouns, determiners, quantifiers, conjunctions,
/// sentence adverbs and auxiliaries. After "U.S." such a word means the abbreviation ended the
/// sentence; any other capitalised word ("Government", "Secretary") continues it.
const SENTENCE_STARTERS: &[&str] = &[
    "a",
    "after",
    "all",
    "also",
    "although",
    "an",
    "and",
    "are",
    "as",
    "at",
    "because",
    "before",
    "being",
    "billions",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "each",
    "every",
    "few",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "instead",
    "is",
    "it",
    "its",
    "many",
    "meanwhile",
    "millions",
    "more",
    "moreover",
    "most",
    "my",
    "nevertheless",
    "no",
    "none",
    "on",
    "once",
    "or",
    "our",
    "several",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "thousands",
    "though",
    "thus",
    "to",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "while",
    "who",
    "why",
    "will",
    "with",
    "would",
    "yet",
    "you",
    "your",
];

/// Longest known abbreviation, in bytes: longer words are not looked up.
const LONGEST: usize = 8;

/// The lists and the kind of their words, in order: a word in two lists is of the later one.
const LISTS: [(&[&str], WordKind); 5] = [
    (PREPOSITIVE, WordKind::Prepositive),
    (BEFORE_NUMBER, WordKind::BeforeNumber),
    (CONTINUING, WordKind::Continuing),
    (OTHER, WordKind::Other),
    (&["a.m", "p.m"], WordKind::Time),
];

/// Every listed abbreviation (lowercase, at most [`LONGEST`] bytes, packed by [`key`]) and its
/// kind, sorted by key; a word in two lists takes the kind of the later one.
static KNOWN: LazyLock<Vec<(u64, WordKind)>> = LazyLock::new(|| {
    let by_key: BTreeMap<u64, WordKind> = LISTS
        .iter()
        .flat_map(|(words, kind)| words.iter().filter_map(move |w| Some((key(w)?, *kind))))
        .collect();
    by_key.into_iter().collect()
});

/// `word` lowercased and packed into one integer, when it is at most [`LONGEST`] bytes long
/// lowercased (no list word is longer) and holds no NUL byte (so that the zero padding cannot
/// make two words equal). An ASCII word is lowered on the stack.
fn key(word: &str) -> Option<u64> {
    let lower;
    let bytes = if word.is_ascii() {
        word.as_bytes()
    } else {
        lower = word.to_lowercase();
        lower.as_bytes()
    };
    if bytes.len() > LONGEST || bytes.contains(&0) {
        return None;
    }
    let mut packed = [0u8; LONGEST];
    packed.get_mut(..bytes.len())?.copy_from_slice(bytes);
    packed.make_ascii_lowercase();
    Some(u64::from_le_bytes(packed))
}

/// The listed kind of `word`, any case. Asked at every full stop of the text, so a word is
/// looked up without a heap copy (unless it is not ASCII) or a string hash.
fn known(word: &str) -> Option<WordKind> {
    let key = key(word)?;
    KNOWN
        .binary_search_by_key(&key, |&(k, _)| k)
        .ok()
        .and_then(|i| KNOWN.get(i))
        .map(|&(_, kind)| kind)
}

/// Classifies `word`, the text between the last white space and a period (leading quotes and
/// brackets removed), e.g. "U.S" for "the U.S." or "Dr" for "Dr.".
pub fn classify(word: &str) -> WordKind {
    if word.len() <= LONGEST
        && let Some(kind) = known(word)
    {
        return kind;
    }
    if is_multi_period(word) {
        return WordKind::MultiPeriod;
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return WordKind::Initial;
        }
        if c.is_lowercase() {
            return WordKind::LowerLetter;
        }
    }
    if word.chars().next_back().is_some_and(|c| c.is_ascii_digit()) {
        return WordKind::Number;
    }
    WordKind::Word
}

/// "U.S", "U.S.A", "J.C", "i.v", "Ph.D": one or two letters, joined by single periods.
fn is_multi_period(word: &str) -> bool {
    let mut parts = 0;
    for part in word.split('.') {
        let mut letters = 0;
        for c in part.chars() {
            if !c.is_alphabetic() || letters == 2 {
                return false;
            }
            letters += 1;
        }
        if letters == 0 {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// True for a word that usually starts a sentence (see [`SENTENCE_STARTERS`]).
pub fn is_sentence_starter(word: &str) -> bool {
    SENTENCE_STARTERS.contains(&word.to_lowercase().as_str())
}

/// True for a name written with "!" that does not end a sentence ("Yahoo!").
pub fn is_exclamation_name(word: &str) -> bool {
    EXCLAMATION_NAMES.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every listed word is found, in any case, with the kind of the last list that holds it;
    /// a word the packed key cannot hold would silently drop out of the table.
    #[test]
    fn every_listed_word_is_known_in_any_case() {
        for (i, (words, kind)) in LISTS.iter().enumerate() {
            for word in words.iter() {
                let later = LISTS[i + 1..].iter().any(|(l, _)| l.contains(word));
                for written in [word.to_string(), word.to_uppercase()] {
                    let found = known(&written);
                    assert!(found.is_some(), "{written}");
                    assert!(later || found == Some(*kind), "{written}: {found:?}");
                }
            }
        }
        assert_eq!(known("Dr\0"), None);
        assert_eq!(known("DR"), Some(WordKind::Prepositive));
        assert_eq!(known("Do"), None);
    }

    #[test]
    fn classifies_words_before_a_period() {
        let cases = [
            ("Dr", WordKind::Prepositive),
            ("Gen", WordKind::Prepositive),
            ("Mt", WordKind::Prepositive),
            ("No", WordKind::BeforeNumber),
            ("Rs", WordKind::BeforeNumber),
            ("Jan", WordKind::BeforeNumber),
            ("N°", WordKind::BeforeNumber),
            ("e.g", WordKind::Continuing),
            ("vs", WordKind::Continuing),
            ("Corp", WordKind::Other),
            ("Inc", WordKind::Other),
            ("INC", WordKind::Other),
            ("U.S", WordKind::MultiPeriod),
            ("U.S.A", WordKind::MultiPeriod),
            ("J.C", WordKind::MultiPeriod),
            ("a.m", WordKind::Time),
            ("P.M", WordKind::Time),
            ("S", WordKind::Initial),
            ("p", WordKind::BeforeNumber),
            ("v", WordKind::LowerLetter),
            ("100.00", WordKind::Number),
            ("750-10", WordKind::Number),
            ("Jahr10", WordKind::Number),
            ("drones", WordKind::Word),
            ("Jaishankar", WordKind::Word),
            ("Jane.Doe@example.com", WordKind::Word),
        ];
        for (word, kind) in cases {
            assert_eq!(classify(word), kind, "{word}");
        }
    }

    #[test]
    fn starters_and_exclamation_names() {
        assert!(is_sentence_starter("How"));
        assert!(is_sentence_starter("The"));
        assert!(!is_sentence_starter("Government"));
        assert!(!is_sentence_starter("Secretary"));
        assert!(is_exclamation_name("Yahoo"));
        assert!(!is_exclamation_name("Hello"));
    }
}
