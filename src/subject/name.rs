//! People's names.
use crate::span::Span;
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameReading {
    Full,
    SurnameOnly,
    Misspelt,
    OtherGivenName,
}
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameHit {
    pub claim: usize,
    pub span: Span,
    pub reading: NameReading,
}
pub struct NameMatcher;
