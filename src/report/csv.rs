//! `--format csv`: one row per (claim, document), for spreadsheets; with [`Pairs::Found`], one
//! per pair whose subject occurs.
//!
//! Columns: `claim, document, verdict, accepted, line, column, found, value, claim_value,
//! sentence`. The location and values are those of the evidence that decided the verdict (the
//! first conflicting one for a conflict, the first supporting one for support); empty for
//! mentions and absences. Quoting is the csv crate's (RFC 4180).

use super::{Pairs, Report, text};
use crate::verdict::Verdict;

pub const HEADER: [&str; 10] = [
    "claim",
    "document",
    "verdict",
    "accepted",
    "line",
    "column",
    "found",
    "value",
    "claim_value",
    "sentence",
];

/// The header, then a row for each pair `which` asks for.
pub fn render(report: &Report, which: Pairs) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut rows = vec![HEADER.map(str::to_string).to_vec()];
    for result in report.listed_results(which) {
        let result = result.as_ref();
        let claim_value = text::claim_of(report, result)
            .map(|c| c.value.clone())
            .unwrap_or_default();
        let deciding = result.evidence.iter().find(|e| {
            e.verdict == result.verdict
                && matches!(result.verdict, Verdict::Conflicts | Verdict::Supports)
        });
        let (line, column, found, value, sentence) = match deciding {
            Some(e) => (
                e.line.to_string(),
                e.column.to_string(),
                text::one_line(&e.found),
                text::one_line(&e.value),
                text::one_line(e.sentence.trim()),
            ),
            None => Default::default(),
        };
        rows.push(vec![
            result.claim.to_string(),
            result.document.to_string(),
            result.verdict.as_str().to_string(),
            result.accepted.to_string(),
            line,
            column,
            found,
            value,
            claim_value,
            sentence,
        ]);
    }
    for row in rows {
        // Writing to a Vec cannot fail for I/O; a row that fails is skipped, not a panic.
        let _ = writer.write_record(&row);
    }
    writer
        .into_inner()
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}
