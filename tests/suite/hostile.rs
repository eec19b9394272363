//! Hostile input: files people edit by hand, files from other tools, files they were sent, and
//! odd arguments. Every case runs the real binary and checks the exit code, the first line of
//! stderr and that stdout is empty on failure; none may panic or let a dataset drive the terminal.

mod consumers;
mod promises;
mod shape;

use crate::common::{Scratch, agreements, data, failure_of, stdout_of};
use crate::data;
use std::path::{Path, PathBuf};

const ESCAPE: char = '\u{1b}';

/// `tests/data/hostile/NAME`.
fn hostile(name: &str) -> PathBuf {
    data("hostile").join(name)
}

/// The first stderr line of `agreements --data PATH list`, which must fail with exit 3.
fn load_failure(path: &Path) -> String {
    let stderr = failure_of(agreements().arg("--data").arg(path).arg("list"), 3);
    stderr.lines().next().unwrap().to_string()
}

/// stdout of `agreements --data PATH ARGS`, which must succeed.
fn with_data(path: &Path, args: &[&str]) -> String {
    let mut all = vec!["--data", path.to_str().unwrap()];
    all.extend_from_slice(args);
    stdout_of(&all)
}

/// A valid dataset text with `records` generated records whose summary is `summary`.
fn generated(records: usize, summary: &str) -> String {
    let mut text = String::from(
        "[event]\nname = \"Generated\"\nstart = \"2025-08-31\"\nend = \"2025-09-03\"\nofficial_list_count = 0\n",
    );
    for i in 0..records {
        text.push_str(&format!(
            r#"
[[agreements]]
id = "record-{i}"
title = "Generated memorandum {i} on cooperation between two organisations"
short_title = "Record {i}"
kind = "memorandum"
sector = "energy"
topics = ["gas"]
signed = "2025-09-02"
official_list = false
confidence = "confirmed"
summary = "{summary}"
summary_sources = ["https://example.org/{i}"]
parties = [{{ name = "Organisation {i}", country = "RU" }}, {{ name = "Partner {i}", country = "CN" }}]
terms = [{{ label = "Capacity", value = {i}, unit = "bcm/yr", source = "https://example.org/{i}" }}]
sources = [{{ url = "https://example.org/{i}", publisher = "Example", side = "media" }}]
"#
        ));
    }
    text
}

#[test]
fn files_that_are_not_datasets_exit_3_with_a_located_reason() {
    let cases = [
        (
            "empty.toml",
            data("empty.toml"),
            "empty.toml:1:1: missing the [event] table",
        ),
        (
            "only whitespace",
            hostile("whitespace.toml"),
            "whitespace.toml:1:1: missing the [event] table",
        ),
        (
            "invalid UTF-8",
            data("not-utf8.toml"),
            "not-utf8.toml:1:12: the dataset is not text",
        ),
        (
            "binary",
            hostile("binary.png"),
            "binary.png:1:1: the dataset is not text",
        ),
        (
            "truncated",
            hostile("truncated.toml"),
            "truncated.toml:24:85: unclosed inline table, expected `}`",
        ),
        (
            "string where a list belongs",
            hostile("string-for-list.toml"),
            "string-for-list.toml:14:10: record 'test-gas-memo': invalid type: string \"gas\", expected a sequence",
        ),
        (
            "duplicate ids",
            data("duplicate-id.toml"),
            "duplicate-id.toml:9:6: record 'test-gas-memo': duplicate id: record 2 uses it again",
        ),
    ];
    for (name, path, expected) in cases {
        let first = load_failure(&path);
        let wanted = format!(
            "agreements: {}",
            path.parent().unwrap().join(expected).display()
        );
        assert!(
            first.starts_with(&wanted),
            "{name}:\n  got  {first}\n  want {wanted}"
        );
    }
}

#[test]
fn paths_that_cannot_be_read_exit_3() {
    let directory = load_failure(&data("hostile"));
    assert!(
        directory.ends_with("cannot read the dataset: is a directory"),
        "{directory}"
    );
    let missing = load_failure(&data("no-such-file.toml"));
    assert!(
        missing.ends_with("cannot read the dataset: No such file or directory (os error 2)"),
        "{missing}"
    );
}

#[test]
fn an_unreadable_file_exits_3() {
    use std::os::unix::fs::PermissionsExt;
    let scratch = Scratch::new("unreadable");
    std::fs::set_permissions(&scratch.0, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = scratch.file(
        "secret.toml",
        std::fs::read(data("minimal.toml")).unwrap().as_slice(),
    );
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Root reads any file, so as root the binary runs as 'nobody' (setpriv, from util-linux).
    let is_root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .unwrap()
        .stdout
        == b"0\n";
    let output = if is_root {
        let binary = scratch.file(
            "agreements",
            &std::fs::read(env!("CARGO_BIN_EXE_agreements")).unwrap(),
        );
        std::fs::set_permissions(&binary, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::process::Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&binary)
            .arg("--data")
            .arg(&path)
            .arg("list")
            .output()
            .expect("setpriv (util-linux) runs the binary as nobody")
    } else {
        agreements()
            .arg("--data")
            .arg(&path)
            .arg("list")
            .output()
            .unwrap()
    };
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(3), "{stderr}");
    assert!(output.stdout.is_empty());
    assert!(
        stderr.ends_with("cannot read the dataset: Permission denied (os error 13)\n"),
        "{stderr}"
    );
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let list = with_data(&hostile("bom.toml"), &["list", "--format", "json"]);
    let records: serde_json::Value = serde_json::from_str(&list).unwrap();
    assert_eq!(records[0]["id"], "test-gas-memo");
}

#[test]
fn a_dataset_with_no_records_is_valid_and_empty() {
    let path = hostile("zero-records.toml");
    assert_eq!(with_data(&path, &["list", "--format", "json"]), "[]\n");
    assert_eq!(
        with_data(&path, &["list"]),
        "0 agreements, 0 on the official list\n"
    );
    assert!(with_data(&path, &["validate"]).contains("valid: 0 records"));
}

#[test]
fn deeply_nested_arrays_are_refused_not_a_crash() {
    let scratch = Scratch::new("nested");
    let depth = 10_000;
    let text = format!(
        "[event]\nname = \"x\"\nstart = \"2025-08-31\"\nend = \"2025-09-03\"\nofficial_list_count = 0\n\n[[agreements]]\ntopics = {}{}\n",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let first = load_failure(&scratch.file("nested.toml", text.as_bytes()));
    assert!(
        first.ends_with("nested.toml:8:90: cannot recurse further; max recursion depth met"),
        "{first}"
    );
}

#[test]
fn a_20_mb_dataset_loads() {
    let scratch = Scratch::new("big");
    let mut records = 0;
    let mut text = generated(0, "");
    while text.len() < 20_000_000 {
        records += 1000;
        text = generated(records, &"Lorem ipsum dolor sit amet. ".repeat(20));
    }
    let path = scratch.file("big.toml", text.as_bytes());
    let ids = with_data(&path, &["list", "--format", "jsonl", "--fields", "id"]);
    assert_eq!(ids.lines().count(), records);
    assert_eq!(
        ids.lines().last().unwrap(),
        format!("{{\"id\":\"record-{}\"}}", records - 1)
    );
}

#[test]
fn a_record_of_1_mb_text_loads_and_shows() {
    let scratch = Scratch::new("huge-record");
    let words = "word ".repeat(200_000);
    let path = scratch.file("words.toml", generated(1, &words).as_bytes());
    let detail = with_data(&path, &["show", "record-0"]);
    assert!(detail.lines().all(|line| line.chars().count() <= 80));
    let one_word = "x".repeat(1_000_000);
    let path = scratch.file("one-word.toml", generated(1, &one_word).as_bytes());
    let json: serde_json::Value =
        serde_json::from_str(&with_data(&path, &["show", "record-0", "--format", "json"])).unwrap();
    assert_eq!(json["summary"].as_str().unwrap().len(), 1_000_000);
    assert!(with_data(&path, &["show", "record-0"]).contains("xxxxxxxx"));
}

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

#[test]
fn odd_arguments_are_handled() {
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&stdout_of(&[
            "list", "--search", "", "--format", "json"
        ]))
        .unwrap()
        .as_array()
        .unwrap()
        .len(),
        data::RECORDS,
        "an empty search matches everything"
    );
    let long = "nowhere ".repeat(12_800);
    assert_eq!(long.len(), 102_400);
    assert_eq!(
        stdout_of(&["list", "--search", &long, "--format", "json"]),
        "[]\n"
    );
    let stderr = failure_of(agreements().args(["show", ""]), 1);
    assert_eq!(
        stderr.lines().next().unwrap(),
        "agreements: no agreement with id ''"
    );
    // Cyrillic 'р' and 'о' that look like Latin 'p' and 'o'.
    let stderr = failure_of(
        agreements().args(["show", "\u{440}\u{43e}wer-of-siberia-2"]),
        1,
    );
    assert!(
        stderr.contains("did you mean 'power-of-siberia-2'?"),
        "{stderr}"
    );
}

#[test]
fn streams_are_read_to_a_limit_and_binary_stops_them_at_once() {
    // A device that never ends: the first NUL byte stops it.
    let stderr = failure_of(agreements().args(["--data", "/dev/zero", "list"]), 3);
    assert_eq!(
        stderr,
        "agreements: /dev/zero:1:1: the dataset is not text (invalid UTF-8 or a NUL byte); is it a TOML or JSON file?\n"
    );
    // Text that never ends: the limit stops it.
    let mut endless = std::process::Command::new("sh");
    endless.args(["-c", "yes '# comment' | \"$0\" --max-size 1M --data - list"]);
    endless
        .arg(env!("CARGO_BIN_EXE_agreements"))
        .env_remove("AGREEMENTS_MAX_SIZE");
    let output = endless.output().unwrap();
    assert_eq!(output.status.code(), Some(3));
    assert!(output.stdout.is_empty());
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        "agreements: <stdin>: the stream holds more than 1048576 bytes, the limit for standard input, pipes and devices; raise it with --max-size or AGREEMENTS_MAX_SIZE\n"
    );
    // The environment variable sets the limit too, and a bad size is a usage error.
    let small = generated(3, "A record.");
    let output = agreements()
        .args(["--data", "-", "list", "--format", "jsonl"])
        .env("AGREEMENTS_MAX_SIZE", "1K")
        .write_stdin(small.clone())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3), "{output:?}");
    let output = agreements()
        .args(["--data", "-", "list", "--format", "jsonl"])
        .write_stdin(small)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(output.stdout).unwrap().lines().count(), 3);
    let stderr = failure_of(agreements().args(["--max-size", "lots", "list"]), 2);
    assert!(
        stderr.contains("invalid value 'lots' for '--max-size <SIZE>'"),
        "{stderr}"
    );
}

#[test]
fn a_file_that_shrinks_while_it_loads_is_an_error_not_a_crash() {
    let scratch = Scratch::new("shrinks");
    // About 10 MB: the debug binary takes seconds to parse it, so the cut lands mid-load.
    let path = scratch.file("shrinks.toml", generated(15_000, "A record.").as_bytes());
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_agreements"))
        .arg("--data")
        .arg(&path)
        .arg("list")
        .env_remove("AGREEMENTS_DATA")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_len(0)
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(3),
        "killed by a signal? {output:?}"
    );
    assert!(output.stdout.is_empty());
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        "agreements: the dataset file shrank while it was read (another program changed it); try again\n"
    );
}
