//! A claim whose statement reports what its subject says: "Delta says the outage cost it $500
//! million". Its subject is a speaker, and the figure stands in what the speaker is reported
//! to say, away from the name: "Delta said the outage crippled its operations for several
//! days, costing more than $500 million". When the sentence's subject occurrence is the
//! subject of a verb of saying (an appositive between commas may stand between), a value in
//! what follows is the claim's when the statement's own verb stands right before it
//! ("costing … $500 million" for "cost"); any other value of the report is not tied.

use super::attach::Candidate;
use super::statement_verbs::StatementVerbs;
use crate::clause::{SAYING_VERBS, is_one_of};
use crate::span::{Span, window};

/// The longest appositive read between a speaker and its verb: "Delta, a CrowdStrike customer
/// since 2022, alleges".
const APPOSITIVE: usize = 80;

/// The statement's verb stands at most this many words before the value: "costing the
/// airline over $500 million".
const VERB_REACH: usize = 4;

/// The candidate a speaker's report states with the statement's verb, and the speaker's
/// occurrence; `None` unless the statement reports what its subject says.
pub(super) fn reported<'c, 'q>(
    text: &str,
    sentence: Span,
    subjects: &[Span],
    candidates: &'c [Candidate<'q>],
    statement: &StatementVerbs,
) -> Option<(&'c Candidate<'q>, Span)> {
    if !statement.speaker() {
        return None;
    }
    subjects.iter().find_map(|&subject| {
        let report = saying_verb_after(text, sentence, subject)?;
        candidates
            .iter()
            .filter(|c| report <= c.quantity.span.start && c.quantity.span.end <= sentence.end)
            .find(|c| {
                let value = c.quantity.span.start;
                let from = words_back(text, value, VERB_REACH).max(report);
                statement.states_with_verb(text, from, value)
            })
            .map(|c| (c, subject))
    })
}

/// The end of the verb of saying whose subject is the occurrence `subject`: the word after it,
/// or after an appositive between commas.
fn saying_verb_after(text: &str, sentence: Span, subject: Span) -> Option<usize> {
    let limit = sentence.end.min(subject.end + APPOSITIVE + 16);
    let rest = window(text, subject.end, limit);
    let mut at = subject.end;
    let mut body = rest;
    if let Some(after_comma) = rest.strip_prefix(',') {
        let close = after_comma
            .get(..APPOSITIVE.min(after_comma.len()))?
            .find(',')?;
        body = &after_comma[close + 1..];
        at += 1 + close + 1;
    }
    let trimmed = body.trim_start();
    at += body.len() - trimmed.len();
    let word = trimmed
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .filter(|w| is_one_of(w, SAYING_VERBS))?;
    Some(at + word.len())
}

/// The start of the `n`th word before byte `at`, at most 64 bytes back.
fn words_back(text: &str, at: usize, n: usize) -> usize {
    let before = window(text, at.saturating_sub(64), at);
    let start = at - before.len();
    before
        .trim_end()
        .rmatch_indices(char::is_whitespace)
        .nth(n.saturating_sub(1))
        .map_or(start, |(i, _)| start + i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verb_end(text: &str) -> Option<&str> {
        let at = saying_verb_after(text, Span::new(0, text.len()), Span::new(0, 5))?;
        Some(&text[..at])
    }

    #[test]
    fn the_speaker_is_the_subject_of_a_verb_of_saying() {
        assert_eq!(
            verb_end("Delta said the outage cost it $500 million."),
            Some("Delta said")
        );
        assert_eq!(
            verb_end("Delta, a CrowdStrike customer since 2022, alleges the outage cost"),
            Some("Delta, a CrowdStrike customer since 2022, alleges")
        );
        // Delta holds the figure itself: no report.
        assert_eq!(verb_end("Delta lost $500 million in the outage."), None);
        assert_eq!(verb_end("Delta's pilots said the outage cost"), None);
    }

    #[test]
    fn words_back_counts_words_before_a_value() {
        let text = "the outage resulted in cancellations, costing the airline over $500 million";
        let value = text.find("$500").unwrap();
        assert_eq!(
            &text[words_back(text, value, 4)..value],
            "costing the airline over "
        );
        assert_eq!(&text[words_back(text, value, 1)..value], "over ");
    }
}
