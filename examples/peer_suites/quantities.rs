//! Quantity scoring (`recognizers_text_numbers.jsonl`: Microsoft Recognizers-Text's English
//! number, ordinal, percent, number-range and currency specs, plus dimension, temperature and age).
//!
//! What is scored is what a user sees: each case's text is one document, read by
//! `listing::quantities` (the function behind `crosscheck extract --format jsonl`: sentences
//! cut by the segmenter, quantities read sentence by sentence), and only those records count.
//! Nothing of the library's internal views (`quantity::numbers`) is asked.
//!
//! Rules, one per kind. Values compare numerically with a relative tolerance of 1e-6 (the suite
//! writes C# numbers such as "0.666666666666667"), as multisets: every expected value must be
//! read, and nothing of the kinds the case tests may be left over. A case with `expected: []` is
//! a negative case: it passes when we read nothing of those kinds.
//! - `cardinal`: the number model reports every number written, so every record that states a
//!   number counts: counts, years, money and percentages by their `value` ("$20" states 20),
//!   and a range ("between 10 and 15") by its two ends. Ordinals and dates do not. A share read
//!   as a percentage ("one out of three", 33.3%) is compared as the fraction it is (0.333).
//!   Measurements count by their figure, except where the unit touches the digits ("180ml",
//!   "1m"): the number model reads no number there.
//! - `ordinal`: records of kind `ordinal`. A case whose results are all relative ("last", "next
//!   to last") is not counted at all: crosscheck's ordinals are numeric.
//! - `percent`: records of kind `percent`, by value (a range by its two ends).
//! - `money`: records of kind `money`. Each expected amount matches one of ours by value and,
//!   where the suite's unit names a currency we know the ISO code of ("Dollar" and "United States
//!   dollar" are USD, "Euro" EUR, "Pound" GBP, …), by currency; cents and pence are compared in
//!   the main unit. Units without a known code ("Finnish markka", "Bitcoin") compare by value.
//!   A currency named without an amount ("dollar" in "the dollar rose") is not a quantity and
//!   is not scored; a case with only such results passes when we read no money.
//! - `number_range`: records with a qualifier or without a value (dates aside); each expected
//!   interval matches one of ours by both ends (a missing end is unbounded) and, for a one-sided
//!   interval ("more than 10"), by whether the bound is inclusive (`low_inclusive`,
//!   `high_inclusive`). The inclusivity of two-sided ranges ("between 20 and 30") is not scored:
//!   the suite's own default and experimental modes disagree on it. We read them as closed.
//!   A share read as a percentage ("more than 1/2") is compared as its fraction, as above.
//! - `dimension`, `temperature`, `age`: records of kind `measure`, each suite its own model:
//!   `dimension` sees the measurements that are neither temperatures nor durations,
//!   `temperature` the temperatures, `age` the durations (crosscheck reads ages as durations in
//!   years). Each expected result matches one of ours by value (the number as written) AND by
//!   unit, through [`our_units`]: the suite's unit names against our symbols ("Kilometer" is
//!   `km`, "C" is `°C`; "Degree" is an angle's `deg` in `dimension` and a temperature of no
//!   scale, `°`, in `temperature`; "Age" is `year`). As for money, a unit named without a
//!   number ("convert 10 celsius to fahrenheit": fahrenheit) is no quantity and is not scored.
//!
//! A few cases are excluded, each named in [`EXCLUDED`] with the reason it is wrong for news;
//! at most 3% of a category, and counted in the table.

use crate::Row;
use crosscheck::corpus::Document;
use crosscheck::listing::{self, QuantityRecord, Scalar};
use crosscheck::segment::RuleSegmenter;
use serde_json::Value;
use std::collections::BTreeMap;

const IN_SCOPE: &[&str] = &[
    "cardinal",
    "ordinal",
    "percent",
    "money",
    "number_range",
    "dimension",
    "temperature",
    "age",
];

/// Cases the team judges wrong for news: (kind, the case's text, why). Every case with that
/// kind and text (the suite repeats some in two modes) is left out of the rate and counted.
const EXCLUDED: &[(&str, &str, &str)] = &[
    (
        "cardinal",
        "192.168.1.2",
        "an IP address is a code, not four values",
    ),
    (
        "cardinal",
        "Any time to meet on 5/17/2018?",
        "a date; crosscheck reads no slashed date as numbers (it cannot tell 5/6 from 6/5)",
    ),
    (
        "cardinal",
        "My phone number is +1-222-2222/2222",
        "a phone number is a code, never a value",
    ),
    (
        "cardinal",
        "SCP-173",
        "a capitalised word hyphen-joined to digits names a thing (S-400, MQ-9B, Su-30)",
    ),
];

fn excluded(kind: &str, text: &str) -> bool {
    EXCLUDED.iter().any(|(k, t, _)| *k == kind && *t == text)
}

pub fn score(suite: &str) -> Result<Vec<Row>, String> {
    let segmenter = RuleSegmenter::new();
    let mut rows: BTreeMap<String, Row> = BTreeMap::new();
    for (n, line) in suite.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let case: Value = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let kind = case["kind"].as_str().unwrap_or("?").to_string();
        let text = case["text"].as_str().unwrap_or("");
        let expected = case["expected"].as_array().cloned().unwrap_or_default();
        let row = rows.entry(kind.clone()).or_insert_with(|| {
            Row::new("recognizers-text", &kind, IN_SCOPE.contains(&kind.as_str()))
        });
        if excluded(&kind, text) {
            row.excluded += 1;
            continue;
        }
        let document = Document::plain("case", text);
        let found = listing::quantities(&document, &segmenter);
        let verdict = match kind.as_str() {
            "cardinal" => Some(same_values(&numbers(&found), &values(&expected))),
            "ordinal" => ordinal(&found, &expected),
            "percent" => Some(same_values(
                &values_of(&found, "percent"),
                &values(&expected),
            )),
            "money" => Some(money(&found, &expected)),
            "number_range" => Some(ranges(&found, &expected)),
            _ => Some(measures(&found, &expected, &kind)),
        };
        let Some((passed, got)) = verdict else {
            continue;
        };
        row.record(passed, || {
            let want: Vec<String> = expected
                .iter()
                .map(|e| {
                    format!(
                        "{} = {}",
                        e["text"].as_str().unwrap_or(""),
                        e["value"]
                            .as_str()
                            .unwrap_or_else(|| e["raw_value"].as_str().unwrap_or(""))
                    )
                })
                .collect();
            format!("FAIL {kind} {text:?}\n  expected: {want:?}\n  got:      {got}")
        });
    }
    let mut ordered: Vec<Row> = Vec::new();
    for kind in IN_SCOPE {
        if let Some(row) = rows.remove(*kind) {
            ordered.push(row);
        }
    }
    ordered.extend(rows.into_values());
    Ok(ordered)
}

fn close(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-6 * a.abs().max(b.abs())
}

fn number(v: &Value) -> Option<f64> {
    v.as_str()
        .and_then(|s| s.parse().ok())
        .or_else(|| v.as_f64())
}

/// A record's number (dates are text, and not numbers).
fn scalar(s: &Option<Scalar>) -> Option<f64> {
    match s {
        Some(Scalar::Integer(i)) => Some(*i as f64),
        Some(Scalar::Number(x)) => Some(*x),
        _ => None,
    }
}

/// The numeric values of the expected results.
fn values(expected: &[Value]) -> Vec<f64> {
    expected
        .iter()
        .filter_map(|e| number(&e["value"]))
        .collect()
}

/// What a record states as numbers: its value, or a range's two ends.
fn stated(r: &QuantityRecord) -> Vec<f64> {
    match scalar(&r.value) {
        Some(v) => vec![v],
        None => [scalar(&r.low), scalar(&r.high)]
            .into_iter()
            .flatten()
            .collect(),
    }
}

fn values_of(found: &[QuantityRecord], kind: &str) -> Vec<f64> {
    found
        .iter()
        .filter(|r| r.kind == kind)
        .flat_map(stated)
        .collect()
}

/// The cardinal view of `extract`: every record that states a number. A share that `extract`
/// states as a percentage ("two out of three" is 66.7%: a percent record whose text writes no
/// percent sign or word) is the fraction the number model reads, so it counts as value / 100,
/// as cents count in dollars for money.
fn numbers(found: &[QuantityRecord]) -> Vec<f64> {
    found
        .iter()
        .filter(|r| matches!(r.kind, "count" | "year" | "money" | "percent" | "measure"))
        .filter(|r| !(r.kind == "measure" && unit_glued(&r.text)))
        .flat_map(|r| {
            let factor = share_factor(r);
            stated(r).into_iter().map(move |v| v * factor)
        })
        .collect()
}

/// A measurement whose unit touches its digits ("180ml", "29km", "1m"): the number model, like
/// `quantity::numbers`, reads no number there.
fn unit_glued(text: &str) -> bool {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() && chars.peek().is_some_and(|n| n.is_alphabetic()) {
            return true;
        }
    }
    false
}

/// 0.01 for a share `extract` states as a percentage without writing one ("1/2", "two out of
/// three"), which the number model reads as the fraction it is; 1 otherwise.
fn share_factor(r: &QuantityRecord) -> f64 {
    let text = r.text.to_lowercase();
    let share = r.kind == "percent" && !["%", "per", "pct"].iter().any(|w| text.contains(w));
    if share { 0.01 } else { 1.0 }
}

/// Multiset equality with tolerance; also returns what we read, for the failure list.
fn same_values(ours: &[f64], expected: &[f64]) -> (bool, String) {
    let mut left: Vec<f64> = ours.to_vec();
    let mut all = true;
    for want in expected {
        match left.iter().position(|got| close(*got, *want)) {
            Some(i) => {
                left.remove(i);
            }
            None => all = false,
        }
    }
    (all && left.is_empty(), format!("{ours:?}"))
}

fn ordinal(found: &[QuantityRecord], expected: &[Value]) -> Option<(bool, String)> {
    let numeric: Vec<&Value> = expected.iter().filter(|e| e["type"] == "ordinal").collect();
    if !expected.is_empty() && numeric.is_empty() {
        return None;
    }
    let want: Vec<f64> = numeric.iter().filter_map(|e| number(&e["value"])).collect();
    Some(same_values(&values_of(found, "ordinal"), &want))
}

/// The ISO code of a Recognizers-Text unit name, and the factor to the main unit.
fn currency(unit: &str) -> Option<(&'static str, f64)> {
    Some(match unit {
        "Dollar" | "United States dollar" => ("USD", 1.0),
        "Cent" | "Penny" => ("USD", 0.01),
        "Euro" => ("EUR", 1.0),
        "Pound" | "British pound" => ("GBP", 1.0),
        "Pence" => ("GBP", 0.01),
        "Chinese yuan" => ("CNY", 1.0),
        "Japanese yen" => ("JPY", 1.0),
        "Canadian dollar" => ("CAD", 1.0),
        "Australian dollar" => ("AUD", 1.0),
        "New Zealand dollar" => ("NZD", 1.0),
        "Hong Kong dollar" => ("HKD", 1.0),
        "Swiss franc" => ("CHF", 1.0),
        "Mexican peso" => ("MXN", 1.0),
        "Turkish lira" => ("TRY", 1.0),
        "Rupee" => ("INR", 1.0),
        "Sri Lankan rupee" => ("LKR", 1.0),
        _ => return None,
    })
}

fn money(found: &[QuantityRecord], expected: &[Value]) -> (bool, String) {
    let ours = records_of(found, |r| r.kind == "money");
    // a currency named with no amount ("the dollar rose") is no quantity: not scored
    match_valued(ours, expected, |(v, code), value, e| {
        match e["unit"].as_str().and_then(currency) {
            Some((want, factor)) => *code == Some(want) && close(*v, value * factor),
            None => close(*v, value),
        }
    })
}

/// What the records `keep` lets through state: each number with the record's unit.
fn records_of(
    found: &[QuantityRecord],
    keep: impl Fn(&QuantityRecord) -> bool,
) -> Vec<(f64, Option<&str>)> {
    found
        .iter()
        .filter(|r| keep(r))
        .flat_map(|r| stated(r).into_iter().map(move |v| (v, r.unit)))
        .collect()
}

/// Multiset match of the expected results that have a number (a result named with no number
/// is not scored) against `ours`, by `matches(ours, expected value, expected result)`: passes
/// when every one matches and nothing of ours is left over.
fn match_valued(
    mut ours: Vec<(f64, Option<&str>)>,
    expected: &[Value],
    matches: impl Fn(&(f64, Option<&str>), f64, &Value) -> bool,
) -> (bool, String) {
    let got = format!("{ours:?}");
    let mut all = true;
    for e in expected {
        let Some(value) = number(&e["value"]) else {
            continue;
        };
        match ours.iter().position(|o| matches(o, value, e)) {
            Some(i) => {
                ours.remove(i);
            }
            None => all = false,
        }
    }
    (all && ours.is_empty(), got)
}

fn ranges(found: &[QuantityRecord], expected: &[Value]) -> (bool, String) {
    let mut ours: Vec<&QuantityRecord> = found
        .iter()
        .filter(|r| r.kind != "date" && (r.qualifier.is_some() || r.value.is_none()))
        .collect();
    let got = format!(
        "{:?}",
        ours.iter()
            .map(|r| (
                scalar(&r.low),
                scalar(&r.high),
                r.low_inclusive,
                r.high_inclusive
            ))
            .collect::<Vec<_>>()
    );
    let mut all = true;
    for e in expected {
        let interval = &e["interval"];
        let (min, max) = (number(&interval["min"]), number(&interval["max"]));
        let min_inclusive = interval["min_inclusive"].as_bool().unwrap_or(false);
        let max_inclusive = interval["max_inclusive"].as_bool().unwrap_or(false);
        let end = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (None, None) => true,
            (Some(a), Some(b)) => close(a, b),
            _ => false,
        };
        let matches = |r: &&QuantityRecord| {
            let factor = share_factor(r);
            let (low, high) = (
                scalar(&r.low).map(|v| v * factor),
                scalar(&r.high).map(|v| v * factor),
            );
            let ends = end(low, min) && end(high, max);
            let inclusive = match (min, max) {
                (Some(_), None) => r.low_inclusive == min_inclusive,
                (None, Some(_)) => r.high_inclusive == max_inclusive,
                _ => true,
            };
            ends && inclusive
        };
        match ours.iter().position(matches) {
            Some(i) => {
                ours.remove(i);
            }
            None => all = false,
        }
    }
    (all && ours.is_empty(), got)
}

/// Our unit symbols for a Recognizers-Text unit name, in the suite `kind`.
fn our_units(kind: &str, unit: &str) -> &'static [&'static str] {
    match (kind, unit) {
        ("temperature", "Degree") => &["°"],
        (_, "Degree") => &["deg"],
        (_, "C") => &["°C"],
        (_, "F") => &["°F"],
        (_, "Meter") => &["m"],
        (_, "Kilometer") => &["km"],
        (_, "Decimeter") => &["dm"],
        (_, "Millimeter") => &["mm"],
        (_, "Picometer") => &["pm"],
        (_, "Inch") => &["in"],
        (_, "Foot") => &["ft"],
        (_, "Mile") => &["mi"],
        (_, "Square meter") => &["m²"],
        (_, "Square kilometer") => &["km²"],
        (_, "Acre") => &["acre"],
        (_, "Milliliter") => &["ml"],
        (_, "Gallon") => &["gal"],
        (_, "Barrel") => &["bbl"],
        (_, "Cubic foot") => &["ft³"],
        (_, "Cup") => &["cup"],
        (_, "Tablespoon") => &["tbsp"],
        (_, "Teaspoon") => &["tsp"],
        (_, "Pound") => &["lb"],
        (_, "Ounce") => &["oz"],
        (_, "Gram") => &["g"],
        (_, "Kilogram") => &["kg"],
        (_, "Microgram") => &["µg"],
        // "tons" and "tonnes" alike; "metric ton" is the tonne
        (_, "Ton") => &["ton", "t"],
        (_, "Metric ton") => &["t"],
        (_, "Mile per hour") => &["mph"],
        (_, "Kilometer per hour") => &["km/h"],
        (_, "Bit") => &["bit"],
        (_, "Megabyte") => &["MB"],
        (_, "Radian") => &["rad"],
        (_, "Turn") => &["turn"],
        (_, "Year" | "Age") => &["year"],
        (_, "Month") => &["month"],
        (_, "Week") => &["week"],
        (_, "Day") => &["day"],
        _ => &[],
    }
}

/// Whether a measurement of `dimension` belongs to the suite `kind`'s model.
fn in_model(kind: &str, dimension: Option<&str>) -> bool {
    match kind {
        "temperature" => dimension == Some("temperature"),
        "age" => dimension == Some("duration"),
        _ => !matches!(dimension, Some("temperature" | "duration")),
    }
}

fn measures(found: &[QuantityRecord], expected: &[Value], kind: &str) -> (bool, String) {
    let ours = records_of(found, |r| {
        r.kind == "measure" && in_model(kind, r.dimension)
    });
    // a unit named with no number ("to fahrenheit") is no quantity: not scored
    match_valued(ours, expected, |(v, unit), value, e| {
        let units = our_units(kind, e["unit"].as_str().unwrap_or(""));
        close(*v, value) && unit.is_some_and(|u| units.contains(&u))
    })
}
