//! What the browser asks of the world: open a URL, copy a text. Each returns the status line's
//! message, which says plainly when it may not have worked.

use agreements::sanitize::quoted;
use base64::Engine;
use std::io::{self, Write};
use std::process::{Command, Stdio};

/// The program that opens links: `AGREEMENTS_OPENER` (a command and its arguments), else the
/// system's own.
fn opener() -> Vec<String> {
    let configured = std::env::var("AGREEMENTS_OPENER").unwrap_or_default();
    let words: Vec<String> = configured.split_whitespace().map(String::from).collect();
    if !words.is_empty() {
        return words;
    }
    let system = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    vec![system.to_string()]
}

/// Opens `url` with the opener, without waiting for it and with its output kept off the screen.
pub fn open(url: &str) -> String {
    let opener = opener();
    let (program, arguments) = opener.split_first().map_or(("", &[][..]), |(p, a)| (p, a));
    let spawned = Command::new(program)
        .args(arguments)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    match spawned {
        Ok(mut child) => {
            // Reaped in the background, so no zombie is left.
            std::thread::spawn(move || child.wait());
            format!("Opened {} with {}", quoted(url), quoted(program))
        }
        Err(error) => format!(
            "Cannot open links ({}: {error}); set AGREEMENTS_OPENER. The link: {}",
            quoted(program),
            quoted(url)
        ),
    }
}

/// Puts `text` on the clipboard with an OSC 52 sequence, which the terminal (not this
/// program) carries out; many terminals and tmux's default settings ignore it.
pub fn copy(terminal: &mut impl Write, what: &str, text: &str) -> io::Result<String> {
    let payload = base64::engine::general_purpose::STANDARD.encode(text);
    super::flushed(terminal, format!("\x1b]52;c;{payload}\x07").as_bytes())?;
    Ok(format!(
        "Copied the {what} (OSC 52: if nothing was copied, your terminal does not support it)"
    ))
}
