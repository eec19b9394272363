//! Datasets in other forms: JSON and JSON Lines files, standard input (`--data -`), and
//! `convert` between TOML, JSON and JSON Lines, which must not change a single record.

use crate::common::{agreements, failure_of, stdout_of, without_notes};
use crate::data;
use crate::output::{About, json_as, records};
use agreements::model::Agreement;

/// Runs `agreements ARGS` with `input` on stdin; returns exit code, stdout and stderr.
fn with_stdin(args: &[&str], input: &str) -> (i32, String, String) {
    let output = agreements().args(args).write_stdin(input).output().unwrap();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (
        output.status.code().unwrap(),
        text(output.stdout),
        text(output.stderr),
    )
}

fn embedded_records() -> Vec<Agreement> {
    records(&[])
}

#[test]
fn stdin_reads_toml_json_or_json_lines() {
    let toml = stdout_of(&["convert", "--to", "toml"]);
    let json = stdout_of(&["convert", "--to", "json"]);
    let jsonl = stdout_of(&["convert", "--to", "jsonl"]);
    for (name, input) in [("toml", &toml), ("json", &json), ("jsonl", &jsonl)] {
        let (code, stdout, stderr) =
            with_stdin(&["--data", "-", "list", "--format", "json"], input);
        assert_eq!((code, without_notes(&stderr).as_str()), (0, ""), "{name}");
        let read: Vec<Agreement> = serde_json::from_str(&stdout).unwrap();
        assert_eq!(read, embedded_records(), "{name}");
    }
    let (code, stdout, stderr) = with_stdin(&["--data", "-", "list"], "{\"event\":\n");
    assert_eq!((code, stdout.as_str()), (3, ""));
    assert_eq!(
        stderr,
        "agreements: <stdin>:2:1: EOF while parsing a value\n"
    );
    let (code, _, stderr) = with_stdin(&["--data", "-", "list"], "[event]\nname = 1\n");
    assert_eq!(code, 3);
    assert!(stderr.starts_with("agreements: <stdin>:2:8: "), "{stderr}");
}

#[test]
fn convert_round_trips_without_changing_a_record() {
    let scratch = crate::common::Scratch::new("convert");
    let as_json = scratch.path("agreements.json");
    std::fs::write(&as_json, stdout_of(&["convert", "--to", "json"])).unwrap();
    let json_path = as_json.to_str().unwrap();
    assert_eq!(records(&["--data", json_path]), embedded_records());

    let as_jsonl = scratch.path("agreements.jsonl");
    std::fs::write(
        &as_jsonl,
        stdout_of(&["convert", json_path, "--to", "jsonl"]),
    )
    .unwrap();
    let jsonl_path = as_jsonl.to_str().unwrap();
    assert_eq!(records(&["--data", jsonl_path]), embedded_records());

    let as_toml = scratch.path("again.toml");
    std::fs::write(
        &as_toml,
        stdout_of(&["convert", jsonl_path, "--to", "toml"]),
    )
    .unwrap();
    let toml_path = as_toml.to_str().unwrap();
    assert_eq!(records(&["--data", toml_path]), embedded_records());
    let valid = format!("valid: {} records", data::RECORDS);
    for path in [toml_path, jsonl_path] {
        assert!(stdout_of(&["validate", path]).contains(&valid), "{path}");
    }
    let about = |path: &str| json_as::<About>(&["--data", path, "about", "--format", "json"]);
    assert_eq!(about(jsonl_path).events, about(toml_path).events);
}

#[test]
fn convert_refuses_an_invalid_dataset() {
    let broken = crate::common::data("duplicate-id.toml");
    let output = agreements()
        .arg("convert")
        .arg(&broken)
        .args(["--to", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
    assert!(output.stdout.is_empty());
    let output = agreements()
        .args(["convert", "--to", "yaml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn json_lines_without_a_header_take_their_event_from_the_records() {
    let scratch = crate::common::Scratch::new("jsonl-bare");
    let bare = scratch.path("records.ndjson");
    std::fs::write(&bare, stdout_of(&["list", "--format", "jsonl"])).unwrap();
    let bare = bare.to_str().unwrap();
    assert_eq!(records(&["--data", bare]), embedded_records());
    // One event per event the records name, its dates and count read from its records.
    let events = json_as::<About>(&["--data", bare, "about", "--format", "json"]).events;
    assert_eq!(events.len(), 2, "{events:?}");
    let counts = [data::SEPTEMBER.1, data::MAY.0];
    for (event, official) in events.iter().zip(counts) {
        assert_eq!(event.name, agreements::load::NO_EVENT);
        let of_event = embedded_records();
        let of_event = of_event.iter().filter(|r| r.event == event.id);
        let signed: Vec<_> = of_event.map(|r| r.signed).collect();
        assert_eq!(Some(&event.start), signed.iter().min());
        assert_eq!(Some(&event.end), signed.iter().max());
        assert_eq!(event.official_list_count, official);
        assert!(event.days.is_empty());
    }
}

#[test]
fn json_lines_errors_name_their_lines() {
    let scratch = crate::common::Scratch::new("jsonl-errors");
    let lines = stdout_of(&["convert", "--to", "jsonl"]);
    let mut lines: Vec<&str> = lines.lines().collect();
    // Line 3 is cut short, line 5 has a word outside the vocabulary, line 7 repeats line 6's id.
    let cut = &lines[2][..40];
    let bad_sector = lines[4].replacen("\"sector\":\"", "\"sector\":\"x", 1);
    lines[2] = cut;
    lines[4] = &bad_sector;
    let path = scratch.path("broken.jsonl");
    std::fs::write(&path, lines.join("\n")).unwrap();
    let stderr = failure_of(agreements().arg("--data").arg(&path).arg("list"), 3);
    let origin = path.display().to_string();
    let first: Vec<&str> = stderr.lines().collect();
    assert_eq!(first.len(), 2, "{stderr}");
    assert!(
        first[0].starts_with(&format!("agreements: {origin}:3:40: EOF")),
        "{stderr}"
    );
    assert!(first[1].starts_with(&format!("{origin}:5:")), "{stderr}");
    assert!(first[1].contains("unknown sector 'x"), "{stderr}");

    let duplicate = [lines[0], lines[5], lines[5]].join("\n");
    std::fs::write(&path, duplicate).unwrap();
    let stderr = failure_of(agreements().arg("--data").arg(&path).arg("list"), 3);
    assert!(
        stderr.contains(&format!("{origin}:3:1: record '")),
        "{stderr}"
    );
    assert!(stderr.contains("duplicate id"), "{stderr}");
}
