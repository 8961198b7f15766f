//! `--format csv`: one row per (claim, document) pair whose subject occurs, for spreadsheets;
//! with [`Pairs::Every`] (`--all-pairs`), one per pair, the absent ones too.
//!
//! Columns: `claim, document, verdict, accepted, line, column, found, value, claim_value,
//! sentence, assertion`. The location, values and assertion (`asserted`, `negated` or
//! `hedged`: how the sentence states the value) are those of the evidence that decided the
//! verdict (the first conflicting one for a conflict, the first supporting one for support);
//! empty for mentions and absences. `assertion` came last, so that columns read by position
//! keep theirs. Quoting is the csv crate's (RFC 4180).

use super::{Pairs, Report, text};
use crate::verdict::Verdict;
use std::io::{self, Write};

pub const HEADER: [&str; 11] = [
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
    "assertion",
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
                && matches!(
                    result.verdict,
                    Verdict::Conflicts | Verdict::Supports | Verdict::Outdated
                )
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
        let assertion = deciding.map_or("", |e| e.assertion.as_str());
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
            assertion,
        ])?;
    }
    writer.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The assertion column is that of the evidence the row shows (the first conflicting one
    /// of c.md is asserted).
    #[test]
    fn the_assertion_is_the_last_column() {
        let report = super::super::assertion_tests::stated_report(super::super::Keep::All);
        let out = render(&report, Pairs::Every);
        let mut reader = csv::Reader::from_reader(out.as_bytes());
        assert_eq!(
            reader.headers().unwrap().iter().next_back(),
            Some("assertion")
        );
        let rows: Vec<(String, String)> = reader
            .records()
            .map(|r| {
                let r = r.unwrap();
                (r[1].to_string(), r[10].to_string())
            })
            .collect();
        let expected = [
            ("news/a.md", "hedged"),
            ("news/b.md", "negated"),
            ("news/c.md", "asserted"),
            ("news/d.md", "hedged"),
            ("news/e.md", "asserted"),
        ]
        .map(|(d, a)| (d.to_string(), a.to_string()));
        assert_eq!(rows, expected);
    }
}
