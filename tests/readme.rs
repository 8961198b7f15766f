//! The usage page's block (`docs/usage.md`, linked from the README) is `crosscheck check
//! --help`, verbatim: the documentation cannot drift from the program. After changing an
//! option, paste the new `--help` into the block (or run with `CROSSCHECK_BLESS=1` to have it
//! done).

use std::path::Path;
use std::process::Command;

const START: &str = "<!-- usage: crosscheck check --help -->\n```text\n";
const END: &str = "```\n";

#[test]
fn readme_usage_is_check_help() {
    let help = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["check", "--help"])
        .output()
        .expect("crosscheck runs");
    let help = String::from_utf8(help.stdout).expect("UTF-8 help");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/usage.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let start = readme
        .find(START)
        .expect("docs/usage.md has the usage block marker")
        + START.len();
    let end = start
        + readme[start..]
            .find(END)
            .expect("the usage block is closed");
    if std::env::var_os("CROSSCHECK_BLESS").is_some() {
        let help: String = help
            .lines()
            .map(|l| format!("{}\n", l.trim_end()))
            .collect();
        let updated = format!("{}{help}{}", &readme[..start], &readme[end..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    // Compared line by line without trailing white space, which editors strip.
    let lines = |s: &str| {
        s.lines()
            .map(str::trim_end)
            .map(String::from)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        lines(&readme[start..end]),
        lines(&help),
        "docs/usage.md's usage block differs from `crosscheck check --help`"
    );
}

/// The table at the top of the README is what `check` prints for its first claims file
/// (`tests/cmd/first-claims.toml` runs it and pins that output).
#[test]
fn readme_table_is_the_first_claims_files_output() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let printed = std::fs::read_to_string(root.join("tests/cmd/first-claims.stdout")).unwrap();
    let start = readme
        .find("```text\n")
        .expect("the README opens with a table")
        + 8;
    let end = start + readme[start..].find("```\n").expect("the block is closed");
    assert_eq!(&readme[start..end], printed);
    let claims =
        std::fs::read_to_string(root.join("tests/cmd/first-claims.in/claims.toml")).unwrap();
    assert!(
        readme.contains(&format!("```toml\n# claims.toml\n{claims}```\n")),
        "the README's first claims file is tests/cmd/first-claims.in/claims.toml"
    );
}
