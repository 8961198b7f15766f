//! A dateline in the first lines of a document: "Published: 12 March 2020", "Updated Nov 10,
//! 2023", "NEW DELHI, Nov 10, 2023 (Reuters) -", "By siliconindia | Tuesday, 24 October 2023",
//! "18.11.2023 Author: Anvar Azimov".
//!
//! Only the first lines are read (a few KB at most): a date in the body is what the article
//! reports, not when it was written. A line is a dateline when a date with its year stands on
//! it with a publishing cue (published, updated, a news agency, a time zone), or nearly alone
//! (a few words besides), or before the dash or parenthesis that ends a wire dateline.

use super::Period;
use crate::quantity::{self, QuantityKind};

/// How many lines, and bytes, are read for a dateline.
const LINES: usize = 8;
const BYTES: usize = 4096;

/// Words that say a line carries the publication date.
const CUES: &[&str] = &[
    "published",
    "updated",
    "posted",
    "dated",
    "date",
    "modified",
    "reuters",
    "ap",
    "afp",
    "pti",
    "ians",
    "ani",
    "bloomberg",
    "ist",
    "gmt",
    "utc",
    "edt",
    "est",
    "bst",
    "cet",
    "am",
    "pm",
];

/// The publication date a dateline in the first lines of `text` gives, with the byte offset of
/// the date.
pub fn dateline(text: &str) -> Option<(Period, usize)> {
    let mut end = text.len().min(BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let mut offset = 0;
    for line in head.split_inclusive('\n').take(LINES) {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.len() > 300 || !worth_reading(trimmed) {
            continue;
        }
        for q in quantity::extract(line) {
            if q.kind != QuantityKind::Date {
                continue;
            }
            let Some(period) = q.date.and_then(|d| super::Period::from_partial(d.from)) else {
                continue;
            };
            if q.date.is_some_and(|d| d.from.month.is_none()) {
                continue;
            }
            let after = line.get(q.span.end..).unwrap_or("").trim_start();
            let wire = after.starts_with(['-', '—', '–', '(']);
            let others = words(line)
                .filter(|w| !q.span.slice(line).contains(w))
                .count();
            if wire || others <= 4 || words(line).any(is_cue) {
                return Some((period, start + q.span.start));
            }
        }
    }
    None
}

/// A line that may be a dateline: it has a digit, and is short or has a cue or a wire dash.
/// Checked before the extractor reads it, so that a corpus of long first paragraphs is dated
/// for the cost of a byte scan.
fn worth_reading(line: &str) -> bool {
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    line.len() <= 120
        || line.contains(" - ")
        || line.contains('—')
        || words(line).take(40).any(is_cue)
}

fn words(line: &str) -> impl Iterator<Item = &str> {
    line.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

fn is_cue(word: &str) -> bool {
    CUES.iter().any(|c| c.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Option<String> {
        dateline(text).map(|(p, _)| p.to_string())
    }

    #[test]
    fn datelines_of_many_shapes_are_read() {
        assert_eq!(
            date("Published: 12 March 2020\nThe council met.").as_deref(),
            Some("2020-03-12")
        );
        assert_eq!(
            date("Headline here\nUpdated Nov 10, 2023, 4:05 pm\nText.").as_deref(),
            Some("2023-11-10")
        );
        assert_eq!(
            date(
                "NEW DELHI, Nov 10, 2023 (Reuters) - India and the United States agreed on Friday."
            )
            .as_deref(),
            Some("2023-11-10")
        );
        assert_eq!(
            date("18.11.2023 Author: Anvar Azimov\n\nText.").as_deref(),
            Some("2023-11-18")
        );
        assert_eq!(
            date("Title\n\nBy siliconindia   |   Tuesday, 24 October 2023, 02:24 IST\nText")
                .as_deref(),
            Some("2023-10-24")
        );
    }

    #[test]
    fn a_date_the_article_reports_is_no_dateline() {
        assert_eq!(
            date(
                "The dialogue took place in New Delhi on November 10, 2023, after a year of talks between the two governments.\n"
            ),
            None
        );
        // Far down the document: not read.
        let late = format!(
            "{}Published: 12 March 2020\n",
            "A line of text.\n".repeat(20)
        );
        assert_eq!(date(&late), None);
    }
}
