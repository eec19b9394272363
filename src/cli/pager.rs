//! Long output for a person goes through a pager, as git and gh do: only when standard output
//! is a terminal, only when the output is taller than the screen, and never with `--no-pager`.
//! The pager is `AGREEMENTS_PAGER`, else `PAGER`, else `less -FRX` (an empty one means none);
//! `less` gets `LESS=FRX` when `LESS` is unset, so colour survives and a short page quits.

use std::io::{IsTerminal, Write};
use std::process::{Command, Stdio};

/// The pager's shell command, or `None` when paging is turned off by an empty variable.
fn command() -> Option<String> {
    let set = |name| std::env::var(name).ok();
    let chosen = set("AGREEMENTS_PAGER").or_else(|| set("PAGER"));
    match chosen {
        Some(command) if command.trim().is_empty() => None,
        Some(command) => Some(command),
        None => Some("less -FRX".into()),
    }
}

/// Whether output may go through the pager: stdout is a terminal and `--no-pager` is not given.
pub fn may_page(no_pager: bool) -> bool {
    !no_pager && std::io::stdout().is_terminal()
}

/// Writes `output` through the pager when one applies, and says whether it did; when it did
/// not, the caller writes the output itself. A pager that cannot be started, or that the shell
/// cannot find or run (exit 127 or 126), is skipped with a warning, so the output is never
/// lost; one that fails otherwise is an output error. While the pager runs, Ctrl-C is its own.
pub fn page(output: &[u8], no_pager: bool) -> std::io::Result<bool> {
    let stdout = std::io::stdout();
    if !may_page(no_pager) {
        return Ok(false);
    }
    let Some((_, height)) = terminal_size::terminal_size_of(&stdout) else {
        return Ok(false);
    };
    let lines = output.iter().filter(|&&byte| byte == b'\n').count();
    let Some(command) = command().filter(|_| lines >= usize::from(height.0)) else {
        return Ok(false);
    };
    let mut pager = Command::new("sh");
    pager.arg("-c").arg(&command).stdin(Stdio::piped());
    if std::env::var_os("LESS").is_none() {
        pager.env("LESS", "FRX");
    }
    let Ok(mut child) = pager.spawn() else {
        return Ok(false);
    };
    leave_sigint();
    if let Some(mut input) = child.stdin.take() {
        // A reader who quits the pager early closes the pipe: that is not an error.
        match input.write_all(output) {
            Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => return Err(error),
            _ => {}
        }
    }
    let status = child.wait()?;
    let quoted = || {
        let command = agreements::sanitize::quoted(&command);
        format!("'{}'", agreements::sanitize::for_terminal(&command))
    };
    match status.code() {
        Some(126 | 127) => {
            let warning = format!(
                "agreements: the pager {} could not be run; printing without it\n",
                quoted()
            );
            let _ = std::io::stderr().write_all(warning.as_bytes());
            Ok(false)
        }
        Some(code) if code != 0 => Err(std::io::Error::other(format!(
            "the pager {} failed with exit status {code}",
            quoted()
        ))),
        _ => Ok(true),
    }
}

/// From now on SIGINT no longer ends agreements: the pager it waits for gets it, as git does
/// (Ctrl-C in `less` must not end agreements under it and drop the shell prompt into the
/// pager's screen; a child's handlers are reset when it starts, so the pager's own Ctrl-C
/// still works).
fn leave_sigint() {
    #[cfg(unix)]
    {
        let ignored = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let _ = signal_hook::flag::register(signal_hook::consts::SIGINT, ignored);
    }
}
