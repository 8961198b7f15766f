//! Quantities: the values a sentence states (counts, money, ordinals, percentages, years, dates),
//! each with its byte span and the interval it covers for comparison.
//!
//! The grammar is ours (no crate reads "over $3 billion", "32,000 crore" or "fifth-largest" well).
//! Contract of [`extract`]:
//! - spans are byte ranges into the text given, on `char` boundaries, sorted, non-overlapping;
//! - a quantity's span covers its qualifier and currency ("more than $3 billion");
//! - numbers inside names and codes are not values ("2+2", "MQ-9B", "S-400", "F414", "G20");
//! - a figure written with a scale word or a decimal point covers its rounding interval,
//!   half-open ("$4 billion" is [3.5e9, 4.5e9)); plain integers are exact.

use crate::span::Span;
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
    /// For `Date` only.
    pub date: Option<DateRange>,
    /// ISO 4217 code for money ("USD", "INR", "GBP", "EUR"), "%" for percentages.
    pub unit: Option<&'static str>,
    pub qualifier: Option<Qualifier>,
    /// The quantity modifies the word it is hyphenated to ("fifth-largest", "30-member"), so it
    /// does not quantify a subject named elsewhere in the sentence.
    pub compound: bool,
}

impl Quantity {
    /// The same quantity with every span moved `offset` bytes on (sentence → document).
    pub fn shifted(mut self, offset: usize) -> Self {
        self.span = Span::new(self.span.start + offset, self.span.end + offset);
        if let Some(q) = &mut self.qualifier {
            q.span = Span::new(q.span.start + offset, q.span.end + offset);
        }
        self
    }
}
