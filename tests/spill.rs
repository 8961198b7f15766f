//! The table of a corpus too large to show as columns sets its conflicts aside in a temporary
//! file. Where no temporary file can be made (TMPDIR missing), the run keeps them in memory
//! instead, and the output is the same, accepted conflicts included.

use std::path::Path;
use std::process::{Command, Output};

const CLAIMS: &str = r#"
[[claim]]
id = "drone-count"
subject = ["armed drones", "drones"]
value = "31"

[[claim]]
id = "deal-value"
subject = "deal"
value = "$3 billion"
"#;

fn crosscheck(dir: &Path, tmpdir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "160")
        .env("TMPDIR", tmpdir)
        .output()
        .expect("crosscheck runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_large_table_is_the_same_with_or_without_a_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("claims.toml"), CLAIMS).unwrap();
    std::fs::create_dir(root.join("corpus")).unwrap();
    // 60 documents: more than 160 columns can show, so the table turns and keeps conflicts only.
    for i in 0..60 {
        let article = format!(
            "India will buy {} armed drones.\n\nThe deal is worth ${} billion.\n",
            29 + i % 4,
            2 + i % 3
        );
        std::fs::write(root.join(format!("corpus/article-{i:02}.txt")), article).unwrap();
    }
    let usable = root.join("tmp");
    std::fs::create_dir(&usable).unwrap();
    let missing = root.join("no-such-tmp");

    // Accept today's conflicts, then change two articles so that theirs are new.
    let written = crosscheck(root, &usable, &["baseline", "--quiet"]);
    assert_eq!(written.status.code(), Some(0), "{}", text(&written.stderr));
    std::fs::write(
        root.join("corpus/article-00.txt"),
        "India will buy 28 armed drones.\n",
    )
    .unwrap();
    std::fs::write(
        root.join("corpus/article-07.txt"),
        "The deal is worth $9 billion.\n",
    )
    .unwrap();

    for args in [
        &["check", "--quiet"][..],
        &["check", "--quiet", "--baseline", "crosscheck-baseline.json"][..],
    ] {
        let on_disk = crosscheck(root, &usable, args);
        let in_memory = crosscheck(root, &missing, args);
        let table = text(&on_disk.stdout);
        assert_eq!(on_disk.status.code(), Some(1), "{table}");
        assert_eq!(in_memory.status.code(), Some(1));
        assert_eq!(table, text(&in_memory.stdout), "{args:?}");
        assert!(table.contains("conflicting documents"), "{table}");
        assert!(
            table.contains("✗ drone-count corpus/article-00.txt:1:16"),
            "{table}"
        );
        assert!(table.contains("«28 armed drones»"), "{table}");
        let accepted = table.matches("accepted (baseline)").count();
        if args.len() > 2 {
            assert_eq!(accepted, 84 - 2, "{table}");
        } else {
            assert_eq!(accepted, 0, "{table}");
        }
    }
    assert_eq!(
        std::fs::read_dir(&usable).unwrap().count(),
        0,
        "the temporary file is gone after the run"
    );
}
