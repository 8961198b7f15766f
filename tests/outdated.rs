//! `outdated` in every format, on `tests/cmd/outdated.in`: a claim that holds from January
//! 2024, a document dated June 2019 by its file name, one dated March 2024 by its dateline
//! whose sentence says "last year", and an undated one (judged as today, so a conflict). The
//! JSON contract is read back: each document's `date` and `date_source`, the outdated
//! verdicts, `summary.outdated`.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn run(format: &str) -> (String, i32) {
    let output = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["check", "--quiet", "--format", format, "corpus"])
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cmd/outdated.in"))
        .env("NO_COLOR", "1")
        .output()
        .expect("crosscheck runs");
    (
        String::from_utf8(output.stdout).expect("UTF-8 output"),
        output.status.code().unwrap_or(-1),
    )
}

#[test]
fn json_gives_document_dates_and_outdated_verdicts() {
    let (out, code) = run("json");
    assert_eq!(code, 1, "the undated blog's conflict fails the run");
    let json: Value = serde_json::from_str(&out).expect("JSON");
    let dates: Vec<(&str, &Value, &Value)> = json["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| {
            (
                d["path"].as_str().expect("a path"),
                &d["date"],
                &d["date_source"],
            )
        })
        .collect();
    assert_eq!(
        dates,
        [
            (
                "corpus/extension-review.txt",
                &Value::from("2024-03-03"),
                &Value::from("dateline")
            ),
            (
                "corpus/metro_2019-06.txt",
                &Value::from("2019-06"),
                &Value::from("file-name")
            ),
            ("corpus/undated-blog.txt", &Value::Null, &Value::Null),
        ]
    );
    let verdict = |claim: &str, document: &str| {
        json["results"]
            .as_array()
            .expect("results")
            .iter()
            .find(|r| r["claim"] == claim && r["document"] == document)
            .map(|r| r["verdict"].as_str().expect("a verdict").to_string())
    };
    assert_eq!(
        verdict("daily-riders", "corpus/metro_2019-06.txt").as_deref(),
        Some("outdated")
    );
    assert_eq!(
        verdict("daily-riders", "corpus/extension-review.txt").as_deref(),
        Some("outdated")
    );
    assert_eq!(
        verdict("daily-riders", "corpus/undated-blog.txt").as_deref(),
        Some("conflicts")
    );
    // A misspelt name is wrong on any date.
    assert_eq!(
        verdict("director-name", "corpus/metro_2019-06.txt").as_deref(),
        Some("conflicts")
    );
    assert_eq!(json["summary"]["outdated"], 2);
    assert_eq!(json["claims"][0]["as_of"], "2024-01");
}

#[test]
fn every_format_renders_outdated_as_history_not_failure() {
    let (table, _) = run("table");
    assert!(table.contains("⌛ 40,000"), "{table}");
    assert!(table.contains("2 outdated"), "{table}");
    let (jsonl, _) = run("jsonl");
    assert_eq!(
        jsonl.matches("\"verdict\":\"outdated\"").count(),
        4,
        "two results, two evidence: {jsonl}"
    );
    let (csv, _) = run("csv");
    assert!(
        csv.contains("daily-riders,corpus/metro_2019-06.txt,outdated,false,1,26,"),
        "{csv}"
    );
    let (markdown, _) = run("markdown");
    assert!(markdown.contains("⌛ 40,000"), "{markdown}");
    let (github, _) = run("github");
    assert!(
        github.contains("::notice file=corpus/metro_2019-06.txt,line=1,col=26,endLine=1,endColumn=49,title=crosscheck daily-riders::found 40,000, claim 55,000 as of 2024-01 (outdated: stated before)"),
        "{github}"
    );
    assert!(
        github.contains("::error file=corpus/undated-blog.txt"),
        "{github}"
    );
    let (sarif, _) = run("sarif");
    let sarif: Value = serde_json::from_str(&sarif).expect("SARIF is JSON");
    let levels: Vec<&str> = sarif["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| r["level"].as_str().expect("a level"))
        .collect();
    assert_eq!(
        levels.iter().filter(|l| **l == "note").count(),
        2,
        "{levels:?}"
    );
    assert_eq!(
        levels.iter().filter(|l| **l == "error").count(),
        2,
        "{levels:?}"
    );
    let (junit, _) = run("junit");
    assert_eq!(junit.matches("<failure").count(), 2, "{junit}");
    assert!(
        junit.contains("as of 2024-01 (outdated: stated before)"),
        "{junit}"
    );
}

#[test]
fn front_matter_and_html_meta_date_their_documents() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("corpus");
    std::fs::write(
        dir.path().join("claims.toml"),
        "[[claim]]\nid = \"riders\"\nsubject = [\"passengers a day\"]\nvalue = \"55,000\"\nas_of = \"2024-01\"\n",
    )
    .expect("claims");
    std::fs::write(
        corpus.join("notes.md"),
        "---\ntitle: Red Line ridership\ndate: 2019-06-02\n---\n\nThe line carries 40,000 passengers a day.\n",
    )
    .expect("markdown");
    std::fs::write(
        corpus.join("page.html"),
        "<html><head><meta property=\"article:published_time\" content=\"2024-05-01T09:00:00Z\"></head>\
         <body><p>The line carries 40,000 passengers a day.</p></body></html>",
    )
    .expect("html");
    let output = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["check", "--quiet", "--format", "json", "corpus"])
        .current_dir(dir.path())
        .output()
        .expect("crosscheck runs");
    let json: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let documents = json["documents"].as_array().expect("documents");
    assert_eq!(documents[0]["date"], "2019-06-02");
    assert_eq!(documents[0]["date_source"], "front-matter");
    assert_eq!(documents[1]["date"], "2024-05-01");
    assert_eq!(documents[1]["date_source"], "html-meta");
    let verdicts: Vec<&str> = json["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| r["verdict"].as_str().expect("a verdict"))
        .collect();
    // Written before the claim held: outdated; after: a conflict.
    assert_eq!(verdicts, ["outdated", "conflicts"]);
}
