//! Files that could not be read, or were read with a warning, on stderr.

use crosscheck::corpus::{FileProblem, Severity};
use std::io::Write;

/// `error: PATH: message` and `warning: PATH: message` lines; `quiet` keeps only errors.
pub fn print(problems: &[FileProblem], quiet: bool) {
    let mut stderr = anstream::stderr();
    for problem in problems {
        let level = match problem.severity {
            Severity::Error => "error",
            Severity::Warning if quiet => continue,
            Severity::Warning => "warning",
        };
        let _ = writeln!(stderr, "{level}: {}: {}", problem.path, problem.message);
    }
}
