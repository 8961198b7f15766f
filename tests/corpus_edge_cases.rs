//! The corpus as a new user's disk really is: encodings, line endings, binary files, links,
//! odd names, duplicates, hidden and ignored files. Each case runs the real binary and reads
//! back its JSON report (the contract), so positions are checked exactly.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

const CLAIMS: &str =
    "[[claim]]\nid = \"drone-count\"\nsubject = [\"armed drones\", \"drones\"]\nvalue = \"31\"\n";

struct Run {
    code: i32,
    json: Value,
    stderr: String,
}

fn run(dir: &Path, args: &[&str]) -> Run {
    std::fs::write(dir.join("claims.toml"), CLAIMS).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .current_dir(dir)
        .args(["check", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        json: serde_json::from_slice(&out.stdout).unwrap_or(Value::Null),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("corpus")).unwrap();
    dir
}

/// (document, verdict, line, column) of every piece of evidence.
fn evidence(json: &Value) -> Vec<(String, String, u64, u64)> {
    let mut out = Vec::new();
    for result in json["results"].as_array().unwrap() {
        for e in result["evidence"].as_array().unwrap() {
            out.push((
                result["document"].as_str().unwrap().to_string(),
                e["verdict"].as_str().unwrap().to_string(),
                e["line"].as_u64().unwrap(),
                e["column"].as_u64().unwrap(),
            ));
        }
    }
    out
}

fn documents(json: &Value) -> Vec<String> {
    json["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn encodings_and_line_endings_keep_positions_right() {
    let dir = corpus();
    let c = dir.path().join("corpus");
    std::fs::write(
        c.join("a-crlf.txt"),
        "Drone deal\r\n\r\nIndia will buy 31 armed drones.\r\n",
    )
    .unwrap();
    std::fs::write(
        c.join("b-bom.txt"),
        "\u{feff}India will buy 30 armed drones.",
    )
    .unwrap();
    let mut utf16le = vec![0xFF, 0xFE];
    let mut utf16be = vec![0xFE, 0xFF];
    for unit in "Title\nThey want 31 drones.\n".encode_utf16() {
        utf16le.extend_from_slice(&unit.to_le_bytes());
        utf16be.extend_from_slice(&unit.to_be_bytes());
    }
    std::fs::write(c.join("c-utf16le.txt"), utf16le).unwrap();
    std::fs::write(c.join("d-utf16be.txt"), utf16be).unwrap();
    std::fs::write(
        c.join("e-latin1.txt"),
        b"Caf\xe9 talk.\nIndia will buy 30 drones.",
    )
    .unwrap();
    std::fs::write(c.join("f-empty.txt"), "").unwrap();
    std::fs::write(c.join("g-no-newline.md"), "India will buy 31 drones.").unwrap();
    let run = run(dir.path(), &["corpus"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        evidence(&run.json),
        [
            ("corpus/a-crlf.txt".into(), "supports".into(), 3, 16),
            ("corpus/b-bom.txt".into(), "conflicts".into(), 1, 16),
            ("corpus/c-utf16le.txt".into(), "supports".into(), 2, 11),
            ("corpus/d-utf16be.txt".into(), "supports".into(), 2, 11),
            ("corpus/e-latin1.txt".into(), "conflicts".into(), 2, 16),
            ("corpus/g-no-newline.md".into(), "supports".into(), 1, 16),
        ]
    );
    assert_eq!(
        documents(&run.json).len(),
        7,
        "the empty file is checked too"
    );
    assert!(
        run.stderr
            .contains("warning: corpus/e-latin1.txt: invalid UTF-8 at byte 3"),
        "{}",
        run.stderr
    );
}

#[test]
fn binary_files_are_skipped_with_a_note_and_do_not_fail_the_run() {
    let dir = corpus();
    let c = dir.path().join("corpus");
    std::fs::write(c.join("image.txt"), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap();
    std::fs::write(c.join("news.txt"), "India will buy 31 drones.").unwrap();
    let run = run(dir.path(), &["corpus"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(documents(&run.json), ["corpus/news.txt"]);
    assert!(
        run.stderr
            .contains("warning: corpus/image.txt: binary file skipped"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_same_file_named_twice_is_checked_once() {
    let dir = corpus();
    std::fs::write(
        dir.path().join("corpus/news.txt"),
        "India will buy 30 drones.",
    )
    .unwrap();
    let run = run(
        dir.path(),
        &["corpus", "corpus/news.txt", "./corpus/news.txt"],
    );
    assert_eq!(run.code, 1);
    assert_eq!(documents(&run.json), ["corpus/news.txt"]);
    assert_eq!(run.json["results"].as_array().unwrap().len(), 1);
}

#[test]
fn hidden_and_ignored_files_are_skipped_unless_asked_for() {
    let dir = corpus();
    let c = dir.path().join("corpus");
    std::fs::write(c.join(".draft.txt"), "India will buy 30 drones.").unwrap();
    std::fs::write(c.join(".gitignore"), "scratch/\n").unwrap();
    std::fs::create_dir(c.join("scratch")).unwrap();
    std::fs::write(c.join("scratch/notes.md"), "India will buy 29 drones.").unwrap();
    std::fs::write(c.join("news.txt"), "India will buy 31 drones.").unwrap();
    let run = run(dir.path(), &["corpus"]);
    assert_eq!(
        (run.code, documents(&run.json)),
        (0, vec!["corpus/news.txt".to_string()])
    );
    let all = crate::run(dir.path(), &["--hidden", "--no-ignore", "corpus"]);
    assert_eq!(all.code, 1);
    assert_eq!(
        documents(&all.json),
        [
            "corpus/.draft.txt",
            "corpus/news.txt",
            "corpus/scratch/notes.md"
        ]
    );
}

#[test]
fn files_over_the_size_limit_are_skipped_with_a_warning() {
    let dir = corpus();
    std::fs::write(
        dir.path().join("corpus/big.txt"),
        "India will buy 30 drones. ".repeat(100),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("corpus/small.txt"),
        "India will buy 31 drones.",
    )
    .unwrap();
    let run = run(dir.path(), &["--max-filesize", "1000", "corpus"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(documents(&run.json), ["corpus/small.txt"]);
    assert!(
        run.stderr.contains(
            "warning: corpus/big.txt: skipped: 2600 bytes is over the size limit of 1000 bytes"
        ),
        "{}",
        run.stderr
    );
}

#[cfg(unix)]
#[test]
fn link_loops_and_dangling_links_do_not_trap_the_walk() {
    let dir = corpus();
    let c = dir.path().join("corpus");
    std::fs::write(c.join("news.txt"), "India will buy 31 drones.").unwrap();
    std::os::unix::fs::symlink(&c, c.join("loop")).unwrap();
    std::os::unix::fs::symlink(c.join("a.txt"), c.join("b.txt")).unwrap();
    std::os::unix::fs::symlink(c.join("b.txt"), c.join("a.txt")).unwrap();
    let run = run(dir.path(), &["corpus"]);
    assert_eq!(
        (run.code, documents(&run.json)),
        (0, vec!["corpus/news.txt".to_string()]),
        "{}",
        run.stderr
    );
    let named = crate::run(dir.path(), &["corpus/a.txt", "corpus/news.txt"]);
    assert_eq!(named.code, 2, "a loop named explicitly is an error");
    assert!(
        named
            .stderr
            .contains("error: corpus/a.txt: cannot read path"),
        "{}",
        named.stderr
    );
    assert_eq!(documents(&named.json), ["corpus/news.txt"]);
}

#[cfg(unix)]
#[test]
fn file_names_that_are_not_utf8_are_read_and_shown() {
    use std::os::unix::ffi::OsStrExt;
    let dir = corpus();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    std::fs::write(
        dir.path().join("corpus").join(name),
        "India will buy 30 drones.",
    )
    .unwrap();
    let run = run(dir.path(), &["corpus"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(documents(&run.json), ["corpus/caf\u{FFFD}.txt"]);
}

/// Root reads any file whatever its permissions, so an unreadable file is one the kernel
/// refuses to read: /proc/self/mem fails with EIO at offset 0.
#[cfg(target_os = "linux")]
#[test]
fn an_unreadable_file_is_reported_and_the_others_still_checked() {
    let dir = corpus();
    std::fs::write(
        dir.path().join("corpus/news.txt"),
        "India will buy 30 drones.",
    )
    .unwrap();
    let run = run(dir.path(), &["/proc/self/mem", "corpus"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("error: /proc/self/mem: cannot read file"),
        "{}",
        run.stderr
    );
    assert_eq!(documents(&run.json), ["corpus/news.txt"]);
    assert_eq!(run.json["summary"]["conflicts"], 1);
}

#[test]
fn an_empty_directory_checks_nothing_and_says_so() {
    let dir = corpus();
    let run = run(dir.path(), &["corpus"]);
    assert_eq!(run.code, 0);
    assert!(documents(&run.json).is_empty());
    assert!(
        run.stderr
            .contains("warning: corpus: no .txt, .md or .html files found"),
        "{}",
        run.stderr
    );
}

#[cfg(target_os = "linux")]
#[test]
fn ten_thousand_files_with_one_bad_one_report_it_and_every_other_verdict() {
    let dir = corpus();
    let c = dir.path().join("corpus");
    for i in 0..10_000 {
        let n = if i % 1000 == 7 { 30 } else { 31 };
        std::fs::write(
            c.join(format!("{i:05}.txt")),
            format!("Report {i}: India will buy {n} armed drones."),
        )
        .unwrap();
    }
    std::fs::write(c.join("04242.txt"), b"\x00\x01binary\x00").unwrap();
    let run = run(dir.path(), &["/proc/self/mem", "corpus"]);
    assert_eq!(run.code, 2, "an unreadable path makes the run an error");
    assert!(
        run.stderr
            .contains("warning: corpus/04242.txt: binary file skipped"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("error: /proc/self/mem: cannot read file"),
        "{}",
        run.stderr
    );
    assert_eq!(documents(&run.json).len(), 9_999);
    let summary = &run.json["summary"];
    assert_eq!(
        (summary["conflicts"].as_u64(), summary["supports"].as_u64()),
        (Some(10), Some(9_989))
    );
}
