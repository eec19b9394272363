//! `export`: each target read back by the client its users have: the `sqlite3` shell and
//! Datasette, `frictionless validate` and pandas, openpyxl. Under CI these must be installed
//! (`.ci/run`); elsewhere a test without its client skips.

use crate::common::{NOTE, Scratch, agreements, failure_of, installed, json_value_of, python_has};
use serde_json::Value;
use std::path::Path;
use std::process::Command;

/// Runs `export --to TO PATH FILTERS...`, which must succeed with nothing on stdout and its
/// report on stderr: one line, then only notes (the documents the official lists name that no
/// record holds).
pub(super) fn export(to: &str, path: &Path, filters: &[&str]) {
    let output = agreements()
        .args(["export", "--to", to])
        .arg(path)
        .args(filters)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert!(output.stdout.is_empty(), "{output:?}");
    let report = String::from_utf8(output.stderr).unwrap();
    let mut lines = report.lines();
    assert!(
        lines.next().is_some_and(|l| l.starts_with("Wrote ")),
        "{report}"
    );
    assert!(lines.all(|line| line.starts_with(NOTE)), "{report}");
}

/// What `python3 ARGS` prints, as JSON; the run must succeed.
fn python_json(args: &[&std::ffi::OsStr]) -> Value {
    let output = Command::new("python3").args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn an_export_never_replaces_without_force_nor_leaves_half_a_file() {
    let scratch = Scratch::new("overwrite");
    let db = scratch.path("agreements.db");
    export("sqlite", &db, &["--sector", "energy"]);
    let before = std::fs::read(&db).unwrap();
    let stderr = failure_of(agreements().args(["export", "--to", "sqlite"]).arg(&db), 2);
    assert!(
        stderr.contains("--force") && stderr.lines().count() == 1,
        "{stderr}"
    );
    assert_eq!(std::fs::read(&db).unwrap(), before);
    export("sqlite", &db, &["--force"]);
    assert_ne!(std::fs::read(&db).unwrap(), before);
    let nowhere = scratch.path("missing-folder/agreements.xlsx");
    let stderr = failure_of(
        agreements().args(["export", "--to", "xlsx"]).arg(&nowhere),
        4,
    );
    assert!(stderr.starts_with("agreements: cannot write"), "{stderr}");
    let broken = crate::common::data("duplicate-id.toml");
    let other = scratch.path("other.db");
    failure_of(
        agreements()
            .arg("--data")
            .arg(&broken)
            .args(["export", "--to", "sqlite"])
            .arg(&other),
        3,
    );
    let left: Vec<_> = std::fs::read_dir(&scratch.0).unwrap().collect();
    assert_eq!(left.len(), 1, "only the database: {left:?}");
}

#[test]
fn the_data_package_validates_and_reads_back_whole() {
    if !installed("frictionless") || !python_has("pandas") {
        return;
    }
    // The live data, and datasets of strangers: escape sequences, quotes, commas, line breaks.
    let hostile = crate::common::data("hostile/escapes.toml");
    let quotes = crate::common::data("graph-quotes.toml");
    for data in [None, Some(&hostile), Some(&quotes)] {
        let scratch = Scratch::new("package");
        let package = scratch.path("package");
        let with_data = |args: &[&str]| -> Vec<String> {
            let data = data.map(|d| vec!["--data".to_string(), d.display().to_string()]);
            (data.unwrap_or_default().into_iter())
                .chain(args.iter().map(|a| a.to_string()))
                .collect()
        };
        let args = with_data(&["export", "--to", "datapackage", package.to_str().unwrap()]);
        assert!(agreements().args(&args).output().unwrap().status.success());
        let validate = Command::new("frictionless")
            .arg("validate")
            .arg(package.join("datapackage.json"))
            .output()
            .unwrap();
        let report = String::from_utf8_lossy(&validate.stdout);
        assert!(validate.status.success(), "{data:?}: {report}");
        // pandas reads every CSV; the records rebuilt from them are `list --format json`'s.
        let script = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/python/package_records.py"
        );
        let read_back = python_json(&[script.as_ref(), package.as_os_str()]);
        let listed = agreements()
            .args(with_data(&["list", "--format", "json"]))
            .output()
            .unwrap();
        let listed: Value = serde_json::from_slice(&listed.stdout).unwrap();
        assert_eq!(read_back, listed, "{data:?}");
    }
}

#[test]
fn a_workbook_holds_what_excel_cannot_as_text_and_says_what_it_cut() {
    if !python_has("openpyxl") {
        return;
    }
    // A related treaty of 1689, a source of 1858, and a summary longer than a cell holds (with
    // a character outside the BMP, which counts twice).
    let small = std::fs::read_to_string(crate::common::data("small.toml")).unwrap();
    let long = format!("𝄞{}", "Долгий текст. ".repeat(3_000));
    let hostile = small
        .replacen(
            "summary = \"A binding memorandum on building a second pipeline.\"",
            &format!(
                "summary = \"{long}\"\nrelated = [{{ relation = \"builds-on\", title = \"Treaty of Nerchinsk\", signed = \"1689-08-27\", source = \"https://example.org/gas\" }}]"
            ),
            1,
        )
        .replacen(
            "sources = [{ url = \"https://example.org/gas\", publisher = \"Example\", side = \"company\" }]",
            "sources = [{ url = \"https://example.org/gas\", publisher = \"Example\", side = \"company\" }, { url = \"https://example.org/1858\", publisher = \"Old\", side = \"media\", published = \"1858-05-28\", background = true }]",
            1,
        );
    let scratch = Scratch::new("xlsx-limits");
    let data = scratch.file("hostile.toml", hostile.as_bytes());
    let book = scratch.path("limits.xlsx");
    let output = agreements()
        .arg("--data")
        .arg(&data)
        .args(["export", "--to", "xlsx"])
        .arg(&book)
        .output()
        .unwrap();
    let report = String::from_utf8(output.stderr).unwrap();
    assert!(output.status.success(), "{report}");
    assert!(
        report.contains("warning: agreements.summary of 'gas-pipeline-memo' has 42001 characters, more than a spreadsheet cell holds: cut, with a mark"),
        "{report}"
    );
    let script = r#"
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
summary = book["agreements"]["I2"].value
links = book["links"]
signed = [row for row in links.iter_rows(min_row=2, values_only=True) if "1689-08-27" in row]
sources = book["sources"]
published = [row for row in sources.iter_rows(min_row=2, values_only=True) if "1858-05-28" in row]
print(json.dumps({"units": len(summary.encode("utf-16-le")) // 2, "end": summary[-40:],
  "start": summary[:3], "nerchinsk": len(signed), "old": len(published)}))
"#;
    let seen = python_json(&["-c".as_ref(), script.as_ref(), book.as_os_str()]);
    assert!(seen["units"].as_u64().unwrap() <= 32_767, "{seen}");
    assert!(
        seen["end"]
            .as_str()
            .unwrap()
            .ends_with("sqlite and datapackage exports]"),
        "{seen}"
    );
    assert_eq!(seen["start"], "𝄞До", "{seen}");
    assert_eq!(
        (&seen["nerchinsk"], &seen["old"]),
        (&1.into(), &1.into()),
        "{seen}"
    );
}

#[test]
fn the_workbook_opens_in_openpyxl_with_its_sheets_links_and_dates() {
    if !python_has("openpyxl") {
        return;
    }
    let scratch = Scratch::new("xlsx");
    let book = scratch.path("agreements.xlsx");
    let package = scratch.path("package");
    export("xlsx", &book, &[]);
    export("datapackage", &package, &[]);
    let script = r#"
import json, sys, datetime, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheets = {}
for sheet in book.worksheets:
    sheets[sheet.title] = {
        "header": [c.value for c in sheet[1]],
        "rows": sheet.max_row - 1,
        "frozen": sheet.freeze_panes,
        "filter": sheet.auto_filter.ref is not None,
    }
sources = book["sources"]
links = [c.hyperlink.target for c in sources["A"][1:] if c.hyperlink]
signed = book["agreements"]["G2"].value
doubtful = [c.font.i for c in book["agreements"][3] if c.value is not None]
history = book["history"]
head = [c.value for c in history[1]]
steps = [row for row in history.iter_rows(min_row=2) if row[head.index("unconfirmed")].value is True]
marked = [row for row in steps if all(row[head.index(n)].font.i for n in ("date", "kind", "text"))]
print(json.dumps({"sheets": sheets, "links": len(links), "first_link": links[0],
  "signed_is_date": isinstance(signed, datetime.datetime), "italic_cells": sum(doubtful),
  "unconfirmed_steps": len(steps), "italic_steps": len(marked)}))
"#;
    let seen = python_json(&["-c".as_ref(), script.as_ref(), book.as_os_str()]);
    // The same tables as the data package: names, headers, row counts.
    let descriptor: Value =
        serde_json::from_slice(&std::fs::read(package.join("datapackage.json")).unwrap()).unwrap();
    for resource in descriptor["resources"].as_array().unwrap() {
        let name = resource["name"].as_str().unwrap();
        let sheet = &seen["sheets"][name];
        let fields: Vec<&Value> = (resource["schema"]["fields"].as_array().unwrap().iter())
            .map(|f| &f["name"])
            .collect();
        assert_eq!(
            sheet["header"]
                .as_array()
                .unwrap()
                .iter()
                .collect::<Vec<_>>(),
            fields
        );
        let csv = std::fs::read_to_string(package.join(format!("{name}.csv"))).unwrap();
        let rows = csv::Reader::from_reader(csv.as_bytes()).records().count();
        assert_eq!(sheet["rows"], rows, "{name}");
        assert_eq!(sheet["frozen"], "A2", "{name}");
        assert_eq!(sheet["filter"], true, "{name}");
    }
    assert_eq!(seen["links"], seen["sheets"]["sources"]["rows"]);
    assert!(seen["first_link"].as_str().unwrap().starts_with("http"));
    assert_eq!(seen["signed_is_date"], true);
    // The second record's unconfirmed fields are in italics.
    let second = &json_value_of(&["list", "--format", "json"])[1];
    let unconfirmed = second["unconfirmed"].as_array().unwrap().len();
    assert!(unconfirmed > 0);
    assert_eq!(seen["italic_cells"], unconfirmed);
    // So are the date, kind and text of every unconfirmed step of a history.
    assert!(seen["unconfirmed_steps"].as_u64().unwrap() > 0, "{seen}");
    assert_eq!(seen["italic_steps"], seen["unconfirmed_steps"], "{seen}");
}

mod readback;
mod safety;
mod sqlite;
