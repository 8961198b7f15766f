//! `--format markdown`: the agreement table as GitHub-flavoured Markdown, for job summaries
//! (`$GITHUB_STEP_SUMMARY`) and pull-request comments.
//!
//! A heading, the claims × documents table (or, past [`MAX_COLUMNS`] documents, one row per
//! claim with the count of each verdict, as the terminal table turns), the conflicts with their
//! sentence quoted and the value in bold, and the summary line. Everything taken from documents
//! is escaped, so an article cannot break the table or inject markup.

use super::{Report, text};
use crate::verdict::Verdict;

/// More documents than this and the table turns (a job summary has no horizontal scroll).
pub const MAX_COLUMNS: usize = 8;

pub fn render(report: &Report) -> String {
    let mut out = String::from("## crosscheck\n\n");
    if report.claims.is_empty() || report.documents.is_empty() {
        out.push_str("No documents to check.\n");
        return out;
    }
    if report.documents.len() <= MAX_COLUMNS {
        matrix(report, &mut out);
    } else {
        turned(report, &mut out);
    }
    let conflicts: Vec<_> = text::conflicts(report).collect();
    if !conflicts.is_empty() {
        out.push_str("\n### Conflicts\n\n");
        for (claim, result, evidence) in conflicts {
            let note = text::accepted_note(evidence)
                .map(|a| format!(" — *{}*", escape(&a)))
                .unwrap_or_default();
            let (before, found, after) = text::split_sentence(evidence);
            out.push_str(&format!(
                "- {} **{}** `{}:{}:{}`: {}{note}\n  > {}**{}**{}\n",
                if evidence.accepted.is_some() {
                    "☑"
                } else {
                    text::symbol(Verdict::Conflicts, evidence.assertion)
                },
                escape(&claim.id),
                code(&result.document),
                evidence.line,
                evidence.column,
                escape(&text::conflict_message(claim, evidence)),
                escape(&before),
                escape(&found),
                escape(&after),
            ));
        }
    }
    out.push_str(&format!("\n{}\n", escape(&text::summary_sentence(report))));
    out
}

fn matrix(report: &Report, out: &mut String) {
    out.push_str("| claim |");
    for document in &report.documents {
        out.push_str(&format!(
            " {} |",
            escape(text::document_label(&document.path))
        ));
    }
    out.push_str("\n|---|");
    out.push_str(&"---|".repeat(report.documents.len()));
    out.push('\n');
    for (c, claim) in report.claims.iter().enumerate() {
        out.push_str(&format!("| {} |", escape(&claim.id)));
        for d in 0..report.documents.len() {
            let cell = text::cell_text(&text::result_at(report, c, d));
            out.push_str(&format!(" {} |", escape(&cell)));
        }
        out.push('\n');
    }
}

fn turned(report: &Report, out: &mut String) {
    out.push_str("| claim | supports | conflicts | mentions | absent | conflicting documents |\n");
    out.push_str("|---|---:|---:|---:|---:|---|\n");
    for (claim, conflicting) in text::conflicting_by_claim(report) {
        let count = |v: Verdict| claim.tally.count(v);
        let conflicting: Vec<String> = conflicting
            .iter()
            .map(|r| {
                let note = if r.accepted {
                    " (accepted)"
                } else if r.hedged {
                    " (hedged)"
                } else {
                    ""
                };
                format!("`{}`{note}", code(r.document))
            })
            .collect();
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            escape(&claim.id),
            count(Verdict::Supports),
            count(Verdict::Conflicts),
            count(Verdict::Mentions),
            count(Verdict::Absent),
            conflicting.join(", "),
        ));
    }
}

/// Backslash-escapes the Markdown punctuation that acts inside a line (and the table's `|`),
/// and a leading `#`, `-`, `+` or `>` that would start a block; line breaks become spaces.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .enumerate()
    {
        if "\\`*_[]<>|~&".contains(c) || (i == 0 && "#-+>".contains(c)) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Text for inside backticks in a table: backticks and pipes cannot be escaped there, so they
/// are replaced.
fn code(s: &str) -> String {
    s.replace('`', "'").replace('|', "¦")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hedged_and_denied_values_are_marked() {
        let out = render(&crate::report::assertion_tests::stated_report(
            crate::report::Keep::All,
        ));
        assert!(
            out.contains("| drone-count | ✗? 30 | ✗ not 31 | ✗ 29 | ✓? 31 | ✗ 28 |\n"),
            "{out}"
        );
        assert!(
            out.contains("- ✗? **drone-count** `news/a.md:1:15`: found 30 (hedged), claim 31\n"),
            "{out}"
        );
        assert!(out.contains("4 conflicts (2 hedged)"), "{out}");
    }

    #[test]
    fn escaping_keeps_pipes_and_markup_out_of_cells() {
        assert_eq!(escape("a|b *c*\n<d> "), "a\\|b \\*c\\* \\<d\\> ");
    }
}
