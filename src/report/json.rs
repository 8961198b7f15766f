//! `--format json`: the whole report as one versioned JSON document, the contract that CI and
//! later tools read.

use super::{Listing, Pairs, Report};
use std::io::{self, Write};

/// The report as pretty-printed JSON, every pair listed, ending with a newline.
pub fn render(report: &Report) -> String {
    let mut out = Vec::new();
    // Writing into memory cannot fail; serde_json writes UTF-8.
    let _ = write(report, Pairs::Every, &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// The report as pretty-printed JSON with the pairs `which` asks for, serialised straight into
/// `out`: the document, which grows with the corpus, is never held in memory as text.
pub fn write(report: &Report, which: Pairs, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &Listing(report, which))?;
    out.write_all(b"\n")
}
