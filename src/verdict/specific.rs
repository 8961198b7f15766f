//! Which claim an occurrence of a subject belongs to when two claims' subjects overlap: the
//! more specific one ("data center revenue" over "revenue"), unless the shorter name is the
//! object of a preposition in the longer ("planes from Boeing" still names Boeing).

use crate::subject::SubjectHit;

/// Drops an occurrence of one claim's subject that ends a longer occurrence of another claim's
/// (its head noun), when the two claims name different things: the longer one's aliases do not include the
/// shorter text, and the shorter one's do not include the longer. With claims on "revenue" and
/// on "data center revenue", "data center revenue was $22.6 billion" is about the second
/// only; with one on "drones" and one on "armed drones" or "drones", both read "31 armed
/// drones". `hits` are sorted by start.
pub(super) fn most_specific(text: &str, hits: Vec<SubjectHit>) -> Vec<SubjectHit> {
    // The shorter one is the longer one's head ("data center revenue" is revenue of a kind);
    // a modifier is not ("Boeing air planes" are not Boeing).
    let inside = |h: &SubjectHit, o: &SubjectHit| {
        o.claim != h.claim
            && o.span.contains(h.span)
            && o.span.end == h.span.end
            && o.span != h.span
            && !after_preposition(text, o.span.start, h.span.start)
    };
    let shares = |h: &SubjectHit, o: &SubjectHit, hits: &[SubjectHit]| {
        hits.iter().any(|x| {
            (x.claim == h.claim && x.span == o.span) || (x.claim == o.claim && x.span == h.span)
        })
    };
    // Hits that can contain another start at or before it, within the longest alias's reach:
    // look back over the hits that start no earlier than 256 bytes before.
    let keep: Vec<bool> = hits
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let from = hits[..i].partition_point(|o| o.span.start + 256 < h.span.start);
            !hits[from..]
                .iter()
                .take_while(|o| o.span.start <= h.span.start)
                .any(|o| inside(h, o) && !shares(h, o, &hits[from..]))
        })
        .collect();
    hits.into_iter()
        .zip(keep)
        .filter_map(|(h, k)| k.then_some(h))
        .collect()
}

/// Whether the longer alias starting at `start` reaches the shorter one at `inner` through a
/// preposition: in "planes from Boeing" or "tariff on steel" the last word is the object of
/// the preposition, not the head, so the shorter claim's subject is named all the same.
fn after_preposition(text: &str, start: usize, inner: usize) -> bool {
    text.get(start..inner)
        .and_then(|before| before.split_whitespace().next_back())
        .is_some_and(|w| {
            crate::clause::is_one_of(
                w,
                &["from", "of", "on", "for", "by", "in", "to", "at", "with"],
            )
        })
}
