//! Text helpers shared by the renderers: one-line sentences, short cell values, the message of
//! a conflict. Kept in one place so every format words a conflict the same way.

use super::{ClaimEntry, EvidenceEntry, Report, ResultEntry, ResultHeader};
use crate::verdict::{Assertion, Verdict};
use std::borrow::Cow;

/// White space runs (line breaks included) folded to one space; a leading or trailing run is
/// kept as one space so that pieces of a sentence can be joined back.
pub fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    if space && !out.is_empty() {
        out.push(' ');
    }
    out
}

/// A value cut to 16 characters for a table cell.
pub fn short(value: &str) -> String {
    let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if value.chars().count() <= 16 {
        value
    } else {
        format!("{}…", value.chars().take(15).collect::<String>())
    }
}

pub fn tail_chars(s: &str, n: usize) -> String {
    let count = s.chars().count();
    if count <= n {
        s.to_string()
    } else {
        format!("…{}", s.chars().skip(count - n).collect::<String>())
    }
}

pub fn head_chars(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}

/// The sentence on one line split around the found text, each side cut to about 100
/// characters: `(before, found, after)`.
pub fn split_sentence(evidence: &EvidenceEntry) -> (String, String, String) {
    split_sentence_within(evidence, 100)
}

/// [`split_sentence`] with each side cut to `reach` characters (the HTML report, which wraps
/// lines, shows more of the sentence than a terminal line).
pub fn split_sentence_within(evidence: &EvidenceEntry, reach: usize) -> (String, String, String) {
    let sentence = &evidence.sentence;
    let start = evidence
        .found_in_sentence
        .unwrap_or_else(|| {
            evidence
                .byte_start
                .saturating_sub(evidence.sentence_byte_start)
        })
        .min(sentence.len());
    let end = (start + evidence.found.len()).min(sentence.len());
    let (Some(before), Some(found), Some(after)) = (
        sentence.get(..start),
        sentence.get(start..end),
        sentence.get(end..),
    ) else {
        return (one_line(sentence), String::new(), String::new());
    };
    let mut after_line = one_line(after);
    if after.starts_with(char::is_whitespace) && !after_line.starts_with(' ') {
        after_line.insert(0, ' ');
    }
    (
        tail_chars(&one_line(before), reach),
        one_line(found),
        head_chars(&after_line, reach),
    )
}

/// "✗", "✗?" (hedged), "✓", "✓?": a verdict's symbol, marked when the evidence is hedged.
pub fn symbol(verdict: Verdict, assertion: Assertion) -> &'static str {
    match (verdict, assertion == Assertion::Hedged) {
        (Verdict::Conflicts, false) => "✗",
        (Verdict::Conflicts, true) => "✗?",
        (Verdict::Supports, false) => "✓",
        (Verdict::Supports, true) => "✓?",
        (Verdict::Outdated, _) => "⌛",
        (Verdict::Mentions, _) => "·",
        (Verdict::Absent, _) => "—",
    }
}

/// A value as its sentence states it: "not 31" when the sentence denies it, else the value.
pub fn stated(value: &str, assertion: Assertion) -> String {
    match assertion {
        Assertion::Negated => format!("not {value}"),
        Assertion::Asserted | Assertion::Hedged => value.to_string(),
    }
}

/// "found 30, claim 31": the message of a conflicting evidence in every format; "found 30
/// (hedged), claim 31" when the sentence hedges it, "found not 31, claim 31" when it denies it;
/// "claim 536 (from data/facts.json#/providers)" when the claim's value comes from a data file.
pub fn conflict_message(claim: &ClaimEntry, evidence: &EvidenceEntry) -> String {
    let hedged = if evidence.assertion == Assertion::Hedged {
        " (hedged)"
    } else {
        ""
    };
    let outdated = match (&claim.as_of, evidence.verdict) {
        (Some(as_of), Verdict::Outdated) => format!(" as of {as_of} (outdated: stated before)"),
        _ => String::new(),
    };
    let from = claim
        .value_from
        .as_ref()
        .map(|source| format!(" (from {source})"))
        .unwrap_or_default();
    format!(
        "found {}{hedged}, claim {}{from}{outdated}",
        stated(&one_line(evidence.value.trim()), evidence.assertion),
        claim.value
    )
}

/// Where an evidence found the entity its sentence refers to, when it is not named there.
pub fn via_note(evidence: &EvidenceEntry) -> Option<&'static str> {
    evidence.via.map(|via| match via {
        crate::entity::ViaSource::PreviousSentence => "(entity named in the sentence before)",
        crate::entity::ViaSource::Headline => "(entity named in the headline)",
    })
}

/// How an accepted evidence was accepted: "accepted (baseline)", "accepted (comment: reason)".
pub fn accepted_note(evidence: &EvidenceEntry) -> Option<String> {
    let acceptance = evidence.accepted.as_ref()?;
    Some(match &acceptance.reason {
        Some(reason) => format!("accepted ({}: {})", acceptance.by.as_str(), reason),
        None => format!("accepted ({})", acceptance.by.as_str()),
    })
}

/// The claim a result is about.
pub fn claim_of<'a>(report: &'a Report, result: &ResultEntry) -> Option<&'a ClaimEntry> {
    report
        .claims
        .binary_search_by(|c| c.id.cmp(&result.claim))
        .ok()
        .and_then(|i| report.claims.get(i))
}

/// Every conflicting evidence, with its claim and result, in report order, of a report held in
/// memory (every format but the large table's, which reads `Report::stored_chunks` and asks
/// [`conflicts_in`] of each).
pub fn conflicts(
    report: &Report,
) -> impl Iterator<Item = (&ClaimEntry, &ResultEntry, &EvidenceEntry)> {
    report
        .results
        .iter()
        .flat_map(move |r| conflicts_in(report, r).map(move |(c, e)| (c, r, e)))
}

/// Every outdated evidence (a disagreeing value placed before its claim's `as_of`) of the
/// results that are outdated, with its claim and result, in report order.
pub fn outdated(
    report: &Report,
) -> impl Iterator<Item = (&ClaimEntry, &ResultEntry, &EvidenceEntry)> {
    report
        .results
        .iter()
        .filter(|r| r.verdict == Verdict::Outdated)
        .filter_map(move |r| claim_of(report, r).map(|c| (c, r)))
        .flat_map(|(c, r)| {
            r.evidence
                .iter()
                .filter(|e| e.verdict == Verdict::Outdated)
                .map(move |e| (c, r, e))
        })
}

/// The conflicting evidence of one result, with its claim: none unless the result conflicts
/// and its claim is in the report.
pub fn conflicts_in<'a>(
    report: &'a Report,
    result: &'a ResultEntry,
) -> impl Iterator<Item = (&'a ClaimEntry, &'a EvidenceEntry)> + 'a {
    let claim = (result.verdict == Verdict::Conflicts)
        .then(|| claim_of(report, result))
        .flatten();
    claim.into_iter().flat_map(move |c| {
        result
            .evidence
            .iter()
            .filter(|e| e.verdict == Verdict::Conflicts)
            .map(move |e| (c, e))
    })
}

/// A cell of the agreement matrix without colour: "✗ 30", "✓ 31", "· mention", "—", the
/// symbol marked when the value shown is hedged ("✗? 30", "✓? 31") and the value when it is
/// denied ("✗ not 31"), and " (accepted)" after an accepted conflict.
pub fn cell_text(result: &ResultEntry) -> String {
    let first = || {
        let shown = result.evidence.iter().find(|e| e.verdict == result.verdict);
        let assertion = shown.map_or(Assertion::Asserted, |e| e.assertion);
        let value = shown.map(|e| short(&e.value)).unwrap_or_default();
        format!(
            "{} {}",
            symbol(result.verdict, assertion),
            stated(&value, assertion)
        )
    };
    match result.verdict {
        Verdict::Conflicts if result.accepted => format!("{} (accepted)", first()),
        Verdict::Conflicts | Verdict::Supports | Verdict::Outdated => first(),
        Verdict::Mentions => "· mention".to_string(),
        Verdict::Absent => "—".to_string(),
    }
}

/// A conflicting result's document as the per-claim summary names it: "corpus/a.md", with
/// " (accepted)" or " (hedged)" (stated only with a hedge) after it.
pub fn header_document(header: &ResultHeader<'_>) -> String {
    let note = if header.accepted {
        " (accepted)"
    } else if header.hedged {
        " (hedged)"
    } else {
        ""
    };
    format!("{}{note}", header.document)
}

/// Column headers: each path's file stem.
pub fn document_label(path: &str) -> &str {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.rsplit_once('.').map_or(name, |(stem, _)| stem)
}

/// "9 claims × 5 documents: 21 supports, 4 conflicts (1 accepted, 1 hedged), 12 mentions, 8
/// absent": the accepted and the hedged (only) conflicts said when there are any.
pub fn summary_sentence(report: &Report) -> String {
    let s = &report.summary;
    let notes: Vec<String> = [(s.accepted, "accepted"), (s.hedged, "hedged")]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} {what}"))
        .collect();
    let notes = if notes.is_empty() {
        String::new()
    } else {
        format!(" ({})", notes.join(", "))
    };
    format!(
        "{} × {}: {} supports, {} conflicts{notes}, {}{} mentions, {} absent",
        crate::claims::plural(report.claims.len(), "claim"),
        crate::claims::plural(report.documents.len(), "document"),
        s.supports,
        s.conflicts,
        if s.outdated > 0 {
            format!("{} outdated, ", s.outdated)
        } else {
            String::new()
        },
        s.mentions,
        s.absent
    )
}

/// Each claim with its conflicting results, in claim order: one walk over the stored results
/// (sorted by claim, in memory or set aside), never a visit to the absent pairs.
pub fn conflicting_by_claim(report: &Report) -> Vec<(&ClaimEntry, Vec<ResultHeader<'_>>)> {
    let mut stored = report.stored_headers().peekable();
    report
        .claims
        .iter()
        .map(|claim| {
            let mut conflicting = Vec::new();
            while let Some(r) = stored.next_if(|r| r.claim <= &*claim.id) {
                if r.claim == &*claim.id && r.verdict == Verdict::Conflicts {
                    conflicting.push(r);
                }
            }
            (claim, conflicting)
        })
        .collect()
}

/// The result of `claims[claim]` in `documents[document]`; an absent pair is made up.
pub fn result_at(report: &Report, claim: usize, document: usize) -> Cow<'_, ResultEntry> {
    report.result_at(claim, document)
}
