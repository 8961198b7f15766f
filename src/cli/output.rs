//! Where a report goes: stdout, or `--output FILE` written atomically.
//!
//! A file is written to a temporary file in the same directory and renamed over the target only
//! once complete, so a reader (or a crashed run) never sees half a report. An existing file is
//! never replaced without `--force`: it is checked before the run, so no work is wasted, and
//! again at the rename, so a file created meanwhile is not clobbered either.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once};

/// Temporary files being written, removed if the run is interrupted (^C) so that an interrupt
/// leaves nothing behind: the target is untouched and no `.crosscheck-*.tmp` remains.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Exit status after an interrupt, as shells report SIGINT.
const EXIT_INTERRUPTED: i32 = 130;

fn remove_pending_on_interrupt() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        // If a handler cannot be installed, an interrupt only leaves a stray temporary file.
        let _ = ctrlc::set_handler(|| {
            if let Ok(pending) = PENDING.lock() {
                for path in pending.iter() {
                    let _ = std::fs::remove_file(path);
                }
            }
            std::process::exit(EXIT_INTERRUPTED);
        });
    });
}

/// The file at `path` is no longer ours to remove: it was moved into place or failed.
fn forget_pending(path: &Path) {
    if let Ok(mut list) = PENDING.lock() {
        list.retain(|p| p != path);
    }
}

pub enum Sink {
    /// A terminal that takes colour (anstream adapts it, e.g. for old Windows consoles).
    Stdout(anstream::AutoStream<io::Stdout>),
    /// Stdout that takes no colour (a pipe, a file, `NO_COLOR`): written as is, since nothing
    /// coloured is ever written to it, rather than scanned for escapes to strip (a large
    /// table is tens of megabytes).
    Plain(io::Stdout),
    File {
        temp: tempfile::NamedTempFile,
        target: PathBuf,
        force: bool,
    },
}

impl Sink {
    /// Stdout when `target` is `None`; else a temporary file beside `target`.
    pub fn open(target: Option<&Path>, force: bool) -> Result<Sink, String> {
        let Some(target) = target else {
            let stdout = io::stdout();
            let choice = anstream::AutoStream::choice(&stdout);
            return Ok(if choice == anstream::ColorChoice::Never {
                Sink::Plain(stdout)
            } else {
                Sink::Stdout(anstream::AutoStream::new(stdout, choice))
            });
        };
        if !force && target.exists() {
            return Err(format!(
                "{} exists; pass --force to replace it",
                target.display()
            ));
        }
        let dir = match target.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        remove_pending_on_interrupt();
        // The file is created and registered under the lock the interrupt handler takes, so an
        // interrupt between the two waits for the registration instead of missing the file.
        let mut pending = PENDING
            .lock()
            .map_err(|_| "internal error: lock poisoned".to_string())?;
        let mut builder = tempfile::Builder::new();
        builder.prefix(".crosscheck-").suffix(".tmp");
        // A temporary file is private (0600); the report or baseline it becomes should be
        // readable like any file the user creates (0666 less the umask), e.g. by a CI job.
        #[cfg(unix)]
        builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
        let temp = builder
            .tempfile_in(dir)
            .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
        pending.push(temp.path().to_path_buf());
        drop(pending);
        Ok(Sink::File {
            temp,
            target: target.to_path_buf(),
            force,
        })
    }

    /// Whether ANSI colour may be written (a terminal, no `NO_COLOR`; never into a file).
    pub fn color(&self) -> bool {
        match self {
            Sink::Stdout(_) => true,
            Sink::Plain(_) | Sink::File { .. } => false,
        }
    }

    /// Flushes stdout, or moves the finished file into place.
    pub fn finish(self) -> Result<(), String> {
        match self {
            Sink::Stdout(mut out) => out.flush().map_err(|e| format!("cannot write: {e}")),
            Sink::Plain(mut out) => out.flush().map_err(|e| format!("cannot write: {e}")),
            Sink::File {
                mut temp,
                target,
                force,
            } => {
                let fail =
                    |e: &dyn std::fmt::Display| format!("cannot write {}: {e}", target.display());
                temp.flush().map_err(|e| fail(&e))?;
                let temp_path = temp.path().to_path_buf();
                let persisted = if force {
                    temp.persist(&target)
                } else {
                    temp.persist_noclobber(&target)
                };
                let result = persisted.map(|_| ()).map_err(|e| fail(&e.error));
                forget_pending(&temp_path);
                result
            }
        }
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(out) => out.write(buf),
            Sink::Plain(out) => out.write(buf),
            Sink::File { temp, .. } => temp.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(out) => out.flush(),
            Sink::Plain(out) => out.flush(),
            Sink::File { temp, .. } => temp.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_written_whole_and_never_clobbered_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("report.json");
        let mut sink = Sink::open(Some(&target), false).unwrap();
        sink.write_all(b"first").unwrap();
        assert!(!target.exists(), "nothing at the target before finish");
        sink.finish().unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "first");
        let refused = Sink::open(Some(&target), false).err().unwrap();
        assert!(refused.contains("--force"), "{refused}");
        let mut sink = Sink::open(Some(&target), true).unwrap();
        sink.write_all(b"second").unwrap();
        sink.finish().unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "second");
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file left behind");
    }

    #[cfg(unix)]
    #[test]
    fn a_written_file_has_the_permissions_of_any_file_the_user_creates() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let plain = dir.path().join("plain.txt");
        std::fs::write(&plain, "x").unwrap();
        let target = dir.path().join("report.txt");
        let mut sink = Sink::open(Some(&target), false).unwrap();
        sink.write_all(b"report").unwrap();
        sink.finish().unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        // With the usual umask (022) that is 0644, where a temporary file is 0600.
        assert_eq!(mode(&target), mode(&plain));
    }
}
