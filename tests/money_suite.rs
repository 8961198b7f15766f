//! The team's money suite: `tests/money/cases.tsv`, news sentences in the forms money is
//! written in (symbols and their national prefixes, ISO codes before, after or glued to the
//! figure, currency names with and without their nation, scale words and letters, minor
//! units), over more than 25 currencies. Each line: the sentence, the amount a reader takes
//! from it, and its ISO 4217 code ("-" for a name several currencies share, which is money of
//! no known currency). A case passes when `extract` reads a money quantity of that amount and
//! code in the sentence. `cargo test --test money_suite -- --nocapture` lists the failures.

use crosscheck::quantity::{QuantityKind, extract};

/// The cases passed when the floor was last raised; raise it as the count rises.
const FLOOR: usize = 150;

#[test]
fn money_as_news_writes_it() {
    let data = include_str!("money/cases.tsv");
    let mut cases = 0;
    let mut passed = 0;
    let mut currencies = std::collections::BTreeSet::new();
    for line in data
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let fields: Vec<&str> = line.split('\t').collect();
        let [text, value, code] = fields[..] else {
            panic!("three tab-separated fields: {line:?}");
        };
        let value: f64 = value.parse().unwrap_or_else(|e| panic!("{line:?}: {e}"));
        let unit = (code != "-").then_some(code);
        currencies.insert(code);
        cases += 1;
        let found = extract(text);
        let ok = found.iter().any(|q| {
            q.kind == QuantityKind::Money
                && q.unit == unit
                && q.value
                    .is_some_and(|v| (v - value).abs() <= 1e-9 * value.abs().max(1.0))
        });
        if ok {
            passed += 1;
        } else {
            let got: Vec<_> = found
                .iter()
                .map(|q| (q.span.slice(text), q.kind, q.value, q.unit))
                .collect();
            println!("FAIL {text:?}: want {value} {code}, got {got:?}");
        }
    }
    println!(
        "money suite: {passed} / {cases} over {} currencies",
        currencies.len()
    );
    assert!(
        cases >= 150 && currencies.len() >= 25,
        "the suite's own size"
    );
    assert!(
        passed >= FLOOR,
        "{passed} / {cases} below the floor of {FLOOR}"
    );
}
