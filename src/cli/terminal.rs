//! The edge where the program meets the terminal: its width and whether to colour, decided once
//! and handed to the renderers as a plain [`Terminal`].

use agreements::render::Terminal;
use clap::ValueEnum;
use std::ffi::OsString;
use std::io::IsTerminal;

/// When to colour tables.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour a terminal, unless NO_COLOR is set or TERM is dumb; CLICOLOR_FORCE forces colour
    #[default]
    Auto,
    /// Always colour tables
    Always,
    /// Never colour
    Never,
}

impl ColorChoice {
    /// Whether tables get colour, given whether stdout is a terminal and the environment.
    /// `always` and `never` win over the environment; under `auto`, a non-empty `NO_COLOR`
    /// turns colour off, then a `CLICOLOR_FORCE` other than `0` turns it on, then `TERM=dumb`
    /// or a non-terminal turns it off.
    pub fn enabled(self, stdout_is_terminal: bool, env: impl Fn(&str) -> Option<OsString>) -> bool {
        let set = |name: &str| env(name).filter(|value| !value.is_empty());
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto if set("NO_COLOR").is_some() => false,
            ColorChoice::Auto if set("CLICOLOR_FORCE").is_some_and(|v| v != "0") => true,
            ColorChoice::Auto => {
                stdout_is_terminal && env("TERM").is_none_or(|term| term != "dumb")
            }
        }
    }
}

/// The terminal, decided once: `COLUMNS` when it is a positive number, else the width of stdout
/// when it is a terminal; colour from `choice`, the environment and stdout.
pub fn detect(choice: ColorChoice) -> Terminal {
    let stdout = std::io::stdout();
    let is_terminal = stdout.is_terminal();
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|&c: &u16| c > 0);
    let measured = || {
        is_terminal
            .then(|| terminal_size::terminal_size_of(&stdout))
            .flatten()
            .map(|(width, _)| width.0)
    };
    Terminal {
        width: columns.or_else(measured),
        interactive: is_terminal,
        color: choice.enabled(is_terminal, |name| std::env::var_os(name)),
    }
}

/// Whether standard output is open. Before `main`, Rust's runtime puts a closed stdout on
/// `/dev/null`, so `agreements list >&-` would succeed having written nothing; and that
/// `/dev/null` cannot be told from one a caller chose (Python's `subprocess.DEVNULL`). So on
/// Linux fd 1 is looked at before the runtime starts ([`STDOUT_CLOSED_AT_START`]).
pub fn stdout_is_open() -> bool {
    !STDOUT_CLOSED.load(std::sync::atomic::Ordering::Relaxed)
}

/// Whether fd 1 was closed when the process started.
static STDOUT_CLOSED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Run by the C runtime before Rust's (as the standard library's own argv constructor is):
/// fd 1 is closed when `/proc/self/fd` can be read and has no entry for it.
#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array")]
static STDOUT_CLOSED_AT_START: extern "C" fn() = {
    extern "C" fn look() {
        let proc_readable = std::fs::symlink_metadata("/proc/self/fd/0").is_ok()
            || std::fs::symlink_metadata("/proc/self/fd/2").is_ok();
        let closed = proc_readable && std::fs::symlink_metadata("/proc/self/fd/1").is_err();
        STDOUT_CLOSED.store(closed, std::sync::atomic::Ordering::Relaxed);
    }
    look
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_follows_the_flag_then_the_environment_then_the_terminal() {
        type Env = &'static [(&'static str, &'static str)];
        let cases: [(&str, ColorChoice, bool, Env, bool); 10] = [
            ("auto, terminal", ColorChoice::Auto, true, &[], true),
            ("auto, pipe", ColorChoice::Auto, false, &[], false),
            (
                "NO_COLOR",
                ColorChoice::Auto,
                true,
                &[("NO_COLOR", "1")],
                false,
            ),
            (
                "empty NO_COLOR is unset",
                ColorChoice::Auto,
                true,
                &[("NO_COLOR", "")],
                true,
            ),
            (
                "dumb terminal",
                ColorChoice::Auto,
                true,
                &[("TERM", "dumb")],
                false,
            ),
            (
                "CLICOLOR_FORCE on a pipe",
                ColorChoice::Auto,
                false,
                &[("CLICOLOR_FORCE", "1")],
                true,
            ),
            (
                "CLICOLOR_FORCE=0",
                ColorChoice::Auto,
                false,
                &[("CLICOLOR_FORCE", "0")],
                false,
            ),
            (
                "NO_COLOR beats CLICOLOR_FORCE",
                ColorChoice::Auto,
                true,
                &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")],
                false,
            ),
            (
                "always beats NO_COLOR",
                ColorChoice::Always,
                false,
                &[("NO_COLOR", "1")],
                true,
            ),
            (
                "never beats CLICOLOR_FORCE",
                ColorChoice::Never,
                true,
                &[("CLICOLOR_FORCE", "1")],
                false,
            ),
        ];
        for (name, choice, terminal, env, expected) in cases {
            let lookup = |key: &str| {
                env.iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, v)| OsString::from(v))
            };
            assert_eq!(choice.enabled(terminal, lookup), expected, "{name}");
        }
    }
}
