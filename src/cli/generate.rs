//! `crosscheck completions SHELL` and `crosscheck man`: generated from the command definition,
//! so they never drift from `--help`.

use clap::Command;
use clap_complete::Shell;
use std::io::Write;
use std::process::ExitCode;

/// Prints the completion script for `shell` on stdout.
pub fn completions(mut command: Command, shell: Shell) -> ExitCode {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command, "crosscheck", &mut out);
    write_stdout(&out)
}

/// Prints the man page (roff) on stdout: `crosscheck man > crosscheck.1`.
pub fn man(command: Command) -> ExitCode {
    let mut out = Vec::new();
    if let Err(e) = clap_mangen::Man::new(command).render(&mut out) {
        eprintln!("error: cannot render the man page: {e}");
        return ExitCode::from(super::EXIT_ERROR);
    }
    write_stdout(&out)
}

fn write_stdout(bytes: &[u8]) -> ExitCode {
    let mut stdout = std::io::stdout();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::from(super::EXIT_ERROR),
    }
}
