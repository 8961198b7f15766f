//! Values joined by "and": a trigger that reaches only the value next to it ("up from") reaches
//! the one coordinated with it too ("up from the $2 billion estimate and 2028 opening").

use super::{DETERMINERS, Kind, Reading, is_one_of};

impl Reading {
    /// The value joined by "and" to the phrase of the value at token `k`: "up from the $2
    /// billion cost estimate and 2028 opening" gives both old figures. At most three words of
    /// the first phrase, "and", and a determiner may stand between, all in one clause.
    pub(super) fn coordinated_value(&self, text: &str, k: usize) -> Option<usize> {
        let clause = self.tokens.get(k)?.clause;
        let mut words = 0;
        let mut joined = false;
        for t in self.tokens.get(k + 1..)?.iter().take(6) {
            if t.clause != clause {
                return None;
            }
            match t.kind {
                Kind::Value(v) if joined => return Some(v),
                Kind::Word if !joined && t.span.slice(text).eq_ignore_ascii_case("and") => {
                    joined = true;
                }
                Kind::Word if joined && is_one_of(t.span.slice(text), DETERMINERS) => {}
                Kind::Word if !joined && words < 3 => words += 1,
                _ => return None,
            }
        }
        None
    }
}
