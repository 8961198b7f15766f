//! `--format json`: the whole report as one versioned JSON document, the contract that CI and
//! later tools read.

use super::{Listing, Pairs, Report};
use std::io::{self, Write};

/// The report as pretty-printed JSON, the pairs whose subject occurs listed (the contract's
/// default, [`Pairs::Found`]), ending with a newline.
pub fn render(report: &Report) -> String {
    let mut out = Vec::new();
    // Writing into memory cannot fail; serde_json writes UTF-8.
    let _ = write(report, Pairs::Found, &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// The report as pretty-printed JSON with the pairs `which` asks for, serialised straight into
/// `out`: the document, which grows with the corpus, is never held in memory as text.
pub fn write(report: &Report, which: Pairs, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &Listing(report, which))?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_evidence_says_how_it_is_stated() {
        let report = super::super::assertion_tests::stated_report(super::super::Keep::All);
        let json: serde_json::Value = serde_json::from_str(&render(&report)).unwrap();
        let results = json["results"].as_array().unwrap();
        let of = |i: usize| results[i]["evidence"][0]["assertion"].as_str().unwrap();
        assert_eq!(
            [of(0), of(1), of(2), of(3)],
            ["hedged", "negated", "asserted", "hedged"]
        );
        assert_eq!(results[0]["hedged"], true);
        assert_eq!(results[2]["hedged"], false);
        assert_eq!(json["summary"]["hedged"], 2);
    }
}
