//! The GitHub Action's script (`action/run.sh`, what `action.yml` runs), run locally on the
//! example corpus with a temporary `$GITHUB_STEP_SUMMARY`: annotations in the log, the Markdown
//! table in the summary, crosscheck's exit status as the step's.

use std::path::Path;
use std::process::{Command, Output};

fn run_action(summary: &Path, fail_on: &str) -> Output {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    Command::new("bash")
        .arg(root.join("action/run.sh"))
        .current_dir(root)
        .env("CROSSCHECK_BIN", env!("CARGO_BIN_EXE_crosscheck"))
        .env("GITHUB_STEP_SUMMARY", summary)
        .env("INPUT_FAIL_ON", fail_on)
        .env_remove("INPUT_CLAIMS")
        .env_remove("INPUT_PATHS")
        .env_remove("INPUT_BASELINE")
        .output()
        .expect("bash runs the action script")
}

#[test]
fn the_action_annotates_summarises_and_fails_on_conflicts() {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap();
    let out = run_action(&summary, "conflicts");
    let log = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{log}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        log.contains("::error file=corpus/wsws_2022-04.txt,line=16,col=261,endLine=16,endColumn=276,title=crosscheck blinken-name::found Anthony Blinken, claim Antony Blinken\n"),
        "{log}"
    );
    // The April 2022 article's 30 drones predate the claim's as_of: a notice, not an error.
    assert!(
        log.contains("::notice file=corpus/wsws_2022-04.txt,line=22,col=180,endLine=22,endColumn=204,title=crosscheck drone-count::found 30, claim 31 as of 2023-06-21 (outdated: stated before)\n"),
        "{log}"
    );
    let written = std::fs::read_to_string(&summary).unwrap();
    assert!(
        written.starts_with("earlier step\n## crosscheck\n"),
        "appended: {written}"
    );
    assert!(
        written.contains("| drone-count | ✓ 31 | · mention | · mention | — | ⌛ 30 |"),
        "{written}"
    );

    let never = run_action(&summary, "never");
    assert_eq!(never.status.code(), Some(0));
}

#[test]
fn the_action_and_hook_definitions_point_at_the_script_and_command() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let action = std::fs::read_to_string(root.join("action.yml")).unwrap();
    assert!(action.contains("using: composite"));
    assert!(action.contains("\"$GITHUB_ACTION_PATH/action/run.sh\""));
    let hooks = std::fs::read_to_string(root.join(".pre-commit-hooks.yaml")).unwrap();
    assert!(hooks.contains("entry: crosscheck check"));
}
