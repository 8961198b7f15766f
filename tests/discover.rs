//! `discover` and `suggest` end to end: the JSON contract read back, the drafted claims file
//! loaded and checked (its disagreements come back as conflicts), and the output the same
//! whatever the number of threads.

use crosscheck::claims::Claims;
use crosscheck::discover::render::{self, JsonReport};
use crosscheck::discover::{self, DiscoverOptions, draft};
use crosscheck::verdict::Verdict;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn run(threads: &str, args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .current_dir(root())
        .env("RAYON_NUM_THREADS", threads)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

#[test]
fn the_json_contract_reads_back_as_written() {
    let (status, json) = run("2", &["discover", "--format", "json", "corpus"]);
    assert_eq!(status, 1, "disagreements found: exit 1");
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let keys = |v: &serde_json::Value| {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(keys(&value), ["disagreements", "summary", "version"]);
    assert_eq!(value["version"], 1);
    let first = &value["disagreements"][0];
    assert_eq!(keys(first), ["kind", "subject", "values"]);
    assert_eq!(
        keys(&first["values"][0]),
        ["documents", "evidence", "found", "value"]
    );
    assert_eq!(
        keys(&first["values"][0]["evidence"][0]),
        ["column", "found", "line", "path", "sentence"]
    );
    let report: JsonReport = serde_json::from_str(&json).unwrap();
    let discovery = discover::discover(&[root().join("corpus")], &DiscoverOptions::default());
    let subjects: Vec<&str> = report
        .disagreements
        .iter()
        .map(|g| g.subject.as_str())
        .collect();
    let expected: Vec<&str> = discovery
        .disagreements()
        .map(|g| g.subject.as_str())
        .collect();
    assert_eq!(subjects, expected);
    let drones = report
        .disagreements
        .iter()
        .find(|g| g.subject == "armed drones")
        .unwrap();
    let values: Vec<(&str, &str, &[String])> = drones
        .values
        .iter()
        .map(|v| (v.value.as_str(), v.found.as_str(), v.documents.as_slice()))
        .collect();
    assert_eq!(
        values,
        [
            (
                "31",
                "31 armed drones",
                &["corpus/littleafricanews_2023-11.txt".to_string()][..]
            ),
            (
                "30",
                "30 Predator Armed Drones",
                &["corpus/wsws_2022-04.txt".to_string()][..]
            ),
        ]
    );
    assert_eq!(report.summary.disagreements, report.disagreements.len());
}

#[test]
fn a_drafted_claims_file_loads_and_check_finds_its_disagreements() {
    let discovery = discover::discover(&[root().join("corpus")], &DiscoverOptions::default());
    let toml = draft::claims_toml(&discovery);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("claims.toml");
    std::fs::write(&path, &toml).unwrap();
    let claims = Claims::load(&path).unwrap_or_else(|e| panic!("{e:?}\n{toml}"));
    let report = crosscheck::check(&claims, &[root().join("corpus")]).unwrap();
    let conflicting: Vec<&str> = report
        .results
        .iter()
        .filter(|r| r.verdict == Verdict::Conflicts)
        .map(|r| &*r.claim)
        .collect();
    for id in ["armed-drones-count", "blinken-name", "2-2-dialogue-ordinal"] {
        assert!(
            conflicting.contains(&id),
            "{id} not a conflict: {conflicting:?}\n{toml}"
        );
    }
    let disagreements = discovery.disagreements().count();
    let mut ids: Vec<&str> = conflicting.clone();
    ids.dedup();
    assert_eq!(ids.len(), disagreements, "{conflicting:?}");
}

#[test]
fn output_is_the_same_for_any_number_of_threads() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    let seeds: Vec<PathBuf> = std::fs::read_dir(root().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    for i in 0..300 {
        let mut seeds = seeds.clone();
        seeds.sort();
        let text = std::fs::read_to_string(&seeds[i % seeds.len()])
            .unwrap()
            .replace("31 armed drones", &format!("{} armed drones", 29 + i % 4))
            .replace("fifth", ["fifth", "fourth", "fifth", "sixth"][i % 4]);
        let sub = corpus.join(format!("{:02}", i % 7));
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(sub.join(format!("article-{i:04}.txt")), text).unwrap();
    }
    let corpus = corpus.to_str().unwrap();
    for format in ["table", "json", "jsonl", "markdown"] {
        let one = run("1", &["discover", "--format", format, corpus]);
        let two = run("2", &["discover", "--format", format, corpus]);
        assert_eq!(one, two, "{format}");
        assert_eq!(one.0, 1);
    }
    assert_eq!(
        run("1", &["suggest", corpus]),
        run("2", &["suggest", corpus])
    );
}

#[test]
fn the_json_of_no_disagreement_is_empty_and_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "The city bought 45 buses.\n").unwrap();
    std::fs::write(dir.path().join("b.txt"), "The council bought 45 buses.\n").unwrap();
    let (status, json) = run(
        "1",
        &["discover", "--format", "json", dir.path().to_str().unwrap()],
    );
    assert_eq!(status, 0);
    let report: JsonReport = serde_json::from_str(&json).unwrap();
    assert!(report.disagreements.is_empty());
    assert_eq!(report.version, render::VERSION);
}
