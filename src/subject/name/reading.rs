//! Reading what the words before a surname say: the given name or initial matches, is
//! misspelt, is another name, or says nothing (a title, a sentence opening).
//!
//! Conflicting readings ([`NameReading::Misspelt`], [`NameReading::OtherGivenName`]) need
//! clear evidence, because a false conflict fails someone's build: when in doubt a hit is
//! [`NameReading::SurnameOnly`] or nothing.

use super::context::{Before, GivenWord, before, is_sentence_start, is_title, next_is_capitalised};
use super::letters::folded_letter;
use super::order::{self, After};
use super::person::head_start;
use super::similar::similar;
use super::words::suffix_end;
use super::{Known, NameHit, NameMatcher, NameReading, Person};
use crate::span::Span;
use std::ops::Not;

/// The shortest surname (in characters) that may be found misspelt on its own, without a given
/// name to confirm it: shorter ones ("Austen" for "Austin") are too often another person.
const LONE_MISSPELLING_MIN: usize = 7;

/// How a candidate word may name a claimed person.
enum Bearing {
    /// It is their surname, `surnames[surname]`, which all its bearers share.
    Exact { surname: usize },
    /// It is a near miss of their surname; `lone_ok` when that may be read without a given
    /// name (a long surname, one letter off).
    Misspelt { lone_ok: bool },
}

impl NameMatcher {
    /// The hits of one candidate word (see [`NameMatcher::candidate_words`]): for each person
    /// whose surname it is or nearly is, the whole surname ending at it ("von der Leyen") and
    /// what the words before that say.
    pub(super) fn read_word(
        &self,
        text: &str,
        word: Span,
        lower: &str,
        known: &Known,
        hits: &mut Vec<NameHit>,
    ) {
        let people: Vec<(usize, Bearing)> = match known {
            Known::Exact(s) => {
                // Read for all who bear the surname (up to seven in a large claims file whose
                // surnames double as place names).
                self.surnames[*s]
                    .1
                    .iter()
                    .map(|&p| (p, Bearing::Exact { surname: *s }))
                    .collect()
            }
            Known::Similar(similar) => similar
                .iter()
                .flat_map(|&s| {
                    let (surname, bearers) = &self.surnames[s];
                    let lone_ok = surname.chars().count() >= LONE_MISSPELLING_MIN
                        && strsim::damerau_levenshtein(lower, surname) == 1;
                    bearers
                        .iter()
                        .map(move |&p| (p, Bearing::Misspelt { lone_ok }))
                })
                .collect(),
        };
        // Read once for the word; again only for a longer whole surname.
        let context = before(text, word);
        let after = order::after(text, word.end);
        for (p, bearing) in people {
            let Some(whole) = self.whole_surname(text, word, p) else {
                continue;
            };
            let own;
            let context = if whole == word {
                &context
            } else {
                own = before(text, whole);
                &own
            };
            match bearing {
                Bearing::Exact { surname } => {
                    let bearers = &self.surnames[surname].1;
                    self.read_exact(text, whole, p, bearers, context, after.as_ref(), hits);
                }
                Bearing::Misspelt { lone_ok } => {
                    self.read_misspelt(text, whole, p, lone_ok, context, after.as_ref(), hits);
                }
            }
        }
    }

    /// The whole surname of person `p` that ends with `word`: `word` itself, or with the words
    /// that must stand before it ("von der Leyen"); `None` when they do not.
    fn whole_surname(&self, text: &str, word: Span, p: usize) -> Option<Span> {
        let head = &self.people[p].head;
        if head.is_empty() {
            return Some(word);
        }
        head_start(text, word, head).map(|start| Span::new(start, word.end))
    }

    /// The reading of an exact surname `word` for person `p`. `bearers` are all claimed people
    /// with this surname: when the given name is exactly another one's ("Manmohan Singh" while
    /// "Rajnath Singh" and "Manmohan Singh" are both claimed), that person is named, not `p`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn read_exact(
        &self,
        text: &str,
        word: Span,
        p: usize,
        bearers: &[usize],
        context: &Before,
        after: Option<&After>,
        hits: &mut Vec<NameHit>,
    ) {
        let person = &self.people[p];
        if let Some(part) = &person.part {
            // Part of a hyphenated surname: only "Adaeze Okafor", with the given name written
            // out, and not when the rest follows ("Adaeze Okafor Bell").
            let whole = after.is_some_and(|a| part.next.as_ref() == Some(&a.lower));
            let given = self.given_reading(text, person, context);
            if let (false, Some((NameReading::Full, start))) = (whole, given)
                && context
                    .given
                    .as_ref()
                    .is_some_and(|g| g.span.start == start)
            {
                hits.push(NameHit {
                    claim: person.claim,
                    span: Span::new(start, suffix_end(text, word.end)),
                    reading: NameReading::Misspelt,
                });
            }
            return;
        }
        let (reading, start) = match self.given_reading(text, person, context) {
            Some((NameReading::Misspelt | NameReading::OtherGivenName, _))
                if self.names_another(p, bearers, context) =>
            {
                return;
            }
            Some((reading, start)) => (reading, start),
            // A claim that names only a surname is fully matched by it.
            None if person.given.is_empty() => (NameReading::Full, word.start),
            // Another claimed person of this surname is named, not `p`.
            None if self.names_another(p, bearers, context) => return,
            None => {
                // "Austin Lloyd", "Austin, Lloyd": the given name after the surname.
                if let Some(hit) = self.read_surname_first(text, word, p, true, context, after) {
                    hits.push(hit);
                    return;
                }
                (NameReading::SurnameOnly, word.start)
            }
        };
        hits.push(NameHit {
            claim: person.claim,
            span: Span::new(start, suffix_end(text, word.end)),
            reading,
        });
    }

    /// The reading of a near-miss surname `word` for person `p`: misspelt when the given name
    /// agrees, or when the surname stands alone and is long and close enough; otherwise nothing.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn read_misspelt(
        &self,
        text: &str,
        word: Span,
        p: usize,
        lone_ok: bool,
        context: &Before,
        after: Option<&After>,
        hits: &mut Vec<NameHit>,
    ) {
        let person = &self.people[p];
        if person.part.is_some() {
            return; // a part of a surname, misspelt too, is too weak to read
        }
        let start = match self.given_reading(text, person, context) {
            Some((NameReading::Full | NameReading::Misspelt, start)) => start,
            Some(_) => return,
            None if person.given.is_empty() => return,
            None => {
                // "Blinkin Antony": the exact given name after a misspelt surname.
                if let Some(hit) = self.read_surname_first(text, word, p, false, context, after) {
                    hits.push(hit);
                    return;
                }
                // Alone, or after a title; an initial that disagrees means someone else.
                let unnamed = context
                    .given
                    .as_ref()
                    .is_none_or(|g| self.not_a_given_name(g));
                if !lone_ok
                    || !unnamed
                    || !context.initials.is_empty()
                    || is_sentence_start(text, word.start)
                    || next_is_capitalised(text, word.end)
                {
                    return;
                }
                word.start
            }
        };
        hits.push(NameHit {
            claim: person.claim,
            span: Span::new(start, suffix_end(text, word.end)),
            reading: NameReading::Misspelt,
        });
    }

    /// What the words before a surname say about the given name: `None` when they say nothing
    /// (no given name, a title, a sentence opening), else the reading and where the name starts.
    fn given_reading(
        &self,
        text: &str,
        person: &Person,
        context: &Before,
    ) -> Option<(NameReading, usize)> {
        if person.given.is_empty() {
            return None;
        }
        if let Some(g) = &context.given {
            let named = |w: &GivenWord| person.given.iter().any(|c| same_given(&w.lower, c));
            let near = |w: &GivenWord| person.given.iter().any(|c| similar(&w.lower, c, 3));
            // Two given names may be written ("Lloyd James Austin", "Surendra Singh Tomar").
            let first = context.first.as_ref().filter(|f| !f.not_a_name);
            // The first of them a name of its own: mid-sentence, not in a headline's run.
            let first_alone = first.filter(|f| !self.not_a_given_name(f));
            if let Some(f) = first.filter(|f| named(f)) {
                return Some((NameReading::Full, f.span.start)); // a middle name is extra
            }
            if named(g) {
                // A claimed middle name after a first name that is none of the claimed ones
                // ("Surendra Singh Tomar" for Narendra Singh Tomar).
                let middle = person
                    .given
                    .first()
                    .is_some_and(|c| !same_given(&g.lower, c));
                if let Some(f) = first_alone.filter(|_| middle) {
                    let reading = if near(f) {
                        NameReading::Misspelt
                    } else {
                        NameReading::OtherGivenName
                    };
                    return Some((reading, f.span.start));
                }
                return Some((NameReading::Full, g.span.start));
            }
            if near(g) {
                return Some((NameReading::Misspelt, g.span.start));
            }
            if let Some(f) = first.filter(|f| near(f)) {
                return Some((NameReading::Misspelt, f.span.start));
            }
            if !self.not_a_given_name(g) {
                return namesake(text, person, g)
                    .not()
                    .then_some((NameReading::OtherGivenName, g.span.start));
            }
            // Two given names, neither claimed ("met Donald James Blinken"): the run of
            // capitals is a name, not a headline, when its first word is one on its own.
            let in_run = g.title_case && !g.not_a_name && !g.opens_sentence;
            if let Some(f) = first_alone.filter(|_| in_run && !self.exact.contains_key(&g.lower)) {
                return namesake(text, person, f)
                    .not()
                    .then_some((NameReading::OtherGivenName, f.span.start));
            }
        }
        // Initials directly before the surname ("S. Jaishankar", "L.J. Austin", "L Austin").
        let first = context.initials.first()?;
        let initial_of = |given: &String| given.chars().next().map(lowercase_initial);
        let letter = lowercase_initial(first.letter);
        if person.given.first().and_then(initial_of) == Some(letter) {
            return Some((NameReading::Full, first.start));
        }
        // Other initials name someone else ("R. Austin", "R. J. Austin" for Lloyd Austin) when
        // each is an initial of its own, with a full stop and a space: not bare ("Plan B
        // Austin"), not glued to another capital (an abbreviation: "D.C."); and when none is
        // the initial of a claimed name ("J. Austin" for Lloyd J. Austin, "F. S. Fitzgerald"
        // for Scott Fitzgerald: the claim may leave out a name the text spells out).
        let alone = context.initials.iter().all(|i| i.dotted_alone);
        let claimed = context.initials.iter().any(|i| {
            let letter = lowercase_initial(i.letter);
            person.given.iter().any(|g| initial_of(g) == Some(letter))
        });
        (alone && !claimed).then_some((NameReading::OtherGivenName, first.start))
    }

    /// True when the given name before a surname is exactly that of a claimed person other
    /// than `p` among `bearers`.
    fn names_another(&self, p: usize, bearers: &[usize], context: &Before) -> bool {
        let Some(g) = &context.given else {
            return false;
        };
        bearers.iter().any(|&q| {
            q != p
                && self.people[q]
                    .given
                    .iter()
                    .any(|given| given.chars().count() > 1 && same_given(&g.lower, given))
        })
    }

    /// True when a capitalised word before a surname is not evidence of a different given name:
    /// a title, a sentence opening, an acronym, another claimed surname, or title case.
    fn not_a_given_name(&self, g: &GivenWord) -> bool {
        g.excluded() || self.exact.contains_key(&g.lower)
    }
}

/// The first lowercase letter of `c` ("İ" lowercases to two chars), its diacritics folded
/// ("Ş." is the initial of "Şimşek" and of "Simsek"): how initials compare.
fn lowercase_initial(c: char) -> char {
    folded_letter(c)
}

/// True when `written` names the claimed given name: equal, equal to its initial, or a short
/// form of it. A short form is the claimed name cut at either end, at least three letters
/// kept ("Tony" for Antony, "Rob" for Robert, "Pete" for Peter), but not only a final vowel
/// cut, which in many languages makes another name ("Nirmal" for Nirmala, "Paul" for Paula,
/// "Daniel" for Daniela). A name longer than the claimed one is never a short form of it
/// ("Priyanka" for Priya, "Peter" for Pete): the text then says more than the claim, which a
/// checker must see. Nicknames of another shape ("Radek" for Radosław, "Bill" for William)
/// are other names: no list of them is kept.
pub(super) fn same_given(written: &str, claimed: &str) -> bool {
    if written == claimed {
        return true;
    }
    let (w, c) = (written.chars().count(), claimed.chars().count());
    if w == 1 || c == 1 {
        return written.chars().next() == claimed.chars().next();
    }
    if w < 3 || w >= c {
        return false;
    }
    match claimed.strip_prefix(written) {
        Some(cut) => !matches!(cut, "a" | "e" | "i" | "o" | "u"),
        None => claimed.ends_with(written),
    }
}

#[cfg(test)]
mod tests;

/// A given name written out that shares no initial with any of the claimed person's given
/// names and is no near miss of one ("David J. Ross", "Mike Johnson" for Wilbur Ross, Boris
/// Johnson) names someone else who bears the surname: a namesake, not the claimed person
/// misnamed. A false conflict fails a build, and namesakes are common. A given name of the
/// same initial ("Larry Austin" for Lloyd Austin) or close to it stays `OtherGivenName`, and
/// so does any after a title ("Defense Secretary Donald James Austin"): the office names the
/// person, and the name written is wrong.
fn namesake(text: &str, person: &Person, written: &GivenWord) -> bool {
    let initial = |w: &str| w.chars().next().map(lowercase_initial);
    let titled = text
        .get(..written.span.start)
        .and_then(|before| before.split_whitespace().next_back())
        .is_some_and(|w| is_title(w.trim_matches(|c: char| !c.is_alphanumeric())));
    !titled
        && person
            .given
            .iter()
            .all(|c| initial(c) != initial(&written.lower) && !similar(&written.lower, c, 3))
}
