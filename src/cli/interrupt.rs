//! What SIGINT, SIGTERM and SIGHUP do while agreements writes an export. An export registers
//! its temporary file or folder here: an interruption removes each one, then ends the process
//! with 128 + the signal's number, as a shell reports it. A swap of a finished export into place
//! holds [`hold`], and an interruption waits for it, so that PATH is left with the old export or
//! the new one, never half of each. (While a pager runs, SIGINT is the pager's: see
//! `pager::leave_sigint`.)

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, Once};

/// The temporaries to remove on an interruption.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Held while a temporary is made and registered, and while a finished export is put in place;
/// an interruption takes it before it cleans up.
static SWAP: Mutex<()> = Mutex::new(());

/// A temporary that an interruption removes, until the guard is dropped.
#[derive(Debug)]
pub struct Registered(PathBuf);

/// Removes `path` (a file, or a folder this process made) on an interruption, until the guard
/// returned is dropped.
pub fn remember(path: &Path) -> Registered {
    INSTALL.call_once(install);
    pending().push(path.to_path_buf());
    Registered(path.to_path_buf())
}

impl Drop for Registered {
    fn drop(&mut self) {
        pending().retain(|path| *path != self.0);
    }
}

/// Installs the handlers once, when the first temporary is about to be made.
static INSTALL: Once = Once::new();

/// Keeps interruptions waiting until the guard is dropped (not reentrant: hold it once). The
/// handlers are in place before it returns: a temporary made under it is never left behind by a
/// signal that came before [`remember`].
pub fn hold() -> MutexGuard<'static, ()> {
    INSTALL.call_once(install);
    SWAP.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn pending() -> MutexGuard<'static, Vec<PathBuf>> {
    PENDING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Removes what is registered, waiting for a swap to end first.
fn clean_up() {
    let _swap = hold();
    for path in pending().drain(..) {
        let _ = std::fs::remove_file(&path).or_else(|_| std::fs::remove_dir_all(&path));
    }
}

#[cfg(unix)]
fn install() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            clean_up();
            std::process::exit(128 + signal);
        }
    });
}

#[cfg(not(unix))]
fn install() {}
