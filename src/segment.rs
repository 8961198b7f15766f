//! Sentences, as byte spans into the document.
//!
//! Behind the small [`Segmenter`] trait so that another segmenter (icu_segmenter, sentencex)
//! can replace the rule-based one without touching the stages after it.

use crate::span::Span;

/// Splits text into sentences.
pub trait Segmenter: Send + Sync {
    /// The sentences of `text`, in order, non-overlapping, each trimmed of surrounding white
    /// space (spans on `char` boundaries).
    fn sentences(&self, text: &str) -> Vec<Span>;
}
