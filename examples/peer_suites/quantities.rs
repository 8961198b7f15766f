//! Quantity scoring (`recognizers_text_numbers.jsonl`: Microsoft Recognizers-Text's English
//! number, ordinal, percent, number-range and currency specs, plus dimension, temperature and age).
//!
//! Rules, one per kind. Values compare numerically with a relative tolerance of 1e-6 (the suite
//! writes C# numbers such as "0.666666666666667"). A case with `expected: []` is a negative case:
//! it passes when we read nothing of that kind. Each case is one row entry, whatever its mode.
//! - `cardinal`: the number model reports every number, including those inside money, dates and
//!   percentages ("$20" gives 20, "5/17/2018" gives 5, 17, 2018). The case passes when the
//!   multiset of expected values equals the multiset of numbers `quantity::numbers` reads.
//! - `ordinal`: only results of type `ordinal` (a numeric value) are scored; a case whose results
//!   are all relative ("last", "next to last") is not counted at all. The ordinal model is tested
//!   alone, so a case passes when the multiset of expected values equals that of
//!   `quantity::ordinals` (every ordinal, including the "third" of "forty two and a third").
//! - `percent`: our percentages' values equal the expected ones (as multisets).
//! - `money`: each expected amount matches one of ours by value and, where the suite's unit names
//!   a currency we know the ISO code of ("Dollar" and "United States dollar" are USD, "Euro" EUR,
//!   "Pound" GBP, …), by currency; cents and pence are compared in the main unit. Units without a
//!   known code ("Finnish markka", "Bitcoin") compare by value. Nothing of ours may be left over.
//! - `number_range`: each expected interval matches one of our qualified or ranged quantities by
//!   both ends (a missing end is unbounded) and, for a one-sided interval ("more than 10"), by
//!   whether the bound is inclusive. The inclusivity of two-sided ranges ("between 20 and 30") is
//!   not scored: the suite's own default and experimental modes disagree on it. We read them as
//!   closed.
//! - `dimension`, `temperature`, `age`: out of scope (crosscheck reads no units of measure);
//!   scored on the number alone — each expected value is among the numbers we read — and shown
//!   without a floor.

use crate::Row;
use crosscheck::quantity::{self, Quantity, QuantityKind};
use serde_json::Value;
use std::collections::BTreeMap;

const IN_SCOPE: &[&str] = &["cardinal", "ordinal", "percent", "money", "number_range"];

pub fn score(suite: &str) -> Result<Vec<Row>, String> {
    let mut rows: BTreeMap<String, Row> = BTreeMap::new();
    for (n, line) in suite.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let case: Value = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let kind = case["kind"].as_str().unwrap_or("?").to_string();
        let text = case["text"].as_str().unwrap_or("");
        let expected = case["expected"].as_array().cloned().unwrap_or_default();
        let found = quantity::extract(text);
        let verdict = match kind.as_str() {
            "cardinal" => Some(cardinal(text, &expected)),
            "ordinal" => ordinal(text, &expected),
            "percent" => Some(same_values(
                &of_kind(&found, QuantityKind::Percent),
                &values(&expected),
            )),
            "money" => Some(money(&found, &expected)),
            "number_range" => Some(ranges(&found, &expected)),
            _ => Some(numbers_found(text, &expected)),
        };
        let Some((passed, got)) = verdict else {
            continue;
        };
        let row = rows.entry(kind.clone()).or_insert_with(|| {
            Row::new("recognizers-text", &kind, IN_SCOPE.contains(&kind.as_str()))
        });
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
    for kind in IN_SCOPE.iter().chain(&["dimension", "temperature", "age"]) {
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

/// The numeric values of the expected results.
fn values(expected: &[Value]) -> Vec<f64> {
    expected
        .iter()
        .filter_map(|e| number(&e["value"]))
        .collect()
}

fn of_kind(found: &[Quantity], kind: QuantityKind) -> Vec<f64> {
    found
        .iter()
        .filter(|q| q.kind == kind)
        .filter_map(|q| q.value)
        .collect()
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

fn cardinal(text: &str, expected: &[Value]) -> (bool, String) {
    let ours: Vec<f64> = quantity::numbers(text)
        .into_iter()
        .map(|(_, x)| x)
        .collect();
    same_values(&ours, &values(expected))
}

fn ordinal(text: &str, expected: &[Value]) -> Option<(bool, String)> {
    let numeric: Vec<&Value> = expected.iter().filter(|e| e["type"] == "ordinal").collect();
    if !expected.is_empty() && numeric.is_empty() {
        return None;
    }
    let want: Vec<f64> = numeric.iter().filter_map(|e| number(&e["value"])).collect();
    let ours: Vec<f64> = quantity::ordinals(text)
        .into_iter()
        .map(|(_, x)| x)
        .collect();
    Some(same_values(&ours, &want))
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

fn money(found: &[Quantity], expected: &[Value]) -> (bool, String) {
    let mut ours: Vec<&Quantity> = found
        .iter()
        .filter(|q| q.kind == QuantityKind::Money)
        .collect();
    let got = format!(
        "{:?}",
        ours.iter().map(|q| (q.value, q.unit)).collect::<Vec<_>>()
    );
    let mut all = true;
    for e in expected {
        let Some(value) = number(&e["value"]) else {
            all = false;
            continue;
        };
        let unit = e["unit"].as_str().and_then(currency);
        let matches = |q: &&Quantity| match (q.value, unit) {
            (Some(v), Some((code, factor))) => q.unit == Some(code) && close(v, value * factor),
            (Some(v), None) => close(v, value),
            (None, _) => false,
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

fn ranges(found: &[Quantity], expected: &[Value]) -> (bool, String) {
    let mut ours: Vec<&Quantity> = found
        .iter()
        .filter(|q| q.kind != QuantityKind::Date && (q.qualifier.is_some() || q.value.is_none()))
        .collect();
    let got = format!("{:?}", ours.iter().map(|q| q.interval).collect::<Vec<_>>());
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
        let matches = |q: &&Quantity| {
            let i = q.interval;
            let ends = end(i.low, min) && end(i.high, max);
            let inclusive = match (min, max) {
                (Some(_), None) => i.low_inclusive == min_inclusive,
                (None, Some(_)) => i.high_inclusive == max_inclusive,
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

fn numbers_found(text: &str, expected: &[Value]) -> (bool, String) {
    let ours: Vec<f64> = quantity::numbers(text)
        .into_iter()
        .map(|(_, x)| x)
        .collect();
    let all = values(expected)
        .iter()
        .all(|want| ours.iter().any(|got| close(*got, *want)));
    (all, format!("{ours:?}"))
}
