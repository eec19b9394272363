//! Datasets in other forms: JSON files, standard input (`--data -`), and `convert` between TOML
//! and JSON, which must not change a single record.

use crate::common::{agreements, stdout_of};
use crate::data;
use serde_json::Value;

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

fn embedded_records() -> Value {
    serde_json::from_str(&stdout_of(&["list", "--format", "json"])).unwrap()
}

#[test]
fn stdin_reads_toml_or_json() {
    let toml = stdout_of(&["convert", "--to", "toml"]);
    let json = stdout_of(&["convert", "--to", "json"]);
    for (name, input) in [("toml", &toml), ("json", &json)] {
        let (code, stdout, stderr) =
            with_stdin(&["--data", "-", "list", "--format", "json"], input);
        assert_eq!((code, stderr.as_str()), (0, ""), "{name}");
        assert_eq!(
            serde_json::from_str::<Value>(&stdout).unwrap(),
            embedded_records(),
            "{name}"
        );
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
    let scratch = std::env::temp_dir().join(format!("agreements-convert-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    let as_json = scratch.join("agreements.json");
    std::fs::write(&as_json, stdout_of(&["convert", "--to", "json"])).unwrap();
    let json_path = as_json.to_str().unwrap();
    let from_json: Value = serde_json::from_str(&stdout_of(&[
        "--data", json_path, "list", "--format", "json",
    ]))
    .unwrap();
    assert_eq!(from_json, embedded_records());

    let as_toml = scratch.join("again.toml");
    std::fs::write(&as_toml, stdout_of(&["convert", json_path, "--to", "toml"])).unwrap();
    let toml_path = as_toml.to_str().unwrap();
    let from_toml: Value = serde_json::from_str(&stdout_of(&[
        "--data", toml_path, "list", "--format", "json",
    ]))
    .unwrap();
    assert_eq!(from_toml, embedded_records());
    let valid = format!("valid: {} records", data::RECORDS);
    assert!(stdout_of(&["validate", toml_path]).contains(&valid));
    let _ = std::fs::remove_dir_all(&scratch);
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
