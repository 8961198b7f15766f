//! The measurement reader's own cases; the news-style suite across every dimension is
//! `tests/units_suite.rs`.

use super::super::{QuantityKind, extract, parse_value};
use super::{Dimension, nearest_unit};

/// What was read: text, unit symbol, value as written, base low, base high.
type Read<'a> = (
    &'a str,
    Option<&'static str>,
    Option<f64>,
    Option<f64>,
    Option<f64>,
);

fn read(text: &str) -> Vec<Read<'_>> {
    extract(text)
        .into_iter()
        .filter(|q| q.kind == QuantityKind::Measure)
        .map(|q| {
            let base = q.measure.as_ref().and_then(|m| m.base);
            (
                q.span.slice(text),
                q.unit,
                q.value,
                base.and_then(|b| b.low),
                base.and_then(|b| b.high),
            )
        })
        .collect()
}

#[test]
fn base_intervals_cover_rounding_and_ambiguity() {
    let close =
        |a: Option<f64>, b: f64| a.is_some_and(|a| (a - b).abs() <= 1e-6 * b.abs().max(1.0));
    let cases: &[(&str, f64, f64)] = &[
        ("1.2 GW", 1.15e9, 1.25e9),
        ("1,200 MW", 1.1995e9, 1.2005e9),
        ("4 tons", 3.5 * 907.184_7, 4.5 * 1016.047),
        ("-3 °C", 269.65, 270.65),
        ("3 months", 2.5 * 28.0 * 86_400.0, 3.5 * 31.0 * 86_400.0),
    ];
    for (text, low, high) in cases {
        let q = parse_value(text).unwrap_or_else(|| panic!("{text}"));
        let base = q
            .measure
            .and_then(|m| m.base)
            .unwrap_or_else(|| panic!("{text}"));
        assert!(
            close(base.low, *low) && close(base.high, *high),
            "{text}: {base:?}"
        );
    }
}

#[test]
fn degrees_without_a_scale_have_no_base_and_turning_makes_them_angles() {
    let q = parse_value("40 degrees").unwrap_or_else(|| panic!("40 degrees"));
    assert_eq!(q.unit, Some("°"));
    assert_eq!(
        q.measure.map(|m| (m.dimension, m.base)),
        Some((Dimension::Temperature, None))
    );
    assert_eq!(read("the ship turned 90 degrees")[0].1, Some("deg"));
}

#[test]
fn codes_and_millions_are_not_units() {
    for text in [
        "24703m212",
        "scp-173m",
        "5m people",
        "SCP-173C",
        "PA 23456 F Block",
        "10am",
    ] {
        assert_eq!(read(text), vec![], "{text}");
    }
}

#[test]
fn nearest_unit_table() {
    assert_eq!(nearest_unit("metrs"), Some("metres"));
    assert!(nearest_unit("kilometrs").is_some_and(|u| u.starts_with("kilomet")));
    assert_eq!(nearest_unit("tonnnes"), Some("tonnes"));
    assert_eq!(nearest_unit("drones"), None);
}
