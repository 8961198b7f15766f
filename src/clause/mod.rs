//! What a sentence asserts about its values: a shallow clause reading between the extractor and
//! the verdict.
//!
//! A [`Reading`] of a sentence holds its tokens (words, values, marks) cut into clauses
//! (`tokens.rs`), and for each value how the sentence states it ([`ValueReading`]): asserted,
//! denied or hedged; an old figure replaced by another ("rises to 12% from 8%"); a change rather
//! than a level ("rose by 5%"); a part of a whole ("of which 20", "each"); a later instance
//! ("the seventh summit will be held next year"). The words that say so are data
//! (`lexicon.rs`), applied ConText-style: each trigger reaches forward or backward within its
//! clause, pseudo-triggers ("not only", "no fewer than") are read first, and a clause boundary
//! ends every scope.
//!
//! `verdict::attach` asks a reading which value is tied to which subject ([`Reading::gap`]
//! gives the words between them with the clauses set inside skipped) and what each value is.
//! A reading is built only for the sentences that hold a subject and a value of a claim's kind.

mod base;
mod coordination;
mod frame;
mod lexicon;
mod participle;
mod tokens;
mod triggers;
mod words;

use crate::quantity::{Quantity, QuantityKind};
use crate::span::Span;
pub use base::Base;
pub use participle::ParticipleObject;
use serde::{Deserialize, Serialize};
pub use tokens::{Kind, Token, is_one_of, is_one_of_words};

pub use words::{
    CHANGE_NOUNS, DEAL_NOUNS, DETERMINERS, FUNCTION_WORDS, HAVING_VERBS, LEVEL_VERBS,
    OCCURRENCE_NOUNS, SAYING_VERBS, SHARE_NOUNS, VALUE_NOUNS, VALUE_PREPOSITIONS, VERB_GROUP_WORDS,
};

/// How a sentence states a value: outright, denied, or with a hedge.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Assertion {
    /// "The city will buy 45 buses."
    #[default]
    Asserted,
    /// "The council denied it would buy 45 buses", "reports of 40 buses were incorrect".
    Negated,
    /// "The city may buy 45 buses", "is expected to", "reportedly", "plans to".
    Hedged,
}

impl Assertion {
    pub fn as_str(self) -> &'static str {
        match self {
            Assertion::Asserted => "asserted",
            Assertion::Negated => "negated",
            Assertion::Hedged => "hedged",
        }
    }
}

/// Where a part-of-a-whole frame puts a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// "eight each", "the remaining 25", "with the remainder split…": a part whatever else the
    /// sentence names.
    Always,
    /// "the navy's share of the drones is 15": the share of the holder named before this
    /// offset, never of the whole named after it.
    ShareAfter(usize),
    /// "including 20", "of which 20": a part when the whole was named before this offset;
    /// "purchases of weaponry, including over $3 billion worth of drones" names no whole first,
    /// so that value is the drones' whole.
    AfterWhole(usize),
}

/// What the sentence says of one value.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ValueReading {
    pub assertion: Assertion,
    /// An earlier figure that another replaces ("from 8%", "up from", "initially 40").
    pub old: bool,
    /// A change, not a level ("by 5%", "a 5% rise").
    pub change: bool,
    /// The margin of another value ("plus or minus 2%"): neither a level nor a change.
    pub margin: bool,
    pub part: Option<Part>,
    /// About a later instance ("the seventh summit will be held next year").
    pub future: bool,
    /// The value's token, if it lies in the sentence.
    token: Option<usize>,
    /// A year or a date: a time, never a part of a whole.
    time: bool,
}

/// A sentence read into clauses, with what it says of each of its values.
#[derive(Debug)]
pub struct Reading {
    tokens: Vec<Token>,
    values: Vec<ValueReading>,
}

impl Reading {
    /// Reads `sentence` of `text`, whose values are `quantities` (document offsets, sorted).
    pub fn new(text: &str, sentence: Span, quantities: &[Quantity]) -> Reading {
        // A sentence without values says nothing of any: no tokens to read.
        if quantities.is_empty() {
            return Reading {
                tokens: Vec::new(),
                values: Vec::new(),
            };
        }
        let tokens = tokens::tokenize(text, sentence, quantities);
        let mut values: Vec<ValueReading> = quantities
            .iter()
            .map(|q| ValueReading {
                time: matches!(q.kind, QuantityKind::Year | QuantityKind::Date),
                ..ValueReading::default()
            })
            .collect();
        for (i, t) in tokens.iter().enumerate() {
            if let Kind::Value(v) = t.kind
                && let Some(slot) = values.get_mut(v)
            {
                slot.token = Some(i);
            }
        }
        let mut reading = Reading { tokens, values };
        reading.apply_triggers(text);
        reading
    }

    /// What the sentence says of the value at `index` in the quantities given to
    /// [`Reading::new`].
    pub fn value(&self, index: usize) -> ValueReading {
        self.values.get(index).copied().unwrap_or_default()
    }

    /// The index (among the quantities given to [`Reading::new`]) of the value at `span`.
    pub fn value_index(&self, span: Span) -> Option<usize> {
        let t = self.tokens.get(self.token_at(span.start)?)?;
        match t.kind {
            Kind::Value(v) => Some(v),
            _ => None,
        }
    }

    /// The noun the value at `index` counts, when a word of its own follows it ("45 buses",
    /// "20 electric buses"): the word right after it, unless that word is a verb, a preposition
    /// or another function word ("45 go to…", "45 for the depot", "is 45.").
    pub fn own_noun(&self, text: &str, index: usize) -> Option<Span> {
        let at = self.values.get(index)?.token?;
        let next = self.tokens.get(at + 1)?;
        if next.kind != Kind::Word || next.clause != self.tokens[at].clause {
            return None;
        }
        let w = next.span.slice(text);
        let function = is_one_of(w, words::FUNCTION_WORDS)
            || is_one_of(w, VERB_GROUP_WORDS)
            || is_one_of(w, HAVING_VERBS)
            || (w.ends_with("ly") && w.bytes().all(|b| b.is_ascii_lowercase()));
        (!function).then_some(next.span)
    }

    /// Whether the tokens at two offsets are in one clause.
    pub fn same_clause(&self, a: Span, b: Span) -> bool {
        match (self.token_at(a.start), self.token_at(b.start)) {
            (Some(a), Some(b)) => self.tokens[a].clause == self.tokens[b].clause,
            _ => false,
        }
    }

    /// The value a parenthesis right after another value restates: in "$2.5 billion (about
    /// €2.3 billion)" the euro figure is the same amount, tied wherever the dollars are.
    pub fn restated(&self, index: usize) -> Option<usize> {
        let at = self.values.get(index)?.token?;
        let open = at.checked_sub(1).map(|p| self.tokens[p])?;
        let before = at.checked_sub(2).map(|p| self.tokens[p])?;
        match (open.kind, before.kind) {
            (Kind::Mark('('), Kind::Value(v)) => Some(v),
            _ => None,
        }
    }

    /// Whether the value at `index` is followed by a mark or ends the sentence.
    pub fn followed_by_mark(&self, index: usize) -> bool {
        let Some(at) = self.values.get(index).and_then(|v| v.token) else {
            return false;
        };
        self.tokens
            .get(at + 1)
            .is_none_or(|t| matches!(t.kind, Kind::Mark(_)) || t.clause != self.tokens[at].clause)
    }

    /// The clause of the token at `offset` (a document offset inside the sentence).
    pub fn clause_at(&self, offset: usize) -> Option<u32> {
        self.token_at(offset).map(|i| self.tokens[i].clause)
    }

    /// The token at `offset` (the one that contains it).
    fn token_at(&self, offset: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.span.end <= offset);
        self.tokens
            .get(i)
            .filter(|t| t.span.start <= offset)
            .map(|_| i)
    }

    /// The tokens strictly between `from` and `to` (byte offsets, `from <= to`), and whether
    /// the two ends are in one clause or one end is in a clause set inside the other's, next to
    /// it. Tokens of clauses set inside the span (", whose budget is $9 billion,") are left
    /// out. `None` when the two ends are in unrelated clauses.
    pub fn gap(&self, left: Span, right: Span) -> Option<Gap<'_>> {
        // The left end's last token: a subject of several words ("tariff on wheat") is one end.
        let a = self
            .token_at(left.end.saturating_sub(1))
            .or_else(|| self.token_at(left.start))?;
        let b = self.token_at(right.start)?;
        let (ca, cb) = (self.tokens[a].clause, self.tokens[b].clause);
        let inner: &[Token] = self.tokens.get(a + 1..b).unwrap_or_default();
        let embedded_right = ca != cb && self.opened_inside(b, ca, a);
        if ca != cb && !embedded_right {
            return None;
        }
        Some(Gap {
            tokens: inner,
            clause: ca,
            embedded: embedded_right,
        })
    }

    /// Whether the clause of token `b` was opened, right after token `a`, inside clause `outer`.
    fn opened_inside(&self, b: usize, outer: u32, a: usize) -> bool {
        let clause = self.tokens[b].clause;
        self.tokens[a + 1..=b]
            .iter()
            .any(|t| t.clause == clause && t.outer == Some(outer))
            && self.tokens[a + 1..b]
                .iter()
                .all(|t| t.clause == clause || matches!(t.kind, Kind::Mark(',')))
    }
}

/// The tokens between a subject and a value (see [`Reading::gap`]).
#[derive(Debug, Clone, Copy)]
pub struct Gap<'r> {
    pub tokens: &'r [Token],
    /// The clause of the left end.
    pub clause: u32,
    /// The right end is in a clause opened, right after the left end, inside the left's
    /// ("the bus deal, valued at $2.5 billion").
    pub embedded: bool,
}

impl Gap<'_> {
    /// The tokens of the left end's clause (or of the embedded clause the right end opens).
    pub fn own(&self) -> impl Iterator<Item = &Token> {
        let clause = self.clause;
        let embedded = self.embedded;
        self.tokens
            .iter()
            .filter(move |t| embedded || t.clause == clause)
    }

    /// How many bytes of the gap an aside takes: from the first to the last token of the
    /// clauses set inside the left end's ("division of the company, which includes its AI
    /// GPU business, brought in…"); 0 when there is none.
    pub fn aside_len(&self) -> usize {
        if self.embedded {
            return 0;
        }
        let inner = |t: &&Token| t.clause != self.clause;
        match (
            self.tokens.iter().find(inner),
            self.tokens.iter().rev().find(inner),
        ) {
            (Some(first), Some(last)) => last.span.end.saturating_sub(first.span.start),
            _ => 0,
        }
    }
}

#[cfg(test)]
mod tests;
