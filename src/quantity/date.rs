//! Calendar dates: "November 10, 2023", "Friday, November 10th", "10 November 2023",
//! "Tuesday, 24 October 2023", "April 2022", "Nov. 10", "18.11.2023", "2023-11-10",
//! "between 10 and 15 April", "10-15 April", "April 10-15".
//!
//! Contract: [`read_date`] reads the date starting at a token (a leading weekday is part of the
//! span) and returns the date range and the token after it. Days are validated against the month
//! (no April 31; February 29 only in leap years when the year is known). A slashed date whose
//! day/month order cannot be told ("10/11/2023") is not read at all: no date beats a wrong one.

use super::number_words::is_ordinal_suffix;
use super::token::{LowerWord, Token, TokenKind, touching};
use super::{DateRange, PartialDate};

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month a word names: full names and the usual abbreviations ("Sept", "Nov").
pub(crate) fn month_number(word: &str) -> Option<u8> {
    let lower = LowerWord::new(word)?;
    let lower = lower.as_str();
    if let Some(i) = MONTHS.iter().position(|m| *m == lower) {
        return Some(i as u8 + 1);
    }
    let abbrev = match lower {
        "sept" => "sep",
        other if other.len() == 3 => other,
        _ => return None,
    };
    MONTHS
        .iter()
        .position(|m| m.starts_with(abbrev))
        .map(|i| i as u8 + 1)
}

/// Every word [`month_number`] reads, lowercase: the names, their first three letters and
/// "sept".
pub(crate) fn month_words() -> impl Iterator<Item = &'static str> {
    MONTHS
        .iter()
        .flat_map(|m| [*m, m.get(..3).unwrap_or(m)])
        .chain(["sept"])
}

/// A month word usable in a date: "May" and "March" (and abbreviations) must be capitalised,
/// so "may 10 people" is not a date.
fn month_at(toks: &[Token], i: usize) -> Option<(u8, usize)> {
    // a month holds a value (`Token::value`): most words are turned away by that flag
    let t = toks
        .get(i)
        .filter(|t| t.kind == TokenKind::Word && t.value)?;
    let m = month_number(t.text)?;
    let full = MONTHS.iter().any(|name| t.text.eq_ignore_ascii_case(name));
    let ambiguous = matches!(m, 3 | 5) || !full;
    if ambiguous && !t.is_capitalized() {
        return None;
    }
    let dot = !full
        && toks
            .get(i + 1)
            .is_some_and(|d| d.is_symbol('.') && touching(t, d));
    Some((m, i + 1 + usize::from(dot)))
}

fn is_weekday(t: &Token) -> bool {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    t.is_capitalized() && DAYS.iter().any(|d| t.text.eq_ignore_ascii_case(d))
}

pub(crate) fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in `month`; February has 29 when the year is unknown.
fn days_in_month(month: u8, year: Option<i32>) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !is_leap(y) => 28,
            _ => 29,
        },
        _ => 31,
    }
}

fn valid(d: PartialDate) -> bool {
    match (d.month, d.day) {
        (Some(m), Some(day)) => {
            (1..=12).contains(&m) && day >= 1 && day <= days_in_month(m, d.year)
        }
        (Some(m), None) => (1..=12).contains(&m),
        _ => d.year.is_some(),
    }
}

/// A 1–2 digit day at `i` with an optional ordinal suffix ("10", "10th"): day and next token.
fn day_at(toks: &[Token], i: usize) -> Option<(u8, usize)> {
    let t = toks
        .get(i)
        .filter(|t| t.kind == TokenKind::Number && t.text.len() <= 2)?;
    let day: u8 = t.text.parse().ok()?;
    let suffix = toks
        .get(i + 1)
        .is_some_and(|s| touching(t, s) && is_ordinal_suffix(s.text));
    let next = i + 1 + usize::from(suffix);
    // a glued letter other than an ordinal suffix makes it something else ("10am")
    if !suffix
        && toks
            .get(i + 1)
            .is_some_and(|s| touching(t, s) && s.kind == TokenKind::Word)
    {
        return None;
    }
    Some((day, next))
}

/// A four-digit year 1000–2999 at `i`, optionally after a comma: year and next token.
fn year_at(toks: &[Token], i: usize) -> Option<(i32, usize)> {
    let comma = toks.get(i).is_some_and(|c| c.is_symbol(','));
    let k = i + usize::from(comma);
    let t = toks
        .get(k)
        .filter(|t| t.kind == TokenKind::Number && t.text.len() == 4)?;
    let year: i32 = t.text.parse().ok()?;
    let glued = toks
        .get(k + 1)
        .is_some_and(|n| touching(t, n) && n.kind == TokenKind::Word);
    ((1000..3000).contains(&year) && !glued).then_some((year, k + 1))
}

fn single(year: Option<i32>, month: u8, day: Option<u8>) -> DateRange {
    let d = PartialDate {
        year,
        month: Some(month),
        day,
    };
    DateRange { from: d, to: d }
}

/// The date starting at token `i`: its range and the token after it.
pub(crate) fn read_date(toks: &[Token], i: usize) -> Option<(DateRange, usize)> {
    let t = toks.get(i)?;
    if is_weekday(t) {
        let k = i + 1 + usize::from(toks.get(i + 1).is_some_and(|c| c.is_symbol(',')));
        return read_plain_date(toks, k);
    }
    if t.is_word("between") {
        // "between 10 and 15 April"
        let (a, j) = day_at(toks, i + 1)?;
        let (b, k) = toks
            .get(j)
            .filter(|w| w.is_word("and"))
            .and_then(|_| day_at(toks, j + 1))?;
        let (m, end) = month_at(toks, k)?;
        return day_range(toks, a, b, m, end);
    }
    read_plain_date(toks, i)
}

fn read_plain_date(toks: &[Token], i: usize) -> Option<(DateRange, usize)> {
    let t = toks.get(i)?;
    if t.kind == TokenKind::Code {
        return numeric_date(t.text)
            .filter(|d| valid(d.from))
            .map(|d| (d, i + 1));
    }
    if let Some(found) = iso_date(toks, i) {
        return Some(found);
    }
    if let Some((m, j)) = month_at(toks, i) {
        if let Some((day, k)) = day_at(toks, j) {
            // "April 10-15"
            if let Some((b, end)) = toks
                .get(k)
                .filter(|d| d.is_dash())
                .and_then(|_| day_at(toks, k + 1))
            {
                return day_range(toks, day, b, m, end);
            }
            // "November 10, 2023" — but not "April 6 2021 drones"? a year must follow a comma
            // or directly; a later "of" etc. leaves it partial
            let (year, end) = year_at(toks, k).map_or((None, k), |(y, e)| (Some(y), e));
            let d = single(year, m, Some(day));
            return valid(d.from).then_some((d, end));
        }
        return match year_at(toks, j) {
            Some((year, end)) => Some((single(Some(year), m, None), end)),
            None => placed_month(toks, i, j).then(|| (single(None, m, None), j)),
        };
    }
    let (day, j) = day_at(toks, i)?;
    // "10 November 2023", "10th of November", "10-15 April", "10 to 15 April"
    if let Some(w) = toks.get(j)
        && (w.is_dash() || w.is_word("to"))
        && let Some((b, k)) = day_at(toks, j + 1)
        && let Some((m, end)) = month_at(toks, k)
    {
        return day_range(toks, day, b, m, end);
    }
    let j = j + usize::from(toks.get(j).is_some_and(|w| w.is_word("of")));
    let (m, k) = month_at(toks, j)?;
    let (year, end) = year_at(toks, k).map_or((None, k), |(y, e)| (Some(y), e));
    let d = single(year, m, Some(day));
    valid(d.from).then_some((d, end))
}

/// Words that place a time: after one, a month named alone is a date ("in March", "since
/// July", "late September", "mid-April"). Not "by" or "from": "called by May", "a letter from
/// May" name a person as often as a time.
const MONTH_PLACERS: &[&str] = &[
    "in", "since", "until", "till", "during", "early", "late", "mid",
];

/// Whether the month at token `i` (ending before token `end`), with neither day nor year, is a
/// date: placed by a word before it ("in March", "late March", "mid-April"), and not a name's
/// possessive ("in May's cabinet"). A month alone is otherwise a name or a verb as often as a
/// time ("Theresa May", "March on Washington"), and no date beats a wrong one.
fn placed_month(toks: &[Token], i: usize, end: usize) -> bool {
    let before = i.checked_sub(1).and_then(|p| toks.get(p));
    let placer = |t: &Token| MONTH_PLACERS.iter().any(|w| t.is_word(w));
    let placed = match before {
        // "mid-April"
        Some(d) if d.is_dash() => i
            .checked_sub(2)
            .and_then(|p| toks.get(p))
            .is_some_and(|m| m.is_word("mid") && touching(m, d)),
        Some(t) => placer(t),
        None => false,
    };
    let possessive = toks
        .get(end)
        .is_some_and(|t| t.is_symbol('\'') || t.is_symbol('’'));
    placed && !possessive
}

/// Days `a`..=`b` of month `m`, with an optional year after: "10-15 April 2022".
fn day_range(toks: &[Token], a: u8, b: u8, m: u8, end: usize) -> Option<(DateRange, usize)> {
    let (year, end) = year_at(toks, end).map_or((None, end), |(y, e)| (Some(y), e));
    let from = PartialDate {
        year,
        month: Some(m),
        day: Some(a),
    };
    let to = PartialDate {
        day: Some(b),
        ..from
    };
    (a < b && valid(from) && valid(to)).then_some((DateRange { from, to }, end))
}

/// "2023-11-10": a year, month and day joined by hyphens, all touching.
fn iso_date(toks: &[Token], i: usize) -> Option<(DateRange, usize)> {
    let Some([y, d1, m, d2, d]) = toks.get(i..i + 5) else {
        return None;
    };
    let joined = d1.is_dash()
        && d2.is_dash()
        && touching(y, d1)
        && touching(d1, m)
        && touching(m, d2)
        && touching(d2, d);
    if !joined || y.text.len() != 4 || m.text.len() > 2 || d.text.len() > 2 {
        return None;
    }
    let date = PartialDate {
        year: y.text.parse().ok(),
        month: m.text.parse().ok(),
        day: d.text.parse().ok(),
    };
    valid(date).then_some((
        DateRange {
            from: date,
            to: date,
        },
        i + 5,
    ))
}

/// "18.11.2023" (day first, as dotted dates are written), "5/17/2018" (only when the order is
/// clear from a part above 12, or both parts are equal).
fn numeric_date(text: &str) -> Option<DateRange> {
    let dotted = text.contains('.');
    let sep = if dotted { '.' } else { '/' };
    let parts: Vec<&str> = text.split(sep).collect();
    let [a, b, y] = parts.as_slice() else {
        return None;
    };
    if a.len() > 2 || b.len() > 2 || y.len() != 4 || text.contains(':') {
        return None;
    }
    let (a, b, year): (u8, u8, i32) = (a.parse().ok()?, b.parse().ok()?, y.parse().ok()?);
    let (day, month) = if dotted || (a > 12 && b <= 12) {
        (a, b)
    } else if b > 12 && a <= 12 || a == b {
        (b, a)
    } else {
        return None;
    };
    let d = PartialDate {
        year: Some(year),
        month: Some(month),
        day: Some(day),
    };
    Some(DateRange { from: d, to: d })
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize;
    use super::*;

    fn pd(year: Option<i32>, month: u8, day: Option<u8>) -> PartialDate {
        PartialDate {
            year,
            month: Some(month),
            day,
        }
    }

    #[test]
    fn reads_dates_table() {
        let cases: &[(&str, Option<(PartialDate, PartialDate)>)] = &[
            (
                "November 10, 2023",
                Some((pd(Some(2023), 11, Some(10)), pd(Some(2023), 11, Some(10)))),
            ),
            (
                "Friday, November 10th",
                Some((pd(None, 11, Some(10)), pd(None, 11, Some(10)))),
            ),
            (
                "10 November 2023",
                Some((pd(Some(2023), 11, Some(10)), pd(Some(2023), 11, Some(10)))),
            ),
            (
                "Tuesday, 24 October 2023",
                Some((pd(Some(2023), 10, Some(24)), pd(Some(2023), 10, Some(24)))),
            ),
            (
                "April 2022",
                Some((pd(Some(2022), 4, None), pd(Some(2022), 4, None))),
            ),
            (
                "April 6, 2021",
                Some((pd(Some(2021), 4, Some(6)), pd(Some(2021), 4, Some(6)))),
            ),
            (
                "Nov. 10",
                Some((pd(None, 11, Some(10)), pd(None, 11, Some(10)))),
            ),
            (
                "18.11.2023",
                Some((pd(Some(2023), 11, Some(18)), pd(Some(2023), 11, Some(18)))),
            ),
            (
                "5/17/2018",
                Some((pd(Some(2018), 5, Some(17)), pd(Some(2018), 5, Some(17)))),
            ),
            (
                "2023-11-10",
                Some((pd(Some(2023), 11, Some(10)), pd(Some(2023), 11, Some(10)))),
            ),
            (
                "between 10 and 15 April",
                Some((pd(None, 4, Some(10)), pd(None, 4, Some(15)))),
            ),
            (
                "10-15 April",
                Some((pd(None, 4, Some(10)), pd(None, 4, Some(15)))),
            ),
            (
                "April 10-15",
                Some((pd(None, 4, Some(10)), pd(None, 4, Some(15)))),
            ),
            (
                "October 7",
                Some((pd(None, 10, Some(7)), pd(None, 10, Some(7)))),
            ),
            (
                "February 29, 2024",
                Some((pd(Some(2024), 2, Some(29)), pd(Some(2024), 2, Some(29)))),
            ),
            ("10/11/2023", None),
            ("April 31", None),
            ("February 29, 2023", None),
            ("31.04.2023", None),
            ("may 10 people", None),
            ("Friday", None),
            ("10 drones", None),
        ];
        for (text, want) in cases {
            let got = read_date(&tokenize(text), 0).map(|(d, _)| (d.from, d.to));
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn a_month_alone_is_a_date_only_when_a_word_places_it() {
        type Read = Option<(PartialDate, PartialDate)>;
        let month = |m| Some((pd(None, m, None), pd(None, m, None)));
        let cases: &[(&str, usize, Read)] = &[
            ("in March", 1, month(3)),
            ("since July", 1, month(7)),
            ("following its collapse in late March", 5, month(3)),
            ("talks resume in mid-April", 5, month(4)),
            ("until Dec.", 1, month(12)),
            ("Theresa May said", 1, None),
            ("a role in May's cabinet", 3, None),
            ("the March on Washington", 1, None),
            ("April showers", 0, None),
        ];
        for (text, at, want) in cases {
            let got = read_date(&tokenize(text), *at).map(|(d, _)| (d.from, d.to));
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn month_names_table() {
        for (word, want) in [
            ("Sept", Some(9)),
            ("nov", Some(11)),
            ("December", Some(12)),
            ("Mon", None),
            ("the", None),
        ] {
            assert_eq!(month_number(word), want, "{word}");
        }
    }
}
