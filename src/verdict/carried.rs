//! A subject carried into the next sentence: "Nvidia raised the dividend to $0.10 a share. It
//! will be paid out on June 28." News names a thing once and goes on with "it", "they" or "the
//! party" in the sentence after, and the figure is stated there.
//!
//! Which noun a pronoun or a definite description refers to is not knowable from words alone
//! ("It" may be Nvidia or the dividend), so the sentence after is read for a claim only when
//! what it says fits the claim's statement: its subject is "It" or "They" (agreeing in number
//! with the subject as the sentence before wrote it) or "the" and the head noun of one of the
//! claim's aliases ("the party" for "Labour Party"), and the value is stated by the verb the
//! claim's statement uses ("The dividend is paid on June 28, 2024": "will be paid out starting
//! on June 28"; "Labour won 412 seats": "The party won a total of 412 seats"). A claim without
//! a statement, or whose statement has no verb of its own (only "is", "has", "said"), is never
//! carried. The reading of the sentence after is then the ordinary one (`attach`), with the
//! referring phrase as the subject.
//!
//! A bare count may also stand for part of a set counted just before: "…knocking eight
//! construction workers into the water. Two were rescued and six were killed." It refers back
//! only when it is no more than the set, opens its clause, and its clause states the
//! statement's verb undenied; then the set's own count was of another action and is dropped,
//! unless the statement's verb counted the set ("The collapse killed eight workers"), which
//! makes the set the statement's total and its parts no evidence.

use super::about::{About, SentenceScope};
use super::evidence::Site;
use super::statement_verbs::{StatementVerbs, reads_as_verb};
use super::{Checker, Finding, read_sentence};
use crate::clause::is_one_of;
use crate::entity::{Via, ViaSource};
use crate::span::Span;
use crate::time::Period;
use std::collections::BTreeMap;

/// The phrase that opens a sentence and refers back to a subject named before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Referent {
    /// "It", "They".
    Pronoun(Span),
    /// "The party", "The new division".
    Description(Span),
    /// A bare count standing for a number of the things named before, as the subject of its
    /// clause: "…knocking eight construction workers into the water. Two were rescued and six
    /// were killed." The count is the value as well as the phrase; `whole` is the count of the
    /// set before ("eight").
    Count { count: Span, whole: Span },
}

impl Referent {
    pub fn span(self) -> Span {
        match self {
            Referent::Pronoun(span)
            | Referent::Description(span)
            | Referent::Count { count: span, .. } => span,
        }
    }

    /// The subject occurrence the sentence is read with: the phrase, or for a count, an empty
    /// span where its head noun is left out, at the word after it ("six [workers] were
    /// killed"), so that the count reads as quantifying it.
    pub fn subject(self, text: &str) -> Span {
        match self {
            Referent::Count { count: span, .. } => {
                let rest = crate::span::window(text, span.end, span.end + 8);
                let at = span.end + (rest.len() - rest.trim_start().len());
                Span::new(at, at)
            }
            Referent::Pronoun(span) | Referent::Description(span) => span,
        }
    }
}

impl StatementVerbs {
    /// The phrase opening `next` that may refer back to the subject occurrence `named` (in
    /// the sentence before): "It" for a singular subject and "They" for a plural one, or "the",
    /// at most two lowercase words and one of the aliases' head nouns; a verb follows it.
    pub fn referent(&self, text: &str, next: Span, named: Span) -> Option<Referent> {
        let body = next.slice(text);
        let words = body
            .split_inclusive(char::is_whitespace)
            .scan(next.start, |at, raw| {
                let start = *at;
                *at += raw.len();
                let word = raw.trim_end();
                Some((Span::new(start, start + word.len()), word))
            })
            .filter(|(_, w)| !w.is_empty());
        let plural = named
            .slice(text)
            .rsplit(' ')
            .next()
            .is_some_and(|w| looks_plural(&w.to_lowercase()));
        let pronoun = if plural { "they" } else { "it" };
        // The pronoun opens the sentence, or a clause joined by "and" or "but" ("their vote
        // share dropped by 26% and they are expected to win just 136 seats").
        let words: Vec<(Span, &str)> = words.take(MAX_WORDS).collect();
        let opens_clause = |k: usize| {
            k == 0
                || words.get(k - 1).is_some_and(|(_, p)| {
                    p.ends_with(';') || is_one_of(p.trim_end_matches(','), &["and", "but"])
                })
        };
        for (k, &(span, word)) in words.iter().enumerate() {
            if word.eq_ignore_ascii_case(pronoun)
                && (k > 0 || word.starts_with(char::is_uppercase))
                && opens_clause(k)
                && words
                    .get(k + 1)
                    .is_some_and(|(_, v)| is_verb_group_start(v))
            {
                return Some(Referent::Pronoun(span));
            }
        }
        // A bare count stands for part of a set counted before ("eight construction workers…
        // Two were rescued and six were killed"), never more than the set. It is a referent only
        // in the clause that states the value with the statement's verb, not denied: "Two were
        // rescued" is not "six were killed".
        let whole = whole_count(text, named).filter(|_| plural);
        for (k, &(span, word)) in words.iter().enumerate() {
            let Some((whole_span, whole)) = whole else {
                break;
            };
            if !(opens_clause(k)
                && bare_count(word).is_some_and(|n| n <= whole)
                && words
                    .get(k + 1)
                    .is_some_and(|(_, v)| is_verb_group_start(v)))
            {
                continue;
            }
            // The clause runs to a comma or semicolon, or to "and", "but", "while".
            let mut clause_end = span.end;
            for (s, w) in &words[k + 1..] {
                if is_one_of(w, &["and", "but", "while"]) {
                    break;
                }
                clause_end = s.end;
                if w.ends_with([',', ';']) {
                    break;
                }
            }
            let denied = crate::span::window(text, span.end, clause_end)
                .split(|c: char| !c.is_alphanumeric() && c != '\'')
                .any(|w| is_one_of(w, &["not", "never", "no"]) || w.ends_with("n't"));
            if !denied && self.states_with_verb(text, span.end, clause_end) {
                return Some(Referent::Count {
                    count: span,
                    whole: whole_span,
                });
            }
        }
        let mut words = words.into_iter();
        let (first_span, first) = words.next()?;
        if first != "The" || self.heads.is_empty() {
            return None;
        }
        for (span, word) in words.by_ref().take(3) {
            if !word.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                return None;
            }
            let singular = word.strip_suffix('s').unwrap_or(word);
            if self.heads.iter().any(|h| h == word || h == singular) {
                let (_, verb) = words.next()?;
                return is_verb_group_start(verb)
                    .then(|| Referent::Description(Span::new(first_span.start, span.end)));
            }
        }
        None
    }
}

impl Checker {
    /// Adds to `findings` the evidence of the sentences that go on about a subject named in
    /// the sentence before them: for each sentence of `placed` (subject occurrences as
    /// (sentence, claim, span), sorted), the sentence right after it in its paragraph, when it
    /// names none of the claim's aliases itself, opens with a phrase that refers back
    /// ([`StatementVerbs::referent`]) and states a value with the statement's verb. When the
    /// sentence before names the subjects of claims with different aliases and the phrase
    /// could refer to more than one of them, it refers to none.
    pub(super) fn carried_evidence<'a>(
        &self,
        text: &str,
        sentences: &[Span],
        placed: &[(usize, usize, Span)],
        date: Option<Period>,
        about: &dyn Fn(usize) -> Option<About<'a>>,
        findings: &mut BTreeMap<usize, Finding>,
    ) {
        let mut claims: Vec<(usize, Referent, &StatementVerbs)> = Vec::new();
        for group in placed.chunk_by(|a, b| a.0 == b.0) {
            let Some(&(s, _, _)) = group.first() else {
                continue;
            };
            let carried = |claim: usize| self.statement_verbs.get(claim).and_then(Option::as_ref);
            if !group.iter().any(|&(_, claim, _)| carried(claim).is_some()) {
                continue;
            }
            let sentence = sentences[s];
            let Some(next) = self.next_sentence(text, sentences, s) else {
                continue;
            };
            claims.clear();
            for by_claim in group.chunk_by(|a, b| a.1 == b.1) {
                let Some(&(_, claim, named)) = by_claim.first() else {
                    continue;
                };
                let Some(carried) = carried(claim) else {
                    continue;
                };
                // A sentence that names the subject is read as always; one whose occurrence
                // gave nothing ("In Tory seats, … they are expected to win just 136 seats")
                // may still refer back.
                let read_already = findings
                    .get(&claim)
                    .is_some_and(|f| f.evidence.iter().any(|e| e.sentence == next));
                if read_already {
                    continue;
                }
                // A set counted whole with the statement's own verb ("The collapse killed
                // eight workers") is the statement's total; its parts in the sentence after
                // ("Six were killed at the site") say nothing against it.
                let counted_by_verb = |whole: Span| {
                    carried.uses_verb(text, sentence.start, whole.start)
                        || carried.uses_verb(text, named.end, sentence.end)
                };
                if let Some(referent) = carried.referent(text, next, named)
                    && carried.states_with_verb(text, referent.span().end, next.end)
                    && !matches!(referent, Referent::Count { whole, .. } if counted_by_verb(whole))
                {
                    claims.push((claim, referent, carried));
                }
            }
            // "The party" after a sentence that names two parties refers to neither for sure.
            let subject = |claim: usize| self.claims.get(claim).map(|c| &c.subject);
            let Some(&(first, _, _)) = claims.first() else {
                continue;
            };
            if claims.iter().any(|&(c, _, _)| subject(c) != subject(first)) {
                continue;
            }
            let mut read: [Option<(Vec<_>, _)>; 2] = [None, None];
            for &(claim, referent, carried) in &claims {
                let subjects = [referent.subject(text)];
                let about = about(claim);
                let scope = about
                    .as_ref()
                    .map(|a| SentenceScope::new(a, text, next, &subjects));
                let site = Site {
                    text,
                    sentence: next,
                    subjects: &subjects,
                    date,
                };
                let timed = super::is_timed(&self.claims, claim, date);
                let read = &mut read[usize::from(timed)];
                let Some(mut evidence) = self.evidence(site, claim, scope, || {
                    let (values, reading) =
                        read.get_or_insert_with(|| read_sentence(text, next, date, timed));
                    Some((&*values, &*reading))
                }) else {
                    continue;
                };
                let stated = match referent {
                    Referent::Count { count, .. } => evidence.value == count,
                    Referent::Pronoun(_) | Referent::Description(_) => {
                        carried.states_with_verb(text, referent.span().end, evidence.value.start)
                    }
                };
                if !stated {
                    continue;
                }
                evidence.via = evidence.via.or(Some(Via {
                    source: ViaSource::PreviousSentence,
                    span: sentence,
                }));
                let list = &mut findings.entry(claim).or_default().evidence;
                // The set the count is part of was counted whole before, with another verb
                // ("knocking eight construction workers…"): that count is not the statement's.
                if let Referent::Count { whole, .. } = referent {
                    list.retain(|e| !(e.sentence == sentence && e.value == whole));
                }
                let at = list.partition_point(|e| e.sentence.start <= next.start);
                list.insert(at, evidence);
            }
        }
    }

    /// The sentence after `sentences[s]` in its paragraph, when it opens with a word that may
    /// refer back ("It", "They", "The"): the one already segmented, or the segmenter's.
    fn next_sentence(&self, text: &str, sentences: &[Span], s: usize) -> Option<Span> {
        let sentence = *sentences.get(s)?;
        let rest = crate::span::window(text, sentence.end, sentence.end + 320);
        let opener = rest.trim_start().split(' ').next()?;
        let start = sentence.end + (rest.len() - rest.trim_start().len());
        if !matches!(opener, "It" | "They" | "The")
            && bare_count(opener).is_none()
            && !rest.contains(" they ")
            && !rest.contains(" it ")
        {
            return None;
        }
        // Another line is another paragraph, a list item or a headline.
        if rest[..start - sentence.end].contains(['\n', '\r']) {
            return None;
        }
        match sentences.get(s + 1) {
            Some(next) if next.start == start => Some(*next),
            _ => self.segmenter.sentence_after(text, sentence),
        }
    }
}

/// How many words of the sentence after are looked at for a pronoun that opens a clause.
const MAX_WORDS: usize = 48;

/// Whether a word opens a verb group: an auxiliary, an adverb of the group or a verb form.
fn is_verb_group_start(word: &str) -> bool {
    let word = word.trim_end_matches([',', ';']);
    word.chars().all(|c| c.is_ascii_lowercase())
        && (is_one_of(word, crate::clause::VERB_GROUP_WORDS) || reads_as_verb(word))
}

/// The value of a cardinal word standing alone: "six", "Two", "12" (not "6%", "2024", "$5").
fn bare_count(word: &str) -> Option<f64> {
    let word = word.trim_end_matches([',', ';']);
    if word.len() > 14 || !word.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return None;
    }
    crate::quantity::parse_value(word)
        .filter(|q| q.kind == crate::quantity::QuantityKind::Count && q.qualifier.is_none())
        .and_then(|q| q.value)
}

/// The count right before a subject occurrence, and its value: "eight" of "eight
/// construction workers".
fn whole_count(text: &str, named: Span) -> Option<(Span, f64)> {
    let before = crate::span::window(text, named.start.saturating_sub(16), named.start);
    let trimmed = before.trim_end();
    let word = trimmed.rsplit(' ').next()?;
    let end = named.start - (before.len() - trimmed.len());
    Some((Span::new(end - word.len(), end), bare_count(word)?))
}

fn looks_plural(word: &str) -> bool {
    word.len() >= 4 && word.ends_with('s') && !["ss", "us", "is"].iter().any(|e| word.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verdict::statement_verbs::statement_verbs;
    use crate::verdict::statement_verbs::tests::claim;

    fn referent(carried: &StatementVerbs, text: &str, named: &str) -> Option<String> {
        let next = text.find(". ").map(|i| i + 2)?;
        let at = text.find(named)?;
        carried
            .referent(
                text,
                Span::new(next, text.len()),
                Span::new(at, at + named.len()),
            )
            .map(|r| r.span().slice(text).to_string())
    }

    #[test]
    fn a_pronoun_or_the_aliases_head_opening_the_next_sentence_refers_back() {
        let dividend = statement_verbs(&claim(
            &["dividend"],
            "The dividend is paid on June 28, 2024.",
            "June 28, 2024",
        ))
        .expect("a verb");
        let text = "Nvidia raised the dividend to $0.10. It will be paid out on June 28.";
        assert_eq!(referent(&dividend, text, "dividend").as_deref(), Some("It"));
        // "They" is not the dividend.
        let text = "Nvidia raised the dividend to $0.10. They will be paid out on June 28.";
        assert_eq!(referent(&dividend, text, "dividend"), None);
        let labour = statement_verbs(&claim(
            &["Labour", "Labour Party"],
            "Labour won 412 seats.",
            "412",
        ))
        .expect("a verb");
        let text = "Voters put Labour into power. The party won a total of 412 seats.";
        assert_eq!(
            referent(&labour, text, "Labour").as_deref(),
            Some("The party")
        );
        let killed = statement_verbs(&claim(
            &["workers", "construction workers"],
            "Six construction workers were killed.",
            "six",
        ))
        .expect("a verb");
        let text = "It knocked eight construction workers into the water. Two were rescued and six were killed.";
        assert_eq!(
            referent(&killed, text, "construction workers").as_deref(),
            Some("six")
        );
        // More than the set counted before is not a part of it.
        let text = "It knocked eight construction workers into the water. Two were rescued and nine were killed.";
        assert_eq!(referent(&killed, text, "construction workers"), None);
        // Another noun opens the sentence.
        let text = "Voters put Labour into power. The government won 412 votes.";
        assert_eq!(referent(&labour, text, "Labour"), None);
        // "It" as a name's first word is no pronoun.
        let text = "Voters put Labour into power. It Labour won 412 seats.";
        assert_eq!(referent(&labour, text, "Labour"), None);
    }
}
