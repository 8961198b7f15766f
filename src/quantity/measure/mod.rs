//! Measurements: a figure with its unit ("2,167 km", "1.2 GW", "about 4 tonnes", "-3 °C",
//! "a 90-day trial", "aged 62"), read after the figure by `read::unit_after` and converted to
//! its dimension's base unit so that values written in different units of one dimension
//! compare ("1.2 GW" meets "1,200 MW"; "3,488 km" meets "2,167 miles").
//!
//! One quantity kind, `measure`, carries a [`Dimension`]: a claims file writes `kind =
//! "measure"` (or nothing: the unit in the value says it), and two measurements of different
//! dimensions are never compared ("90 days" against "90 km" is no evidence either way).
//! Ages are durations ("aged 62" and "a 62-year-old" are 62 years): a claim of an age is a
//! claim of a duration, and comparing it with "62 years" is what a reader expects.
//!
//! `units.rs` is the vocabulary (ours), `convert.rs` the factors (the `uom` crate's),
//! `read.rs` the reading after a figure, `age.rs` the ages written before one ("aged 62").

mod age;
mod convert;
mod read;
mod units;

pub(crate) use age::read_aged;
pub use convert::base_symbol;
pub(crate) use read::{glued_unit, unit_after, weighs_pounds};
pub use units::{DEGREES, UNITS, Unit, all_forms, by_symbol};

use super::{Interval, Quantity};
use serde::Serialize;

/// What a measurement measures. Values of two dimensions are never compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    Length,
    Area,
    Volume,
    Mass,
    Duration,
    Energy,
    Power,
    Speed,
    Temperature,
    Angle,
    Information,
}

impl Dimension {
    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Length => "length",
            Dimension::Area => "area",
            Dimension::Volume => "volume",
            Dimension::Mass => "mass",
            Dimension::Duration => "duration",
            Dimension::Energy => "energy",
            Dimension::Power => "power",
            Dimension::Speed => "speed",
            Dimension::Temperature => "temperature",
            Dimension::Angle => "angle",
            Dimension::Information => "information",
        }
    }
}

/// A measurement's dimension and its interval in the dimension's base unit.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Measure {
    pub dimension: Dimension,
    /// "m", "kg", "s", "W", "K", …
    pub base_unit: &'static str,
    /// The quantity's interval converted: the rounding of the figure as written, its
    /// qualifier, and for an ambiguous unit every value it can mean ("4 tons", 3.5 to 4.5
    /// tons, is 3,175.1 to 4,572.2 kg). `None` for degrees of no stated scale ("40 degrees"), which compare as
    /// written with the value they meet.
    pub base: Option<Interval>,
    /// Half the width of the figure's rounding in the base unit (see `Quantity::rounding`).
    pub base_rounding: Option<f64>,
}

/// Sets `q.measure` from its unit (a quantity of kind `measure` whose `unit` is a symbol of
/// [`UNITS`]); leaves any other quantity alone.
pub(crate) fn set_base(q: &mut Quantity) {
    let Some(unit) = q.unit.and_then(by_symbol) else {
        return;
    };
    let conversion = convert::conversion(unit.symbol);
    let base = conversion.map(|c| {
        let low = |x: f64| x.min(0.0) * c.high + x.max(0.0) * c.low + c.offset;
        let high = |x: f64| x.min(0.0) * c.low + x.max(0.0) * c.high + c.offset;
        Interval {
            low: q.interval.low.map(low),
            high: q.interval.high.map(high),
            ..q.interval
        }
    });
    q.measure = Some(Box::new(Measure {
        dimension: unit.dimension,
        base_unit: base_symbol(unit.dimension),
        base,
        base_rounding: conversion.and_then(|c| q.rounding.map(|h| h * c.high)),
    }));
}

/// How many base units one of the unit shown as `symbol` is (the larger reading of an
/// ambiguous unit): what an absolute tolerance written in that unit is worth in the base unit.
pub fn scale(symbol: &str) -> Option<f64> {
    convert::conversion(symbol).map(|c| c.high)
}

/// The unit form nearest to `word` (a misspelt unit in a claims file: "metrs" → "metres"),
/// if one is near enough to be meant.
pub fn nearest_unit(word: &str) -> Option<&'static str> {
    let folded = word.to_lowercase();
    all_forms()
        .filter(|form| form.chars().count() > 2)
        .map(|form| (strsim::jaro_winkler(&folded, &form.to_lowercase()), form))
        .filter(|(score, _)| *score >= 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, form)| form)
}

#[cfg(test)]
mod tests;
