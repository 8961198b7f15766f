//! People's names as statements: a given name (or initials) and a surname, grouped later by
//! surname, so that "Anthony Blinken" in one article meets "Antony Blinken" in another.
//!
//! Only the plain shape is read: a capitalised given name, optional initials ("J."), a
//! capitalised surname, inside a sentence, neither of them a title, a place or a word that
//! opens sentences (the name scan's own lists), and not inside a longer run of capitalised
//! words ("New Delhi Metro Rail"). Whether two spellings of one surname's given name are the
//! same person, a misspelling or someone else is decided when the groups are made, with the
//! name scan's near-miss reading (`subject::name::reading_of_names`).

use super::name_words::{self, Word};
use super::statement::Statement;
use super::{Kind, SubjectKey, Value};
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
    for &sentence in sentences {
        let s = sentence.slice(text);
        let mut at = 0;
        while let Some(given) = name_words::start_at_or_after(s, at) {
            // Most capitalised words are not followed by another, which a name needs.
            let name = name_words::capital_follows(s, given.next)
                .then(|| name_at(s, given))
                .flatten();
            let Some((surname, end)) = name else {
                at = given.next;
                continue;
            };
            let (given, surname) = (given.span, surname.span);
            let span = Span::new(sentence.start + given.start, sentence.start + surname.end);
            let (given, surname) = (given.slice(s), surname.slice(s));
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
            at = end;
        }
    }
    out
}

/// A capitalised word of letters (an apostrophe or hyphen inside: "O'Brien", "Kramp-
/// Karrenbauer"), not all capitals ("NATO"), at least `min` letters.
fn is_name_word(w: &str, min: usize) -> bool {
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

/// An initial: "J." or "J".
fn is_initial(w: &str) -> bool {
    let mut chars = w.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) | (Some(c), None, None) if c.is_uppercase())
}

/// The name whose given name is `given`, a word of the sentence `s`: its surname, and where
/// the text after the name goes on.
fn name_at(s: &str, given: Word) -> Option<(Word, usize)> {
    let given_name = given.span.slice(s);
    if !is_name_word(given_name, 2) {
        return None;
    }
    // At most two initials between the given name and the surname.
    let mut surname = name_words::word_at(s, given.next)?;
    for _ in 0..2 {
        if !is_initial(surname.span.slice(s)) {
            break;
        }
        surname = name_words::word_at(s, surname.next)?;
    }
    let surname_word = surname.span.slice(s);
    // The shape first, the word lists (a fold and three searches each) last: most
    // capitalised words are not followed by another.
    if !is_name_word(surname_word, 3) {
        return None;
    }
    if let Some(next) = name_words::word_at(s, surname.next)
        && next.span.slice(s).starts_with(char::is_uppercase)
    {
        return None;
    }
    // Not the tail of a longer run of capitalised words ("Lok Sabha Speaker Om Birla" reads
    // from "Om" once "Speaker", a title, stands before it).
    if let Some((prev, first)) = name_words::word_before(s, given.span.start)
        && let prev = prev.slice(s)
        && prev.starts_with(char::is_uppercase)
        && !is_title(prev)
        && !(first && never_given(prev))
    {
        return None;
    }
    if never_given(given_name)
        || never_given(surname_word)
        || NOT_SURNAME_SET.contains(surname_word.to_lowercase().as_str())
    {
        return None;
    }
    Some((surname, surname.next))
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
    fn a_name_needs_a_capital_after_its_given_name_across_white_space() {
        assert!(
            names("According to the ministry, 465 engineers work on the Keszorlo airport.")
                .is_empty()
        );
        assert!(names("Austin, Blinken and others met.").is_empty());
        assert!(names("“Austin” Blinken’s aides met.").is_empty());
        assert_eq!(names("They met Antony J. Blinken."), ["Antony J. Blinken"]);
        assert_eq!(
            names("They met Émile\u{a0}Zola’s heirs."),
            ["Émile\u{a0}Zola"]
        );
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
