//! The lexicon applied to a sentence's tokens, ConText-style: each trigger marks the values in
//! its scope (forward or backward within its clause, up to its reach), pseudo-triggers are read
//! first and mark nothing, and the longest trigger at a word wins.

use super::lexicon::{self, Category, Direction, PSEUDO_TRIGGERS, TRIGGERS};
use super::{Assertion, Kind, Part, Reading, ValueReading, is_one_of};

impl Reading {
    /// Applies every trigger of the lexicon to the values in its scope.
    pub(super) fn apply_triggers(&mut self, text: &str) {
        let mut i = 0;
        while i < self.tokens.len() {
            if self.tokens[i].kind != Kind::Word {
                i += 1;
                continue;
            }
            let word = self.tokens[i].span.slice(text);
            if word.ends_with("n't") || word.ends_with("n’t") {
                self.scope(text, i, 1, Category::Negated, Direction::Forward, 12);
            }
            let Some(entries) = lexicon::starting_with(word) else {
                i += 1;
                continue;
            };
            if let Some(len) = entries
                .pseudo
                .iter()
                .map(|&p| PSEUDO_TRIGGERS[p])
                .filter(|p| self.words_match(text, i, p))
                .map(|p| p.len())
                .max()
            {
                i += len;
                continue;
            }
            let longest = entries
                .triggers
                .iter()
                .map(|&t| &TRIGGERS[t])
                .filter(|t| self.words_match(text, i, t.words))
                .map(|t| t.words.len())
                .max();
            if let Some(len) = longest {
                let matched: Vec<&lexicon::Trigger> = entries
                    .triggers
                    .iter()
                    .map(|&t| &TRIGGERS[t])
                    .filter(|t| t.words.len() == len && self.words_match(text, i, t.words))
                    .collect();
                for t in matched {
                    self.scope(text, i, len, t.category, t.direction, t.reach);
                }
                // A trigger's own words trigger nothing more ("neither confirm nor deny").
                i += len;
                continue;
            }
            i += 1;
        }
    }

    /// Whether the words at token `i` on are `words`, one token each.
    fn words_match(&self, text: &str, i: usize, words: &[&str]) -> bool {
        words.iter().enumerate().all(|(k, w)| {
            self.tokens
                .get(i + k)
                .is_some_and(|t| t.kind == Kind::Word && t.span.slice(text).eq_ignore_ascii_case(w))
        })
    }

    /// Marks the values in the scope of the trigger of `len` words at token `at`.
    fn scope(
        &mut self,
        text: &str,
        at: usize,
        len: usize,
        category: Category,
        dir: Direction,
        reach: usize,
    ) {
        let clause = self.tokens[at].clause;
        let trigger_start = self.tokens[at].span.start;
        // "a one-cent per share dividend", "$0.10 a share": a share of stock as the unit of an
        // amount is no share of a whole.
        if category == Category::Share
            && at.checked_sub(1).is_some_and(|p| {
                self.tokens[p].kind == Kind::Word
                    && is_one_of(self.tokens[p].span.slice(text), &["per", "a", "each"])
            })
        {
            return;
        }
        // Negations, old figures and changes end at a comma ("is not buying 40 buses, it is
        // buying 45"); hedges, parts and later instances reach across one ("if approved, the
        // city will buy 45", "including 20 for the north, 15 for the south").
        let stops = matches!(
            category,
            Category::Negated | Category::Old | Category::Change | Category::Margin
        );
        // An old figure, a change or a margin is the one value right next to its word.
        let first_only = matches!(
            category,
            Category::Old | Category::Change | Category::Margin
        ) || (category == Category::Part && dir == Direction::Backward);
        let indices: Vec<usize> = match dir {
            Direction::Forward => (at + len..self.tokens.len()).collect(),
            Direction::Backward => (0..at).rev().collect(),
        };
        let mut words = 0;
        for k in indices {
            let t = self.tokens[k];
            if t.clause != clause || (stops && matches!(t.kind, Kind::Mark(',' | ':'))) {
                break;
            }
            // "wouldn't be completed until the fall of 2028" states 2028.
            if category == Category::Negated
                && dir == Direction::Forward
                && t.kind == Kind::Word
                && is_one_of(t.span.slice(text), &["until", "till"])
            {
                break;
            }
            // "lifted off from Sriharikota on July 14", "220 planes from Boeing for $34
            // billion": "from" a place or a seller, then a time or a price of the statement's
            // own; an old figure follows its "from" with no preposition between.
            if category == Category::Old
                && dir == Direction::Forward
                && self.tokens[at]
                    .span
                    .slice(text)
                    .eq_ignore_ascii_case("from")
                && t.kind == Kind::Word
                && is_one_of(
                    t.span.slice(text),
                    &["on", "in", "at", "during", "aboard", "for", "with"],
                )
            {
                break;
            }
            // "death from the disease since 2015": a time with a preposition of its own is
            // placed by it, not by the "from" before.
            if category == Category::Old
                && dir == Direction::Forward
                && k > at + len
                && let Kind::Value(v) = t.kind
                && self.values.get(v).is_some_and(|r| r.time)
                && t.span.slice(text).starts_with(char::is_alphabetic)
            {
                break;
            }
            // "150,000 of the 600,000 doses, with the rest going to…", "most of the 124
            // cases": the whole after "the" is not the part a remainder or a share implies.
            if matches!(category, Category::Part | Category::Share)
                && matches!(t.kind, Kind::Value(_))
                && k.checked_sub(1)
                    .and_then(|p| self.tokens.get(p))
                    .is_some_and(|p| {
                        p.kind == Kind::Word && p.span.slice(text).eq_ignore_ascii_case("the")
                    })
            {
                continue;
            }
            if let Kind::Value(v) = t.kind {
                // "the first 12 jets in 2026 and the remaining 24": the remainder's part is
                // the count, not the year; a share's is its amount, not when it is paid.
                if matches!(category, Category::Part | Category::Share)
                    && self.values.get(v).is_some_and(|r| r.time)
                {
                    continue;
                }
                if let Some(value) = self.values.get_mut(v) {
                    mark(value, category, trigger_start);
                }
                if first_only {
                    if category == Category::Old
                        && let Some(w) = self.coordinated_value(text, k)
                        && let Some(value) = self.values.get_mut(w)
                    {
                        mark(value, category, trigger_start);
                    }
                    break;
                }
            }
            if t.kind != Kind::Mark(',') {
                words += 1;
                if words >= reach {
                    break;
                }
            }
        }
    }
}

fn mark(value: &mut ValueReading, category: Category, trigger_start: usize) {
    match category {
        // A denial wins over a hedge: "may not buy 45" denies.
        Category::Negated => value.assertion = Assertion::Negated,
        Category::Hedged if value.assertion == Assertion::Asserted => {
            value.assertion = Assertion::Hedged
        }
        Category::Hedged => {}
        Category::Old => value.old = true,
        Category::Change => value.change = true,
        Category::Margin => value.margin = true,
        Category::Part => value.part = Some(Part::Always),
        Category::Share => value.part = Some(Part::ShareAfter(trigger_start)),
        Category::Included if value.part.is_none() => {
            value.part = Some(Part::AfterWhole(trigger_start))
        }
        Category::Included => {}
        Category::Future => value.future = true,
    }
}
