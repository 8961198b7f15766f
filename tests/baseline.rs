//! `crosscheck baseline` then `check --baseline`: accepted conflicts stop failing, survive
//! edits elsewhere and moved lines, fail again when the figure in their sentence changes, and
//! entries that match nothing are reported stale.

use std::path::Path;
use std::process::{Command, Output};

const CLAIMS: &str = r#"
[[claim]]
id = "drone-count"
subject = ["armed drones", "drones"]
value = "31"
"#;

const ARTICLE: &str = "The April 2022 plan named 30 armed drones.\n\nNothing else.\n";

fn crosscheck(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("crosscheck runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_baseline_accepts_until_the_sentence_changes() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("claims.toml"), CLAIMS).unwrap();
    std::fs::create_dir(root.join("corpus")).unwrap();
    let article = root.join("corpus/wsws.txt");
    std::fs::write(&article, ARTICLE).unwrap();

    let before = crosscheck(root, &["check", "--quiet"]);
    assert_eq!(
        before.status.code(),
        Some(1),
        "the conflict fails without a baseline"
    );

    let written = crosscheck(root, &["baseline"]);
    assert_eq!(written.status.code(), Some(0), "{}", text(&written.stderr));
    assert!(
        text(&written.stderr).contains("wrote 1 accepted conflict to crosscheck-baseline.json")
    );
    let baseline = std::fs::read_to_string(root.join("crosscheck-baseline.json")).unwrap();
    assert!(
        baseline.contains("\"claim\": \"drone-count\""),
        "{baseline}"
    );
    assert!(
        !baseline.contains("\"line\""),
        "entries are never keyed by line"
    );

    let again = crosscheck(root, &["baseline"]);
    assert_eq!(
        again.status.code(),
        Some(2),
        "an existing baseline needs --force"
    );
    assert!(text(&again.stderr).contains("--force"));

    let check = ["check", "--baseline", "crosscheck-baseline.json"];
    let accepted = crosscheck(root, &check);
    assert_eq!(
        accepted.status.code(),
        Some(0),
        "{}",
        text(&accepted.stderr)
    );
    assert!(text(&accepted.stdout).contains("✗ 30 (accepted)"));
    assert!(text(&accepted.stdout).contains("accepted (baseline)"));

    // Edits elsewhere, the sentence moved down and indented: still accepted.
    let moved = "New first paragraph.\n\nMore text here.\n\n  The April 2022 plan named  30 armed drones.\n";
    std::fs::write(&article, moved).unwrap();
    let still = crosscheck(root, &check);
    assert_eq!(still.status.code(), Some(0), "{}", text(&still.stdout));
    assert!(!text(&still.stderr).contains("stale"));

    // A changed figure in that sentence fails again, and the old entry is stale.
    std::fs::write(&article, moved.replace("30", "32")).unwrap();
    let changed = crosscheck(root, &check);
    assert_eq!(changed.status.code(), Some(1));
    let stderr = text(&changed.stderr);
    assert!(
        stderr.contains("warning: stale baseline entry: drone-count in corpus/wsws.txt"),
        "{stderr}"
    );
    let quiet = crosscheck(
        root,
        &["check", "--quiet", "--baseline", "crosscheck-baseline.json"],
    );
    assert!(
        !text(&quiet.stderr).contains("stale"),
        "--quiet silences warnings"
    );

    // A deleted document makes its entries stale too.
    std::fs::remove_file(&article).unwrap();
    std::fs::write(root.join("corpus/other.txt"), "No subject here.\n").unwrap();
    let gone = crosscheck(root, &check);
    assert!(
        text(&gone.stderr).contains("stale baseline entry"),
        "{}",
        text(&gone.stderr)
    );
}

#[test]
fn a_bad_baseline_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("claims.toml"), CLAIMS).unwrap();
    std::fs::create_dir(root.join("corpus")).unwrap();
    std::fs::write(root.join("corpus/a.txt"), ARTICLE).unwrap();
    std::fs::write(root.join("b.json"), "{\"version\": 7, \"entries\": []}").unwrap();
    let out = crosscheck(root, &["check", "--baseline", "b.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("invalid baseline b.json: version 7"));
}
