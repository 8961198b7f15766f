//! The whole verdict table for the example corpus (`corpus/`) checked against the repo's own
//! `claims.toml`, pinned cell by cell, plus the evidence behind the verdicts that matter most.
//! Each expectation was read off the articles themselves (quoted next to it).

use crosscheck::claims::Claims;
use crosscheck::report::Report;
use crosscheck::verdict::Verdict::{self, Absent, Conflicts, Mentions, Outdated, Supports};
use std::path::{Path, PathBuf};

const DOCUMENTS: [&str; 5] = [
    "littleafricanews_2023-11.txt",
    "new-eastern-outlook_2023-11-18.txt",
    "siliconindia_2023-10-24.txt",
    "world-politics-review_2021.txt",
    "wsws_2022-04.txt",
];

fn report() -> Report {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let claims = Claims::load(&root.join("claims.toml")).expect("the repo's claims.toml loads");
    crosscheck::check(&claims, &[root.join("corpus")]).expect("the matchers build")
}

fn document(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(name)
        .to_string_lossy()
        .replace('\\', "/")
}

#[test]
fn the_verdict_table_is_pinned() {
    let expected: &[(&str, [Verdict; 5])] = &[
        // littleafricanews: "a more than $3 billion deal ... 31 armed drones";
        // wsws: "the purchase of 30 Predator Armed Drones", in April 2022: before the claim's
        // as_of (June 2023), so outdated, not a conflict.
        (
            "drone-count",
            [Supports, Mentions, Mentions, Absent, Outdated],
        ),
        // "more than $3 billion deal", "over $3 billion worth of drones",
        // "over three billion dollars worth of predator drones".
        (
            "drone-deal-value",
            [Supports, Supports, Supports, Absent, Mentions],
        ),
        // "their fifth “2 plus 2” dialogue", "the fifth India-US 2+2 ministerial-level talks",
        // "The fourth round of the “2+2 dialogue”" (April 2022, before the fifth: outdated).
        (
            "dialogue-round",
            [Mentions, Supports, Supports, Mentions, Outdated],
        ),
        // "in New Delhi on November 10, 2023"; "took place between 10 and 15 April". A bare
        // month ("in the first half of November") is not a date.
        (
            "dialogue-date",
            [Mentions, Supports, Mentions, Mentions, Outdated],
        ),
        // "The two-plus-two talks, a tradition since 2018".
        (
            "dialogue-first-year",
            [Supports, Mentions, Mentions, Mentions, Mentions],
        ),
        // "about 60% of India’s military equipment is sourced from Russia".
        (
            "russian-equipment-share",
            [Absent, Absent, Absent, Absent, Supports],
        ),
        // "Antony Blinken", "Antony J. Blinken"; wsws: "Anthony Blinken".
        (
            "blinken-name",
            [Supports, Supports, Supports, Absent, Conflicts],
        ),
        (
            "austin-name",
            [Supports, Supports, Supports, Absent, Supports],
        ),
        // "Subrahmanyam Jaishankar", "S. Jaishankar".
        (
            "jaishankar-name",
            [Supports, Supports, Supports, Supports, Supports],
        ),
    ];
    let report = report();
    assert_eq!(report.documents.len(), 5);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let mut wrong = Vec::new();
    for (claim, verdicts) in expected {
        for (name, verdict) in DOCUMENTS.iter().zip(verdicts) {
            let result = report
                .result(claim, &document(name))
                .unwrap_or_else(|| panic!("no result for {claim} in {name}"));
            if result.verdict != *verdict {
                wrong.push(format!(
                    "{claim} × {name}: expected {verdict:?}, got {:?} {:?}",
                    result.verdict,
                    result
                        .evidence
                        .iter()
                        .map(|e| (&e.found, e.verdict))
                        .collect::<Vec<_>>()
                ));
            }
        }
    }
    assert_eq!(
        report.all_results().count(),
        expected.len() * DOCUMENTS.len()
    );
    assert!(wrong.is_empty(), "wrong verdicts:\n{}", wrong.join("\n"));
}

/// The evidence of one (claim, document) pair, as (value, verdict).
fn evidence(report: &Report, claim: &str, name: &str) -> Vec<(String, Verdict)> {
    report
        .result(claim, &document(name))
        .map(|r| {
            r.evidence
                .iter()
                .map(|e| (e.value.clone(), e.verdict))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn thirty_drones_conflict_and_thirty_one_support() {
    let report = report();
    let wsws = report
        .result("drone-count", &document("wsws_2022-04.txt"))
        .unwrap();
    assert_eq!(wsws.evidence.len(), 1);
    let e = &wsws.evidence[0];
    assert_eq!(e.value, "30");
    assert_eq!(e.found, "30 Predator Armed Drones");
    assert!(
        e.sentence.contains("India’s three armed services"),
        "three is in the sentence but is not the value"
    );
    let text = std::fs::read_to_string(document("wsws_2022-04.txt")).unwrap();
    assert_eq!(&text[e.byte_start..e.byte_end], "30 Predator Armed Drones");
    let line = text.lines().nth(e.line - 1).unwrap();
    assert!(
        line.chars()
            .skip(e.column - 1)
            .collect::<String>()
            .starts_with("30 Predator")
    );
    assert_eq!(
        evidence(&report, "drone-count", "littleafricanews_2023-11.txt"),
        vec![("31".to_string(), Supports)]
    );
}

#[test]
fn fifth_largest_economy_is_never_the_round() {
    let report = report();
    let neo = report
        .result(
            "dialogue-round",
            &document("new-eastern-outlook_2023-11-18.txt"),
        )
        .unwrap();
    assert!(
        neo.evidence
            .iter()
            .all(|e| !e.sentence.contains("fifth-largest"))
    );
    assert!(
        neo.evidence
            .iter()
            .all(|e| e.value == "fifth" && e.verdict == Supports)
    );
    assert_eq!(
        evidence(&report, "dialogue-round", "wsws_2022-04.txt"),
        vec![("fourth".to_string(), Outdated)]
    );
}

#[test]
fn names_support_with_initials_and_conflict_when_misspelt() {
    let report = report();
    assert_eq!(
        evidence(&report, "blinken-name", "wsws_2022-04.txt"),
        vec![("Anthony Blinken".to_string(), Conflicts)]
    );
    assert_eq!(
        evidence(&report, "blinken-name", "siliconindia_2023-10-24.txt"),
        vec![("Antony J. Blinken".to_string(), Supports)]
    );
    assert!(
        evidence(&report, "jaishankar-name", "wsws_2022-04.txt")
            .contains(&("S. Jaishankar".to_string(), Supports))
    );
}

#[test]
fn identical_runs_give_identical_json() {
    let a = crosscheck::report::json::render(&report());
    let b = crosscheck::report::json::render(&report());
    assert_eq!(a, b);
    let parsed: serde_json::Value = serde_json::from_str(&a).unwrap();
    assert_eq!(parsed["version"], 2);
    // The pairs whose subject occurs; the absent ones only counted.
    assert_eq!(parsed["results"].as_array().unwrap().len(), 37);
    assert_eq!(parsed["summary"]["absent"], 8);
}
