//! `--format junit`: JUnit XML (quick-junit), for CI systems that show test reports.
//!
//! One test suite per claim, one test case per (claim, document) pair whose subject occurs
//! (a claim found nowhere is an empty suite), named by the document and classed by the claim
//! id; with [`Pairs::Every`] (`--all-pairs`), a case for every pair, the absent ones passing. A conflict is a failure whose message is "found 30, claim 31" and
//! whose body gives every conflicting sentence with its location; an accepted conflict passes,
//! with the acceptance in its output; support, mentions and absence pass. Files that could not
//! be read are error cases in a last suite, `crosscheck files`. No timestamps or durations are
//! written, so the output is deterministic.

use super::{ClaimEntry, Pairs, Report, ResultEntry, text};
use crate::corpus::Severity;
use crate::verdict::Verdict;
use quick_junit::{NonSuccessKind, Report as JunitReport, TestCase, TestCaseStatus, TestSuite};
use std::borrow::Cow;
use std::io;

/// The JUnit document of the pairs `which` asks for, taken in order from
/// [`Report::listed_results`] (the same walk the JSON and CSV make). Fails only when a result
/// set aside cannot be read back.
pub fn render(report: &Report, which: Pairs) -> io::Result<String> {
    let mut junit = JunitReport::new("crosscheck");
    // By claim id, then document path, as the claims' suites come.
    let mut listed = report.listed_results(which).peekable();
    for claim in &report.claims {
        let mut suite = TestSuite::new(&*claim.id);
        while listed
            .next_if(|r| r.as_ref().is_ok_and(|r| *r.claim < *claim.id))
            .is_some()
        {}
        let of_claim =
            |r: &io::Result<Cow<'_, ResultEntry>>| r.as_ref().map_or(true, |r| r.claim == claim.id);
        while let Some(result) = listed.next_if(of_claim) {
            suite.add_test_case(test_case(claim, result?.as_ref()));
        }
        junit.add_test_suite(suite);
    }
    let errors: Vec<_> = report
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    if !errors.is_empty() {
        let mut suite = TestSuite::new("crosscheck files");
        for problem in errors {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
            status.set_message(problem.message.as_str());
            suite.add_test_case(TestCase::new(problem.path.as_str(), status));
        }
        junit.add_test_suite(suite);
    }
    Ok(junit.to_string().unwrap_or_default())
}

/// The test case of one (claim, document) result: a failure for an unaccepted conflict.
fn test_case(claim: &ClaimEntry, result: &ResultEntry) -> TestCase {
    let conflicts: Vec<String> = result
        .evidence
        .iter()
        .filter(|e| e.verdict == Verdict::Conflicts)
        .map(|e| {
            let note = text::accepted_note(e)
                .map(|a| format!(" [{a}]"))
                .unwrap_or_default();
            format!(
                "{}:{}:{}: {}{note}\n    {}",
                result.document,
                e.line,
                e.column,
                text::conflict_message(claim, e),
                text::one_line(e.sentence.trim())
            )
        })
        .collect();
    let status = if result.verdict == Verdict::Conflicts && !result.accepted {
        let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
        let first = result
            .evidence
            .iter()
            .find(|e| e.verdict == Verdict::Conflicts && e.accepted.is_none());
        if let Some(e) = first {
            status.set_message(text::conflict_message(claim, e));
        }
        status.set_type("conflict");
        status.set_description(conflicts.join("\n"));
        status
    } else {
        TestCaseStatus::success()
    };
    let mut case = TestCase::new(&*result.document, status);
    case.set_classname(&*claim.id);
    if result.accepted {
        case.set_system_out(conflicts.join("\n"));
    }
    // An outdated result passes, saying what it found and since when the claim holds.
    if result.verdict == Verdict::Outdated {
        let outdated: Vec<String> = result
            .evidence
            .iter()
            .filter(|e| e.verdict == Verdict::Outdated)
            .map(|e| {
                format!(
                    "{}:{}:{}: {}",
                    result.document,
                    e.line,
                    e.column,
                    text::conflict_message(claim, e)
                )
            })
            .collect();
        case.set_system_out(outdated.join("\n"));
    }
    case
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hedged_conflict_fails_and_says_so() {
        let report = super::super::assertion_tests::stated_report(super::super::Keep::All);
        let out = render(&report, Pairs::Every).unwrap();
        assert!(
            out.contains(r#"<failure message="found 30 (hedged), claim 31" type="conflict">"#),
            "{out}"
        );
    }
}
