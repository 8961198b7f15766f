//! What a claim's statement says of its value as a change: "Revenue rose 262% from a year
//! earlier" is about a change, measured over a year.

use super::compare;
use crate::claims::{Claim, Expected};
use crate::clause::{Base, Reading};
use crate::quantity;
use crate::span::Span;

/// A claim whose statement states its value as a change, and the period it is measured over
/// ("from a year earlier"), when the statement says.
#[derive(Debug, Clone, Copy)]
pub(super) struct StatedChange {
    pub base: Option<Base>,
}

/// Whether `claim`'s statement states the claimed value as a change: the statement read as a
/// sentence, its value that agrees with the claim's is a change ("Revenue rose 262% from a
/// year earlier", "up 262%"). Such a claim is about the change, and the sentences that state
/// a change of its subject speak of it; any other claim ignores changes ("rose by 5%" says
/// nothing of a level of 12%).
pub(super) fn stated_change(claim: &Claim) -> Option<StatedChange> {
    let (Some(statement), Expected::Quantity(expected)) = (&claim.statement, &claim.expected)
    else {
        return None;
    };
    let values = quantity::extract(statement);
    let reading = Reading::new(statement, Span::new(0, statement.len()), &values);
    values.iter().enumerate().find_map(|(i, q)| {
        (compare::agrees(expected, claim.tolerance, q) == Some(true) && reading.value(i).change)
            .then(|| StatedChange {
                base: reading.change_base(statement, i),
            })
    })
}
