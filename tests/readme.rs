//! The README's usage block is `crosscheck check --help`, verbatim: the documentation cannot
//! drift from the program. After changing an option, paste the new `--help` into the block
//! under "## Usage" (or run with `CROSSCHECK_BLESS=1` to have it done).

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
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let start = readme
        .find(START)
        .expect("the README has the usage block marker")
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
        "README usage block differs from `crosscheck check --help`"
    );
}
