//! The binary in a real terminal under tmux: fitted, coloured tables, search highlights, the
//! graph's outline, the pager for tall output, and no PNG on a screen.

use super::ESCAPE;
use crate::common::{installed, stdout_of};

/// Runs `agreements ARGS` in a real terminal of `width` columns under tmux and returns the screen.
///
/// Each call runs its own tmux server (`-L`, no user configuration): tests run in parallel, and
/// on a shared server one test's last `kill-session` stops the server under another's `new-session`
/// ("server exited unexpectedly").
fn in_tmux(width: u16, args: &str) -> String {
    in_tmux_sized(width, 200, "", args)
}

/// [`in_tmux`] in a terminal `height` rows high, with `env` (`NAME='value' ...`) set.
pub(super) fn in_tmux_sized(width: u16, height: u16, env: &str, args: &str) -> String {
    Session::start(width, height, env, args).screen()
}

/// `agreements ARGS` running in a terminal under its own tmux server.
pub(super) struct Session {
    name: String,
    done: std::path::PathBuf,
}

impl Session {
    /// Starts `agreements ARGS` in a terminal `width` x `height`, with `env` set. The binary is
    /// quoted for the shell, so a clone path with spaces works.
    pub(super) fn start(width: u16, height: u16, env: &str, args: &str) -> Session {
        static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let name = format!("agreements-test-{}-{call}", std::process::id());
        let quoted = |path: &str| format!("'{}'", path.replace('\'', r"'\''"));
        let binary = quoted(env!("CARGO_BIN_EXE_agreements"));
        let done = std::env::temp_dir().join(format!("{name}.done"));
        let script = format!(
            "env -u NO_COLOR -u COLUMNS TERM=xterm-256color {env} {binary} {args}; touch {}; sleep 30",
            quoted(&done.to_string_lossy())
        );
        let session = Session { name, done };
        let (width, height) = (width.to_string(), height.to_string());
        let started = session.tmux(&[
            "new-session",
            "-d",
            "-s",
            &session.name,
            "-x",
            &width,
            "-y",
            &height,
            &script,
        ]);
        assert!(started.status.success(), "{started:?}");
        session
    }

    fn tmux(&self, args: &[&str]) -> std::process::Output {
        std::process::Command::new("tmux")
            .args(["-L", &self.name, "-f", "/dev/null"])
            .args(args)
            .output()
            .unwrap()
    }

    /// Types `keys` (tmux's names: `C-c`, `q`, `Enter`).
    pub(super) fn keys(&self, keys: &[&str]) {
        let target = ["send-keys", "-t", &self.name];
        assert!(self.tmux(&[&target[..], keys].concat()).status.success());
    }

    /// Waits up to five seconds for the command to end, then returns the screen with its
    /// history, and stops the server.
    pub(super) fn screen(self) -> String {
        for _ in 0..100 {
            if self.done.exists() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        let screen = self.tmux(&[
            "capture-pane",
            "-p",
            "-e",
            "-t",
            &self.name,
            "-S",
            "-",
            "-E",
            "-",
        ]);
        String::from_utf8(screen.stdout).unwrap()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
        let _ = std::fs::remove_file(&self.done);
    }
}

#[test]
fn a_real_terminal_gets_a_fitted_coloured_table() {
    if !installed("tmux") {
        return;
    }
    let ids: Vec<String> = crate::output::ids(&[]);
    // The headings at each width: the parties always, the date from 80, the sector, kind and
    // the event (the records are of two) when there is room; the short title under the id when
    // the ids leave no room beside them.
    let cases = [
        (60, "ID / Short title  Parties", 3),
        (80, "ID / Short title  Parties  Signed", 2),
        (120, "ID  Short title  Parties  Signed  Kind", 2),
        (
            200,
            "ID  Short title  Parties  Signed  Sector  Kind  Event",
            1,
        ),
    ];
    for (width, headings, most_lines) in cases {
        let screen = in_tmux(width, "list");
        assert!(screen.contains(ESCAPE), "colour in a terminal at {width}");
        let plain = strip_escapes(&screen);
        for line in plain.lines() {
            assert!(line.chars().count() <= width as usize, "{width}: {line:?}");
        }
        let header: Vec<&str> = plain.lines().next().unwrap().split("  ").collect();
        let header: Vec<&str> = header
            .iter()
            .map(|h| h.trim())
            .filter(|h| !h.is_empty())
            .collect();
        assert_eq!(header.join("  "), headings, "{width}:\n{plain}");
        let lines = lines_per_record(&plain, &ids);
        assert!(
            lines.iter().all(|&(_, n)| n <= most_lines),
            "{width}: at most {most_lines} lines a record: {lines:?}\n{plain}"
        );
    }
}

/// How many lines of the table each record takes: from the line that starts with its id to
/// the next record's, or to the count line.
fn lines_per_record<'a>(table: &str, ids: &'a [String]) -> Vec<(&'a str, usize)> {
    let rows: Vec<&str> = table
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with(' '))
        .collect();
    let starts: Vec<(usize, &str)> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, row)| {
            let first = row.split_whitespace().next()?;
            ids.iter()
                .find(|id| *id == first)
                .map(|id| (i, id.as_str()))
        })
        .collect();
    assert_eq!(starts.len(), ids.len(), "every record shown:\n{table}");
    let ends = starts.iter().skip(1).map(|&(i, _)| i).chain([rows.len()]);
    starts
        .iter()
        .zip(ends)
        .map(|(&(i, id), end)| (id, end - i))
        .collect()
}

pub(super) fn strip_escapes(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == ESCAPE {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn a_real_terminal_highlights_search_matches_and_fits_them() {
    if !installed("tmux") {
        return;
    }
    let screen = in_tmux(70, "search reindeer");
    // tmux re-encodes attributes: the matching word is bold and yellow, whatever the sequence.
    let highlighted = screen
        .split(ESCAPE)
        .any(|piece| piece.contains("33m") && piece.contains("reindeer"));
    assert!(highlighted, "{screen:?}");
    let plain = strip_escapes(&screen);
    assert!(
        plain.contains("  1. live-reindeer-export-protocol"),
        "{plain}"
    );
    for line in plain.lines() {
        assert!(line.chars().count() <= 70, "{line:?}");
    }
}

#[test]
fn graph_gives_a_terminal_an_outline_and_a_pipe_dot() {
    if !installed("tmux") {
        return;
    }
    let screen = strip_escapes(&in_tmux(200, "graph --sector energy"));
    assert!(
        screen.starts_with("4 organisations, 5 documents between them\n"),
        "{screen}"
    );
    assert!(
        screen
            .contains("  with CNPC (CN): gazprom-cnpc-strategic-cooperation, power-of-siberia-2 *"),
        "{screen}"
    );
    assert!(
        screen.contains("To draw it: agreements graph | dot"),
        "{screen}"
    );
    assert!(!screen.contains("graph agreements {"), "{screen}");
    // Piped, or with --format, it is the format.
    assert!(stdout_of(&["graph", "--sector", "energy"]).starts_with("graph agreements {\n"));
    let screen = strip_escapes(&in_tmux(200, "graph --sector energy --format dot"));
    assert!(screen.starts_with("graph agreements {\n"), "{screen}");
}

#[test]
fn a_png_is_never_written_to_a_terminal() {
    if !installed("tmux") {
        return;
    }
    let screen = strip_escapes(&in_tmux(120, "graph --format png; echo exit=$?"));
    assert!(
        screen.starts_with(
            "agreements: a png picture is binary and stdout is a terminal: redirect it to a file (> graph.png)\nexit=2"
        ),
        "{screen}"
    );
}
