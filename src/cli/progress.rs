//! The progress bar: on stderr, only when the corpus is large enough to wait for and stderr is
//! a terminal; never in CI logs (`CI` set) or pipes, never with `--quiet`.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// Fewer documents than this finish before a bar would be worth drawing.
pub const MIN_DOCUMENTS: usize = 200;

pub struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    /// A progress reporter that draws only when allowed (see the module documentation).
    pub fn new(quiet: bool) -> Progress {
        let enabled = !quiet && std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
        Progress {
            bar: enabled.then(|| ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden())),
        }
    }

    /// The walk found `files` documents: show the bar if they are many.
    pub fn start(&mut self, files: usize) {
        let Some(bar) = &self.bar else { return };
        if files < MIN_DOCUMENTS {
            self.bar = None;
            return;
        }
        bar.set_length(files as u64);
        if let Ok(style) = ProgressStyle::with_template(
            "{spinner} checking {pos}/{len} documents {wide_bar} {eta}",
        ) {
            bar.set_style(style);
        }
        bar.set_draw_target(ProgressDrawTarget::stderr());
    }

    /// One document done.
    pub fn advance(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    /// Removes the bar before anything else is printed on stderr.
    pub fn finish(self) {
        if let Some(bar) = self.bar {
            bar.finish_and_clear();
        }
    }
}
