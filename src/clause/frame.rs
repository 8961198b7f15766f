//! A sentence framed by an opening phrase: "In the current quarter, Nvidia expects revenue of
//! $28 billion", "For Gaines County, officials confirmed 80 cases". The phrase after the
//! preposition is what the main clause's statement is about, though it stands outside it.

use super::Reading;
use super::tokens::{Kind, is_one_of};
use super::words::DETERMINERS;
use crate::span::Span;

/// Prepositions of a time or a scope that open a frame.
const FRAMES: &[&str] = &["in", "for", "during", "over", "throughout", "across"];

impl Reading {
    /// Whether the value at `index` is the first value of the main clause that follows a
    /// frame naming `phrase`: the sentence opens with a preposition of `FRAMES`, an optional
    /// determiner and `phrase`, then a comma, and no other value that states a level (an old
    /// figure, a change and a margin aside) stands in that clause before the value.
    pub fn framed_by(&self, text: &str, phrase: Span, index: usize) -> bool {
        let Some(at) = self.values.get(index).and_then(|v| v.token) else {
            return false;
        };
        let word = |i: usize| {
            self.tokens
                .get(i)
                .filter(|t| t.kind == Kind::Word)
                .map(|t| t.span.slice(text))
        };
        if !word(0).is_some_and(|w| is_one_of(w, FRAMES)) {
            return false;
        }
        let mut i = 1 + usize::from(word(1).is_some_and(|w| is_one_of(w, DETERMINERS)));
        if self
            .tokens
            .get(i)
            .is_none_or(|t| t.span.start != phrase.start)
        {
            return false;
        }
        while self.tokens.get(i).is_some_and(|t| t.span.end <= phrase.end) {
            i += 1;
        }
        if self.tokens.get(i).is_none_or(|t| t.kind != Kind::Mark(',')) {
            return false;
        }
        // The frame's own clause, which the main clause goes on or resumes, not one set inside
        // it: "In Gaines County, where 80 cases…".
        let Some(main) = self.tokens.first().map(|t| t.clause) else {
            return false;
        };
        let Some(value) = self.tokens.get(at) else {
            return false;
        };
        value.clause == main
            && self.tokens[i + 1..at]
                .iter()
                .filter(|t| t.clause == main)
                .all(|t| match t.kind {
                    Kind::Value(v) => self
                        .values
                        .get(v)
                        .is_none_or(|r| r.old || r.change || r.margin),
                    _ => true,
                })
    }
}

#[cfg(test)]
mod tests {
    use crate::clause::Reading;
    use crate::quantity;
    use crate::span::Span;

    fn framed(text: &str, phrase: &str, value: &str) -> bool {
        let values = quantity::extract(text);
        let reading = Reading::new(text, Span::new(0, text.len()), &values);
        let at = text.find(phrase).expect("the phrase is in the text");
        let index = values
            .iter()
            .position(|q| q.span.slice(text) == value)
            .expect("the value is extracted");
        reading.framed_by(text, Span::new(at, at + phrase.len()), index)
    }

    #[test]
    fn an_opening_phrase_frames_the_main_clauses_first_value() {
        let text = "In the current quarter, Nvidia expects revenue of $28 billion plus or minus 2%, exceeding the $26.6 billion analysts had anticipated.";
        assert!(framed(text, "current quarter", "$28 billion"));
        // The participle clause set inside is not the main clause.
        assert!(!framed(text, "current quarter", "$26.6 billion"));
        let text = "For Gaines County, officials confirmed 80 cases and 12 deaths.";
        assert!(framed(text, "Gaines County", "80"));
        assert!(!framed(text, "Gaines County", "12"));
        // A clause set inside right after the frame is not the main clause.
        let text = "In Gaines County, where 80 cases were confirmed in March, officials now count 124 cases.";
        assert!(!framed(text, "Gaines County", "80"));
        assert!(framed(text, "Gaines County", "124"));
        // Not an opening frame.
        let text = "Officials in Gaines County confirmed 80 cases.";
        assert!(!framed(text, "Gaines County", "80"));
        let text = "In the current quarter of the year, revenue was $28 billion.";
        assert!(!framed(text, "current quarter", "$28 billion"));
    }
}
