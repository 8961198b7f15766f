//! What a change is measured against: "up 18% from the previous quarter and up 262% from a year
//! ago" states two changes of one figure over two periods. A claim that states its change over
//! a year ("Revenue rose 262% from a year earlier") is about the second only; the verdict asks
//! [`Reading::change_base`] of both and of the claim's own statement.

use super::{Kind, Reading, is_one_of};

/// The period a change is measured over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    Year,
    Quarter,
    Month,
}

/// How many tokens after a change its comparison is looked for: "a 262% jump in revenue
/// compared to the same quarter last year".
const BASE_REACH: usize = 12;

/// Words that introduce what a change is measured against.
const COMPARATORS: &[&str] = &[
    "from", "than", "over", "versus", "vs", "against", "compared", "on",
];

/// Words that end a change's phrase: the next item of a list, another clause.
const ENDS: &[&str] = &["and", "or", "but", "while", "whereas", "which", "as"];

/// Words that name their base on their own ("427% year-over-year", "up 5% sequentially").
const YEAR_OVER: &[&str] = &["year-over-year", "year-on-year", "yoy"];
const QUARTER_OVER: &[&str] = &[
    "quarter-over-quarter",
    "quarter-on-quarter",
    "sequentially",
    "sequential",
];
const MONTH_OVER: &[&str] = &["month-over-month", "month-on-month"];

/// The periods' own words after a comparator ("from a year ago", "from the previous quarter").
/// "The same quarter last year" and "the year-ago quarter" are a year's comparison: a year word
/// wins over a quarter word, and "the same quarter" or "the same period" is the one a year
/// before.
const YEAR_WORDS: &[&str] = &[
    "year",
    "years",
    "year-ago",
    "year-earlier",
    "annual",
    "same",
];
const QUARTER_WORDS: &[&str] = &["quarter", "quarters", "q1", "q2", "q3", "q4"];
const MONTH_WORDS: &[&str] = &["month", "months"];

impl Reading {
    /// The period the change at `index` is measured against, when the words after it say:
    /// a comparator then a period ("from a year ago", "from the previous quarter", "from
    /// Q4"), or a word that names one ("year-over-year", "sequentially"). A quarter written
    /// with its year ("compared to the first quarter of 2023") may be a year's comparison or a
    /// quarter's, depending on the quarter reported: `None`, as when nothing is said.
    pub fn change_base(&self, text: &str, index: usize) -> Option<Base> {
        let at = self.values.get(index)?.token?;
        let clause = self.tokens.get(at)?.clause;
        let mut compared = false;
        let (mut year, mut quarter, mut month, mut dated) = (false, false, false, false);
        // "up 461% and 262%, respectively, from a year ago": the changes of a list share the
        // comparison after it, past the other changes of the list and "respectively".
        let tokens = self.tokens.get(at + 1..).unwrap_or_default();
        let respectively = |i: usize| {
            tokens.get(i).is_some_and(|t| {
                t.kind == Kind::Word && t.span.slice(text).eq_ignore_ascii_case("respectively")
            })
        };
        // Without "respectively", two changes in a row are no list of one level's changes.
        let mut listed = (0..BASE_REACH).any(respectively);
        // A list set off by commas is read as an aside: after "respectively" the comparison
        // stands in the clause around it.
        let mut outer = clause;
        for (i, t) in tokens.iter().enumerate().take(BASE_REACH) {
            if respectively(i) {
                outer = t.clause;
                continue;
            }
            if t.clause != clause && t.clause != outer {
                break;
            }
            let w = t.span.slice(text);
            let in_list = match t.kind {
                Kind::Word => listed && is_one_of(w, &["and", "or"]),
                Kind::Mark(',') => respectively(i + 1) || (i > 0 && respectively(i - 1)) || listed,
                Kind::Value(_) => listed && !w.chars().all(char::is_alphabetic),
                Kind::Mark(_) => false,
            };
            if in_list {
                continue;
            }
            listed = false;
            match t.kind {
                Kind::Mark(_) => break,
                // "the first quarter of 2023": an ordinal word or a year within the phrase.
                Kind::Value(v) if self.values.get(v).is_some_and(|r| r.time) => {
                    dated |= compared;
                }
                Kind::Value(_) if w.chars().all(char::is_alphabetic) => {}
                Kind::Value(_) => break,
                Kind::Word if is_one_of(w, ENDS) => break,
                Kind::Word if is_one_of(w, COMPARATORS) => compared = true,
                Kind::Word if is_one_of(w, YEAR_OVER) => year = true,
                Kind::Word if is_one_of(w, QUARTER_OVER) => quarter = true,
                Kind::Word if is_one_of(w, MONTH_OVER) => month = true,
                Kind::Word if compared => {
                    year |= is_one_of(w, YEAR_WORDS);
                    quarter |= is_one_of(w, QUARTER_WORDS);
                    month |= is_one_of(w, MONTH_WORDS);
                }
                Kind::Word => {}
            }
        }
        if year {
            Some(Base::Year)
        } else if quarter && dated {
            None
        } else if quarter {
            Some(Base::Quarter)
        } else if month {
            Some(Base::Month)
        } else if dated {
            Some(Base::Year)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity;
    use crate::span::Span;

    /// The base of each value of `text`, in order.
    fn bases(text: &str) -> Vec<(String, Option<Base>)> {
        let values = quantity::extract(text);
        let reading = Reading::new(text, Span::new(0, text.len()), &values);
        values
            .iter()
            .enumerate()
            .map(|(i, q)| (q.span.slice(text).to_string(), reading.change_base(text, i)))
            .collect()
    }

    #[test]
    fn a_comparator_and_a_period_name_the_base() {
        assert_eq!(
            bases(
                "Revenue was $26 billion, up 18% from the previous quarter and up 262% from a year ago."
            ),
            [
                ("$26 billion".to_string(), None),
                ("18%".to_string(), Some(Base::Quarter)),
                ("262%".to_string(), Some(Base::Year)),
            ]
        );
        assert_eq!(
            bases("Sales rose 23% from Q4 and 427% year-over-year."),
            [
                ("23%".to_string(), Some(Base::Quarter)),
                ("427%".to_string(), Some(Base::Year)),
            ]
        );
        assert_eq!(
            bases("Profit saw a 262% jump in revenue compared to the same quarter last year."),
            [("262%".to_string(), Some(Base::Year))]
        );
        assert_eq!(
            bases("Fares rose 4% on the same quarter last year and 1% month-on-month."),
            [
                ("4%".to_string(), Some(Base::Year)),
                ("1%".to_string(), Some(Base::Month)),
            ]
        );
        // A list of changes with "respectively" shares the comparison after it.
        assert_eq!(
            bases(
                "EPS of $6.12 on revenue of $26 billion, up 461% and 262%, respectively, from a year ago."
            ),
            [
                ("$6.12".to_string(), None),
                ("$26 billion".to_string(), None),
                ("461%".to_string(), Some(Base::Year)),
                ("262%".to_string(), Some(Base::Year)),
            ]
        );
        // Without it, the first of two changes in a row has none said.
        assert_eq!(
            bases("Revenue of $26 billion, up 461% and 262% from a year ago."),
            [
                ("$26 billion".to_string(), None),
                ("461%".to_string(), None),
                ("262%".to_string(), Some(Base::Year)),
            ]
        );
    }

    #[test]
    fn a_quarter_with_its_year_or_no_comparison_names_none() {
        assert_eq!(
            bases("Revenue grew 260% compared to the first quarter of 2023."),
            [
                ("260%".to_string(), None),
                ("first".to_string(), None),
                ("2023".to_string(), None),
            ]
        );
        // A period that measures, not a base: "in the quarter".
        assert_eq!(
            bases("Revenue rose 12% in the quarter."),
            [("12%".to_string(), None)]
        );
    }
}
