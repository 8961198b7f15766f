//! A claimed person as the scan looks for them: the given names, and the surname split into
//! the word it is indexed by (its last) and the words that must stand before that one.
//!
//! Most surnames are one word. Some are several: with particles ("Ursula von der Leyen",
//! "Charles de Gaulle", "Mohammed bin Salman"), which the claim writes in lowercase, or
//! several capitalised words ("Gabriel García Márquez"), which only the claim's subject can
//! tell from a middle name: the longest subject alias that ends the name is the surname. A
//! hyphenated surname is also looked for with a space for the hyphen ("Kramp Karrenbauer"),
//! and each of its parts after the claimed given name ("Adaeze Okafor" for Adaeze
//! Okafor-Bell: the surname written incompletely).

use super::letters::folded;
use crate::span::Span;

/// Lowercase words that join a surname ("von der Leyen", "de Gaulle", "bin Salman", "dos
/// Santos"): a claimed name may hold them in lowercase between its capitalised words.
#[rustfmt::skip]
const PARTICLES: &[&str] = &[
    "af", "al", "av", "ben", "bin", "bint", "binti", "d'", "da", "dal", "dalla", "das", "de",
    "degli", "dei", "del", "della", "delle", "den", "der", "des", "di", "do", "dos", "du", "e",
    "el", "ibn", "la", "le", "les", "lo", "op", "te", "ten", "ter", "van", "von", "y", "zu",
];

/// True when `word` (as written) is a particle of a surname ("von", "der", "de", "bin").
pub fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&word)
}

/// A claimed person, or one form of their surname, as the scan reads it.
#[derive(Debug, Clone)]
pub(super) struct Person {
    pub claim: usize,
    /// Given names and initials before the surname ("antony", "j"), folded; may be empty.
    pub given: Vec<String>,
    /// The words of the surname before the one it is indexed by, folded ("von", "der" of von
    /// der Leyen; "kramp" of Kramp Karrenbauer): they must stand right before it in the text,
    /// or the word is not this person's surname.
    pub head: Vec<String>,
    /// One part of a hyphenated surname ("okafor" of Okafor-Bell): read only after the
    /// claimed given name, as the surname written incompletely (misspelt); `next` is the
    /// part that follows it in the claim, whose presence makes the surname whole.
    pub part: Option<Part>,
}

#[derive(Debug, Clone)]
pub(super) struct Part {
    pub next: Option<String>,
}

/// The forms of the claimed name `name` to look for, each with the word its surname is
/// indexed by: `aliases` are the claim's subject, which may say how many words the surname
/// has. Empty when the name has no letter.
pub(super) fn forms(claim: usize, name: &str, aliases: &[String]) -> Vec<(String, Person)> {
    // (folded word, written in lowercase)
    let words: Vec<(String, bool)> = name
        .split(|c: char| c.is_whitespace() || c == '.')
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic() && c != '\''))
        .filter(|w| !w.is_empty())
        .map(|w| (folded(w), w.starts_with(char::is_lowercase)))
        .collect();
    let n = words.len();
    if n == 0 {
        return Vec::new();
    }
    // The longest alias that ends the name and leaves a given name ("Antony Blinken" as an
    // alias of Antony Blinken says nothing), then the particles before it.
    let mut len = 1;
    for alias in aliases {
        let alias: Vec<String> = alias.split_whitespace().map(folded).collect();
        let ends_name = alias.len() < n
            && words[n - alias.len()..]
                .iter()
                .zip(&alias)
                .all(|((w, _), a)| w == a);
        if ends_name {
            len = len.max(alias.len());
        }
    }
    while len < n && words[n - len - 1].1 {
        len += 1;
    }
    let given: Vec<String> = words[..n - len].iter().map(|(w, _)| w.clone()).collect();
    let surname: Vec<String> = words[n - len..].iter().map(|(w, _)| w.clone()).collect();
    let person = |head: &[String], part: Option<Part>| Person {
        claim,
        given: given.clone(),
        head: head.to_vec(),
        part,
    };
    let Some((key, head)) = surname.split_last() else {
        return Vec::new();
    };
    let mut forms = vec![(key.clone(), person(head, None))];
    let parts: Vec<&str> = key.split('-').filter(|p| !p.is_empty()).collect();
    if head.is_empty() && parts.len() > 1 {
        // "Kramp Karrenbauer": the hyphen written as a space.
        if let Some((last, first)) = parts.split_last() {
            let first: Vec<String> = first.iter().map(|p| (*p).to_string()).collect();
            forms.push(((*last).to_string(), person(&first, None)));
        }
        // "Adaeze Okafor", "Adaeze Bell": a part alone after the given name.
        for (i, p) in parts.iter().enumerate() {
            let next = parts.get(i + 1).map(|n| (*n).to_string());
            forms.push(((*p).to_string(), person(&[], Some(Part { next }))));
        }
    }
    forms
}

/// Where the surname whose last word is `word` starts, when `head` (folded words) stands
/// right before that word, each separated from the next by white space (one line break at
/// most) or a hyphen: "von der Leyen", "Von der Leyen", "Kramp Karrenbauer". `None` when it
/// does not.
pub(super) fn head_start(text: &str, word: Span, head: &[String]) -> Option<usize> {
    let mut start = word.start;
    for expected in head.iter().rev() {
        let before = text.get(..start)?;
        let gap = before.trim_end_matches([' ', '\t', '\n', '\r']);
        let spaces = before.get(gap.len()..).unwrap_or_default();
        let gap = if spaces.is_empty() {
            gap.strip_suffix('-')?
        } else if spaces.matches('\n').count() > 1 {
            return None;
        } else {
            gap
        };
        let word_start = gap
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphabetic() || c == '\'')
            .last()
            .map(|(i, _)| i)?;
        if folded(gap.get(word_start..)?) != *expected {
            return None;
        }
        start = word_start;
    }
    Some(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(name: &str, aliases: &[&str]) -> Vec<(String, Vec<String>, Vec<String>, bool)> {
        let aliases: Vec<String> = aliases.iter().map(|a| (*a).to_string()).collect();
        forms(0, name, &aliases)
            .into_iter()
            .map(|(key, p)| (key, p.given, p.head, p.part.is_some()))
            .collect()
    }

    fn strings(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| (*w).to_string()).collect()
    }

    #[test]
    fn the_surname_is_told_by_particles_and_the_subject() {
        let one = |key: &str, given: &[&str], head: &[&str]| {
            vec![(key.to_string(), strings(given), strings(head), false)]
        };
        assert_eq!(
            keys("Ursula von der Leyen", &[]),
            one("leyen", &["ursula"], &["von", "der"])
        );
        assert_eq!(
            keys("Gabriel García Márquez", &["García Márquez"]),
            one("marquez", &["gabriel"], &["garcia"])
        );
        assert_eq!(
            keys("Narendra Singh Tomar", &["Tomar"]),
            one("tomar", &["narendra", "singh"], &[])
        );
        // An alias that does not end the name, or is all of it, says nothing.
        assert_eq!(keys("Wang Yi", &["Wang"]), one("yi", &["wang"], &[]));
        assert_eq!(
            keys("Antony Blinken", &["Antony Blinken", "Blinken"]),
            one("blinken", &["antony"], &[])
        );
        assert!(keys(" . ", &[]).is_empty());
    }

    #[test]
    fn a_hyphenated_surname_is_also_looked_for_spaced_and_in_parts() {
        assert_eq!(
            keys("Adaeze Okafor-Bell", &["Okafor-Bell"]),
            [
                ("okafor-bell".into(), strings(&["adaeze"]), vec![], false),
                (
                    "bell".into(),
                    strings(&["adaeze"]),
                    strings(&["okafor"]),
                    false
                ),
                ("okafor".into(), strings(&["adaeze"]), vec![], true),
                ("bell".into(), strings(&["adaeze"]), vec![], true),
            ]
        );
    }

    #[test]
    fn the_head_stands_before_the_word() {
        let head = strings(&["von", "der"]);
        let at = |text: &str| {
            let start = text.rfind("Leyen").unwrap_or_default();
            head_start(text, Span::new(start, start + 5), &head)
        };
        assert_eq!(at("President Ursula von der Leyen"), Some(17));
        assert_eq!(at("Von der Leyen said"), Some(0));
        assert_eq!(at("von-der-Leyen"), Some(0));
        assert_eq!(at("von der\nLeyen"), Some(0));
        assert_eq!(at("von der\n\nLeyen"), None);
        assert_eq!(at("Ursula der Leyen"), None);
        assert_eq!(at("Leyen"), None);
        assert_eq!(at("avon der Leyen"), None);
    }
}
