//! The verdict suite: claims and news-style sentences written by the team (`tests/verdicts/`,
//! one file per class of statement), each with the verdict a careful fact-checker gives, the
//! value that decides it and how that value is stated.
//!
//! Every case runs. A class passes when at least its floor of cases is right (`FLOORS`, the
//! count reached when the floor was last raised); the failures are printed with what the tool
//! said, so a change that fixes or breaks a case shows which. Run with `--nocapture` to see
//! the table: `cargo test --test verdicts -- --nocapture`.

use crosscheck::claims::Claims;
use crosscheck::verdict::{Checker, Verdict};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Cases of each class that must be right; raise a floor when a change gets more right.
const FLOORS: &[(&str, usize)] = &[
    ("after_subject", 178),
    ("entities", 196),
    ("lists", 65),
    ("measures", 33),
    ("money", 77),
    ("names", 57),
    ("negation", 83),
    ("ordinals", 58),
    ("part_claims", 44),
    ("parts", 68),
    ("regression", 108),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    id: String,
    topic: String,
    subject: Vec<String>,
    value: String,
    kind: Option<String>,
    /// The claim's `statement`, when the case needs it (which measure it states).
    statement: Option<String>,
    text: String,
    verdict: String,
    found: Option<String>,
    assertion: Option<String>,
    /// The claim's `about` and `not_about` entities.
    about: Option<Vec<String>>,
    not_about: Option<Vec<String>>,
    /// Where the deciding evidence finds the entity: "previous-sentence" or "headline".
    via: Option<String>,
    #[allow(dead_code)]
    note: Option<String>,
}

/// What the tool said of one case, when it is not what the case expects.
fn run(case: &Case) -> Result<(), String> {
    let mut claim = format!(
        "[[claim]]\nid = \"c\"\nsubject = {:?}\nvalue = {:?}\n",
        case.subject, case.value
    );
    if let Some(kind) = &case.kind {
        claim.push_str(&format!("kind = {kind:?}\n"));
    }
    if let Some(statement) = &case.statement {
        claim.push_str(&format!("statement = {statement:?}\n"));
    }
    if let Some(about) = &case.about {
        claim.push_str(&format!("about = {about:?}\n"));
    }
    if let Some(not_about) = &case.not_about {
        claim.push_str(&format!("not_about = {not_about:?}\n"));
    }
    let claims = Claims::parse(Path::new("claims.toml"), &claim)
        .map_err(|e| format!("the claim does not load: {e:?}"))?;
    let checker = Checker::new(&claims.claims).map_err(|e| e.to_string())?;
    let finding = checker.check(&case.text).remove(0);
    let said: Vec<String> = finding
        .evidence
        .iter()
        .map(|e| {
            format!(
                "{} {:?} ({}{})",
                e.verdict.as_str(),
                e.value.slice(&case.text),
                e.assertion.as_str(),
                e.via
                    .map(|v| format!(", via {}", v.source.as_str()))
                    .unwrap_or_default()
            )
        })
        .collect();
    let got = format!("{} [{}]", finding.verdict.as_str(), said.join(", "));
    if finding.verdict.as_str() != case.verdict {
        return Err(got);
    }
    let Some(found) = &case.found else {
        return Ok(());
    };
    let deciding = finding.evidence.iter().find(|e| {
        let value = e.value.slice(&case.text);
        e.verdict == finding.verdict
            && (value.contains(found.as_str()) || found.contains(value))
            && case
                .assertion
                .as_deref()
                .is_none_or(|a| a == e.assertion.as_str())
            && case.via.as_deref() == e.via.map(|v| v.source.as_str())
    });
    match deciding {
        Some(_) => Ok(()),
        None if finding.verdict == Verdict::Mentions => Ok(()),
        None => Err(got),
    }
}

fn suite() -> BTreeMap<String, Vec<Case>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/verdicts");
    let mut classes = BTreeMap::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/verdicts exists")
        .map(|e| e.expect("a readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("a readable suite file");
        let file: File =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let class = path.file_stem().expect("a file name").to_string_lossy();
        classes.insert(class.into_owned(), file.case);
    }
    classes
}

#[test]
fn the_verdict_suite_holds_its_floors() {
    let classes = suite();
    let mut report = String::new();
    let mut below = Vec::new();
    let (mut total, mut right) = (0, 0);
    let mut topics: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (class, cases) in &classes {
        let mut passed = 0;
        for case in cases {
            let outcome = run(case);
            let entry = topics.entry(case.topic.as_str()).or_default();
            entry.0 += 1;
            match outcome {
                Ok(()) => {
                    passed += 1;
                    entry.1 += 1;
                }
                Err(got) => report.push_str(&format!(
                    "  {}: expected {} {:?}{}, got {got}\n    {}\n",
                    case.id,
                    case.verdict,
                    case.found.as_deref().unwrap_or(""),
                    case.assertion
                        .as_deref()
                        .map(|a| format!(" ({a})"))
                        .unwrap_or_default(),
                    case.text
                )),
            }
        }
        let floor = FLOORS
            .iter()
            .find(|(c, _)| c == class)
            .map(|(_, f)| *f)
            .unwrap_or_else(|| panic!("class {class} has no floor in FLOORS"));
        println!(
            "{class:>14}: {passed:>3} / {:>3} right (floor {floor})",
            cases.len()
        );
        if passed < floor {
            below.push(format!("{class}: {passed} < {floor}"));
        }
        total += cases.len();
        right += passed;
    }
    println!("{:>14}: {right:>3} / {total:>3} right", "all");
    for (topic, (n, ok)) in &topics {
        println!("{topic:>14}: {ok:>3} / {n:>3}");
    }
    println!("failures:\n{report}");
    assert!(below.is_empty(), "below the floor: {below:?}\n{report}");
}

#[test]
fn the_suite_is_well_formed() {
    let classes = suite();
    let mut ids = std::collections::HashSet::new();
    for cases in classes.values() {
        for case in cases {
            assert!(ids.insert(case.id.as_str()), "duplicate id {}", case.id);
            assert!(
                matches!(case.verdict.as_str(), "supports" | "conflicts" | "mentions"),
                "{}: verdict {}",
                case.id,
                case.verdict
            );
            if let Some(found) = &case.found {
                assert!(case.text.contains(found.as_str()), "{}: found", case.id);
            } else {
                assert_eq!(case.verdict, "mentions", "{}: a found value", case.id);
            }
        }
    }
    assert!(ids.len() >= 300, "{} cases", ids.len());
}
