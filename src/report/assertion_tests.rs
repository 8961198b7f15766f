//! How each evidence is stated (asserted, negated, hedged), carried wherever a report keeps its
//! results, and the hedged-only conflicts counted whatever evidence is kept: the fixture the
//! renderers' tests share, and the tests of the report itself.

use super::{Keep, Report};
use crate::accept::{Acceptance, AcceptedBy};
use crate::claims::Claims;
use crate::corpus::Document;
use crate::verdict::{Assertion, Checker, Finding, Verdict};
use std::path::Path;

const CLAIMS: &str = "[[claim]]\nid = \"drone-count\"\nsubject = \"drones\"\nvalue = \"31\"\n";

/// One document each: a hedged conflict; the claim's own value denied (a conflict); an
/// asserted and a hedged conflict; a hedged support; an asserted conflict accepted (by a
/// comment) beside a hedged one that is not.
const DOCUMENTS: [(&str, &str); 5] = [
    ("news/a.md", "India may buy 30 drones."),
    (
        "news/b.md",
        "The ministry denied that India would buy 31 drones.",
    ),
    (
        "news/c.md",
        "India will buy 29 drones. It may buy 30 drones later.",
    ),
    ("news/d.md", "India may buy 31 drones."),
    (
        "news/e.md",
        "India will buy 28 drones. It may buy 27 drones later.",
    ),
];

/// The findings as the clause layer will read them, until it does: a sentence with "may"
/// hedges its value, one with "denied" denies it (and denying the claim's own value is a
/// conflict).
fn stated(text: &str, mut findings: Vec<Finding>) -> Vec<Finding> {
    for finding in &mut findings {
        for evidence in &mut finding.evidence {
            let sentence = evidence.sentence.slice(text);
            if sentence.contains(" may ") {
                evidence.assertion = Assertion::Hedged;
            } else if sentence.contains(" denied ") {
                evidence.assertion = Assertion::Negated;
                evidence.verdict = Verdict::Conflicts;
            }
        }
        if finding
            .evidence
            .iter()
            .any(|e| e.verdict == Verdict::Conflicts)
        {
            finding.verdict = Verdict::Conflicts;
        }
    }
    findings
}

/// [`DOCUMENTS`] added as `check_with` adds them to a report keeping `keep`: accepted, streamed,
/// set aside one document at a time; then finished.
pub(in crate::report) fn stated_report(keep: Keep) -> Report {
    let claims = Claims::parse(Path::new("claims.toml"), CLAIMS).unwrap();
    let checker = Checker::new(&claims.claims).unwrap();
    let mut report = Report::new(&claims.claims).keeping(keep);
    for (path, text) in DOCUMENTS {
        let document = Document::plain(path.to_string(), text.to_string());
        let range = report.add_document(&document, &stated(text, checker.check(text)));
        report.accept(range.clone(), |result, evidence| {
            (result.document.ends_with("e.md") && evidence.assertion == Assertion::Asserted)
                .then_some(Acceptance {
                    by: AcceptedBy::Comment,
                    reason: None,
                })
        });
        report.streamed(range.clone());
        report.spill(range.start..report.results.len());
    }
    report.finish();
    report
}

/// (document, hedged) of every stored conflicting result, in report order.
fn hedged_flags(report: &Report) -> Vec<(String, bool)> {
    report
        .stored_headers()
        .filter(|h| h.verdict == Verdict::Conflicts)
        .map(|h| (h.document.to_string(), h.hedged))
        .collect()
}

#[test]
fn hedged_only_conflicts_are_counted_whatever_is_kept() {
    let expected = [
        ("news/a.md", true),
        ("news/b.md", false),
        ("news/c.md", false),
        // Its asserted conflict is accepted: what is left to fail is hedged.
        ("news/e.md", true),
    ]
    .map(|(d, h)| (d.to_string(), h));
    for keep in [
        Keep::All,
        Keep::Table,
        Keep::Conflicts,
        Keep::AllSetAside,
        Keep::Streamed,
    ] {
        let report = stated_report(keep);
        let spilled = matches!(keep, Keep::Conflicts | Keep::AllSetAside);
        assert_eq!(report.spilled() > 0, spilled, "{keep:?}");
        let s = report.summary;
        assert_eq!((s.supports, s.conflicts), (1, 4), "{keep:?}");
        assert_eq!((s.accepted, s.hedged), (0, 2), "{keep:?}");
        assert_eq!(report.failing_conflicts(), 4, "{keep:?}");
        assert_eq!(report.failing_asserted_conflicts(), 2, "{keep:?}");
        assert_eq!(hedged_flags(&report), expected, "{keep:?}");
    }
}

/// Results set aside on disk come back with each evidence's assertion and the result's flag,
/// as those kept in memory.
#[test]
fn the_assertion_survives_results_set_aside() {
    let (on_disk, in_memory) = (stated_report(Keep::AllSetAside), stated_report(Keep::All));
    assert_eq!(on_disk.spilled(), 5);
    assert!(on_disk.results.is_empty());
    assert_eq!(
        super::json::render(&on_disk),
        super::json::render(&in_memory)
    );
    let read_back: Vec<(String, Vec<Assertion>)> = on_disk
        .stored_chunks()
        .flat_map(|chunk| chunk.unwrap())
        .map(|r| {
            let assertions = r.evidence.iter().map(|e| e.assertion).collect();
            (r.document.to_string(), assertions)
        })
        .collect();
    use Assertion::{Asserted, Hedged, Negated};
    let expected = [
        ("news/a.md", vec![Hedged]),
        ("news/b.md", vec![Negated]),
        ("news/c.md", vec![Asserted, Hedged]),
        ("news/d.md", vec![Hedged]),
        ("news/e.md", vec![Asserted, Hedged]),
    ]
    .map(|(d, a)| (d.to_string(), a));
    assert_eq!(read_back, expected);
}
