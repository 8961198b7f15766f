//! People's names as statements: a given name (or initials) and a surname, grouped later by
//! surname, so that "Anthony Blinken" in one article meets "Antony Blinken" in another.
//!
//! Only the plain shape is read: a capitalised given name, optional initials ("J."), a
//! capitalised surname, inside a sentence, neither of them a title, a place or a word that
//! opens sentences (the name scan's own lists), and not inside a longer run of capitalised
//! words ("New Delhi Metro Rail"). Whether two spellings of one surname's given name are the
//! same person, a misspelling or someone else is decided when the groups are made, with the
//! name scan's near-miss reading (`subject::name::reading_of_names`).

use super::statement::Statement;
use super::{Kind, SubjectKey, Value};
use crate::char_class::is_alphanumeric;
use crate::span::Span;
use crate::subject::name::reading_of_names::{folded, is_title, never_given};
use crate::subject::name::word_map::Fnv;

/// Last words of the names of places, bodies and events, which read like a given name and a
/// surname ("United States", "European Union", "Cold War") but name no person. Lowercase.
#[rustfmt::skip]
const NOT_SURNAMES: &[&str] = &[
    "states", "kingdom", "nations", "union", "east", "west", "north", "south", "war", "party",
    "republic", "ministry", "department", "council", "court", "house", "office", "bank",
    "university", "college", "school", "street", "road", "avenue", "ocean", "sea", "river",
    "island", "islands", "city", "county", "province", "region", "valley", "army", "navy",
    "force", "forces", "guard", "agency", "commission", "committee", "group", "company",
    "corporation", "inc", "ltd", "times", "post", "news", "journal", "day", "act", "treaty",
    "summit", "dialogue", "strategy", "initiative", "airlines", "airways", "airport", "bridge",
    "station", "line", "lines", "secretary", "minister", "affairs", "security", "defence",
    "defense", "policy", "forum", "organization", "organisation", "fund", "programme",
    "program", "project", "service", "services", "system", "centre", "center", "institute",
    "association", "federation", "alliance", "front", "movement", "assembly", "parliament",
    "senate", "congress", "government", "administration", "authority", "board", "exchange",
    "market", "index", "street", "square", "park", "hall", "tower", "church", "mosque",
    "temple", "hospital", "stadium", "cup", "league", "games", "championship", "open",
    "festival", "award", "awards", "prize", "report", "agreement", "accord", "pact", "plan",
    "deal", "law", "bill", "code", "zone", "coast", "bay", "gulf", "strait", "mountains",
    "desert", "peninsula", "continent", "world", "asia", "africa", "europe", "america",
    "pacific", "atlantic", "indian", "ocean", "area", "district", "state", "territory",
];

static NOT_SURNAME_SET: std::sync::LazyLock<
    std::collections::HashSet<&str, std::hash::BuildHasherDefault<Fnv>>,
> = std::sync::LazyLock::new(|| NOT_SURNAMES.iter().copied().collect());

/// The names of the sentences of `text`.
pub fn statements(text: &str, sentences: &[Span]) -> Vec<Statement> {
    let mut out = Vec::new();
    // One buffer of words for every sentence of the document.
    let mut words = Vec::new();
    for &sentence in sentences {
        // Most sentences name nobody: two capitalised words in a row are needed, and a
        // sentence without a capitalised word followed by a capital is not cut into words.
        if !capitalised_pair(sentence.slice(text)) {
            continue;
        }
        words_into(text, sentence, &mut words);
        let mut i = 0;
        while i < words.len() {
            // Most words are passed over by their first byte, before a call.
            if !may_start_name(text.as_bytes().get(words[i].start)) {
                i += 1;
                continue;
            }
            match name_at(text, &words, i) {
                Some((end, given, surname)) => {
                    let span = Span::new(words[i].start, words[end].end);
                    out.push(Statement {
                        key: SubjectKey {
                            kind: Kind::Name,
                            head: folded(surname),
                            modifiers: Vec::new(),
                        },
                        form: surname.to_string(),
                        value: Value::Name {
                            given: folded(given),
                            surname: folded(surname),
                        },
                        found: span,
                        written: span,
                        sentence,
                        headline_names: Vec::new(),
                    });
                    i = end + 1;
                }
                None => i += 1,
            }
        }
    }
    out
}

/// Whether a sentence has a word that starts with a capital, followed by white space and a
/// word that starts with a capital: what a given name (or an initial) and the word after it
/// need, as [`words_into`] cuts them (a mark between two words is a word of its own, so the
/// two stand apart by white space only). A scan of the characters, decoding only those past
/// ASCII, without cutting the words: most sentences of a corpus have none, and `name_at`
/// finds no name in them.
fn capitalised_pair(s: &str) -> bool {
    // Whether the word being read (or just ended by white space) started with a capital.
    let mut capital_word = false;
    let mut in_word = false;
    let mut after_space = false;
    let mut chars = Chars::new(s);
    while let Some((_, c)) = chars.next_indexed() {
        if is_part(c) {
            if !in_word {
                if after_space && capital_word && c.is_uppercase() {
                    return true;
                }
                capital_word = c.is_uppercase();
                in_word = true;
            }
            after_space = false;
        } else if c.is_whitespace() {
            // White space keeps the word before it as the one a capital may follow.
            after_space = in_word || after_space;
            in_word = false;
        } else {
            // A mark is a word of its own, never a given name.
            capital_word = false;
            in_word = false;
            after_space = false;
        }
    }
    false
}

/// Whether `c` belongs to a word of a name: a letter or digit, or ".", "-", "'" and "’".
fn is_part(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '\'')
    } else {
        c == '’' || is_alphanumeric(c)
    }
}

/// The characters of a string with their byte offsets, ASCII bytes read without decoding.
struct Chars<'s> {
    s: &'s str,
    at: usize,
}

impl<'s> Chars<'s> {
    fn new(s: &'s str) -> Self {
        Chars { s, at: 0 }
    }

    fn next_indexed(&mut self) -> Option<(usize, char)> {
        let at = self.at;
        let &b = self.s.as_bytes().get(at)?;
        let c = if b.is_ascii() {
            char::from(b)
        } else {
            self.s.get(at..)?.chars().next()?
        };
        self.at += c.len_utf8();
        Some((at, c))
    }
}

/// The words of a sentence split at white space, quotes and commas cut off, a possessive
/// "'s" dropped; marks that end a name ("," ";" ")") become words of their own. Written into
/// `out`, cleared first.
fn words_into(text: &str, sentence: Span, out: &mut Vec<Span>) {
    out.clear();
    let s = sentence.slice(text);
    let offset = sentence.start;
    let mut chars = Chars::new(s);
    let mut from = None;
    loop {
        let (i, c) = chars.next_indexed().unwrap_or((s.len(), ' '));
        match (is_part(c), from) {
            (true, None) => from = Some(i),
            (false, Some(f)) => {
                let word = s.get(f..i).unwrap_or_default();
                let word = word
                    .strip_suffix("'s")
                    .or_else(|| word.strip_suffix("’s"))
                    .unwrap_or(word);
                // "Austin." ends a sentence; "J." is an initial.
                // More than 8 bytes is more than two characters, whatever they are.
                let word = if word.len() > 8 || word.chars().count() > 2 {
                    word.trim_end_matches('.')
                } else {
                    word
                };
                out.push(Span::new(offset + f, offset + f + word.len()));
                from = None;
                if !c.is_whitespace() {
                    out.push(Span::new(offset + i, offset + i + c.len_utf8()));
                }
            }
            (false, None) if !c.is_whitespace() => {
                out.push(Span::new(offset + i, offset + i + c.len_utf8()));
            }
            _ => {}
        }
        if i == s.len() {
            return;
        }
    }
}

/// A capitalised word of letters (an apostrophe or hyphen inside: "O'Brien", "Kramp-
/// Karrenbauer"), not all capitals ("NATO"), at least `min` letters.
fn is_name_word(w: &str, min: usize) -> bool {
    if !may_start_name(w.as_bytes().first()) {
        return false;
    }
    if w.is_ascii() {
        // Bytes, without decoding, in one pass: nearly every word of English prose.
        let b = w.as_bytes();
        if !b.first().is_some_and(u8::is_ascii_uppercase)
            || b.last().is_some_and(|&c| c == b'-' || c == b'\'')
        {
            return false;
        }
        let mut letters = 0;
        let mut lower_after_first = false;
        for (i, &c) in b.iter().enumerate() {
            if c.is_ascii_alphabetic() {
                letters += 1;
                lower_after_first |= i > 0 && c.is_ascii_lowercase();
            } else if !matches!(c, b'-' | b'\'') {
                return false;
            }
        }
        return letters >= min && lower_after_first;
    }
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= min
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && w.chars().skip(1).any(char::is_lowercase)
        && !w.ends_with(['-', '\'', '’'])
}

/// Whether a word whose first byte is `first` may be a name word: a capital, or a non-ASCII
/// letter (read in full by [`is_name_word`]). Most words are turned away here: lowercase, a
/// digit or a mark.
fn may_start_name(first: Option<&u8>) -> bool {
    first.is_some_and(|b| !b.is_ascii() || b.is_ascii_uppercase())
}

/// An initial: "J." or "J".
fn is_initial(w: &str) -> bool {
    let mut chars = w.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) | (Some(c), None, None) if c.is_uppercase())
}

/// The name starting at word `i`: the index of its last word, the given name and the surname.
fn name_at<'t>(text: &'t str, words: &[Span], i: usize) -> Option<(usize, &'t str, &'t str)> {
    let given = words.get(i)?.slice(text);
    if !is_name_word(given, 2) {
        return None;
    }
    let mut j = i + 1;
    while words.get(j).is_some_and(|w| is_initial(w.slice(text))) && j < i + 3 {
        j += 1;
    }
    let surname = words.get(j)?.slice(text);
    // The shape first, the word lists (a fold and three searches each) last: most
    // capitalised words are not followed by another.
    if !is_name_word(surname, 3) {
        return None;
    }
    if let Some(next) = words.get(j + 1) {
        let next = next.slice(text);
        if next.starts_with(char::is_uppercase) {
            return None;
        }
    }
    // Not the tail of a longer run of capitalised words ("Lok Sabha Speaker Om Birla" reads
    // from "Om" once "Speaker", a title, stands before it).
    if let Some(p) = i.checked_sub(1)
        && let Some(prev) = words.get(p).map(|w| w.slice(text))
        && prev.starts_with(char::is_uppercase)
        && !is_title(prev)
        && !(p == 0 && never_given(prev))
    {
        return None;
    }
    if never_given(given)
        || never_given(surname)
        || NOT_SURNAME_SET.contains(surname.to_lowercase().as_str())
    {
        return None;
    }
    Some((j, given, surname))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(s: &str) -> Vec<String> {
        let sentences = [Span::new(0, s.len())];
        statements(s, &sentences)
            .into_iter()
            .map(|st| st.written.slice(s).to_string())
            .collect()
    }

    #[test]
    fn the_capital_scan_passes_every_sentence_that_names_someone() {
        use crate::segment::{RuleSegmenter, Segmenter};
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut named = 0;
        for entry in std::fs::read_dir(corpus).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for sentence in RuleSegmenter::default().sentences(&text) {
                let s = sentence.slice(&text);
                if !names(s).is_empty() {
                    named += 1;
                    assert!(capitalised_pair(s), "{s}");
                }
            }
        }
        assert!(named >= 5, "{named}");
        assert!(!capitalised_pair(
            "According to the ministry, 465 engineers work on the Keszorlo airport."
        ));
        assert!(!capitalised_pair("Austin, Blinken and others met."));
        assert!(!capitalised_pair("“Austin” Blinken’s aides met."));
        assert!(capitalised_pair("They met Antony J. Blinken."));
        assert!(capitalised_pair("They met Émile\u{a0}Zola’s heirs."));
    }

    #[test]
    fn given_name_initials_and_surname() {
        assert_eq!(
            names(
                "The U.S. Secretary of State Antony J. Blinken and Secretary of Defense Lloyd Austin are expected."
            ),
            ["Antony J. Blinken", "Lloyd Austin"]
        );
        assert_eq!(
            names("with their counterparts Anthony Blinken and Lloyd Austin."),
            ["Anthony Blinken", "Lloyd Austin"]
        );
        // A name opening the sentence, its surname the only other capital.
        assert_eq!(names("Lloyd Austin said 5 drones flew."), ["Lloyd Austin"]);
        assert!(names("They met in New Delhi Metro Rail offices.").is_empty());
        assert!(names("Prime Minister Modi spoke to NATO Allies.").is_empty());
    }
}
