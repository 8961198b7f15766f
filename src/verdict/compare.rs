//! Whether a value found in an article agrees with a claim's value.
//!
//! Two values agree when their intervals overlap (so 30 never agrees with 31, while "$3.99
//! billion" agrees with "over $3 billion"). A claim's tolerance widens the claim's side only.
//! Money in different currencies is not compared (no exchange rates): such a value is no
//! evidence either way. Measurements compare in their dimension's base unit ("1.2 GW" meets
//! "1,200 MW"); two dimensions are never compared ("90 days" against "90 km").

use crate::claims::Tolerance;
use crate::quantity::{DateRange, Interval, PartialDate, Quantity, QuantityKind, measure};

/// Agreement of a found value with the claim: `None` when the two cannot be compared.
pub fn agrees(claim: &Quantity, tolerance: Option<Tolerance>, found: &Quantity) -> Option<bool> {
    if claim.kind != found.kind {
        return None;
    }
    if claim.kind == QuantityKind::Money && claim.unit != found.unit {
        return None;
    }
    if claim.kind == QuantityKind::Date {
        return Some(dates_overlap(claim.date?, found.date?));
    }
    if claim.kind == QuantityKind::Measure {
        return measures_agree(claim, tolerance, found);
    }
    intervals_agree(claim, tolerance, found)
}

/// Two measurements of one dimension, compared in its base unit: intervals, rounding and an
/// absolute tolerance (written in the claim's unit) converted. Degrees of no stated scale
/// ("40 degrees") compare as written with the other side's temperature.
fn measures_agree(
    claim: &Quantity,
    tolerance: Option<Tolerance>,
    found: &Quantity,
) -> Option<bool> {
    let (c, f) = (claim.measure.as_deref()?, found.measure.as_deref()?);
    if c.dimension != f.dimension {
        return None;
    }
    let (Some(claim_base), Some(found_base)) = (c.base, f.base) else {
        return intervals_agree(claim, tolerance, found);
    };
    let tolerance = match tolerance {
        Some(Tolerance::Absolute(a)) => Some(Tolerance::Absolute(a * measure::scale(claim.unit?)?)),
        other => other,
    };
    let based = |q: &Quantity, interval: Interval, rounding: Option<f64>| Quantity {
        interval,
        rounding,
        ..q.clone()
    };
    intervals_agree(
        &based(claim, claim_base, c.base_rounding),
        tolerance,
        &based(found, found_base, f.base_rounding),
    )
}

/// Agreement of two numeric values of one kind and unit, by their intervals.
fn intervals_agree(
    claim: &Quantity,
    tolerance: Option<Tolerance>,
    found: &Quantity,
) -> Option<bool> {
    if let Some(same) = open_ended_agree(claim, tolerance, found) {
        return Some(same);
    }
    if let Some(same) = bound_against_range(claim, tolerance, found) {
        return Some(same);
    }
    if let Some(same) = whole_percent_agree(claim, tolerance, found) {
        return Some(same);
    }
    Some(widen(claim.interval, tolerance).overlaps(&found.interval))
}

/// News rounds percentages to whole numbers: "34% of the vote" against a claim of 33.7% is the
/// same figure rounded. A whole percentage written plainly, against a more precise one on the
/// other side, agrees when the precise figure rounds to it (33.7% to 34%, but not 2.5% to 2%);
/// `None` unless exactly one side is such a whole percentage and the other a precise one.
fn whole_percent_agree(
    claim: &Quantity,
    tolerance: Option<Tolerance>,
    found: &Quantity,
) -> Option<bool> {
    if claim.kind != QuantityKind::Percent {
        return None;
    }
    let plain = |q: &Quantity| q.qualifier.is_none() && q.value.is_some();
    let whole = |q: &Quantity| {
        plain(q) && q.rounding.is_none() && q.value.is_some_and(|v| v.fract() == 0.0)
    };
    let precise = |q: &Quantity| plain(q) && q.rounding.is_some_and(|h| h < 0.5);
    let rounds_to = |whole: f64, precise: f64, widened: bool| {
        let half = Interval {
            low: Some(whole - 0.5),
            high: Some(whole + 0.5),
            low_inclusive: true,
            high_inclusive: false,
        };
        let half = if widened {
            widen(half, tolerance)
        } else {
            half
        };
        half.overlaps(&Interval::exact(precise))
    };
    match (whole(claim), whole(found)) {
        (true, false) if precise(found) => Some(rounds_to(claim.value?, found.value?, true)),
        (false, true) if precise(claim) => {
            let side = widen(Interval::exact(claim.value?), tolerance);
            let within = |x: f64| side.overlaps(&Interval::exact(x));
            let w = found.value?;
            Some(rounds_to(w, claim.value?, false) || within(w))
        }
        _ => None,
    }
}

/// Two open-ended values of the same direction ("50+ integrations" against a claim of "100+")
/// always overlap, but state different figures: they agree only when their bounds agree
/// within the rounding either was written with (and the claim's tolerance). `None` when the
/// two are not both open-ended the same way.
fn open_ended_agree(
    claim: &Quantity,
    tolerance: Option<Tolerance>,
    found: &Quantity,
) -> Option<bool> {
    let bound = |q: &Quantity| match (q.interval.low, q.interval.high) {
        (Some(low), None) => Some((true, low)),
        (None, Some(high)) => Some((false, high)),
        _ => None,
    };
    let ((up, c), (found_up, f)) = (bound(claim)?, bound(found)?);
    if up != found_up {
        return None;
    }
    let claim_side = widen(rounding_interval(c, claim.rounding), tolerance);
    Some(claim_side.overlaps(&rounding_interval(f, found.rounding)))
}

/// A one-sided value against a claimed range: "up to $5.2 billion" states the top of an
/// estimate, so it agrees with "between $1.7 billion and $1.9 billion" only when its bound
/// falls within that range ("up to $1.9 billion"), though the two intervals overlap. `None`
/// unless the claim is a range of two ends and the value one-sided.
fn bound_against_range(
    claim: &Quantity,
    tolerance: Option<Tolerance>,
    found: &Quantity,
) -> Option<bool> {
    let (Some(_), Some(_)) = (claim.interval.low, claim.interval.high) else {
        return None;
    };
    if claim.value.is_some() {
        return None;
    }
    let bound = match (found.interval.low, found.interval.high) {
        (Some(low), None) => low,
        (None, Some(high)) => high,
        _ => return None,
    };
    Some(widen(claim.interval, tolerance).overlaps(&rounding_interval(bound, found.rounding)))
}

/// `[x - h, x + h]`, or the point `x` when exact.
fn rounding_interval(x: f64, half_width: Option<f64>) -> Interval {
    match half_width {
        Some(h) => Interval {
            low: Some(x - h),
            high: Some(x + h),
            low_inclusive: true,
            high_inclusive: true,
        },
        None => Interval::exact(x),
    }
}

/// What denying a one-sided value states: "had not risen above $1.2 billion" is at most $1.2
/// billion, "not less than 45" at least 45. `None` for a value that is not one-sided: denying
/// "about 45" or "45" states no interval.
pub fn denied(found: &Quantity) -> Option<Quantity> {
    let i = found.interval;
    let flipped = match (i.low, i.high) {
        (Some(low), None) => Interval {
            low: None,
            high: Some(low),
            low_inclusive: false,
            high_inclusive: !i.low_inclusive,
        },
        (None, Some(high)) => Interval {
            low: Some(high),
            high: None,
            low_inclusive: !i.high_inclusive,
            high_inclusive: false,
        },
        _ => return None,
    };
    Some(Quantity {
        interval: flipped,
        ..found.clone()
    })
}

fn widen(interval: Interval, tolerance: Option<Tolerance>) -> Interval {
    let Some(tolerance) = tolerance else {
        return interval;
    };
    let by = |x: f64| match tolerance {
        Tolerance::Absolute(a) => a,
        Tolerance::Relative(r) => x.abs() * r,
    };
    Interval {
        low: interval.low.map(|x| x - by(x)),
        high: interval.high.map(|x| x + by(x)),
        low_inclusive: true,
        high_inclusive: true,
    }
}

/// Dates written with less precision cover more days: "April 2022" is the whole month, and a
/// date without a year ("November 10th") is taken in the other side's year.
fn dates_overlap(claim: DateRange, found: DateRange) -> bool {
    let claim_year = claim.from.year.or(claim.to.year);
    let found_year = found.from.year.or(found.to.year);
    let (c_low, c_high) = day_bounds(claim, found_year);
    let (f_low, f_high) = day_bounds(found, claim_year);
    c_low <= f_high && f_low <= c_high
}

/// First and last day (days since 1970-01-01) a range can cover.
fn day_bounds(range: DateRange, default_year: Option<i32>) -> (i64, i64) {
    let year = |d: PartialDate| {
        d.year
            .or(range.from.year)
            .or(range.to.year)
            .or(default_year)
    };
    let first = |d: PartialDate| match year(d) {
        None => i64::MIN,
        Some(y) => days_from_civil(y, d.month.unwrap_or(1), d.day.unwrap_or(1)),
    };
    let last = |d: PartialDate| match year(d) {
        None => i64::MAX,
        Some(y) => {
            let month = d.month.unwrap_or(12);
            days_from_civil(y, month, d.day.unwrap_or_else(|| days_in_month(y, month)))
        }
    };
    (first(range.from), last(range.to))
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let (m, d) = (i64::from(month.clamp(1, 12)), i64::from(day));
    let y = i64::from(year) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::parse_value;

    fn q(text: &str) -> Quantity {
        parse_value(text).unwrap_or_else(|| panic!("{text:?} does not read as a quantity"))
    }

    #[test]
    fn values_agree_when_their_intervals_overlap() {
        let cases: &[(&str, &str, Option<bool>)] = &[
            ("31", "31", Some(true)),
            ("31", "30", Some(false)),
            ("31", "thirty-one", Some(true)),
            ("over $3 billion", "$3.99 billion", Some(true)),
            ("over $3 billion", "more than $3 billion", Some(true)),
            ("over $3 billion", "over three billion dollars", Some(true)),
            ("over $3 billion", "$2 billion", Some(false)),
            ("100+", "50+", Some(false)),
            ("100+", "100+", Some(true)),
            ("100+", "more than 100", Some(true)),
            ("100+", "150", Some(true)),
            ("$3bn+", "over $3.2 billion", Some(true)),
            ("$3bn+", "over $5 billion", Some(false)),
            ("50-plus", "at least 50", Some(true)),
            ("over $3 billion", "Rs 32,000 crore", None),
            ("fifth", "fifth", Some(true)),
            ("fifth", "fourth", Some(false)),
            ("fifth", "5th", Some(true)),
            ("about 60%", "about 60%", Some(true)),
            ("about 60%", "60 per cent", Some(true)),
            ("about 60%", "40%", Some(false)),
            ("2018", "since 2018", Some(true)),
            ("2018", "2020", Some(false)),
            ("November 10, 2023", "Friday, November 10th", Some(true)),
            ("November 10, 2023", "10 November 2023", Some(true)),
            ("November 10, 2023", "between 10 and 15 April", Some(false)),
            ("November 10, 2023", "November 2023", Some(true)),
            ("April 2022", "April 6, 2021", Some(false)),
            // A one-sided value against a claimed range: its bound must fall within it.
            (
                "between $1.7 billion and $1.9 billion",
                "up to $5.2 billion",
                Some(false),
            ),
            (
                "between $1.7 billion and $1.9 billion",
                "up to $1.9 billion",
                Some(true),
            ),
            (
                "between $1.7 billion and $1.9 billion",
                "more than $1.8 billion",
                Some(true),
            ),
            (
                "between $1.7 billion and $1.9 billion",
                "over $1 billion",
                Some(false),
            ),
            (
                "between $1.7 billion and $1.9 billion",
                "$1.8 billion",
                Some(true),
            ),
        ];
        for (claim, found, expected) in cases {
            assert_eq!(
                agrees(&q(claim), None, &q(found)),
                *expected,
                "claim {claim:?} vs found {found:?}"
            );
        }
    }

    #[test]
    fn tolerance_widens_the_claim_side() {
        assert_eq!(
            agrees(&q("31"), Some(Tolerance::Absolute(1.0)), &q("30")),
            Some(true)
        );
        assert_eq!(
            agrees(&q("100"), Some(Tolerance::Relative(0.02)), &q("102")),
            Some(true)
        );
        assert_eq!(
            agrees(&q("100"), Some(Tolerance::Relative(0.02)), &q("103")),
            Some(false)
        );
    }

    #[test]
    fn civil_days_match_known_dates() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(
            days_from_civil(2023, 11, 10) - days_from_civil(2023, 11, 9),
            1
        );
        assert_eq!(
            days_from_civil(2024, 3, 1) - days_from_civil(2024, 2, 28),
            2
        );
    }
}
