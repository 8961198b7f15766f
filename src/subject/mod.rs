//! Subjects: where each claim's aliases occur in a document, found in one pass for all claims.
//!
//! Contract of [`SubjectMatcher::find`]: every whole-word occurrence of every alias of every
//! claim, ignoring case, runs of white space, hyphen versus space, white space around symbols,
//! typographic versus straight quotes, and a plural -s/-es; spans are bytes of the original text.

use crate::span::Span;

/// One occurrence of one of a claim's aliases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct SubjectHit {
    /// Index of the claim in the slice given to [`SubjectMatcher::new`].
    pub claim: usize,
    pub span: Span,
}
