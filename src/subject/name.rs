//! People's names: where a claimed person is named, and whether the text names them rightly.
//!
//! A claim names a person in full ("Antony Blinken"). In news text the person appears in full,
//! with initials ("Antony J. Blinken", "S. Jaishankar"), by surname alone after a title
//! ("Secretary Blinken"), or misspelt ("Anthony Blinken", "Blinkin"). Misspellings are found by
//! string similarity (Damerau-Levenshtein bounded by length, and Jaro-Winkler), without the user
//! listing them. Only capitalised words are candidates, and a word is compared only with
//! surnames that share its first letter and nearly its length, memoised per document, so the
//! cost stays near one hash lookup per capitalised word.
//!
//! Initials stand for given names: "L. Austin", "L Austin" and "L.J. Austin" name Lloyd
//! Austin; "R. Austin" (an initial of its own, with a full stop) names someone else. The
//! surname may also come first: "Austin, Lloyd" is the catalogue form of the name, "Austin
//! Lloyd" in prose is the name written wrong (`order.rs`).
//!
//! A full middle name and a generational suffix are extra, not wrong: "Lloyd James Austin III"
//! names Lloyd Austin. The first given name decides: a claimed middle name after another first
//! name ("Surendra Singh Tomar" for Narendra Singh Tomar) is someone else.
//!
//! Names are compared with their diacritics folded (`letters.rs`): "Micheal Martin" and
//! "Mehmet Simsek" name Micheál Martin and Mehmet Şimşek, as English-language outlets write
//! them; "Michael Martin" has another letter and is misspelt.
//!
//! What a hit means is left to the verdict stage: [`NameReading::Full`] supports a claim,
//! [`NameReading::SurnameOnly`] is a mention, [`NameReading::Misspelt`],
//! [`NameReading::OtherGivenName`] and [`NameReading::SurnameFirst`] conflict. Because a false conflict fails someone's build, the
//! conflicting readings are given only when the evidence is clear; when in doubt a hit is
//! `SurnameOnly` or nothing.

mod context;
mod letters;
mod order;
mod person;
mod reading;
mod screen;
mod similar;
pub(crate) mod word_map;
mod words;

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::span::Span;
use letters::{fold_into, folded, folded_initial};
pub use person::is_particle;
use person::{Person, forms};
use similar::similar;
use word_map::{FnvMap, WordMap};
use words::{capitalised_words, hyphen_compound};

/// The near-miss reading of names, for `discover`, which groups the people a corpus names by
/// surname and must call two spellings the same or different exactly as `check` would.
pub mod reading_of_names {
    /// Two folded words are near misses of each other ("anthony" and "antony", "blinkin" and
    /// "blinken"): what makes a name `Misspelt`. Words shorter than `min_len` never are.
    pub fn near_miss(a: &str, b: &str, min_len: usize) -> bool {
        super::similar::similar(a, b, min_len)
    }

    /// A written given name names the claimed one: equal, its initial, or a short form of it
    /// ("Tony" for Antony).
    pub fn same_given(written: &str, claimed: &str) -> bool {
        super::reading::same_given(written, claimed)
    }

    /// A word lowercased with its diacritics folded, as names are compared.
    pub fn folded(word: &str) -> String {
        super::letters::folded(word)
    }

    /// A capitalised word that is never a given name before a surname: a title, a place or a
    /// nationality, a day or month, or a word that opens sentences ("Secretary", "India").
    pub fn never_given(word: &str) -> bool {
        super::context::never_given(word)
    }

    /// A title or an office ("Secretary", "Minister"), which may stand before a name.
    pub fn is_title(word: &str) -> bool {
        super::context::is_title(word)
    }
}

/// How the text names a claimed person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NameReading {
    /// Given name (or its initial, or a shortening of it) and surname as claimed: supports.
    Full,
    /// The exact surname without a given name: a mention, neither support nor conflict.
    SurnameOnly,
    /// The given name or the surname is a near miss of the claimed one: conflicts.
    Misspelt,
    /// The exact surname after a clearly different given name or initial: conflicts. A given
    /// name of another initial that is no near miss, without a title before it, is read as a
    /// namesake instead (`SurnameOnly`): "Mike Johnson" for Boris Johnson.
    OtherGivenName,
    /// The surname written before the given name, as English prose does not ("Austin Lloyd"
    /// for Lloyd Austin): the name is written wrong, so it conflicts. The catalogue order
    /// with a comma ("Austin, Lloyd") is [`NameReading::Full`].
    SurnameFirst,
}

/// One place where a claimed person is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameHit {
    /// The claim index given with the name to [`NameMatcher::new`].
    pub claim: usize,
    /// The whole name as written: from the given name or initial, if any, to the surname.
    pub span: Span,
    pub reading: NameReading,
}

/// Finds claimed people in a document.
#[derive(Debug, Clone)]
pub struct NameMatcher {
    people: Vec<Person>,
    /// Distinct lowercase surnames, each with the people (indices into `people`) who bear it.
    surnames: Vec<(String, Vec<usize>)>,
    /// Lowercase surname → index into `surnames`.
    exact: WordMap<usize>,
    /// First letter of a surname → indices into `surnames`: the similarity prefilter.
    by_initial: FnvMap<char, Vec<usize>>,
    /// First letter of a surname → the fewest and most characters of the surnames with it: a
    /// capitalised word whose initial or length rules out every surname is skipped before it
    /// is lowercased or hashed (most words of a document, when few people are claimed).
    lengths: FnvMap<char, (usize, usize)>,
    /// `lengths` of the ASCII initials (a copy made once built), by byte: asked of every
    /// capitalised word of a corpus, an array index rather than a hash.
    ascii_lengths: [Option<(usize, usize)>; 128],
    /// Some claimed surname is hyphenated ("Ocasio-Cortez"): capitalised words joined by a
    /// hyphen are then also tried whole.
    hyphenated: bool,
    /// Tells this matcher's entries in the per-thread [`SIMILAR`] cache from another's.
    id: u64,
}

/// What a lowercase capitalised word is to a matcher, as the [`SIMILAR`] cache keeps it.
#[derive(Debug)]
enum Known {
    /// Exactly this surname (index into `surnames`).
    Exact(usize),
    /// A near miss of these surnames (none, for most words).
    Similar(Vec<usize>),
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

thread_local! {
    /// (matcher id, lowercase word → near-miss surnames): kept across the documents a thread
    /// checks, because the capitalised words of a corpus repeat ("India", "The", "Minister")
    /// and comparing each with hundreds of surnames anew in every document was a fifth of a
    /// 10,000-claim run. A pure function of the word and the matcher, so results never depend
    /// on which thread saw which document first.
    static SIMILAR: RefCell<(u64, WordMap<Known>)> =
        RefCell::new((0, WordMap::default()));
}

/// Entries the [`SIMILAR`] cache holds before it starts afresh (a few megabytes).
const SIMILAR_CACHE_MAX: usize = 50_000;

/// How many characters a near miss may differ in length from a surname ([`reading::similar`]
/// allows at most two).
const LENGTH_SLACK: usize = 2;

impl NameMatcher {
    /// `names[i]` = (claim index, the full name as the claim gives it). The last word is the
    /// surname, with the lowercase particles before it ("von der Leyen"); earlier words are
    /// given names or initials. Names without a letter are skipped.
    pub fn new(names: &[(usize, String)]) -> Self {
        let names: Vec<(usize, &str, &[String])> = names
            .iter()
            .map(|(c, n)| (*c, n.as_str(), &[][..]))
            .collect();
        Self::with_subjects(&names)
    }

    /// [`NameMatcher::new`], with each claim's subject: the longest alias that ends the name
    /// is its surname ("García Márquez" of Gabriel García Márquez).
    pub fn with_subjects(names: &[(usize, &str, &[String])]) -> Self {
        let mut matcher = NameMatcher {
            people: Vec::new(),
            surnames: Vec::new(),
            exact: WordMap::default(),
            by_initial: FnvMap::default(),
            lengths: FnvMap::default(),
            ascii_lengths: [None; 128],
            hyphenated: false,
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        };
        for &(claim, name, aliases) in names {
            for (surname, person) in forms(claim, name, aliases) {
                matcher.add(surname, person);
            }
        }
        for (&first, &range) in &matcher.lengths {
            if let Some(slot) = ascii_index(first).and_then(|b| matcher.ascii_lengths.get_mut(b)) {
                *slot = Some(range);
            }
        }
        matcher
    }

    /// Indexes `person` by `surname` (folded, the last word of their surname).
    fn add(&mut self, surname: String, person: Person) {
        let Some(first) = surname.chars().next() else {
            return;
        };
        self.hyphenated |= surname.contains('-');
        let s = match self.exact.get(&surname) {
            Some(&s) => s,
            None => {
                self.surnames.push((surname.clone(), Vec::new()));
                let s = self.surnames.len() - 1;
                self.exact.insert(surname, s);
                self.by_initial.entry(first).or_default().push(s);
                s
            }
        };
        let len = self.surnames[s].0.chars().count();
        let range = self.lengths.entry(first).or_insert((len, len));
        *range = (range.0.min(len), range.1.max(len));
        self.surnames[s].1.push(self.people.len());
        self.people.push(person);
    }

    /// Every naming of every claimed person in `text`, sorted by `(span.start, claim)`.
    pub fn find(&self, text: &str) -> Vec<NameHit> {
        let mut hits = Vec::new();
        if self.people.is_empty() {
            return hits;
        }
        self.with_similar_cache(|cache| self.find_with(text, cache, &mut hits));
        hits.sort_unstable_by_key(|h| (h.span.start, h.claim, h.span.end, h.reading));
        hits.dedup();
        hits
    }

    /// Runs `f` with this thread's [`SIMILAR`] cache for this matcher: started afresh when it
    /// was another matcher's or has grown past [`SIMILAR_CACHE_MAX`].
    fn with_similar_cache<R>(&self, f: impl FnOnce(&mut WordMap<Known>) -> R) -> R {
        SIMILAR.with(|cache| {
            let mut cache = cache.borrow_mut();
            if cache.0 != self.id || cache.1.len() > SIMILAR_CACHE_MAX {
                *cache = (self.id, WordMap::default());
            }
            f(&mut cache.1)
        })
    }

    /// [`NameMatcher::find`], with the near-miss surnames of each word already compared kept
    /// in `similar_cache` (lowercase word → what it is to this matcher).
    fn find_with(&self, text: &str, similar_cache: &mut WordMap<Known>, hits: &mut Vec<NameHit>) {
        self.candidate_words(text, similar_cache, |word, lower, known| {
            self.read_word(text, word, lower, known, hits);
            true
        });
    }

    /// Calls `visit` with each capitalised word of `text` (a hyphenated surname whole) that is
    /// a claimed surname or a near miss of one, its folded form and what it is to this
    /// matcher, until `visit` returns false.
    fn candidate_words(
        &self,
        text: &str,
        similar_cache: &mut WordMap<Known>,
        mut visit: impl FnMut(Span, &str, &Known) -> bool,
    ) {
        let mut lower = String::new();
        let mut compound_end = 0;
        for word in capitalised_words(text) {
            if word.start < compound_end {
                continue; // a part of the hyphenated surname just read
            }
            let word = match self.hyphenated_surname(text, word) {
                Some(compound) => {
                    compound_end = compound.end;
                    compound
                }
                None => word,
            };
            if !self.may_name(word.slice(text)) {
                continue;
            }
            lower.clear();
            fold_into(word.slice(text), &mut lower);
            // One lookup per word once the thread has seen it: the cache answers for exact
            // surnames too.
            let known = match similar_cache.get(&lower) {
                Some(known) => known,
                None => {
                    let known = match self.exact.get(&lower) {
                        Some(&s) => Known::Exact(s),
                        None => Known::Similar(self.similar_surnames(&lower)),
                    };
                    similar_cache.entry(lower.clone()).or_insert(known)
                }
            };
            if matches!(known, Known::Similar(similar) if similar.is_empty()) {
                continue;
            }
            if !visit(word, &lower, known) {
                return;
            }
        }
    }

    /// The capitalised words joined by hyphens from `word` on ("Ocasio-Cortez"), when some
    /// claimed surname is hyphenated and they are one or a near miss of one; otherwise each
    /// part is read as a word of its own ("Biden-Harris").
    fn hyphenated_surname(&self, text: &str, word: Span) -> Option<Span> {
        if !self.hyphenated {
            return None;
        }
        let compound = hyphen_compound(text, word)?;
        let written = compound.slice(text);
        if !self.may_name(written) {
            return None;
        }
        let lower = folded(written);
        (self.exact.contains_key(&lower) || !self.similar_surnames(&lower).is_empty())
            .then_some(compound)
    }

    /// False when no surname can be `word` or a near miss of it: none starts with its initial,
    /// or (for an ASCII word) none is within [`LENGTH_SLACK`] characters of its length.
    fn may_name(&self, word: &str) -> bool {
        let known = match word.as_bytes().first() {
            None => return false,
            // Lowercasing an ASCII letter is ASCII: no char to decode (most capitalised words).
            Some(&b) if b.is_ascii() => self
                .ascii_lengths
                .get(usize::from(b.to_ascii_lowercase()))
                .copied()
                .flatten(),
            Some(_) => {
                let Some(first) = folded_initial(word) else {
                    return false;
                };
                match ascii_index(first) {
                    Some(b) => self.ascii_lengths.get(b).copied().flatten(),
                    None => self.lengths.get(&first).copied(),
                }
            }
        };
        let Some((shortest, longest)) = known else {
            return false;
        };
        !word.is_ascii()
            || (shortest.saturating_sub(LENGTH_SLACK)..=longest + LENGTH_SLACK)
                .contains(&word.len())
    }

    /// Surnames that `word` (lowercase) is a near miss of, prefiltered by first letter.
    fn similar_surnames(&self, word: &str) -> Vec<usize> {
        let Some(first) = word.chars().next() else {
            return Vec::new();
        };
        let Some(bucket) = self.by_initial.get(&first) else {
            return Vec::new();
        };
        bucket
            .iter()
            .copied()
            .filter(|&s| similar(word, &self.surnames[s].0, 4))
            .collect()
    }
}

/// The index of an ASCII initial in [`NameMatcher::ascii_lengths`]; `None` for any other.
fn ascii_index(first: char) -> Option<usize> {
    first.is_ascii().then_some(first as usize)
}

#[cfg(test)]
pub(crate) mod tests;
