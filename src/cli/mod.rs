//! The binary's commands, one file per concern; `main.rs` only declares the command tree and
//! dispatches. Nothing here is part of the library: printing, exit codes and files written are
//! the binary's business.

pub mod args;
pub mod baseline;
pub mod check;
pub mod claims_file;
pub mod discover;
pub mod generate;
pub mod list;
pub mod output;
pub mod problems;
pub mod progress;

/// Exit status when the `--fail-on` condition is met (conflicts, by default).
pub const EXIT_FAIL: u8 = 1;
/// Exit status on an error: a bad claims or baseline file, an unreadable path, an output file
/// that exists.
pub const EXIT_ERROR: u8 = 2;
