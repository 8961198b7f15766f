//! `--format json`: the whole report as one versioned JSON document, the contract that CI and
//! later tools read.

use super::Report;
use std::io::{self, Write};

/// The report as pretty-printed JSON, ending with a newline.
pub fn render(report: &Report) -> String {
    let mut out = Vec::new();
    // Writing into memory cannot fail; serde_json writes UTF-8.
    let _ = write(report, &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// [`render`], serialised straight into `out`: the document, which grows with the corpus, is
/// never held in memory as text.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    out.write_all(b"\n")
}
