//! The pager in a real terminal: tall output goes through it, a pager that cannot run loses
//! nothing, and Ctrl-C belongs to the pager while it runs.

use super::tmux::{Session, in_tmux_sized, strip_escapes};
use crate::common::{agreements, installed};
use crate::data::{OFFICIAL, RECORDS};

#[test]
fn output_taller_than_the_terminal_goes_through_the_pager() {
    if !installed("tmux") {
        return;
    }
    // A pager that marks each line it shows.
    let pager = "AGREEMENTS_PAGER='sed s/^/P:/'";
    let paged = strip_escapes(&in_tmux_sized(120, 20, pager, "list"));
    assert!(paged.starts_with("P: ID "), "{paged}");
    assert!(
        paged.contains(&format!(
            "P:{RECORDS} agreements, {OFFICIAL} on the official list"
        )),
        "{paged}"
    );
    let unpaged = strip_escapes(&in_tmux_sized(120, 20, pager, "--no-pager list"));
    assert!(unpaged.starts_with(" ID "), "{unpaged}");
    // Output that fits the screen is not paged, nor is an empty pager variable obeyed.
    let short = strip_escapes(&in_tmux_sized(120, 20, pager, "summary --by confidence"));
    assert!(
        short.starts_with(&format!("{RECORDS} agreements")),
        "{short}"
    );
    let none = strip_escapes(&in_tmux_sized(120, 20, "AGREEMENTS_PAGER=''", "list"));
    assert!(none.starts_with(" ID "), "{none}");
    // Piped, never.
    let piped = agreements()
        .env("AGREEMENTS_PAGER", "sed s/^/P:/")
        .arg("list")
        .output()
        .unwrap();
    assert!(!String::from_utf8(piped.stdout).unwrap().contains("P:"));
}

#[test]
fn a_pager_that_cannot_run_loses_nothing() {
    if !installed("tmux") {
        return;
    }
    for pager in ["no-such-pager-anywhere", "/dev/null"] {
        let env = format!("PAGER='{pager}'");
        let screen = strip_escapes(&in_tmux_sized(120, 20, &env, "list; echo exit=$?"));
        assert!(
            screen.contains(&format!(
                "agreements: the pager '{pager}' could not be run; printing without it"
            )),
            "{screen}"
        );
        assert!(screen.contains("\n ID "), "{screen}");
        assert!(
            screen.contains(&format!(
                "{RECORDS} agreements, {OFFICIAL} on the official list"
            )) && screen.contains("exit=0"),
            "{screen}"
        );
    }
    // A pager that runs and fails: an output error, not a silent success.
    let screen = strip_escapes(&in_tmux_sized(
        120,
        20,
        "PAGER='exit 3'",
        "list; echo exit=$?",
    ));
    assert!(
        screen.contains(
            "agreements: cannot write output: the pager 'exit 3' failed with exit status 3\nexit=4"
        ),
        "{screen}"
    );
}

#[test]
fn ctrl_c_in_the_pager_does_not_end_agreements_under_it() {
    if !installed("tmux") {
        return;
    }
    let folder = crate::common::Scratch::new("pager");
    let started = folder.path("started");
    // A pager that, like less, lives through Ctrl-C, and shows its text only after it.
    let pager = format!(
        "AGREEMENTS_PAGER=\"trap '' INT; touch '{}'; sleep 1; sed s/^/P:/\"",
        started.display()
    );
    let session = Session::start(120, 20, &pager, "list; echo exit=$?");
    for _ in 0..200 {
        if started.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    assert!(started.exists(), "the pager did not start");
    session.keys(&["C-c"]);
    let screen = strip_escapes(&session.screen());
    // agreements waited for the pager: the whole list, then its exit code.
    let last: Vec<&str> = screen.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(
        screen.contains(&format!(
            "P:{RECORDS} agreements, {OFFICIAL} on the official list"
        )),
        "{screen}"
    );
    assert!(
        last.last() == Some(&"exit=0") && last[last.len() - 2].starts_with("P:"),
        "{screen}"
    );
}
