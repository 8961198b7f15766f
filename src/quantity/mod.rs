//! Quantities: the values a sentence states (counts, money, ordinals, percentages, years, dates,
//! measurements),
//! each with its byte span and the interval it covers for comparison.
//!
//! The grammar is ours (no crate reads "over $3 billion", "32,000 crore" or "fifth-largest" well).
//! Contract of [`extract`]:
//! - spans are byte ranges into the text given, on `char` boundaries, sorted, non-overlapping;
//! - a quantity's span covers its qualifier and currency ("more than $3 billion");
//! - numbers inside names and codes are not values ("2+2", "MQ-9B", "S-400", "F414", "G20");
//! - a figure written with a scale word or a decimal point covers its rounding interval,
//!   half-open ("$4 billion" is [3.5e9, 4.5e9)); plain integers are exact;
//! - a share of a whole is a percentage: "two out of three" and "a third of" are 66.7% and
//!   33.3%, rounded ±0.5 points; a bare fraction ("one third") stays a count;
//! - money in two parts is one value ("15 dollars and 50 cents" is 15.5 USD).
//!
//! [`numbers`] is the other view: every numeral as written, whatever its role (for scoring a
//! number recogniser, or asking which numerals a text holds).

use crate::span::Span;
pub use measure::{Dimension, Measure};
use serde::Serialize;

/// What a quantity counts. Claims use the same kinds (plus names, handled by `subject`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuantityKind {
    Count,
    Money,
    Ordinal,
    Percent,
    Year,
    Date,
    /// A figure with a unit of measurement ("2,167 km", "90 days", "-3 °C").
    Measure,
}

impl QuantityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuantityKind::Count => "count",
            QuantityKind::Money => "money",
            QuantityKind::Ordinal => "ordinal",
            QuantityKind::Percent => "percent",
            QuantityKind::Year => "year",
            QuantityKind::Date => "date",
            QuantityKind::Measure => "measure",
        }
    }
}

/// A numeric interval; `None` ends are unbounded.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Interval {
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub low_inclusive: bool,
    pub high_inclusive: bool,
}

impl Interval {
    /// The single point `x`, closed on both ends.
    pub fn exact(x: f64) -> Self {
        Interval {
            low: Some(x),
            high: Some(x),
            low_inclusive: true,
            high_inclusive: true,
        }
    }

    /// True when the two intervals share at least one point.
    pub fn overlaps(&self, other: &Interval) -> bool {
        fn below(high: Option<f64>, high_inc: bool, low: Option<f64>, low_inc: bool) -> bool {
            // true when an interval ending at `high` lies entirely below one starting at `low`
            match (high, low) {
                (Some(h), Some(l)) => h < l || (h == l && !(high_inc && low_inc)),
                _ => false,
            }
        }
        !below(
            self.high,
            self.high_inclusive,
            other.low,
            other.low_inclusive,
        ) && !below(
            other.high,
            other.high_inclusive,
            self.low,
            self.low_inclusive,
        )
    }
}

/// A calendar date, as precise as the text was: "April 2022" has no day, "November 10th" no year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct PartialDate {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// A date or a span of days ("between 10 and 15 April"): `from == to` for a single date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DateRange {
    pub from: PartialDate,
    pub to: PartialDate,
}

/// The words that turn a figure into an interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QualifierKind {
    /// over, more than, above, exceeding: (x, ∞)
    Over,
    /// at least, no less than: [x, ∞)
    AtLeast,
    /// nearly, almost, close to: just below x
    Nearly,
    /// about, around, approximately, roughly, some: either side of x
    About,
    /// up to, at most, no more than: (-∞, x]
    UpTo,
    /// less than, under, below, fewer than: (-∞, x)
    Under,
    /// between X and Y, X-Y, X to Y: [X, Y]
    Between,
    /// since 2018, from 2018: [x, ∞) for years and dates
    Since,
    /// equal to, equals, exactly: [x, x]
    Exactly,
}

/// A qualifier and where it is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Qualifier {
    pub kind: QualifierKind,
    pub span: Span,
}

/// One value stated in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// Bytes of the whole expression, qualifier and currency included.
    pub span: Span,
    pub kind: QuantityKind,
    /// The number as written, scale applied (4e9 for "$4 billion", 5 for "fifth", 2018 for a
    /// year); `None` for dates and for pure ranges ("between 10 and 15").
    pub value: Option<f64>,
    /// The interval compared for agreement (numeric kinds, years included).
    pub interval: Interval,
    /// Half the width of the figure's rounding interval as written ("$4 billion": 0.5e9), `None`
    /// for an exact figure, a range or a date. Kept beside `interval`, which a qualifier may
    /// have made one-sided: two open-ended figures ("50+", "100+") agree only when their bounds
    /// agree within this rounding.
    pub rounding: Option<f64>,
    /// For `Date` only.
    pub date: Option<DateRange>,
    /// ISO 4217 code for money ("USD", "INR", "GBP", "EUR"), "%" for percentages, the unit's
    /// symbol for a measurement ("km", "MW", "°C", "day"; `measure::UNITS`).
    pub unit: Option<&'static str>,
    /// For `Measure` only: the dimension and the interval in its base unit (boxed: most
    /// quantities are no measurement, and a claim's value is kept beside a name's).
    pub measure: Option<Box<Measure>>,
    pub qualifier: Option<Qualifier>,
    /// The quantity modifies the word it is hyphenated to ("fifth-largest", "30-member"), so it
    /// does not quantify a subject named elsewhere in the sentence.
    pub compound: bool,
}

impl Quantity {
    /// The date `date` written at `span`: its interval unbounded (a date is compared by its
    /// days, not as a number), no qualifier, not hyphen-joined.
    pub fn of_date(span: Span, date: DateRange) -> Self {
        Quantity {
            span,
            kind: QuantityKind::Date,
            value: None,
            interval: Interval {
                low: None,
                high: None,
                low_inclusive: false,
                high_inclusive: false,
            },
            rounding: None,
            date: Some(date),
            unit: None,
            measure: None,
            qualifier: None,
            compound: false,
        }
    }

    /// The same quantity with every span moved `offset` bytes on (sentence → document).
    pub fn shifted(mut self, offset: usize) -> Self {
        self.span = Span::new(self.span.start + offset, self.span.end + offset);
        if let Some(q) = &mut self.qualifier {
            q.span = Span::new(q.span.start + offset, q.span.end + offset);
        }
        self
    }
}

mod bounds;
mod code;
mod currency_words;
mod date;
mod digit_forms;
mod figure;
mod first_words;
mod fraction;
mod iso_currencies;
mod lexical;
mod lexical_forms;
pub mod measure;
mod money;
mod money_parts;
mod number_words;
mod numeral;
mod proportion;
mod qualifier;
mod range;
mod reach;
mod scan;
mod token;
mod value_screen;
mod value_words;
mod word_fraction;

/// Every quantity in `text`: byte spans on `char` boundaries, sorted, non-overlapping.
/// Never panics; time is linear in the length of `text`.
pub fn extract(text: &str) -> Vec<Quantity> {
    scan::scan(text)
}

/// Every number written in `text`, as a number-only recogniser sees it: digits or words,
/// scale applied ("1.5 million" → 1.5e6), in byte spans on `char` boundaries, sorted and
/// non-overlapping.
///
/// Unlike [`extract`], this view is lexical: it reports numbers whatever their role, so the
/// components of dates, times and codes ("5/17/2018" → 5, 17, 2018; "SCP-173" → 173), the
/// figure inside money and percentages ("$20" → 20, "60%" → 60) and numbers in names
/// ("2+2" → 2, 2) are all here. It leaves out ordinals ("fifth", "4th") and digits glued to a
/// unit or label ("180ml", "10am", "G20"). Use it to ask which numerals a text contains; use
/// [`extract`] to ask which values it states. Never panics; linear in the length of `text`.
pub fn numbers(text: &str) -> Vec<(Span, f64)> {
    lexical::numbers(text)
}

/// Every ordinal in `text`, as an ordinal-only recogniser sees it: the ordinals [`extract`]
/// reads ("fifth", "5th", "twenty-first"), and the ordinal words inside its other readings
/// ("forty two and a third" is a fraction to [`extract`], but "third" is an ordinal word).
/// The counterpart of [`numbers`] for ordinals; sorted by position.
pub fn ordinals(text: &str) -> Vec<(Span, f64)> {
    let mut out = lexical::ordinals(text, &extract(text));
    out.sort_by_key(|(span, _)| *span);
    out
}

/// Reads a claim's value: the whole of `text` (trimmed) must be exactly one quantity
/// ("31", "over $3 billion", "fifth", "about 60%", "November 10, 2023"); `None` if anything is
/// left over or nothing is read. Spans are relative to `text` as given (not trimmed).
pub fn parse_value(text: &str) -> Option<Quantity> {
    let trimmed = text.trim();
    let offset = text.len() - text.trim_start().len();
    let mut found = extract(trimmed);
    if found.len() != 1 {
        return None;
    }
    let q = found.pop()?;
    (q.span.start == 0 && q.span.end == trimmed.len()).then(|| q.shifted(offset))
}

#[cfg(test)]
mod tests {
    use super::{QuantityKind as K, parse_value};

    #[test]
    fn intervals_of_claim_values_table() {
        let inf = None;
        type Case = (&'static str, K, Option<f64>, Option<f64>, bool, bool);
        let cases: &[Case] = &[
            ("31", K::Count, Some(31.0), Some(31.0), true, true),
            (
                "$4 billion",
                K::Money,
                Some(3.5e9),
                Some(4.5e9),
                true,
                false,
            ),
            (
                "$3.9 billion",
                K::Money,
                Some(3.85e9),
                Some(3.95e9),
                true,
                false,
            ),
            ("3.99", K::Count, Some(3.985), Some(3.995), true, false),
            ("over $3 billion", K::Money, Some(3e9), inf, false, false),
            ("fifth", K::Ordinal, Some(5.0), Some(5.0), true, true),
            ("60%", K::Percent, Some(60.0), Some(60.0), true, true),
            ("about 60%", K::Percent, Some(54.0), Some(66.0), true, true),
            ("2018", K::Year, Some(2018.0), Some(2018.0), true, true),
            ("since 2018", K::Year, Some(2018.0), inf, true, false),
            ("the 1990s", K::Year, Some(1990.0), Some(1999.0), true, true),
            ("up to 700", K::Count, inf, Some(700.0), false, true),
            ("less than 170", K::Count, inf, Some(170.0), false, false),
            ("at least 5", K::Count, Some(5.0), inf, true, false),
            (
                "between 10 and 15",
                K::Count,
                Some(10.0),
                Some(15.0),
                true,
                true,
            ),
            (
                "32,000 crore",
                K::Count,
                Some(3.19995e11),
                Some(3.20005e11),
                true,
                false,
            ),
            ("40 lakh", K::Count, Some(3.95e6), Some(4.05e6), true, false),
            (
                "1.5 lakh",
                K::Count,
                Some(1.45e5),
                Some(1.55e5),
                true,
                false,
            ),
        ];
        for (text, kind, low, high, low_inc, high_inc) in cases {
            let text = if *text == "the 1990s" { "1990s" } else { text };
            let q = parse_value(text).unwrap_or_else(|| panic!("{text}"));
            let close = |a: Option<f64>, b: Option<f64>| match (a, b) {
                (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * b.abs().max(1.0),
                (a, b) => a == b,
            };
            assert_eq!(q.kind, *kind, "{text}");
            assert!(
                close(q.interval.low, *low) && close(q.interval.high, *high),
                "{text}: {:?}",
                q.interval
            );
            assert_eq!(
                (q.interval.low_inclusive, q.interval.high_inclusive),
                (*low_inc, *high_inc),
                "{text}"
            );
        }
    }

    #[test]
    fn parse_value_table() {
        type Case = (&'static str, Option<(K, Option<f64>)>);
        let cases: &[Case] = &[
            ("31", Some((K::Count, Some(31.0)))),
            ("  over $3 billion ", Some((K::Money, Some(3e9)))),
            ("fifth", Some((K::Ordinal, Some(5.0)))),
            ("60%", Some((K::Percent, Some(60.0)))),
            ("2018", Some((K::Year, Some(2018.0)))),
            ("November 10, 2023", Some((K::Date, None))),
            ("April 2022", Some((K::Date, None))),
            ("thirty-one", Some((K::Count, Some(31.0)))),
            ("two hundred and five", Some((K::Count, Some(205.0)))),
            ("a dozen", Some((K::Count, Some(12.0)))),
            ("half a million", Some((K::Count, Some(5e5)))),
            ("zero", Some((K::Count, Some(0.0)))),
            ("3bn", Some((K::Count, Some(3e9)))),
            ("$3.99B", Some((K::Money, Some(3.99e9)))),
            ("US$3.99bn", Some((K::Money, Some(3.99e9)))),
            ("USD 3.99 billion", Some((K::Money, Some(3.99e9)))),
            ("Rs 32,000 crore", Some((K::Money, Some(3.2e11)))),
            ("twenty-first", Some((K::Ordinal, Some(21.0)))),
            ("31st", Some((K::Ordinal, Some(31.0)))),
            ("sixty per cent", Some((K::Percent, Some(60.0)))),
            ("60 per cent", Some((K::Percent, Some(60.0)))),
            ("100+", Some((K::Count, Some(100.0)))),
            ("$3bn+", Some((K::Money, Some(3e9)))),
            ("50-plus", Some((K::Count, Some(50.0)))),
            ("31 drones", None),
            ("a", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(
                parse_value(text).map(|q| (q.kind, q.value)),
                *want,
                "{text:?}"
            );
        }
    }
}
