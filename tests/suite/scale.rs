//! Failure paths at scale: bad datasets large enough that a quadratic path would show, small
//! enough for CI. Each test asserts the error, that the output stays bounded and that nothing
//! reaches stdout; the timings at full size are measured by hand (BENCHMARKS.md), never here.

use crate::common::{Scratch, agreements, failure_of};
use agreements::load::PROBLEMS_KEPT;
use agreements::synthetic;
use std::path::PathBuf;

/// A file holding `text` in a folder of its own, removed with the returned folder.
fn scratch(name: &str, text: &str) -> (Scratch, PathBuf) {
    let folder = Scratch::new("scale");
    let path = folder.file(name, text.as_bytes());
    (folder, path)
}

/// Runs `validate PATH`, which must fail with exit 3 and print nothing on stderr; its stdout.
fn failed_validation(path: &PathBuf) -> String {
    let output = agreements().arg("validate").arg(path).output().unwrap();
    assert_eq!(output.status.code(), Some(3), "{output:?}");
    assert!(output.stderr.is_empty(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn json_lines_read_as_toml_stop_at_the_error_limit() {
    let dataset = synthetic::generate(2_000, 7);
    let lines: Vec<String> = dataset
        .agreements
        .iter()
        .map(|record| serde_json::to_string(record).unwrap())
        .collect();
    let (_folder, path) = scratch("lines.toml", &lines.join("\n"));
    let stderr = failure_of(agreements().arg("--data").arg(&path).arg("list"), 3);
    assert!(stderr.lines().count() <= 12, "{stderr}");
    assert!(stderr.contains("\n... and "), "{stderr}");
    let report = failed_validation(&path);
    // The kept problems, the line that counts the rest, the verdict.
    assert_eq!(report.lines().count(), PROBLEMS_KEPT + 2, "{report}");
    assert!(!report.ends_with(" 101 errors, 0 warnings\n"), "{report}");
    let counted = report.lines().nth(PROBLEMS_KEPT).unwrap();
    assert!(
        counted.contains(&format!(
            "too many problems: these are the first {PROBLEMS_KEPT} of "
        )),
        "{counted}"
    );
}

#[test]
fn thousands_of_broken_links_get_a_bounded_report_and_a_few_hints() {
    let mut dataset = synthetic::generate(5_000, 7);
    for record in &mut dataset.agreements {
        let renamed = format!("{}-renamed", record.id);
        // Added, not replacing the record's links: the pages they cite keep a claim.
        record.related.insert(
            0,
            agreements::model::Related {
                relation: agreements::vocab::Relation::RelatedTo,
                id: Some(renamed.into()),
                title: None,
                signed: None,
                note: None,
                source: None,
            },
        );
    }
    let (_folder, path) = scratch("broken.json", &serde_json::to_string(&dataset).unwrap());
    let report = failed_validation(&path);
    assert_eq!(report.lines().count(), PROBLEMS_KEPT + 2, "{report}");
    assert!(report.contains("of 5000; fix them"), "{report}");
    // The verdict counts every error, not the lines kept.
    assert!(
        report.ends_with(": invalid, 5000 errors, 0 warnings\n"),
        "{report}"
    );
    let hints = report.matches("did you mean").count();
    assert!((1..=20).contains(&hints), "{hints} hints");
    let stderr = failure_of(agreements().arg("--data").arg(&path).arg("list"), 3);
    assert!(stderr.lines().count() <= 12, "{stderr}");
    // ... and says what validate really shows.
    assert!(
        stderr.contains("\n... and 4990 more errors: run 'agreements validate "),
        "{stderr}"
    );
    assert!(
        stderr.trim_end().ends_with("' to see the first 100"),
        "{stderr}"
    );
}

#[test]
fn a_warning_on_every_record_keeps_the_dataset_usable() {
    let mut dataset = synthetic::generate(3_000, 7);
    for record in &mut dataset.agreements {
        // Before either visit, so that its history still follows the signing.
        record.signed = "2025-05-01".parse().unwrap();
    }
    let (_folder, path) = scratch("late.toml", &agreements::render::dataset::toml(&dataset));
    let output = agreements()
        .arg("--data")
        .arg(&path)
        .args(["list", "--format", "jsonl"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert_eq!(output.stdout.iter().filter(|&&b| b == b'\n').count(), 3_000);
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.lines().count() <= 12, "{stderr}");
    let report = agreements().arg("validate").arg(&path).output().unwrap();
    assert_eq!(report.status.code(), Some(0), "{report:?}");
    let report = String::from_utf8(report.stdout).unwrap();
    assert_eq!(report.lines().count(), PROBLEMS_KEPT + 2, "{report}");
    assert!(report.contains("warning: too many problems"), "{report}");
    assert!(
        report.ends_with(": valid: 3000 records, 0 errors, 3000 warnings\n"),
        "{report}"
    );
}
