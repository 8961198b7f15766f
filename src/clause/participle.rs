//! A value that is the object of a participle opening a clause set inside another: in "Labour
//! won a majority, securing 326 seats" the participle clause has no subject of its own; its
//! subject is the outer clause's ("Labour"), so its object is a statement about that subject.

use super::Reading;
use super::tokens::{Kind, is_one_of};
use super::words::DETERMINERS;
use crate::span::Span;

/// Participles of verbs of winning and having that give their object to the clause's subject.
/// Verbs that move a total ("bringing", "raising") or give something away ("leaving") are left
/// out: their object is another noun's level.
#[rustfmt::skip]
const PARTICIPLES_OF_HAVING: &[&str] = &[
    "securing", "winning", "taking", "gaining", "holding", "getting", "receiving",
    "capturing", "claiming", "earning", "totalling", "totaling", "numbering", "amounting",
    "resulting",
];

/// Objects that stand between a participle and a value as the value's holder ("securing them
/// 40 more"): the value is then theirs, not the participle's object.
const PRONOUNS: &[&str] = &["them", "it", "him", "her", "us", "me", "you"];

/// The participle clause whose object a value is.
#[derive(Debug, Clone, Copy)]
pub struct ParticipleObject {
    /// The participle ("securing").
    pub participle: Span,
    /// The clause it is set inside, whose subject is the participle's.
    pub outer: u32,
}

impl Reading {
    /// When the value at `index` is the object of a participle of having that opens a clause
    /// set inside another ("…, securing 326 seats", "…, winning a record 14% of the vote"):
    /// at most two words stand between them, each an article or an adjective. `None`
    /// otherwise.
    pub fn participle_object(&self, text: &str, index: usize) -> Option<ParticipleObject> {
        let at = self.values.get(index)?.token?;
        let clause = self.tokens.get(at)?.clause;
        let start = self.tokens[..at]
            .iter()
            .rposition(|t| t.clause != clause)
            .map_or(0, |p| p + 1);
        let own = &self.tokens[start..at];
        let opener = own.iter().position(|t| t.kind == Kind::Word)?;
        let participle = own[opener];
        let outer = participle.outer?;
        if !is_one_of(participle.span.slice(text), PARTICIPLES_OF_HAVING) {
            return None;
        }
        let between = &own[opener + 1..];
        let modifiers = between.len() <= 2
            && between.iter().all(|t| {
                t.kind == Kind::Word && {
                    let w = t.span.slice(text);
                    is_one_of(w, DETERMINERS)
                        || (w.bytes().all(|b| b.is_ascii_lowercase()) && !is_one_of(w, PRONOUNS))
                }
            });
        modifiers.then_some(ParticipleObject {
            participle: participle.span,
            outer,
        })
    }
}
