//! `--format github`: GitHub Actions workflow commands, one per line, which the runner turns
//! into annotations on the pull request's files:
//!
//! `::error file=corpus/wsws_2022-04.txt,line=22,col=180,endLine=22,endColumn=204,title=crosscheck drone-count::found 30, claim 31`
//!
//! A conflict is an `error`; an accepted conflict a `notice` saying how it was accepted, and so
//! is an outdated value (placed before its claim's `as_of`); a file
//! that could not be read an `error` (or `warning`); a stale baseline entry a `warning`. Values
//! are escaped as the runner expects (`%`, CR, LF; and `:` `,` in properties), so an article's
//! text can never end a command early or start another.

use super::{Report, text};
use crate::corpus::Severity;

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for (claim, result, evidence) in text::conflicts(report).chain(text::outdated(report)) {
        let (level, message) = match text::accepted_note(evidence) {
            _ if evidence.verdict == crate::verdict::Verdict::Outdated => {
                ("notice", text::conflict_message(claim, evidence))
            }
            Some(note) => (
                "notice",
                format!("{}; {note}", text::conflict_message(claim, evidence)),
            ),
            None => ("error", text::conflict_message(claim, evidence)),
        };
        out.push_str(&format!(
            "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
            property(&result.document),
            evidence.line,
            evidence.column,
            evidence.end_line,
            evidence.end_column,
            property(&format!("crosscheck {}", claim.id)),
            data(&message),
        ));
    }
    for problem in &report.problems {
        let level = match problem.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        out.push_str(&format!(
            "::{level} file={},title=crosscheck::{}\n",
            property(&problem.path),
            data(&problem.message)
        ));
    }
    for entry in &report.stale_baseline {
        out.push_str(&format!(
            "::warning file={},title={}::{}\n",
            property(&entry.document),
            property("crosscheck stale baseline entry"),
            data(&format!(
                "{}: the baseline accepts \"{}\" ({}), which is no longer found; remove the entry",
                entry.claim, entry.value, entry.fingerprint
            )),
        ));
    }
    out
}

/// Escapes a command's message.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command's property value.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hedged_conflict_says_so() {
        let out = render(&crate::report::assertion_tests::stated_report(
            crate::report::Keep::All,
        ));
        assert!(out.starts_with("::error file=news/a.md,line=1,col=15,endLine=1,endColumn=24,title=crosscheck drone-count::found 30 (hedged), claim 31\n"), "{out}");
        assert!(out.contains("::found not 31, claim 31\n"), "{out}");
    }

    #[test]
    fn values_cannot_break_out_of_a_command() {
        assert_eq!(data("50%\n::error::x"), "50%25%0A::error::x");
        assert_eq!(property("a,b:c"), "a%2Cb%3Ac");
    }
}
