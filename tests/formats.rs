//! Every renderer's expected output, byte for byte, on `tests/cmd/formats.in` (two articles,
//! one conflict accepted by an ignore comment, one not; a pipe and quotes to escape), plus the
//! contracts machines rely on: JSON and JSON Lines read back with serde_json, SARIF valid
//! against the OASIS SARIF 2.1.0 schema (vendored: `tests/sarif-schema-2.1.0.json`), CSV read
//! back with the csv crate.
//!
//! trycmd normalises backslashes in output, which Markdown and JSON escapes need kept, hence
//! these plain files. Refresh after an intended change with
//! `CROSSCHECK_BLESS=1 cargo test --test formats`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cmd/formats.in")
}

/// Runs `crosscheck check --format FORMAT articles` in the fixture: stdout and exit code.
fn run(format: &str) -> (String, i32) {
    let output = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["check", "--quiet", "--format", format, "articles"])
        .current_dir(fixture())
        .env("NO_COLOR", "1")
        .output()
        .expect("crosscheck runs");
    let stdout = String::from_utf8(output.stdout).expect("UTF-8 output");
    (stdout, output.status.code().unwrap_or(-1))
}

fn expect(format: &str, extension: &str) -> String {
    let (actual, code) = run(format);
    assert_eq!(
        code, 1,
        "an unaccepted conflict fails the run in every format"
    );
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/expected")
        .join(format!("formats.{extension}"));
    if std::env::var_os("CROSSCHECK_BLESS").is_some() {
        std::fs::write(&path, &actual).expect("expected file written");
    }
    let expected = std::fs::read_to_string(&path).expect("expected file exists");
    assert_eq!(
        actual,
        expected,
        "{format} output differs from {}",
        path.display()
    );
    actual
}

#[test]
fn table() {
    let out = expect("table", "table.txt");
    assert!(out.contains("✗ 30 (accepted)"));
}

#[test]
fn json_reads_back() {
    let out = expect("json", "json");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["version"], 2);
    assert_eq!(report["summary"]["conflicts"], 3);
    assert_eq!(report["summary"]["accepted"], 1);
    let accepted = &report["results"][2];
    assert_eq!(accepted["claim"], "drone-count");
    assert_eq!(accepted["accepted"], true);
    assert_eq!(accepted["evidence"][0]["accepted"]["by"], "comment");
}

#[test]
fn jsonl_lines_read_back() {
    let out = expect("jsonl", "jsonl");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5);
    assert!(lines[..4].iter().all(|l| l["type"] == "result"));
    assert_eq!(lines[4]["type"], "summary");
    assert_eq!(lines[4]["version"], 2);
}

#[test]
fn markdown() {
    let out = expect("markdown", "md");
    assert!(out.contains("| drone-count | ✗ 30 (accepted) | ✗ 29 |"));
    assert!(out.contains(r"One analyst \| "));
}

#[test]
fn github() {
    let out = expect("github", "github.txt");
    assert!(out.contains("::error file=articles/2023-11_report.txt,line=2,col=44,"));
    assert!(out.contains("title=crosscheck drone-count::found 29, claim 31\n"));
}

#[test]
fn sarif_is_valid_against_the_schema() {
    let out = expect("sarif", "sarif");
    let instance: serde_json::Value = serde_json::from_str(&out).unwrap();
    let schema_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sarif-schema-2.1.0.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(schema_path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // An invalid document is caught, so the check above means something.
    let mut broken = instance.clone();
    broken["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!validator.is_valid(&broken));
    let results = instance["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 3, "one result per conflicting evidence");
    assert_eq!(
        instance["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(results[1]["suppressions"][0]["kind"], "inSource");
}

#[test]
fn junit() {
    let out = expect("junit", "junit.xml");
    assert!(out.contains(r#"<testsuites name="crosscheck" tests="4" skipped="0" failures="2""#));
}

#[test]
fn html() {
    let out = expect("html", "html");
    assert!(out.contains(r#"<button type="button" class="cell" aria-label="drone-count in 2022-04_report: conflicts, ✗ 30 (accepted)">✗ 30 (accepted)</button>"#));
    // The article's quotes are escaped, its text shown as written.
    assert!(out.contains("<blockquote>One analyst | &#34;a sceptic&#34;, wrote that only <mark>29 armed drones</mark> would come.</blockquote>"));
}

#[test]
fn csv_reads_back() {
    let out = expect("csv", "csv");
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4, "a row per claim and document");
    assert_eq!(
        &rows[3][9],
        r#"One analyst | "a sceptic", wrote that only 29 armed drones would come."#
    );
}

/// Runs `crosscheck check --quiet ARGS` on the example corpus with its claims: stdout.
fn run_example(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["check", "--quiet"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("crosscheck runs");
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// By default the formats that list pairs write exactly the pairs of the `--all-pairs` output
/// whose verdict is not `absent`, in the same order, and leave everything else (the summary's
/// counts included) as it is; `--skip-absent`, the old way to ask for that, changes nothing.
/// On the example corpus, where 8 of the 45 pairs are absent.
#[test]
fn absent_pairs_are_listed_only_with_all_pairs() {
    let not_absent = |r: &&serde_json::Value| r["verdict"] != "absent";

    let full: serde_json::Value =
        serde_json::from_str(&run_example(&["--format", "json", "--all-pairs"])).unwrap();
    let found: serde_json::Value =
        serde_json::from_str(&run_example(&["--format", "json"])).unwrap();
    let all = full["results"].as_array().unwrap();
    let kept: Vec<&serde_json::Value> = all.iter().filter(not_absent).collect();
    assert_eq!(all.len(), 45);
    assert_eq!(
        kept.len(),
        37,
        "the example corpus has absent pairs to leave out"
    );
    assert_eq!(
        found["results"]
            .as_array()
            .unwrap()
            .iter()
            .collect::<Vec<_>>(),
        kept
    );
    for field in [
        "version",
        "claims",
        "documents",
        "summary",
        "problems",
        "stale_baseline",
    ] {
        assert_eq!(found[field], full[field], "{field}");
    }
    assert_eq!(found["summary"]["absent"], 8);
    assert_eq!(
        run_example(&["--format", "json", "--skip-absent"]),
        run_example(&["--format", "json"]),
        "--skip-absent is accepted and changes nothing"
    );

    let lines = |out: String| -> Vec<serde_json::Value> {
        out.lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    let full = lines(run_example(&["--format", "jsonl", "--all-pairs"]));
    let found = lines(run_example(&["--format", "jsonl"]));
    assert_eq!(
        found,
        full.iter().filter(not_absent).cloned().collect::<Vec<_>>()
    );
    assert_eq!(found.len(), 37 + 1, "the results, then the summary");
    assert_eq!(full.len(), 45 + 1);

    let rows = |out: String| -> Vec<csv::StringRecord> {
        csv::Reader::from_reader(out.as_bytes())
            .records()
            .map(Result::unwrap)
            .collect()
    };
    let full = rows(run_example(&["--format", "csv", "--all-pairs"]));
    let found = rows(run_example(&["--format", "csv"]));
    let absent: Vec<(String, String)> = full
        .iter()
        .filter(|r| &r[2] == "absent")
        .map(|r| (r[0].to_string(), r[1].to_string()))
        .collect();
    assert_eq!(absent.len(), 8);
    let kept: Vec<&csv::StringRecord> = full.iter().filter(|r| &r[2] != "absent").collect();
    assert_eq!(found.iter().collect::<Vec<_>>(), kept);

    // JUnit: the same test cases less the absent pairs, each suite counting what it holds.
    let cases = |out: &str| -> Vec<(String, String)> {
        out.lines()
            .filter_map(|l| {
                let l = l.trim_start().strip_prefix("<testcase name=\"")?;
                let (name, rest) = l.split_once('"')?;
                let class = rest.strip_prefix(" classname=\"")?.split_once('"')?.0;
                Some((class.to_string(), name.to_string()))
            })
            .collect()
    };
    let full = run_example(&["--format", "junit", "--all-pairs"]);
    let found = run_example(&["--format", "junit"]);
    let kept: Vec<(String, String)> = cases(&full)
        .into_iter()
        .filter(|case| !absent.contains(case))
        .collect();
    assert_eq!(cases(&full).len(), 45);
    assert_eq!(cases(&found), kept);
    assert!(found.contains(r#"<testsuites name="crosscheck" tests="37""#));
}
