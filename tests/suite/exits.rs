//! Runs the real binary on datasets given by path, environment variable, pipe and bad input:
//! the dataset it picks, every problem a bad one has, and the exit codes each command
//! documents (see `common` for the pinned environment).

use crate::common::{agreements, data, failure_of, stdout_of, without_notes};
use crate::data::RECORDS;
use crate::output::{ids, records};
use agreements::model::Agreement;
use std::process::Stdio;

#[test]
fn data_option_and_environment_variable_select_another_dataset() {
    let minimal = data("minimal.toml");
    let minimal = minimal.to_str().unwrap();
    let by_option = records(&["--data", minimal]);
    assert_eq!(
        ids(&["--data", minimal]),
        ["test-gas-memo", "test-media-deal"]
    );

    let by_env = agreements()
        .env("AGREEMENTS_DATA", minimal)
        .args(["list", "--format", "json"])
        .output()
        .unwrap();
    let by_env: Vec<Agreement> = serde_json::from_slice(&by_env.stdout).unwrap();
    assert_eq!(by_env, by_option);

    // The option wins over the variable; an empty variable means the embedded dataset.
    let output = agreements()
        .env("AGREEMENTS_DATA", "/nonexistent.toml")
        .args(["--data", minimal, "list", "--format", "json"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let output = agreements()
        .env("AGREEMENTS_DATA", "")
        .args(["list", "--format", "json"])
        .output()
        .unwrap();
    let embedded: Vec<Agreement> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(embedded.len(), RECORDS);
}

#[test]
fn bad_datasets_exit_3_naming_file_line_column_and_problem() {
    let cases = [
        (
            "malformed.toml",
            "malformed.toml:9:34: invalid basic string, expected `\"`",
        ),
        (
            "unknown-sector.toml",
            "unknown-sector.toml:13:10: record 'test-gas-memo': unknown sector 'enrgy'; did you mean 'energy'?",
        ),
        (
            "bad-date.toml",
            "bad-date.toml:15:10: record 'test-gas-memo': invalid date '2025-02-30'",
        ),
        (
            "missing-field.toml",
            "missing-field.toml:28:1: record 'test-media-deal': missing required key 'title'",
        ),
        (
            "unknown-key.toml",
            "unknown-key.toml:19:1: record 'test-gas-memo': unknown key 'sumary'; did you mean 'summary'?",
        ),
        (
            "duplicate-id.toml",
            "duplicate-id.toml:9:6: record 'test-gas-memo': duplicate id: record 2 uses it again",
        ),
        (
            "invalid-records.toml",
            "invalid-records.toml:9:6: record 'Not_Kebab': id must be kebab-case",
        ),
        (
            "not-utf8.toml",
            "not-utf8.toml:1:12: the dataset is not text (invalid UTF-8 or a NUL byte)",
        ),
        ("empty.toml", "empty.toml:1:1: missing the [event] table"),
    ];
    let directory = data("");
    for (file, expected) in cases {
        let stderr = failure_of(agreements().arg("--data").arg(data(file)).arg("list"), 3);
        let first = stderr.lines().next().unwrap();
        let wanted = format!("agreements: {}{expected}", directory.display());
        assert!(
            first.starts_with(&wanted),
            "{file}:\n  got  {first}\n  want {wanted}"
        );
    }
}

#[test]
fn every_validation_problem_is_reported() {
    let stderr = failure_of(
        agreements()
            .arg("--data")
            .arg(data("invalid-records.toml"))
            .args(["list"]),
        3,
    );
    assert_eq!(stderr.lines().count(), 4, "{stderr}");
    assert!(
        stderr.contains(":22:1: record 'no-sources': no sources"),
        "{stderr}"
    );
    assert!(
        stderr.contains("term 'Budget' has a number but no source"),
        "{stderr}"
    );
}

#[test]
fn unreadable_datasets_exit_3() {
    let stderr = failure_of(
        agreements().args(["--data", "no/such/file.toml", "list"]),
        3,
    );
    assert!(
        stderr.starts_with("agreements: no/such/file.toml: cannot read the dataset:"),
        "{stderr}"
    );
    let directory = data("");
    let stderr = failure_of(agreements().arg("--data").arg(&directory).arg("summary"), 3);
    assert!(stderr.contains("cannot read the dataset"), "{stderr}");
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    // Every format `list` streams, CSV and TSV through the csv crate's own error type.
    for format in ["table", "json", "jsonl", "csv", "tsv"] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_agreements"))
            .args(["list", "--format", format])
            .env_remove("AGREEMENTS_DATA")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Close the reading end before the program writes: its write must fail with EPIPE.
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success(), "{format}: {output:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(without_notes(&stderr).is_empty(), "{format}: {stderr}");
    }
}

#[test]
#[cfg(unix)]
fn a_closed_stdout_is_an_output_error() {
    for args in ["list", "list --format json", "show power-of-siberia-2"] {
        let output = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!(r#""$0" {args} >&-"#))
            .arg(env!("CARGO_BIN_EXE_agreements"))
            .env_remove("AGREEMENTS_DATA")
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(4), "{args}: {output:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        // Only the error: a note (`list --format json` has one) would bury it.
        assert_eq!(
            stderr, "agreements: cannot write output: standard output is closed\n",
            "{args}"
        );
    }
}

#[test]
fn usage_errors_exit_2() {
    failure_of(agreements().arg("lsit"), 2);
    failure_of(
        agreements().args(["list", "--official", "--not-official"]),
        2,
    );
    failure_of(agreements().args(["show"]), 2);
}

/// Every command with arguments that make it succeed on the embedded data.
const EVERY_COMMAND: [&[&str]; 14] = [
    &["list"],
    &["parties"],
    &["topics"],
    &["show", "power-of-siberia-2"],
    &["search", "gas"],
    &["summary"],
    &["timeline"],
    &["graph"],
    &["cite", "rt-smg"],
    &["about"],
    &["validate"],
    &["convert", "--to", "json"],
    &["completions", "bash"],
    &["man"],
];

#[test]
fn every_command_exits_with_its_documented_codes() {
    let code = |command: &mut assert_cmd::Command| command.output().unwrap().status.code();
    let broken = data("duplicate-id.toml");
    for args in EVERY_COMMAND {
        assert_eq!(code(agreements().args(args)), Some(0), "{args:?}");
        let unknown_option = code(agreements().args(args).arg("--bogus"));
        assert_eq!(unknown_option, Some(2), "{args:?} --bogus");
        // Every command but `man` reads the dataset.
        let with_broken = code(agreements().arg("--data").arg(&broken).args(args));
        let expected = if args[0] == "man" { 0 } else { 3 };
        assert_eq!(with_broken, Some(expected), "{args:?} on a broken dataset");
        if std::path::Path::new("/dev/full").exists() {
            let full = std::fs::File::options()
                .write(true)
                .open("/dev/full")
                .unwrap();
            let write_error = std::process::Command::new(env!("CARGO_BIN_EXE_agreements"))
                .args(args)
                .env_remove("AGREEMENTS_DATA")
                .stdout(full)
                .stderr(Stdio::null())
                .status()
                .unwrap();
            assert_eq!(write_error.code(), Some(4), "{args:?} > /dev/full");
        }
    }
    let cases: [(&[&str], i32); 8] = [
        (&["show", "nope"], 1),
        (&["cite", "nope"], 1),
        (&["list", "--search", "nothing-matches-this"], 0),
        (&["list", "--sector", "nope"], 2),
        (&["show", "rt-smg", "--format", "yaml"], 2),
        (&["summary", "--topic", "nope"], 2),
        (&["completions"], 2),
        (&["no-such-command"], 2),
    ];
    for (args, expected) in cases {
        let output = agreements().args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(expected), "{args:?}: {output:?}");
        assert!(expected == 0 || output.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn the_exit_code_table_runs_every_command_in_the_help() {
    let help = stdout_of(&["--help"]);
    let commands = help
        .lines()
        .skip_while(|line| *line != "Commands:")
        .skip(1)
        .take_while(|line| line.starts_with("  "))
        .filter(|line| !line.starts_with("   ")) // a wrapped description
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "help");
    // `browse` needs a terminal and `export` writes files: tests/suite/browse.rs and
    // tests/suite/export.rs check their codes.
    let tested: Vec<&str> = (EVERY_COMMAND.iter().map(|args| args[0]))
        .chain(["browse", "export"])
        .collect();
    let untested: Vec<&str> = commands.filter(|name| !tested.contains(name)).collect();
    assert!(tested.len() > 10, "{help}");
    assert_eq!(untested, Vec::<&str>::new(), "add them to EVERY_COMMAND");
}
