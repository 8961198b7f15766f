//! `--format csv`: one row per (claim, document), for spreadsheets; with [`Pairs::Found`], one
//! per pair whose subject occurs.
//!
//! Columns: `claim, document, verdict, accepted, line, column, found, value, claim_value,
//! sentence`. The location and values are those of the evidence that decided the verdict (the
//! first conflicting one for a conflict, the first supporting one for support); empty for
//! mentions and absences. Quoting is the csv crate's (RFC 4180).

use super::{Pairs, Report, text};
use crate::verdict::Verdict;
use std::io::{self, Write};

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
    let mut out = Vec::new();
    // Writing into memory cannot fail; every field is UTF-8.
    let _ = write(report, which, &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// [`render`], written row by row into `out`: the rows, which grow with the corpus, are never
/// held in memory. Fails when `out` does, or when a result set aside cannot be read back.
pub fn write(report: &Report, which: Pairs, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(HEADER)?;
    for result in report.listed_results(which) {
        let result = result?;
        let result = result.as_ref();
        let claim_value = text::claim_of(report, result)
            .map(|c| c.value.as_str())
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
        writer.write_record([
            &*result.claim,
            &*result.document,
            result.verdict.as_str(),
            if result.accepted { "true" } else { "false" },
            &line,
            &column,
            &found,
            &value,
            claim_value,
            &sentence,
        ])?;
    }
    writer.flush()
}
