//! `browse` in a real terminal: tmux runs a shell, the test types into it with `send-keys` and
//! reads the screen with `capture-pane`, as a person would see it. Without a terminal, `browse`
//! refuses with exit 2.

use crate::common::{agreements, installed};
use crate::data::{MAY, RECORDS};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// A tmux server of its own (tests run in parallel) with one shell in a `width` x `height`
/// window; killed when dropped.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(width: u16, height: u16) -> Tmux {
        static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let tmux = Tmux {
            socket: format!("agreements-browse-{}-{call}", std::process::id()),
        };
        let (width, height) = (width.to_string(), height.to_string());
        // The binary's folder is on the shell's PATH, so the tests type `agreements`: a typed
        // line that held the clone's path would wrap, or break at a space, in a long one.
        let folder = std::path::Path::new(env!("CARGO_BIN_EXE_agreements"))
            .parent()
            .unwrap();
        let path = quoted(&format!("PATH={}:/usr/bin:/bin", folder.display()));
        let shell =
            format!("env -i {path} HOME=/tmp TERM=xterm-256color PS1='$ ' bash --norc --noprofile");
        let started = tmux.run(&["new-session", "-d", "-x", &width, "-y", &height, &shell]);
        assert!(started.status.success(), "{started:?}");
        tmux.wait_for("$");
        tmux
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .unwrap()
    }

    /// Types `keys` (tmux key names, or literal text with `-l`).
    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys"];
        args.extend(keys);
        assert!(self.run(&args).status.success(), "{keys:?}");
    }

    /// Types a command line into the shell and runs it.
    fn command(&self, line: &str) {
        self.keys(&["-l", line]);
        self.keys(&["Enter"]);
    }

    fn screen(&self) -> String {
        String::from_utf8(self.run(&["capture-pane", "-p"]).stdout).unwrap()
    }

    fn screen_with_attributes(&self) -> String {
        String::from_utf8(self.run(&["capture-pane", "-p", "-e"]).stdout).unwrap()
    }

    /// A tmux format variable of the pane (`alternate_on`, `cursor_flag`, `pane_title`...).
    fn flag(&self, name: &str) -> String {
        let format = format!("#{{{name}}}");
        let output = self.run(&["display-message", "-p", &format]).stdout;
        String::from_utf8(output).unwrap().trim().to_string()
    }

    /// The screen once it shows `text` (within ten seconds, else the test fails).
    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "waited for {text:?}; the screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.run(&["kill-server"]);
    }
}

/// The colour parameters (foreground or background, not the defaults 39 and 49) of every SGR
/// sequence in a `capture-pane -e` screen.
fn colours(screen: &str) -> Vec<u32> {
    let is_colour = |n: &u32| matches!(n, 30..=38 | 40..=48 | 90..=97 | 100..=107);
    (screen.split("\u{1b}[").skip(1))
        .filter_map(|rest| rest.split_once('m').map(|(parameters, _)| parameters))
        .flat_map(|parameters| parameters.split(';').filter_map(|p| p.parse().ok()))
        .filter(is_colour)
        .collect()
}

/// `text` as one word for the shell.
fn quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// The issue's walk: filter by typing, read, follow a related document, go back, help, quit,
/// and the shell is back on a clean screen with its cursor.
fn walk(tmux: &Tmux, env: &str) {
    tmux.command(&format!("{env} agreements browse"));
    tmux.wait_for("? help");
    assert_eq!(tmux.flag("alternate_on"), "1");
    tmux.keys(&["-l", "/gas"]);
    let screen = tmux.wait_for(&format!("Agreements 4/{RECORDS}"));
    assert!(
        screen.contains("gazprom-cnpc-strategic-cooperation"),
        "{screen}"
    );
    assert!(!screen.contains("rt-smg"), "{screen}");
    // Enter keeps the filter, Enter reads the first record, j chooses its first link.
    tmux.keys(&["Enter", "Enter", "j"]);
    tmux.wait_for(&format!("4 of {RECORDS} (+{} unrecorded) · /gas", MAY.1));
    tmux.keys(&["Enter"]);
    let followed = tmux.wait_for("Power of Siberia 2 memorandum ─");
    assert!(followed.contains("power-of-siberia-2"), "{followed}");
    tmux.keys(&["b"]);
    tmux.wait_for("Gazprom-CNPC strategic cooperation ─");
    tmux.keys(&["?"]);
    tmux.wait_for("Keys (any key closes)");
    tmux.keys(&["q"]);
    tmux.keys(&["q"]);
    let start = Instant::now();
    while tmux.flag("alternate_on") != "0" {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "{}",
            tmux.screen()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let screen = tmux.wait_for("browse\n$");
    assert!(
        !screen.contains(&format!("Agreements 4/{RECORDS}")),
        "{screen}"
    );
    assert_eq!(tmux.flag("cursor_flag"), "1", "the cursor is visible again");
}

#[test]
fn a_person_filters_follows_goes_back_and_quits_to_a_clean_shell() {
    if !installed("tmux") {
        return;
    }
    let tmux = Tmux::start(160, 40);
    walk(&tmux, "");
    tmux.command("agreements browse --sector energy");
    let screen = tmux.wait_for("? help");
    let coloured = tmux.screen_with_attributes();
    assert!(screen.contains("5 of 5"), "{screen}");
    assert!(!colours(&coloured).is_empty(), "{coloured:?}");
    tmux.keys(&["C-c"]);
    tmux.wait_for("energy\n$");
    assert_eq!(tmux.flag("alternate_on"), "0");
}

#[test]
fn at_60_columns_without_colour_the_same_walk_works() {
    if !installed("tmux") {
        return;
    }
    let tmux = Tmux::start(60, 20);
    walk(&tmux, "NO_COLOR=1");
    tmux.command("NO_COLOR=1 agreements browse");
    tmux.wait_for("? help");
    let screen = tmux.screen_with_attributes();
    // Reverse video and bold, but no colour.
    assert_eq!(colours(&screen), Vec::<u32>::new(), "{screen:?}");
    assert!(screen.contains("\u{1b}[1;7m"), "reverse video: {screen:?}");
    tmux.keys(&["q"]);
}

#[test]
fn sigterm_gives_the_terminal_back() {
    if !installed("tmux") {
        return;
    }
    let tmux = Tmux::start(100, 30);
    let scratch = crate::common::Scratch::new("browse-sigterm");
    let pid_file = scratch.path("browse.pid");
    tmux.command(&format!("cd {}", quoted(&scratch.0.display().to_string())));
    tmux.command("sh -c 'echo $$ > browse.pid; exec agreements browse'; echo exit=$?");
    tmux.wait_for("? help");
    let pid: i32 = std::fs::read_to_string(&pid_file)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let _ = std::fs::remove_file(&pid_file);
    // SAFETY: a plain system call, on the pid the shell wrote before it became `browse`.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    // Ended by the signal, as the shell reports it (128 + 15).
    let screen = tmux.wait_for("exit=143");
    assert_eq!(tmux.flag("alternate_on"), "0", "{screen}");
    assert_eq!(tmux.flag("cursor_flag"), "1");
}

#[test]
fn escape_sequences_in_the_data_are_shown_not_obeyed() {
    if !installed("tmux") {
        return;
    }
    let tmux = Tmux::start(160, 40);
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/hostile");
    tmux.command(&format!("cd {}", quoted(folder)));
    tmux.command("agreements --data escapes.toml browse");
    let screen = tmux.wait_for("? help");
    assert!(screen.contains("\\u{1b}[5mBlink"), "{screen}");
    assert!(screen.contains("\\u{1b}]0;pwned-title"), "{screen}");
    assert!(!tmux.flag("pane_title").contains("pwned"));
    tmux.keys(&["q"]);
}

#[test]
fn without_a_terminal_browse_exits_2_and_suggests_list() {
    let output = agreements().arg("browse").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("'agreements list'"), "{stderr}");
    let unknown = agreements().args(["browse", "--bogus"]).output().unwrap();
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn a_resized_terminal_gets_the_panes_laid_out_again() {
    if !installed("tmux") {
        return;
    }
    let tmux = Tmux::start(160, 40);
    tmux.command("agreements browse");
    let wide = tmux.wait_for("? help");
    assert!(
        wide.lines().nth(1).is_some_and(|l| l.contains('│')),
        "side by side: {wide}"
    );
    assert!(
        tmux.run(&["resize-window", "-x", "60", "-y", "20"])
            .status
            .success()
    );
    // The old screen, cut to 60 columns, lost its status line's key hint (it stood past column
    // 140): the hint is back once the new layout is drawn.
    let narrow = tmux.wait_for("? help");
    let lines: Vec<&str> = narrow.lines().collect();
    assert!(lines.len() <= 20, "{narrow}");
    assert!(lines.iter().all(|l| l.chars().count() <= 60), "{narrow}");
    assert!(!narrow.contains('│'), "one pane at a time: {narrow}");
    assert!(
        narrow.starts_with(&format!(" Agreements {RECORDS}/{RECORDS} ")),
        "{narrow}"
    );
    tmux.keys(&["q"]);
}
