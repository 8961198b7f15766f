//! An interrupt (^C) while a report is being written leaves no partial file: the target is not
//! created and the temporary file beside it is removed.

#[cfg(unix)]
#[test]
fn an_interrupted_run_leaves_no_file_behind() {
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("claims.toml"),
        "[[claim]]\nid = \"drone-count\"\nsubject = \"drones\"\nvalue = \"31\"\n",
    )
    .unwrap();
    // Reading standard input that never ends keeps the run busy after the output file is opened.
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .current_dir(dir.path())
        .args(["check", "--output", "report.json", "--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // `Child::wait` closes the child's stdin; held here, it stays open until the child has
    // exited, so the run can only end through the interrupt, not by reaching end of input.
    let _stdin = child.stdin.take();
    let temp_files = || {
        std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(".crosscheck-"))
            .count()
    };
    let start = Instant::now();
    while temp_files() == 0 {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no temporary file appeared"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = child.wait().unwrap();
    assert_eq!(exit.code(), Some(130));
    assert_eq!(temp_files(), 0, "the temporary file was removed");
    assert!(
        !dir.path().join("report.json").exists(),
        "no partial report"
    );
}
