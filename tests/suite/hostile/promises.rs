//! What the README and `--help` promise about exit codes, colour, JSON, folding and bounded
//! output, checked on the real binary with hostile datasets from [`with_text`].

use super::Scratch;
use super::consumers::run;
use crate::common::{agreements, failure_of, stdout_of};
use agreements::fixture::{RECORD, with_text};
use agreements::{Dataset, render};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// `dataset` as a JSON file in `scratch`.
fn write(scratch: &Scratch, dataset: &Dataset) -> PathBuf {
    scratch.file("data.json", render::dataset::json(dataset).as_bytes())
}

/// `agreements ARGS` with `--data PATH` first.
fn with(path: &Path, args: &[&str]) -> Vec<String> {
    let mut all = vec!["--data".to_string(), path.display().to_string()];
    all.extend(args.iter().map(|a| a.to_string()));
    all
}

#[test]
fn output_that_cannot_be_written_exits_4_and_says_so() {
    if !std::path::Path::new("/dev/full").exists() {
        return;
    }
    for args in [
        &["list"][..],
        &["--help"],
        &["--version"],
        &["list", "--help"],
    ] {
        let full = std::fs::File::options()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let output = Command::new(env!("CARGO_BIN_EXE_agreements"))
            .args(args)
            .env_remove("AGREEMENTS_DATA")
            .stdout(full)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(4), "{args:?}: {output:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(
            stderr.starts_with("agreements: cannot write output: "),
            "{stderr}"
        );
    }
}

#[test]
fn color_never_wins_over_the_environment_for_clap_too() {
    let help = |args: &[&str]| {
        let output = agreements()
            .args(args)
            .env_remove("NO_COLOR")
            .env("CLICOLOR_FORCE", "1")
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap() + &String::from_utf8(output.stderr).unwrap()
    };
    assert!(
        help(&["--help"]).contains('\u{1b}'),
        "CLICOLOR_FORCE colours help"
    );
    for args in [
        &["--color", "never", "--help"][..],
        &["--color=never", "list", "--help"],
        &["list", "--color", "never", "--sector", "enrgy"],
    ] {
        assert!(!help(args).contains('\u{1b}'), "{args:?}");
    }
}

#[test]
fn json_escapes_what_a_terminal_obeys_and_never_repeats_a_key() {
    let scratch = Scratch::new("json-escapes");
    let text = "a\u{7f}b\u{9b}31m\u{202e}c";
    let path = write(&scratch, &with_text(text));
    let json = run(&path, &["show", RECORD, "--format", "json"]);
    assert!(!json.contains(['\u{7f}', '\u{9b}', '\u{202e}']), "{json}");
    #[derive(serde::Deserialize)]
    struct Shown {
        title: String,
    }
    let shown: Shown = serde_json::from_str(&json).unwrap();
    assert_eq!(shown.title, text, "a JSON reader gets the text back");
    let lines = stdout_of(&[
        "list",
        "--fields",
        "id,signed,id",
        "--format",
        "jsonl",
        "--limit",
        "2",
    ]);
    for line in lines.lines() {
        let object: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(line).unwrap();
        assert_eq!(line.matches("\"id\"").count(), 1, "{line}");
        assert_eq!(
            object.keys().collect::<Vec<_>>(),
            ["id", "signed", "unconfirmed"],
            "{line}"
        );
    }
}

#[test]
fn search_topics_and_parties_fold_case_fully() {
    let scratch = Scratch::new("folding");
    let path = write(&scratch, &with_text("Straße ΟΔΟΣ"));
    let ids = |args: &[&str]| -> Vec<String> {
        let out = run(&path, args);
        let records: Vec<agreements::Agreement> = serde_json::from_str(&out).unwrap();
        records.into_iter().map(|r| r.id.into_owned()).collect()
    };
    let both = ["hostile-record", "other-record"];
    assert_eq!(
        ids(&["list", "--search", "STRASSE", "--format", "json"]),
        both
    );
    assert_eq!(
        ids(&["list", "--search", "οδος", "--format", "json"]),
        both,
        "final sigma"
    );
    assert_eq!(ids(&["list", "--topic", "ГАЗ", "--format", "json"]), both);
    assert_eq!(
        ids(&["list", "--party", "ΟΔΟΣ A", "--format", "json"]),
        ["hostile-record"]
    );
    let hits = run(&path, &["search", "strasse", "--format", "csv"]);
    let records = hits.lines().filter(|l| l.split(',').nth(2) != Some(""));
    assert_eq!(records.count(), 3, "a header and both records: {hits}");
}

#[test]
fn messages_quote_long_input_and_long_lists_in_a_few_hundred_characters() {
    let long_id = "x".repeat(100_000);
    let stderr = failure_of(agreements().args(["show", &long_id]), 1);
    assert!(stderr.len() < 300, "{} characters", stderr.len());
    assert!(stderr.contains("… (100000 characters)"), "{stderr}");

    let scratch = Scratch::new("many-topics");
    let mut dataset = with_text("Plain text");
    dataset.agreements[0].topics = (0..50_000).map(|i| format!("topic-{i}").into()).collect();
    let path = write(&scratch, &dataset);
    let stderr = failure_of(
        agreements().args(with(&path, &["list", "--topic", "nope"])),
        2,
    );
    assert!(stderr.len() < 1_000, "{} characters", stderr.len());
    assert!(stderr.contains(", and 49982 more)"), "{stderr}");
}

#[test]
fn a_record_with_many_parties_draws_one_edge_per_party() {
    let scratch = Scratch::new("many-parties");
    let mut dataset = with_text("Plain text");
    let party = dataset.agreements[1].parties[0].clone();
    dataset.agreements[1].parties = (0..2_000)
        .map(|i| agreements::model::Party {
            name: format!("Party {i}").into(),
            ..party.clone()
        })
        .collect();
    let path = write(&scratch, &dataset);
    let dot = run(&path, &["graph"]);
    let edges = dot.lines().filter(|line| line.contains(" -- ")).count();
    assert_eq!(
        edges,
        1 + 2_000,
        "the two-party record's edge and one per party to the hub"
    );
}

#[test]
fn an_access_date_before_the_signing_is_a_usage_error() {
    let stderr = failure_of(
        agreements().args(["cite", "rt-smg", "--accessed", "0000-01-01"]),
        2,
    );
    assert_eq!(
        stderr,
        "agreements: --accessed 0000-01-01 is before the document was signed (2025-09-02): give the day you read its sources\n"
    );
}

#[test]
fn text_a_spreadsheet_would_run_is_a_warning_and_csv_keeps_it_exact() {
    let scratch = Scratch::new("formula");
    let formula = "=HYPERLINK(\"https://evil.example\",\"x\")";
    let path = write(&scratch, &with_text(formula));
    let output = agreements()
        .args(with(&path, &["validate"]))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "warnings do not fail");
    let report = String::from_utf8(output.stdout).unwrap();
    assert!(
        report.contains("warning: record 'hostile-record': starts like a spreadsheet formula"),
        "{report}"
    );
    let csv = run(&path, &["list", "--fields", "title", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let titles: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[0].to_string())
        .collect();
    assert_eq!(titles, [formula, formula]);
}

#[test]
fn too_many_errors_on_standard_input_name_a_command_that_can_be_run() {
    let mut dataset = with_text("Plain text");
    let record = dataset.agreements[0].clone();
    dataset.agreements = (0..12).map(|_| record.clone()).collect();
    let stderr = failure_of(
        agreements()
            .args(["--data", "-", "list"])
            .write_stdin(render::dataset::json(&dataset)),
        3,
    );
    assert!(
        stderr.contains("more errors: run 'agreements validate -' to see them all"),
        "{stderr}"
    );
}
