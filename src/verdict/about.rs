//! The `about` filter of one sentence: which of its values are about the claim's entity.

use crate::entity::{Entity, Hits, Mention, Scope, Via, value_scope};
use crate::segment::Segmenter;
use crate::span::Span;

/// A claim's entity with its occurrences in the document being checked.
pub(super) struct About<'a> {
    pub entity: &'a Entity,
    pub hits: Hits<'a>,
    /// The document's headline, if it has one.
    pub headline: Option<Span>,
}

/// The entities one sentence names, and what they make of its values.
pub(super) struct SentenceScope<'a> {
    about: &'a About<'a>,
    text: &'a str,
    sentence: Span,
    mentions: Vec<Mention>,
    /// What the sentences before say, asked at most once.
    looked_back: Option<Option<Via>>,
}

/// Whether a value is evidence about the claim's entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Admit {
    /// About the entity, named in the sentence, or (`Some`) through the sentence before or the
    /// headline.
    Yes(Option<Via>),
    /// About another entity, or about none the document names.
    No,
}

impl<'a> SentenceScope<'a> {
    /// `subjects` are the claim's subject occurrences in `sentence`.
    pub fn new(about: &'a About<'a>, text: &'a str, sentence: Span, subjects: &[Span]) -> Self {
        SentenceScope {
            about,
            text,
            sentence,
            mentions: about.entity.mentions(text, sentence, about.hits, subjects),
            looked_back: None,
        }
    }

    /// Whether the value at `value` is about the entity; `clause_of` gives the clause of an
    /// offset of the sentence, when it was read.
    pub fn admit(
        &mut self,
        value: Span,
        clause_of: &dyn Fn(usize) -> Option<u32>,
        segmenter: &dyn Segmenter,
    ) -> Admit {
        match value_scope(&self.mentions, value, clause_of) {
            Scope::Own => Admit::Yes(None),
            Scope::Sibling => Admit::No,
            Scope::Unnamed => {
                let (about, text, sentence) = (self.about, self.text, self.sentence);
                let via = *self.looked_back.get_or_insert_with(|| {
                    about
                        .entity
                        .look_back(text, sentence, about.hits, about.headline, segmenter)
                });
                via.map_or(Admit::No, |via| Admit::Yes(Some(via)))
            }
        }
    }
}
