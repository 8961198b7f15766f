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
}

impl Referent {
    pub fn span(self) -> Span {
        match self {
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
                if let Some(referent) = carried.referent(text, next, named)
                    && carried.states_with_verb(text, referent.span().end, next.end)
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
                let subjects = [referent.span()];
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
                if !carried.states_with_verb(text, referent.span().end, evidence.value.start) {
                    continue;
                }
                evidence.via = evidence.via.or(Some(Via {
                    source: ViaSource::PreviousSentence,
                    span: sentence,
                }));
                let list = &mut findings.entry(claim).or_default().evidence;
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
        // Another noun opens the sentence.
        let text = "Voters put Labour into power. The government won 412 votes.";
        assert_eq!(referent(&labour, text, "Labour"), None);
        // "It" as a name's first word is no pronoun.
        let text = "Voters put Labour into power. It Labour won 412 seats.";
        assert_eq!(referent(&labour, text, "Labour"), None);
    }
}
