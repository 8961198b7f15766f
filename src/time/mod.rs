//! Time: when a claim became true (`as_of`) and when a document was written.
//!
//! An archive holds years of articles: the April 2022 article that quotes the 30 drones
//! planned then was true on its day. A claim that holds from a date, and a document (or a
//! sentence) placed before it, give the verdict `outdated` instead of a conflict. Dates are
//! periods as precise as written ("2023" is the whole year): a document predates a claim only
//! when its last possible day is before the claim's first.

mod dateline;
mod document;
mod earlier;
mod relative;

use jiff::civil::Date;
use std::fmt;

pub use document::{DateSource, DatesError, DatesFile, DocumentDate, date_document, metadata_date};
pub use earlier::placed_before;
pub use relative::relative_times;

/// How precisely a period was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A day, a month or a year: the days from `first` to `last`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    pub first: Date,
    pub last: Date,
    pub precision: Precision,
}

impl Period {
    pub fn year(year: i32) -> Option<Period> {
        let year = i16::try_from(year).ok()?;
        Some(Period {
            first: Date::new(year, 1, 1).ok()?,
            last: Date::new(year, 12, 31).ok()?,
            precision: Precision::Year,
        })
    }

    pub fn month(year: i32, month: u8) -> Option<Period> {
        let first = Date::new(i16::try_from(year).ok()?, i8::try_from(month).ok()?, 1).ok()?;
        Some(Period {
            first,
            last: first.last_of_month(),
            precision: Precision::Month,
        })
    }

    pub fn day(year: i32, month: u8, day: u8) -> Option<Period> {
        let date = Date::new(
            i16::try_from(year).ok()?,
            i8::try_from(month).ok()?,
            i8::try_from(day).ok()?,
        )
        .ok()?;
        Some(Period {
            first: date,
            last: date,
            precision: Precision::Day,
        })
    }

    /// "2023-11-10", "2023-11" or "2023" (ISO 8601 calendar dates, as precise as given);
    /// `None` for anything else, an impossible date ("2023-02-30") included.
    pub fn parse(text: &str) -> Option<Period> {
        let parts: Vec<&str> = text.trim().split('-').collect();
        let number = |s: &str, len: usize| {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<i32>().ok())
                .flatten()
        };
        match parts.as_slice() {
            [y] => Period::year(number(y, 4)?),
            [y, m] => Period::month(number(y, 4)?, u8::try_from(number(m, 2)?).ok()?),
            [y, m, d] => Period::day(
                number(y, 4)?,
                u8::try_from(number(m, 2)?).ok()?,
                u8::try_from(number(d, 2)?).ok()?,
            ),
            _ => None,
        }
    }

    /// A date as the extractor read it, when it has at least a year.
    pub fn from_partial(date: crate::quantity::PartialDate) -> Option<Period> {
        let year = date.year?;
        match (date.month, date.day) {
            (Some(m), Some(d)) => Period::day(year, m, d),
            (Some(m), None) => Period::month(year, m),
            _ => Period::year(year),
        }
    }

    /// Every day of this period is before every day of `other`.
    pub fn before(&self, other: &Period) -> bool {
        self.last < other.first
    }

    /// The same period a number of years earlier ("last year" from a 2024 document).
    pub fn years_earlier(&self, years: i16) -> Option<Period> {
        let shift = |d: Date| Date::new(d.year().checked_sub(years)?, d.month(), 1).ok();
        let first = shift(self.first)?;
        match self.precision {
            Precision::Year => Period::year(i32::from(first.year())),
            Precision::Month | Precision::Day => {
                Period::month(i32::from(first.year()), u8::try_from(first.month()).ok()?)
            }
        }
    }
}

/// ISO 8601, as precise as the period: "2023-11-10", "2023-11", "2023".
impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let d = self.first;
        match self.precision {
            Precision::Year => write!(f, "{:04}", d.year()),
            Precision::Month => write!(f, "{:04}-{:02}", d.year(), d.month()),
            Precision::Day => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        }
    }
}

/// "a", "one", "two" … "ten", or digits: how many years ("two years ago") a relative time
/// counts back.
fn count(word: &str) -> Option<i32> {
    const WORDS: &[&str] = &[
        "a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    if word == "one" {
        return Some(1);
    }
    WORDS
        .iter()
        .position(|w| *w == word)
        .and_then(|i| i32::try_from(i + 1).ok())
        .or_else(|| word.parse().ok())
}

/// Today (UTC): the date an undated document is judged at.
pub fn today() -> Period {
    let date = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date();
    Period {
        first: date,
        last: date,
        precision: Precision::Day,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_parse_as_precisely_as_written() {
        assert_eq!(
            Period::parse("2023-11-10").map(|p| p.to_string()),
            Some("2023-11-10".into())
        );
        assert_eq!(Period::parse("2023-11").map(|p| p.last.day()), Some(30));
        assert_eq!(Period::parse("2024-02").map(|p| p.last.day()), Some(29));
        assert_eq!(
            Period::parse("2023").map(|p| p.precision),
            Some(Precision::Year)
        );
        for bad in [
            "2023-02-30",
            "2023-13",
            "23-11-10",
            "2023/11/10",
            "November 2023",
            "",
        ] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_period_is_before_another_only_when_all_its_days_are() {
        let april = Period::parse("2022-04").expect("a month");
        assert!(april.before(&Period::parse("2023-11-10").expect("a day")));
        assert!(!april.before(&Period::parse("2022-04-15").expect("a day")));
        assert!(
            !Period::parse("2023")
                .expect("a year")
                .before(&Period::parse("2023-11").expect("a month"))
        );
        assert_eq!(
            april.years_earlier(1).map(|p| p.to_string()),
            Some("2021-04".into())
        );
    }
}
