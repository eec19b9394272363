//! Hostile input: files people edit by hand, files from other tools, files they were sent, and
//! odd arguments. Every case runs the real binary and checks the exit code, the first line of
//! stderr and that stdout is empty on failure; none may panic or let a dataset drive the terminal.

mod consumers;
mod promises;
mod shape;
mod sources;
mod terminal;

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
