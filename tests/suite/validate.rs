//! `agreements validate`: every problem, located, in every format, with exit 0 or 3.

use crate::common::{agreements, data, stdout_of};
use crate::data;
use crate::output::Problem;

/// Runs `agreements validate ARGS` and returns its exit code and stdout; stderr must be empty.
fn validate(args: &[&str]) -> (i32, String) {
    let output = agreements().arg("validate").args(args).output().unwrap();
    assert!(
        output.stderr.is_empty(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

fn path(name: &str) -> String {
    data(name).to_str().unwrap().to_string()
}

#[test]
fn the_embedded_dataset_is_valid_without_warnings() {
    let (code, report) = validate(&[]);
    assert_eq!(code, 0);
    assert_eq!(
        report,
        format!(
            "<embedded data/agreements.toml>: valid: {} records, 0 errors, 0 warnings\n",
            data::RECORDS
        )
    );
}

#[test]
fn every_problem_is_reported_in_file_order() {
    let file = path("many-problems.toml");
    let (code, report) = validate(&[&file]);
    assert_eq!(code, 3);
    let expected = [
        ":13:8: error: record 'one': unknown kind 'memorandom'; did you mean 'memorandum'?",
        ":14:10: error: record 'one': unknown sector 'enrgy'; did you mean 'energy'?",
        ":15:10: error: record 'one': invalid date '2025-09-31'",
        ":16:17: error: record 'one': invalid type: string \"yes\", expected a boolean",
        ":20:1: error: record 'one': unknown key 'colour'",
        ":23:1: error: record 'two': missing required key 'title'",
        ":30:14: error: record 'two': unknown confidence 'sure'",
        ":33:75: error: record 'two': unknown side 'press'",
    ];
    let lines: Vec<&str> = report.lines().collect();
    assert_eq!(lines.len(), expected.len() + 1, "{report}");
    for (line, expected) in lines.iter().zip(expected) {
        assert!(
            line.starts_with(&format!("{file}{expected}")),
            "got  {line}\nwant {expected}"
        );
    }
    assert_eq!(lines[8], format!("{file}: invalid, 8 errors, 0 warnings"));
}

#[test]
fn json_gives_one_object_per_problem() {
    let file = path("invalid-records.toml");
    let (code, report) = validate(&[&file, "--format", "json"]);
    assert_eq!(code, 3);
    let problems: Vec<Problem> = serde_json::from_str(&report).unwrap();
    assert_eq!(problems.len(), 4);
    let first = &problems[0];
    assert_eq!(first.file, file);
    assert_eq!((first.line, first.column), (Some(9), Some(6)));
    assert_eq!(first.severity, "error");
    assert_eq!(first.record.as_deref(), Some("Not_Kebab"));
    assert_eq!(first.field, "agreements[0].id");
    assert!(first.message.starts_with("id must be kebab-case"));
    assert_eq!(problems[2].field, "agreements[1].summary_sources");
    assert_eq!(problems[3].field, "agreements[1].terms[0].value");
}

#[test]
fn warnings_are_reported_but_valid() {
    let file = path("warning.toml");
    let (code, report) = validate(&[&file]);
    assert_eq!(code, 0);
    assert!(
        report.contains(
            ":34:10: warning: record 'test-media-deal': signed 2024-01-01 is outside the visit"
        ),
        "{report}"
    );
    assert!(
        report.ends_with("valid: 2 records, 0 errors, 1 warning\n"),
        "{report}"
    );
    // Other commands use a dataset with warnings silently.
    assert_eq!(
        stdout_of(&[
            "--data", &file, "list", "--format", "jsonl", "--fields", "id"
        ])
        .lines()
        .count(),
        2
    );
}

#[test]
fn the_path_comes_from_the_argument_or_data_or_the_environment() {
    let bad = path("duplicate-id.toml");
    assert_eq!(validate(&[&bad]).0, 3);
    let by_option = agreements()
        .args(["--data", &bad, "validate"])
        .output()
        .unwrap();
    assert_eq!(by_option.status.code(), Some(3));
    let by_env = agreements()
        .env("AGREEMENTS_DATA", &bad)
        .arg("validate")
        .output()
        .unwrap();
    assert_eq!(by_env.status.code(), Some(3));
    let argument_wins = agreements()
        .env("AGREEMENTS_DATA", &bad)
        .args(["validate", &path("minimal.toml")])
        .output()
        .unwrap();
    assert_eq!(argument_wins.status.code(), Some(0));
}

#[test]
fn every_format_reports_problems() {
    let file = path("invalid-records.toml");
    let (_, jsonl) = validate(&[&file, "--format", "jsonl"]);
    assert_eq!(jsonl.lines().count(), 4);
    let (_, csv) = validate(&[&file, "--format", "csv"]);
    assert!(
        csv.starts_with("file,line,column,severity,record,field,message\n"),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 5);
    let (_, tsv) = validate(&[&file, "--format", "tsv"]);
    assert_eq!(tsv.lines().count(), 5);
    let (_, markdown) = validate(&[&file, "--format", "markdown"]);
    assert!(
        markdown.starts_with("| file | line | column | severity | record | field | message |"),
        "{markdown}"
    );
    let (code, empty) = validate(&["--format", "json"]);
    assert_eq!((code, empty.as_str()), (0, "[]\n"));
}

#[test]
fn a_file_that_cannot_be_read_is_an_error_on_stderr() {
    let output = agreements()
        .args(["validate", "no/such/file.toml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
    assert!(output.stdout.is_empty());
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .starts_with("agreements: no/such/file.toml: cannot read the dataset")
    );
}

#[test]
fn json_datasets_are_checked_the_same_way() {
    let folder = crate::common::Scratch::new("validate-json");
    let scratch = folder.path("dataset.json");
    let dataset = agreements::load::embedded();
    let mut value = serde_json::to_value(&dataset).unwrap();
    std::fs::write(&scratch, value.to_string()).unwrap();
    let file = scratch.to_str().unwrap().to_string();
    assert_eq!(
        validate(&[&file]).0,
        0,
        "the embedded dataset as JSON is valid"
    );
    value["agreements"][1]["id"] = value["agreements"][0]["id"].clone();
    std::fs::write(&scratch, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    let (code, report) = validate(&[&file]);
    assert_eq!(code, 3);
    assert!(
        report.contains(": error: record 'health-digital-transformation': duplicate id"),
        "{report}"
    );
    std::fs::write(&scratch, "{\"event\": ").unwrap();
    let (code, report) = validate(&[&file]);
    assert_eq!(code, 3);
    assert!(
        report.starts_with(&format!("{file}:1:10: error: EOF while parsing a value")),
        "{report}"
    );
}

#[test]
fn a_json_dataset_s_findings_name_their_field() {
    // JSON has no lines for rule findings: the field's path stands where the line would.
    let scratch = crate::common::Scratch::new("validate-json-paths");
    let listed = crate::common::stdout_of(&[
        "--data",
        data("small.toml").to_str().unwrap(),
        "convert",
        "--to",
        "json",
    ]);
    let mut dataset: serde_json::Value = serde_json::from_str(&listed).unwrap();
    dataset["agreements"][0]["summary"] = "".into();
    dataset["agreements"][1]["title"] = " ".into();
    let path = scratch.file("paths.json", dataset.to_string().as_bytes());
    let output = agreements().arg("validate").arg(&path).output().unwrap();
    assert_eq!(output.status.code(), Some(3), "{output:?}");
    let report = String::from_utf8(output.stdout).unwrap();
    let origin = path.display();
    assert!(report.contains(&format!("{origin}: agreements[0].summary: error: record 'gas-pipeline-memo': the summary is empty")), "{report}");
    assert!(
        report.contains(&format!(
            "{origin}: agreements[1].title: error: record 'gas-supply-increase': the title is empty"
        )),
        "{report}"
    );
}

#[test]
fn a_problem_inside_a_top_level_table_names_that_table_and_key() {
    // Each used to be reported as "unknown top-level key 'dataset'" (and 'synonyms'), with the
    // real problem never named.
    let scratch = crate::common::Scratch::new("validate-dataset-table");
    let live =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/agreements.toml"))
            .unwrap();
    let description = live
        .lines()
        .find(|l| l.starts_with("description = "))
        .unwrap();
    let cases = [
        (
            "missing description",
            live.replacen(description, "", 1),
            "[dataset]: missing field `description`",
        ),
        (
            "misspelt licence",
            live.replacen("licence = ", "license = ", 1),
            "[dataset]: unknown field `license`",
        ),
        (
            "synonyms not lists",
            live.replacen("synonyms = [", "synonyms = [5, ", 1),
            "[synonyms]: invalid type: integer `5`",
        ),
    ];
    for (name, text, expected) in cases {
        let path = scratch.file("dataset.toml", text.as_bytes());
        let (code, report) = validate(&[path.to_str().unwrap()]);
        assert_eq!(code, 3, "{name}");
        assert!(report.contains(expected), "{name}: {report}");
        assert!(!report.contains("top-level key"), "{name}: {report}");
        assert!(
            report.ends_with("invalid, 1 error, 0 warnings\n"),
            "{name}: {report}"
        );
    }
}

#[test]
fn the_minimal_template_validates_cleanly_and_loads() {
    let template = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/minimal.toml");
    let (code, report) = validate(&[template]);
    assert_eq!(code, 0, "{report}");
    assert!(
        report.ends_with("valid: 2 records, 0 errors, 0 warnings\n"),
        "{report}"
    );
}
