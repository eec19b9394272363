//! Terminal behaviour: tables fit the width, colour follows `--color`, `NO_COLOR`,
//! `CLICOLOR_FORCE` and `TERM`, and machine formats never carry colour; `tmux` runs the binary
//! in a real terminal.

use crate::common::{agreements, stdout_of};
use crate::data;

/// The character that starts a terminal escape sequence.
const ESCAPE: char = '\u{1b}';

fn output_with(env: &[(&str, &str)], args: &[&str]) -> String {
    let mut command = agreements();
    command.env_remove("NO_COLOR");
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.args(args).output().unwrap();
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn tables_fit_the_terminal_width() {
    for width in [60, 80, 120, 200] {
        let columns = width.to_string();
        for args in [
            &["list"][..],
            &["list", "--sector", "energy"],
            &["summary"],
            &["show", "power-of-siberia-2"],
            &["show", "bolshoy-ussuriysky-roadmap"],
            &["timeline"],
            &["search", "gazprom", "lunar"],
        ] {
            let text = output_with(&[("COLUMNS", &columns)], args);
            for line in text
                .lines()
                .filter(|line| !line.trim_start().starts_with("http"))
            {
                assert!(
                    line.chars().count() <= width,
                    "{args:?} at {width}: {line:?}"
                );
            }
        }
    }
    let narrow = output_with(&[("COLUMNS", "60")], &["list"]);
    assert!(
        narrow.contains(" roscosmos-cnsa-change7-dust-monitor "),
        "ids are never broken"
    );
    let wide = output_with(&[("COLUMNS", "200")], &["list"]);
    assert!(
        wide.lines().next().unwrap().ends_with("Event"),
        "all columns at 200"
    );
}

#[test]
fn tables_are_not_wrapped_when_the_width_is_unknown() {
    let table = stdout_of(&["list"]);
    // Header, rule, one line per record, count line, the line on the documents no record
    // holds, the legends of `?` and `*`.
    assert_eq!(table.lines().count(), 2 + data::RECORDS + 4, "{table}");
    assert!(!table.contains(ESCAPE), "no colour on a pipe");
}

#[test]
fn colour_follows_the_flag_and_the_environment() {
    let coloured = |env: &[(&str, &str)], args: &[&str]| output_with(env, args).contains(ESCAPE);
    type Env = &'static [(&'static str, &'static str)];
    let cases: [(&str, Env, &[&str], bool); 8] = [
        ("pipe, auto", &[], &["list"], false),
        ("always", &[], &["--color", "always", "list"], true),
        (
            "always beats NO_COLOR",
            &[("NO_COLOR", "1")],
            &["--color", "always", "list"],
            true,
        ),
        (
            "CLICOLOR_FORCE on a pipe",
            &[("CLICOLOR_FORCE", "1")],
            &["list"],
            true,
        ),
        (
            "NO_COLOR beats CLICOLOR_FORCE",
            &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")],
            &["list"],
            false,
        ),
        (
            "never beats CLICOLOR_FORCE",
            &[("CLICOLOR_FORCE", "1")],
            &["--color", "never", "list"],
            false,
        ),
        (
            "show in colour",
            &[],
            &["--color", "always", "show", "rt-smg"],
            true,
        ),
        (
            "summary in colour",
            &[],
            &["--color", "always", "summary"],
            true,
        ),
    ];
    for (name, env, args, expected) in cases {
        assert_eq!(coloured(env, args), expected, "{name}");
    }
}

#[test]
fn machine_formats_never_carry_colour() {
    for format in ["json", "jsonl", "csv", "tsv", "markdown"] {
        for command in [&["list"][..], &["show", "power-of-siberia-2"], &["summary"]] {
            let mut args = vec!["--color", "always"];
            args.extend_from_slice(command);
            args.extend_from_slice(&["--format", format]);
            assert!(!output_with(&[], &args).contains(ESCAPE), "{args:?}");
        }
    }
}

#[test]
fn summary_draws_bars_plain_or_coloured() {
    let plain = stdout_of(&["summary"]);
    assert!(
        // Scaled: the largest count (35 records with a Russian party) fills 30 marks.
        plain.contains(" media                      10  #########\n"),
        "{plain}"
    );
    let coloured = output_with(&[], &["--color", "always", "summary"]);
    assert!(coloured.contains("█████████"), "{coloured}");
    assert!(!coloured.contains("#########"));
}

mod pager;
mod tmux;
