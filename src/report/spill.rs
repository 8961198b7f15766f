//! Results set aside on disk, so that a large run keeps a small header per result in memory
//! rather than its sentences and evidence: the conflicts of a large table, and every result of
//! the JSON and CSV ([`Keep::AllSetAside`], which read them back the same way).
//!
//! The table of a corpus too large to show as columns ([`Keep::Conflicts`]) lists every
//! conflict with its sentence, sorted by claim; documents finish in path order. Rather than
//! hold every conflict's sentence until the end (about 900 bytes each: 166,000 of them on a
//! 1 GB corpus with 10,000 claims), each batch of documents' results is written, once acceptance
//! has marked them and their `Event::Document`s have been sent, to an anonymous temporary file
//! (deleted by the system when the run ends, whatever happens), and only a [`Spilled`] header
//! stays in memory: claim, document, verdict, acceptance and where the record is. `finish`
//! sorts the headers; the table reads the records back in report order. Records are encoded
//! and decoded on the pool, a batch or a chunk at a time.
//!
//! Records are the results' JSON, one per result. When the temporary file cannot be created,
//! the report keeps its results in memory as before; when a write fails (a full disk), what
//! was set aside is read back and the run goes on in memory.

use super::{Keep, Report, ResultEntry};
use crate::corpus::{FileProblem, Severity};
use crate::verdict::Verdict;
use rayon::prelude::*;
use std::borrow::Cow;
use std::collections::HashMap;
use std::fs::File;
use std::io::{self, Seek, SeekFrom, Write};
use std::ops::Range;
use std::sync::Arc;

/// The temporary file and the headers of the results in it.
#[derive(Debug)]
pub(crate) struct Spill {
    file: File,
    /// Bytes written so far: where the next record starts.
    end: u64,
    headers: Vec<Spilled>,
    names: Names,
}

/// The claims and documents the headers name, each once (shared with the report): a header
/// holds 4-byte indices into them rather than two 16-byte shared strings, so that the 1.24
/// million results the JSON sets aside at 10,000 claims on 1 GB cost 24 bytes each in memory
/// rather than 56.
#[derive(Debug, Default)]
struct Names {
    claims: Vec<Arc<str>>,
    claim_index: HashMap<Arc<str>, u32>,
    documents: Vec<Arc<str>>,
}

/// What stays in memory of a result set aside: what the per-claim summary prints (the claim
/// and document by index), and where the rest is.
#[derive(Debug)]
struct Spilled {
    claim: u32,
    document: u32,
    /// The record's length: one that does not fit is not set aside ([`Spill::push`] fails,
    /// and the report stays in memory).
    len: u32,
    verdict: Verdict,
    accepted: bool,
    /// [`ResultEntry::hedged`], counted at `finish` (a byte the padding had free).
    hedged: bool,
    at: u64,
}

/// What the per-claim summary needs of a stored result, wherever the result is.
#[derive(Debug, Clone, Copy)]
pub struct ResultHeader<'a> {
    pub claim: &'a str,
    pub document: &'a str,
    pub verdict: Verdict,
    pub accepted: bool,
    pub hedged: bool,
}

impl Names {
    /// The index of `claim` in `claims`, added if new.
    fn claim_of(&mut self, claim: &Arc<str>) -> io::Result<u32> {
        if let Some(&c) = self.claim_index.get(claim) {
            return Ok(c);
        }
        let c = u32::try_from(self.claims.len()).map_err(io::Error::other)?;
        self.claims.push(Arc::clone(claim));
        self.claim_index.insert(Arc::clone(claim), c);
        Ok(c)
    }

    /// The index of `document` in `documents`: the last one if it is the same (a
    /// document's results come together), else added. A document added twice only costs an
    /// entry: headers are compared by the strings.
    fn document_of(&mut self, document: &Arc<str>) -> io::Result<u32> {
        let last = self.documents.len().checked_sub(1);
        if let Some(d) = last.filter(|&d| self.documents[d] == *document) {
            return u32::try_from(d).map_err(io::Error::other);
        }
        let d = u32::try_from(self.documents.len()).map_err(io::Error::other)?;
        self.documents.push(Arc::clone(document));
        Ok(d)
    }

    /// The claim and document a header names.
    fn of(&self, header: &Spilled) -> (&str, &str) {
        let claim = self.claims.get(header.claim as usize).map_or("", |c| &**c);
        let document = self
            .documents
            .get(header.document as usize)
            .map_or("", |d| &**d);
        (claim, document)
    }
}

impl Spill {
    /// `None` when no temporary file can be made: the report then stays in memory.
    pub(crate) fn create() -> Option<Spill> {
        let file = tempfile::tempfile().ok()?;
        Some(Spill {
            file,
            end: 0,
            headers: Vec::new(),
            names: Names::default(),
        })
    }

    /// Appends `results`; on error nothing is recorded and the file's end is where it was (a
    /// partial write is never read).
    ///
    /// The records are encoded on the pool: with 166,000 conflicts, encoding them one by one
    /// was half a second of the main thread while the pool waited for the next batch. They are
    /// encoded and written a chunk at a time, so that a batch holding a huge document's
    /// results is not held twice more in memory as records.
    fn push(&mut self, results: &[ResultEntry]) -> io::Result<()> {
        (&self.file).seek(SeekFrom::Start(self.end))?;
        let mut out = io::BufWriter::with_capacity(1 << 20, &self.file);
        let mut end = self.end;
        let mut headers = Vec::with_capacity(results.len());
        for chunk in results.chunks(CHUNK) {
            let records: Vec<Vec<u8>> = chunk
                .par_iter()
                .map(serde_json::to_vec)
                .collect::<Result<_, _>>()
                .map_err(io::Error::other)?;
            for (result, record) in chunk.iter().zip(&records) {
                headers.push(Spilled {
                    claim: self.names.claim_of(&result.claim)?,
                    document: self.names.document_of(&result.document)?,
                    verdict: result.verdict,
                    accepted: result.accepted,
                    hedged: result.hedged,
                    at: end,
                    len: u32::try_from(record.len()).map_err(io::Error::other)?,
                });
                out.write_all(record)?;
                end += record.len() as u64;
            }
        }
        out.flush()?;
        self.end = end;
        self.headers.extend(headers);
        Ok(())
    }

    /// Reads one record back. Positional, so that threads may read the file at once.
    fn read(&self, header: &Spilled) -> io::Result<ResultEntry> {
        let len = usize::try_from(header.len).map_err(io::Error::other)?;
        let mut buffer = vec![0; len];
        read_exact_at(&self.file, &mut buffer, header.at)?;
        serde_json::from_slice(&buffer).map_err(io::Error::other)
    }
}

#[cfg(unix)]
fn read_exact_at(file: &File, buffer: &mut [u8], at: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buffer, at)
}

#[cfg(windows)]
fn read_exact_at(file: &File, mut buffer: &mut [u8], mut at: u64) -> io::Result<()> {
    use std::os::windows::fs::FileExt;
    while !buffer.is_empty() {
        match file.seek_read(buffer, at) {
            Ok(0) => return Err(io::ErrorKind::UnexpectedEof.into()),
            Ok(n) => {
                buffer = &mut buffer[n..];
                at += n as u64;
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// How many results [`Report::stored_chunks`] gives at a time: about a megabyte of records
/// read back and decoded on the pool, while the chunk before is written out.
const CHUNK: usize = 1024;

impl Report {
    /// Sets aside the results of `self.results[range]` (the last documents', acceptance done)
    /// when this report keeps only conflicts; otherwise leaves them in place.
    pub fn spill(&mut self, range: Range<usize>) {
        let Some(spill) = &mut self.spill else {
            return;
        };
        let Some(results) = self.results.get(range.clone()).filter(|r| !r.is_empty()) else {
            return;
        };
        if spill.push(results).is_ok() {
            self.results.drain(range);
            return;
        }
        if let Err(error) = self.take_back() {
            self.problems.push(FileProblem {
                path: "(temporary file)".to_string(),
                severity: Severity::Error,
                message: format!(
                    "cannot read back the conflicts set aside during the run ({error}); \
                     they are missing from the report: check the space left in the \
                     temporary directory (TMPDIR)"
                ),
            });
        }
    }

    /// Reads every result set aside back into memory and stops spilling.
    fn take_back(&mut self) -> io::Result<()> {
        let Some(spill) = self.spill.take() else {
            return Ok(());
        };
        let mut back = Vec::with_capacity(spill.headers.len() + self.results.len());
        for header in &spill.headers {
            back.push(spill.read(header)?);
        }
        back.append(&mut self.results);
        self.results = back;
        Ok(())
    }

    /// Starts setting results aside if `keep` asks for it: the conflicts of a large table, or
    /// every result of the JSON and CSV.
    pub(super) fn spill_if(&mut self, keep: Keep) {
        self.spill = if matches!(keep, Keep::Conflicts | Keep::AllSetAside) {
            Spill::create()
        } else {
            None
        };
    }

    /// How many results are set aside on disk (0 when the report is in memory).
    pub fn spilled(&self) -> usize {
        self.spill.as_ref().map_or(0, |s| s.headers.len())
    }

    /// Sorts the headers by claim then document (at `finish`).
    pub(super) fn sort_spilled(&mut self) {
        if let Some(Spill { headers, names, .. }) = &mut self.spill {
            headers.sort_unstable_by(|a, b| names.of(a).cmp(&names.of(b)));
        }
    }

    /// Every stored result's header, in report order after `finish`: the results in memory,
    /// or those set aside.
    pub fn stored_headers(&self) -> Box<dyn Iterator<Item = ResultHeader<'_>> + '_> {
        match &self.spill {
            Some(spill) => Box::new(spill.headers.iter().map(|h| {
                let (claim, document) = spill.names.of(h);
                ResultHeader {
                    claim,
                    document,
                    verdict: h.verdict,
                    accepted: h.accepted,
                    hedged: h.hedged,
                }
            })),
            None => Box::new(self.results.iter().map(|r| ResultHeader {
                claim: &r.claim,
                document: &r.document,
                verdict: r.verdict,
                accepted: r.accepted,
                hedged: r.hedged,
            })),
        }
    }

    /// Every stored (non-absent) result in report order after `finish`, a chunk at a time,
    /// from memory or read back from the temporary file (the only way to fail). Records set
    /// aside are read and decoded in parallel, a chunk at a time, so that a large table's
    /// read-back is not one thread's work while the others wait.
    pub fn stored_chunks(
        &self,
    ) -> Box<dyn Iterator<Item = io::Result<Vec<Cow<'_, ResultEntry>>>> + '_> {
        match &self.spill {
            Some(spill) => Box::new(spill.headers.chunks(CHUNK).map(|headers| {
                headers
                    .par_iter()
                    .map(|header| spill.read(header).map(Cow::Owned))
                    .collect()
            })),
            None => Box::new(
                self.results
                    .chunks(CHUNK)
                    .map(|chunk| Ok(chunk.iter().map(Cow::Borrowed).collect())),
            ),
        }
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::accept::{Acceptance, AcceptedBy};
    use crate::claims::Claims;
    use crate::corpus::Document;
    use crate::verdict::Checker;
    use std::path::Path;

    const CLAIMS: &str = "[[claim]]\nid = \"drone-count\"\nsubject = \"drones\"\nvalue = \"31\"\n\n\
        [[claim]]\nid = \"deal-value\"\nsubject = \"deal\"\nvalue = \"$3 billion\"\n";

    /// `documents` added to `report` (made for `claims`) as `check_with` adds them: each one's
    /// results pushed, the conflicts of every third document accepted, then set aside
    /// `per_batch` documents at a time (when the report spills); then finished.
    pub(in crate::report) fn added_as_check_does(
        mut report: Report,
        claims: &Claims,
        documents: Vec<Document>,
        per_batch: usize,
    ) -> Report {
        let checker = Checker::new(&claims.claims).unwrap();
        let count = documents.len();
        let mut batch = 0;
        for (i, document) in documents.into_iter().enumerate() {
            let range = report.add_document(&document, &checker.check(&document.text));
            report.accept(range, |_, _| {
                (i % 3 == 0).then_some(Acceptance {
                    by: AcceptedBy::Baseline,
                    reason: None,
                })
            });
            if i % per_batch == per_batch - 1 || i + 1 == count {
                report.spill(batch..report.results.len());
                batch = report.results.len();
            }
        }
        report.finish();
        report
    }

    /// `documents` documents keeping conflicts only, set aside five at a time (or, without
    /// `spill`, kept in memory).
    fn report(spill: bool, documents: usize) -> Report {
        let claims = Claims::parse(Path::new("claims.toml"), CLAIMS).unwrap();
        let mut report = Report::new(&claims.claims).keeping(Keep::Conflicts);
        if !spill {
            report.spill = None;
        }
        let documents = (0..documents)
            .map(|i| Document::plain(
                format!("news/{:04}.md", documents - 1 - i),
                format!(
                    "India will buy {} drones.\n\nThe deal is worth ${} billion. Drones again: {}.",
                    29 + i % 4,
                    2 + i % 3,
                    30 + i % 2
                ),
            ))
            .collect();
        added_as_check_does(report, &claims, documents, 5)
    }

    fn stored_json(report: &Report) -> Vec<String> {
        report
            .stored_chunks()
            .flat_map(|chunk| chunk.unwrap())
            .map(|r| serde_json::to_string(r.as_ref()).unwrap())
            .collect()
    }

    #[test]
    fn results_set_aside_read_back_as_they_were_in_report_order() {
        let (on_disk, in_memory) = (report(true, 12), report(false, 12));
        assert!(on_disk.results.is_empty());
        assert_eq!(on_disk.spilled(), in_memory.results.len());
        assert!(on_disk.spilled() > 12, "{}", on_disk.spilled());
        assert_eq!(stored_json(&on_disk), stored_json(&in_memory));
        let order: Vec<(&str, &str)> = on_disk
            .stored_headers()
            .map(|h| (h.claim, h.document))
            .collect();
        let mut sorted = order.clone();
        sorted.sort_unstable();
        assert_eq!(order, sorted);
        assert_eq!(order.first(), Some(&("deal-value", "news/0000.md")));
        assert_eq!(on_disk.summary, in_memory.summary);
        assert!(on_disk.summary.accepted > 0 && on_disk.summary.accepted < on_disk.spilled());
        let options = super::super::table::TableOptions {
            width: 40,
            color: false,
            by_document: false,
        };
        let table = super::super::table::render(&on_disk, options);
        assert_eq!(table, super::super::table::render(&in_memory, options));
        assert!(table.contains("(accepted)"), "{table}");
    }

    /// Past one chunk, records read back in parallel still come in report order, chunk after
    /// chunk.
    #[test]
    fn many_chunks_read_back_in_report_order() {
        let (on_disk, in_memory) = (report(true, 2000), report(false, 2000));
        assert!(on_disk.spilled() > 2 * CHUNK, "{}", on_disk.spilled());
        let sizes: Vec<usize> = on_disk.stored_chunks().map(|c| c.unwrap().len()).collect();
        assert!(sizes.len() > 2 && sizes[..sizes.len() - 1].iter().all(|&n| n == CHUNK));
        assert_eq!(stored_json(&on_disk), stored_json(&in_memory));
        assert_eq!(on_disk.summary, in_memory.summary);
    }

    #[test]
    fn a_failed_write_brings_what_was_set_aside_back_into_memory() {
        let claims = Claims::parse(Path::new("claims.toml"), CLAIMS).unwrap();
        let checker = Checker::new(&claims.claims).unwrap();
        let mut report = Report::new(&claims.claims).keeping(Keep::Conflicts);
        let named = tempfile::NamedTempFile::new().unwrap();
        report.spill.as_mut().unwrap().file = named.reopen().unwrap();
        let add = |report: &mut Report, text: &str, path: &str| {
            let document = Document::plain(path.to_string(), text.to_string());
            let range = report.add_document(&document, &checker.check(&document.text));
            report.spill(range);
        };
        add(&mut report, "India will buy 30 drones.", "a.md");
        assert_eq!((report.spilled(), report.results.len()), (1, 0));
        // From now on the file can only be read, as when the disk is full.
        report.spill.as_mut().unwrap().file = std::fs::File::open(named.path()).unwrap();
        add(&mut report, "The deal is worth $2 billion.", "b.md");
        assert_eq!((report.spilled(), report.results.len()), (0, 2));
        assert!(report.problems.is_empty());
        add(&mut report, "India will buy 29 drones.", "c.md");
        report.finish();
        let found: Vec<(&str, &str)> = report
            .results
            .iter()
            .map(|r| (&*r.claim, r.evidence[0].value.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("deal-value", "$2 billion"),
                ("drone-count", "30"),
                ("drone-count", "29")
            ]
        );
    }
}
