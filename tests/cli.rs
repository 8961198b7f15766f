//! CLI tests as data files: each `tests/cmd/*.toml` runs `crosscheck` in its `.in/` folder (or
//! the `fs.cwd` it names) and pins the exit code, stdout and stderr.
//! Refresh the expected output after an intended change with `TRYCMD=overwrite cargo test --test cli`.

#[test]
fn cli() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}
