//! The team's units suite: `tests/units/cases.tsv`, news sentences with measurements of every
//! dimension crosscheck reads (lengths, areas, volumes, masses, durations and ages, energy,
//! power, speeds, temperatures, angles, information), written as news writes them (symbols,
//! abbreviations, words, plurals, spellings, hyphenated compounds, qualifiers and ranges), and
//! sentences where no measurement may be read (money in pounds, "5m people", codes). Each
//! line: the sentence, the text read, the value as written ("-" for a range) and the unit's
//! symbol; a line of "-" says no measurement may be read. A case passes when `extract` reads
//! a measurement with that text, value and unit. `cargo test --test units_suite --
//! --nocapture` lists the failures.

use crosscheck::quantity::{QuantityKind, extract};

/// The cases passed when the floor was last raised; raise it as the count rises.
const FLOOR: usize = 168;

#[test]
fn measurements_as_news_writes_them() {
    let data = include_str!("units/cases.tsv");
    let (mut cases, mut passed) = (0, 0);
    for line in data
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let fields: Vec<&str> = line.split('\t').collect();
        let [sentence, text, value, unit] = fields[..] else {
            panic!("four tab-separated fields: {line:?}");
        };
        let value: Option<f64> =
            (value != "-").then(|| value.parse().unwrap_or_else(|e| panic!("{line:?}: {e}")));
        cases += 1;
        let found: Vec<_> = extract(sentence)
            .into_iter()
            .filter(|q| q.kind == QuantityKind::Measure)
            .collect();
        let ok = if text == "-" {
            found.is_empty()
        } else {
            found.iter().any(|q| {
                q.span.slice(sentence) == text
                    && q.unit == Some(unit)
                    && match (q.value, value) {
                        (Some(got), Some(want)) => (got - want).abs() <= 1e-9 * want.abs().max(1.0),
                        (None, None) => q.measure.as_ref().is_some_and(|m| m.base.is_some()),
                        _ => false,
                    }
            })
        };
        if ok {
            passed += 1;
        } else {
            let got: Vec<_> = found
                .iter()
                .map(|q| (q.span.slice(sentence), q.value, q.unit))
                .collect();
            println!("FAIL {sentence:?}: want {text:?} {value:?} {unit}, got {got:?}");
        }
    }
    println!("units suite: {passed} / {cases}");
    assert!(cases >= 150, "the suite holds {cases} cases");
    assert!(
        passed >= FLOOR,
        "{passed} of {cases} passed, below the floor of {FLOOR}"
    );
}
