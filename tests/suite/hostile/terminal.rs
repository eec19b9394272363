//! Text meant for a terminal: control characters and escape sequences in a dataset or in
//! arguments are shown, never obeyed, and right-to-left, combining and wide text keep a table
//! aligned.

use super::{ESCAPE, hostile, with_data};
use crate::common::{agreements, failure_of};

#[test]
fn control_characters_are_shown_not_obeyed() {
    let path = hostile("control-chars.toml");
    for args in [
        &["list"][..],
        &["show", "control-chars"],
        &["list", "--format", "markdown"],
    ] {
        let text = with_data(&path, args);
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{args:?}: {text:?}"
        );
        assert!(
            text.contains("\\u{7}") && text.contains("\\u{0}"),
            "{args:?}: {text}"
        );
    }
    let json: serde_json::Value = serde_json::from_str(&with_data(
        &path,
        &["show", "control-chars", "--format", "json"],
    ))
    .unwrap();
    assert!(
        json["title"]
            .as_str()
            .unwrap()
            .contains("NUL\u{0} bell\u{7}"),
        "JSON keeps the data exactly"
    );
}

#[test]
fn terminal_escape_sequences_never_reach_the_terminal_raw() {
    let path = hostile("escapes.toml");
    for args in [
        &["list"][..],
        &[
            "--color",
            "always",
            "list",
            "--fields",
            "id,title,parties,summary",
        ],
        &["show", "terminal-takeover"],
        &["--color", "always", "show", "terminal-takeover"],
        &["list", "--format", "markdown"],
        &["show", "terminal-takeover", "--format", "markdown"],
    ] {
        let text = with_data(&path, args);
        let coloured = args.contains(&"always");
        // With colour on, the only escapes are our own SGR colour codes, each ending in 'm'.
        let foreign = text
            .split(ESCAPE)
            .skip(1)
            .filter(|rest| !(coloured && is_sgr(rest)))
            .count();
        assert_eq!(foreign, 0, "{args:?}: {text:?}");
        assert!(
            !text.contains('\u{9b}') && !text.contains('\u{7}') && !text.contains('\u{202e}'),
            "{args:?}"
        );
        // Markdown escapes the backslash and bracket of the shown escape, so that it renders.
        let shown = if args.contains(&"markdown") {
            "\\\\u{1b}\\["
        } else {
            "\\u{1b}["
        };
        assert!(
            text.contains(shown),
            "{args:?}: the escapes are shown as text"
        );
    }
    let json = with_data(&path, &["show", "terminal-takeover", "--format", "json"]);
    assert!(
        !json.contains(ESCAPE) && json.contains("\\u001b]52;c;"),
        "JSON escapes them"
    );
}

/// Whether `rest` (what follows an ESC) starts with an SGR colour sequence: `[` digits and `;`, `m`.
fn is_sgr(rest: &str) -> bool {
    let Some(body) = rest.strip_prefix('[') else {
        return false;
    };
    let end = body.find('m');
    end.is_some_and(|end| body[..end].chars().all(|c| c.is_ascii_digit() || c == ';'))
}

#[test]
fn escape_sequences_in_arguments_are_shown_in_errors() {
    let stderr = failure_of(agreements().args(["show", "\u{1b}]0;pwned\u{7}"]), 1);
    assert!(
        !stderr.contains(ESCAPE) && !stderr.contains('\u{7}'),
        "{stderr:?}"
    );
    assert!(
        stderr.starts_with("agreements: no agreement with id '\\u{1b}]0;pwned\\u{7}'"),
        "{stderr}"
    );
    let path = hostile("escapes.toml");
    let stderr = failure_of(
        agreements()
            .arg("--data")
            .arg(&path)
            .args(["show", "\u{1b}[2J"]),
        1,
    );
    assert!(!stderr.contains(ESCAPE), "{stderr:?}");
}

#[test]
fn right_to_left_combining_and_wide_titles_keep_the_table_aligned() {
    use unicode_width::UnicodeWidthStr;
    let table = with_data(&hostile("rtl-combining.toml"), &["list"]);
    let lines: Vec<&str> = table.lines().collect();
    let header_width = lines[0][..lines[0].find("Sector").unwrap()].width();
    for (line, sector) in lines[2..6]
        .iter()
        .zip(["media", "science", "energy", "media"])
    {
        let at = line.find(&format!(" {sector} ")).unwrap() + 1;
        assert_eq!(line[..at].width(), header_width, "{line}");
    }
}
