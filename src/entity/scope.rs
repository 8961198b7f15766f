//! Which entity a value is about: the one its clause names, or, when its sentence names none,
//! the one named last before it.
//!
//! In the sentence, the mentions of the value's clause decide (the nearest before the value,
//! else the first after it), names in a comparison ("unlike Line 2") aside; a value in a clause
//! that names no entity ("Line 2, which cost $1.4 billion, …") belongs to the nearest entity
//! named before it in the sentence, a comparison's included: it is what the relative clause
//! hangs on. A sentence that names no entity refers back, as a reader does with "It opened on
//! May 2" or "The line cost $2.1 billion": to the sentences before it, nearest first, then the
//! headline; in the first that names an entity, the first entity named (the subject, as
//! centering theory prefers) is the one meant; a sibling named by its place relative to now
//! ("the current quarter") is an aside of its own sentence and passed over. Paragraph breaks
//! do not stop the search: news names its entity in the lead and then writes "the company" or
//! "revenue" for paragraphs, and a sibling named in between is what ends the reference.

use super::form::named_relative;
use super::{Entity, Hits, Mention};
use crate::segment::Segmenter;
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// What a value is about, as far as its sentence says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The claim's entity.
    Own,
    /// Another entity.
    Sibling,
    /// The sentence names no entity: ask the sentences before it.
    Unnamed,
}

/// Where a sentence that names no entity found the claim's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ViaSource {
    /// A sentence before it (the previous one, or the nearest earlier one that names an
    /// entity).
    PreviousSentence,
    /// The document's headline.
    Headline,
}

impl ViaSource {
    pub fn as_str(self) -> &'static str {
        match self {
            ViaSource::PreviousSentence => "previous-sentence",
            ViaSource::Headline => "headline",
        }
    }
}

/// The sentence or headline that names the entity a sentence refers back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Via {
    pub source: ViaSource,
    pub span: Span,
}

/// How far back a sentence's reference is looked for: a news story's lead and a few
/// paragraphs, never the whole document (the cost of each look stays bounded).
const LOOK_BACK: usize = 8192;
/// At most this many sentences back.
const LOOK_BACK_SENTENCES: usize = 48;

/// Which entity the value at `value` is about, from the `mentions` of its sentence;
/// `clause_of(offset)` gives the clause of a sentence offset, when the sentence was read.
pub fn value_scope(
    mentions: &[Mention],
    value: Span,
    clause_of: &dyn Fn(usize) -> Option<u32>,
) -> Scope {
    if mentions.iter().all(|m| m.compared) {
        return Scope::Unnamed;
    }
    // A value inside a name ("Line 2" read as a count) is that name's.
    if let Some(m) = mentions
        .iter()
        .find(|m| m.span.start <= value.start && value.end <= m.span.end)
    {
        return scope(m);
    }
    let clause = clause_of(value.start);
    let in_clause: Vec<Mention> = mentions
        .iter()
        .filter(|m| !m.compared && clause.is_some() && clause_of(m.span.start) == clause)
        .copied()
        .collect();
    // A name compared in the value's own clause ("a 262% rise from the previous quarter") is
    // no holder; one compared in a clause before may be what a relative clause hangs on
    // ("unlike Line 2, which cost $1.4 billion").
    let compared_here =
        |m: &Mention| m.compared && clause.is_some() && clause_of(m.span.start) == clause;
    nearest(&in_clause, value)
        .or_else(|| {
            mentions
                .iter()
                .rev()
                .find(|m| m.span.end <= value.start && !compared_here(m))
        })
        .or_else(|| {
            mentions
                .iter()
                .find(|m| !m.compared && m.span.start >= value.end)
        })
        .map_or(Scope::Unnamed, scope)
}

fn scope(m: &Mention) -> Scope {
    if m.own { Scope::Own } else { Scope::Sibling }
}

/// The mention nearest before `value`, else the first after it.
fn nearest(mentions: &[Mention], value: Span) -> Option<&Mention> {
    mentions
        .iter()
        .rev()
        .find(|m| m.span.end <= value.start)
        .or_else(|| mentions.iter().find(|m| m.span.start >= value.end))
}

/// The document's headline: its first line, when a line break ends it and it reads as a title
/// (a few words, no sentence's closing stop).
pub fn headline(text: &str) -> Option<Span> {
    let start = text.len() - text.trim_start().len();
    let rest = text.get(start..)?;
    let line = rest.get(..rest.find('\n')?)?.trim_end();
    let words = line.split_whitespace().count();
    let title = (2..=40).contains(&words) && !line.ends_with(['.', ',', ';', ':']);
    title.then(|| Span::new(start, start + line.len()))
}

impl Entity {
    /// The entity a sentence that names none refers to, found before `sentence`: `Some` with
    /// where it is named when it is the claim's, `None` when it is a sibling or nothing names
    /// one.
    pub fn look_back(
        &self,
        text: &str,
        sentence: Span,
        hits: Hits,
        headline: Option<Span>,
        segmenter: &dyn Segmenter,
    ) -> Option<Via> {
        let mut from = sentence.start.saturating_sub(LOOK_BACK);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let window = text.get(from..sentence.start)?;
        let sentences = segmenter.sentences(window);
        let mut headline_read = false;
        for s in sentences.iter().rev().take(LOOK_BACK_SENTENCES) {
            let s = Span::new(s.start + from, s.end + from);
            let in_headline = headline.is_some_and(|h| h.start < s.end && s.start < h.end);
            let (source, span) = match (in_headline, headline) {
                (true, Some(h)) => (ViaSource::Headline, h),
                _ => (ViaSource::PreviousSentence, s),
            };
            headline_read |= in_headline;
            if let Some(first) = self
                .mentions(text, span, hits, &[])
                .iter()
                .find(|m| !m.compared && (m.own || !named_relative(text, m.span)))
            {
                return first.own.then_some(Via { source, span });
            }
        }
        let h = headline.filter(|h| !headline_read && h.end <= sentence.start)?;
        let first = self
            .mentions(text, h, hits, &[])
            .into_iter()
            .find(|m| !m.compared)?;
        first.own.then_some(Via {
            source: ViaSource::Headline,
            span: h,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::About;
    use crate::segment::RuleSegmenter;

    /// The entity of `about` and where `text` names it, as the subject automaton would say.
    fn look(about: &[&str], text: &str, sentence: &str) -> Option<(ViaSource, String)> {
        let about = About {
            aliases: about.iter().map(|a| a.to_string()).collect(),
            not_about: Vec::new(),
        };
        let entity = Entity::new(&about);
        let own: Vec<Span> = about
            .aliases
            .iter()
            .flat_map(|a| {
                text.match_indices(a.as_str())
                    .map(|(at, m)| Span::new(at, at + m.len()))
            })
            .collect();
        let start = text.find(sentence).expect("the sentence is in the text");
        let hits = Hits {
            own: &own,
            other: &[],
        };
        entity
            .look_back(
                text,
                Span::new(start, start + sentence.len()),
                hits,
                headline(text),
                &RuleSegmenter::default(),
            )
            .map(|via| (via.source, via.span.slice(text).to_string()))
    }

    #[test]
    fn a_headline_is_a_first_line_without_a_closing_stop() {
        let text = "Purple Line opens to riders\n\nIt opened on May 2.";
        assert_eq!(
            headline(text).map(|h| h.slice(text)),
            Some("Purple Line opens to riders")
        );
        assert_eq!(headline("It opened on May 2.\nIt cost $2 billion."), None);
        assert_eq!(headline("One line only"), None);
    }

    #[test]
    fn a_sentence_refers_to_the_entity_named_before_it() {
        let text =
            "Line 3 runs to the university. Trains come every four minutes. It opened on May 2.";
        assert_eq!(
            look(&["Line 3"], text, "It opened on May 2."),
            Some((
                ViaSource::PreviousSentence,
                "Line 3 runs to the university.".into()
            ))
        );
        // A sibling named nearer wins: the sentence is about Line 2.
        let text = "Line 3 runs to the university. Line 2 runs to the port. It opened on May 2.";
        assert_eq!(look(&["Line 3"], text, "It opened on May 2."), None);
        // A sibling named by its place relative to now is an aside of its sentence.
        let text =
            "The first quarter was strong. The next quarter looks weaker. It beat forecasts.";
        assert!(look(&["first quarter"], text, "It beat forecasts.").is_some());
        // Unless only compared: "unlike Line 2" is not what the sentence is about.
        let text = "Line 3 runs to the university, unlike Line 2. It opened on May 2.";
        assert!(look(&["Line 3"], text, "It opened on May 2.").is_some());
    }

    #[test]
    fn a_paragraph_break_does_not_end_the_reference_but_a_sibling_does() {
        let text = "Line 3 runs to the university. It is long.\n\nIt opened on May 2.";
        assert!(look(&["Line 3"], text, "It opened on May 2.").is_some());
        let text = "Line 3 runs to the university.\n\nLine 2 is older.\n\nIt opened on May 2.";
        assert_eq!(look(&["Line 3"], text, "It opened on May 2."), None);
        let text =
            "Purple Line opens\n\nCrowds came. Officials spoke at length.\n\nIt opened on May 2.";
        assert_eq!(
            look(&["Purple Line"], text, "It opened on May 2."),
            Some((ViaSource::Headline, "Purple Line opens".into()))
        );
    }
}
