//! The order of the groups: what an editor most needs to see first.
//!
//! A disagreement comes before any agreement. Among disagreements, the one with more
//! documents on each of its two sides comes first (the smaller side counts: two documents
//! against two is a dispute, ten against one may be a slip), then the one stated in more
//! documents, then the one whose values lie closer together: 30 against 31 drones is one fact
//! written two ways, where 3 against 300 is more often two facts under one noun. A
//! misspelt name is as close as values get. A group of more than four values comes after
//! the others whatever its documents: many figures under one noun are several facts; so does,
//! among the rest, a group whose subject is one common noun ("people", "seats"). Ties are
//! broken by kind and subject, so the order is the same on every run.

use super::{Group, Value};
use crate::quantity::{Interval, Quantity};
use std::cmp::Ordering;

/// `groups` in rank order.
pub fn ranked(groups: Vec<Group>) -> Vec<Group> {
    let mut keyed: Vec<(Rank, Group)> = groups.into_iter().map(|g| (rank(&g), g)).collect();
    keyed.sort_by(|(a, ga), (b, gb)| {
        b.disagrees
            .cmp(&a.disagrees)
            .then(a.scattered.cmp(&b.scattered))
            .then(a.bare.cmp(&b.bare))
            .then(b.sides.cmp(&a.sides))
            .then(b.documents.cmp(&a.documents))
            .then(a.spread.total_cmp(&b.spread))
            .then(ga.kind.cmp(&gb.kind))
            .then(ga.subject.cmp(&gb.subject))
    });
    keyed.into_iter().map(|(_, g)| g).collect()
}

/// A subject that is one common noun ("people", "seats", "states"): whose people, which
/// seats, is not said, and in a corpus such a noun gathers several facts. A group of one comes
/// after the groups whose subject is qualified ("armed drones") or named ("Labour",
/// "Blinken").
fn is_bare(g: &Group) -> bool {
    g.kind != super::Kind::Name
        && !g.subject.contains(char::is_whitespace)
        && !g
            .subject
            .chars()
            .any(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// More distinct values than this and a group is scattered: many figures under one noun
/// ("people", "seats") are several facts, not one fact written two ways.
const MAX_SIDES: usize = 4;

struct Rank {
    disagrees: bool,
    scattered: bool,
    bare: bool,
    /// Documents on the smaller side of the best-attested disagreeing pair of values.
    sides: usize,
    documents: usize,
    /// How far apart that pair lies, relative to its size (0 for names).
    spread: f64,
}

fn rank(g: &Group) -> Rank {
    let mut best: Option<(usize, usize, f64)> = None;
    for (i, a) in g.values.iter().enumerate() {
        for b in g.values.iter().skip(i + 1) {
            let (Some(va), Some(vb)) = (&a.compared, &b.compared) else {
                continue;
            };
            if !va.disagrees(vb) {
                continue;
            }
            let sides = a.document_count.min(b.document_count);
            let total = a.document_count + b.document_count;
            let spread = spread(va, vb);
            let better = best.is_none_or(|(s, t, d)| {
                (sides, total).cmp(&(s, t)).then(d.total_cmp(&spread)) == Ordering::Greater
            });
            if better {
                best = Some((sides, total, spread));
            }
        }
    }
    Rank {
        disagrees: g.disagrees,
        scattered: g.values.len() > MAX_SIDES,
        bare: is_bare(g),
        sides: best.map_or(0, |b| b.0),
        documents: g.documents,
        spread: best.map_or(f64::INFINITY, |b| b.2),
    }
}

/// The relative distance of two values: |a − b| / max(|a|, |b|) of the middles of their
/// intervals; dates by their year and month; names 0.
fn spread(a: &Value, b: &Value) -> f64 {
    match (a, b) {
        (Value::Quantity(a), Value::Quantity(b)) => {
            let (x, y) = (middle(a), middle(b));
            let size = x.abs().max(y.abs());
            if size == 0.0 {
                0.0
            } else {
                (x - y).abs() / size
            }
        }
        _ => 0.0,
    }
}

fn middle(q: &Quantity) -> f64 {
    if let Some(d) = q.date {
        let at = |p: crate::quantity::PartialDate| {
            f64::from(p.year.unwrap_or(0)) * 372.0
                + f64::from(p.month.unwrap_or(1)) * 31.0
                + f64::from(p.day.unwrap_or(1))
        };
        return (at(d.from) + at(d.to)) / 2.0;
    }
    let Interval { low, high, .. } = q.interval;
    match (low, high) {
        (Some(l), Some(h)) => (l + h) / 2.0,
        (Some(x), None) | (None, Some(x)) => x,
        (None, None) => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discover::Kind;

    fn group(subject: &str, kind: Kind) -> Group {
        Group {
            subject: subject.into(),
            kind,
            values: Vec::new(),
            forms: Vec::new(),
            about: Vec::new(),
            documents: 2,
            disagrees: true,
        }
    }

    #[test]
    fn one_common_noun_comes_after_a_qualified_or_named_subject() {
        let ranked: Vec<String> = ranked(vec![
            group("people", Kind::Count),
            group("armed drones", Kind::Count),
            group("Labour", Kind::Percent),
            group("Blinken", Kind::Name),
            group("2+2", Kind::Ordinal),
        ])
        .into_iter()
        .map(|g| g.subject)
        .collect();
        assert_eq!(ranked.last().map(String::as_str), Some("people"));
        assert!(is_bare(&group("seats", Kind::Count)));
        assert!(!is_bare(&group("parliamentary seats", Kind::Count)));
        assert!(!is_bare(&group("Starmer", Kind::Name)));
    }
}
