//! When a document was written, and how that is known: a `--dates` file, metadata the document
//! carries, a dateline in its first lines, or a date in its file name, in that order.

use super::Period;
use super::dateline::dateline;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Where a document's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateSource {
    /// `--dates FILE`, a CSV of `path,date` (a CMS export): it wins over what the document says.
    DatesFile,
    /// A Markdown document's front matter `date`.
    FrontMatter,
    /// An HTML document's `article:published_time`, `date` meta or `<time datetime>`.
    HtmlMeta,
    /// A dateline in the first lines ("Published: 12 March 2020").
    Dateline,
    /// A date in the file name ("2020-02-02-…", "…_2022-04.txt").
    FileName,
}

impl DateSource {
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::DatesFile => "dates-file",
            DateSource::FrontMatter => "front-matter",
            DateSource::HtmlMeta => "html-meta",
            DateSource::Dateline => "dateline",
            DateSource::FileName => "file-name",
        }
    }
}

/// A document's date and where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocumentDate {
    pub period: Period,
    pub source: DateSource,
}

/// The dates of a `--dates` file, by document path.
#[derive(Debug, Clone, Default)]
pub struct DatesFile {
    by_path: HashMap<String, Period>,
}

/// Why a `--dates` file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum DatesError {
    #[error("cannot read dates file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{path}:{line}: {message}; each line is `path,date` with the date as 2023-11-10, 2023-11 or 2023"
    )]
    Invalid {
        path: PathBuf,
        line: u64,
        message: String,
    },
}

impl DatesFile {
    /// Reads a CSV of `path,date` rows (a header row `path,date` is allowed). Every row must
    /// parse: a wrong date would silently judge a document at the wrong time.
    pub fn load(path: &Path) -> Result<DatesFile, DatesError> {
        let text = std::fs::read_to_string(path).map_err(|source| DatesError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        DatesFile::parse(path, &text)
    }

    pub fn parse(path: &Path, text: &str) -> Result<DatesFile, DatesError> {
        let invalid = |line: u64, message: String| DatesError::Invalid {
            path: path.to_path_buf(),
            line,
            message,
        };
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(text.as_bytes());
        let mut by_path = HashMap::new();
        for (i, row) in reader.records().enumerate() {
            let line = row
                .as_ref()
                .ok()
                .and_then(|r| r.position())
                .map_or(i as u64 + 1, |p| p.line());
            let row = row.map_err(|e| invalid(line, e.to_string()))?;
            let fields: Vec<&str> = row.iter().collect();
            match fields.as_slice() {
                [] | [""] => continue,
                ["path", "date"] if i == 0 => continue,
                [document, date] => {
                    let period = Period::parse(date)
                        .ok_or_else(|| invalid(line, format!("`{date}` is not a date")))?;
                    by_path.insert(normalise(document), period);
                }
                _ => {
                    return Err(invalid(
                        line,
                        format!("expected 2 fields, found {}", fields.len()),
                    ));
                }
            }
        }
        Ok(DatesFile { by_path })
    }

    /// The date given for a document's path (as reported, or with `./` dropped).
    pub fn get(&self, path: &str) -> Option<Period> {
        self.by_path.get(&normalise(path)).copied()
    }
}

fn normalise(path: &str) -> String {
    let path = path.replace('\\', "/");
    path.strip_prefix("./").unwrap_or(&path).to_string()
}

/// Dates a document: the `dates` file first, then `metadata` (a date the document's reader
/// found, with its source), the dateline in its first lines, then its file name. Reads at most
/// the first few KB of `text`.
pub fn date_document(
    path: &str,
    text: &str,
    dates: Option<&DatesFile>,
    metadata: Option<DocumentDate>,
) -> Option<DocumentDate> {
    let found = |period: Period, source| DocumentDate { period, source };
    if let Some(period) = dates.and_then(|d| d.get(path)) {
        return Some(found(period, DateSource::DatesFile));
    }
    if metadata.is_some() {
        return metadata;
    }
    if let Some((period, _)) = dateline(text) {
        return Some(found(period, DateSource::Dateline));
    }
    file_name_date(path).map(|period| found(period, DateSource::FileName))
}

/// The date a document's reader found in its metadata (front matter `date`, an HTML
/// `article:published_time` or `date` meta): ISO 8601 ("2023-11-10", "2023-11-10T08:00:00Z")
/// or as an article writes one ("Nov 10, 2023"). Its source follows the file's type.
pub fn metadata_date(path: &str, written: &str) -> Option<DocumentDate> {
    let written = written.trim();
    let iso = written
        .get(..10)
        .filter(|_| written.len() > 10 && written.as_bytes()[10] == b'T');
    let period = Period::parse(iso.unwrap_or(written)).or_else(|| {
        let q = crate::quantity::parse_value(written)?;
        q.date.and_then(|d| Period::from_partial(d.from))
    })?;
    let lower = path.to_ascii_lowercase();
    let source = if lower.ends_with(".html") || lower.ends_with(".htm") {
        DateSource::HtmlMeta
    } else {
        DateSource::FrontMatter
    };
    Some(DocumentDate { period, source })
}

/// A date in a file's name: "2020-02-02-…" (a day), "…_2022-04.txt" (a month),
/// "…_2021.txt" (a year): digits of a year from 1900 to 2099, apart from other digits.
pub fn file_name_date(path: &str) -> Option<Period> {
    let name = path.rsplit(['/', '\\']).next()?;
    let bytes = name.as_bytes();
    let digits = |at: usize, len: usize| -> Option<u32> {
        let s = name.get(at..at + len)?;
        s.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| s.parse().ok())
            .flatten()
    };
    let apart = |at: usize| at == 0 || !bytes[at - 1].is_ascii_digit();
    let ends = |at: usize| bytes.get(at).is_none_or(|b| !b.is_ascii_digit());
    let sep = |at: usize| {
        bytes
            .get(at)
            .is_some_and(|b| matches!(b, b'-' | b'_' | b'.'))
    };
    for at in 0..bytes.len() {
        let Some(year) = digits(at, 4).filter(|y| (1900..2100).contains(y)) else {
            continue;
        };
        if !apart(at) {
            continue;
        }
        let year = year as i32;
        let month = sep(at + 4).then(|| digits(at + 5, 2)).flatten();
        let day = month.and_then(|_| sep(at + 7).then(|| digits(at + 8, 2)).flatten());
        match (month, day) {
            (Some(m), Some(d)) if ends(at + 10) => {
                if let Some(p) = Period::day(year, m as u8, d as u8) {
                    return Some(p);
                }
            }
            (Some(m), _) if ends(at + 7) => {
                if let Some(p) = Period::month(year, m as u8) {
                    return Some(p);
                }
            }
            _ if ends(at + 4) => return Period::year(year),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_give_a_day_a_month_or_a_year() {
        let date = |p: &str| file_name_date(p).map(|d| d.to_string());
        assert_eq!(
            date("corpus/2020-02-02-budget.md").as_deref(),
            Some("2020-02-02")
        );
        assert_eq!(date("corpus/wsws_2022-04.txt").as_deref(), Some("2022-04"));
        assert_eq!(
            date("corpus/world-politics-review_2021.txt").as_deref(),
            Some("2021")
        );
        assert_eq!(date("corpus/report-12345.txt"), None);
        assert_eq!(date("corpus/a320-order.txt"), None);
        assert_eq!(date("2019-dir/notes.txt"), None);
    }

    #[test]
    fn the_dates_file_wins_and_rejects_a_bad_row_with_its_line() {
        let dates = DatesFile::parse(
            Path::new("dates.csv"),
            "path,date\ncorpus/a.txt,2021-05-01\n./corpus/b.txt, 2020\n",
        )
        .expect("a valid file");
        let dated = date_document(
            "corpus/a.txt",
            "Published: 12 March 2020\n",
            Some(&dates),
            None,
        )
        .expect("a date");
        assert_eq!(
            (dated.period.to_string().as_str(), dated.source),
            ("2021-05-01", DateSource::DatesFile)
        );
        assert_eq!(
            dates.get("corpus/b.txt").map(|p| p.to_string()).as_deref(),
            Some("2020")
        );
        let error = DatesFile::parse(
            Path::new("dates.csv"),
            "corpus/a.txt,2021-05-01\ncorpus/b.txt,May 2021\n",
        )
        .expect_err("a bad date");
        assert_eq!(
            error.to_string(),
            "dates.csv:2: `May 2021` is not a date; each line is `path,date` with the date as 2023-11-10, 2023-11 or 2023"
        );
    }

    #[test]
    fn a_dateline_comes_before_the_file_name() {
        let dated = date_document(
            "corpus/x_2019.txt",
            "Updated Nov 10, 2023\nText.\n",
            None,
            None,
        )
        .expect("a date");
        assert_eq!(dated.source, DateSource::Dateline);
        let dated =
            date_document("corpus/x_2019.txt", "No date here.\n", None, None).expect("a date");
        assert_eq!(
            (dated.period.to_string().as_str(), dated.source),
            ("2019", DateSource::FileName)
        );
    }
}
