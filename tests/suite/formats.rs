//! Every output format, field selection, ordering and the filters added for scripting, run
//! through the real binary. Machine formats are parsed, never compared as text.

use crate::common::{agreements, data, failure_of, installed, stdout_of};
use crate::data;
use crate::output::{Summary, json_as, records, shown};
use agreements::model::Agreement;
use agreements::vocab::Vocabulary;
use serde_json::Value;

/// Rows of CSV or TSV text, header first.
fn delimited_rows(text: &str, delimiter: u8) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|row| row.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn list_prints_every_format() {
    let json = records(&[]);
    assert_eq!(json.len(), data::RECORDS);

    let jsonl = stdout_of(&["list", "--format", "jsonl"]);
    let lines: Vec<Agreement> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines, json, "jsonl holds the same records, one per line");

    for (format, delimiter) in [("csv", b','), ("tsv", b'\t')] {
        let rows = delimited_rows(&stdout_of(&["list", "--format", format]), delimiter);
        assert_eq!(
            rows.len(),
            1 + data::RECORDS,
            "{format}: a header and each record"
        );
        assert_eq!(rows[0][0], "id");
        assert_eq!(rows[0].len(), 26, "{format}: every field");
        assert_eq!(rows[23][0], "power-of-siberia-2");
    }

    let markdown = stdout_of(&["list", "--format", "markdown"]);
    let lines: Vec<&str> = markdown.lines().collect();
    assert_eq!(
        lines[0],
        "| ID | Short title | Parties | Signed | Sector | Kind |"
    );
    assert_eq!(lines[1], "|---|---|---|---|---|---|");
    // The table, then a paragraph on the documents the lists name that no record holds.
    let (table, after) = lines.split_at(2 + data::RECORDS);
    assert!(table.iter().all(|l| l.starts_with('|') && l.ends_with('|')));
    assert_eq!(after[0], "");
    let unrecorded = format!("{} more documents are on an official list", data::MAY.1);
    assert!(after[1].starts_with(&unrecorded), "{markdown}");
    assert_eq!(after.len(), 2, "{markdown}");
    let september = [
        "list",
        "--event",
        "putin-china-2025-09",
        "--format",
        "markdown",
    ];
    let september = stdout_of(&september);
    assert!(september.lines().all(|l| l.starts_with('|')), "{september}");
}

#[test]
fn delimited_values_read_back_with_the_csv_crate() {
    let minimal = data("minimal.toml");
    let minimal = minimal.to_str().unwrap();
    let json: Vec<Agreement> = json_as(&["--data", minimal, "list", "--format", "json"]);
    for (format, delimiter) in [("csv", b','), ("tsv", b'\t')] {
        let rows = delimited_rows(
            &stdout_of(&["--data", minimal, "list", "--format", format]),
            delimiter,
        );
        let title = rows[0].iter().position(|h| h == "title").unwrap();
        let summary = rows[0].iter().position(|h| h == "summary").unwrap();
        assert_eq!(rows[1][title], json[0].title, "{format}");
        assert_eq!(rows[1][summary], json[0].summary, "{format}");
    }
}

#[test]
fn delimited_values_survive_pythons_csv_module() {
    if !installed("python3") {
        return;
    }
    let minimal = data("minimal.toml");
    let minimal = minimal.to_str().unwrap();
    let json: Vec<Agreement> = json_as(&["--data", minimal, "list", "--format", "json"]);
    for (format, dialect) in [("csv", "excel"), ("tsv", "excel-tab")] {
        let text = stdout_of(&["--data", minimal, "list", "--format", format]);
        let script = format!(
            "import csv, json, sys\nprint(json.dumps(list(csv.DictReader(sys.stdin, dialect='{dialect}'))))"
        );
        let output = std::process::Command::new("python3")
            .args(["-c", &script])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .and_then(|mut child| {
                use std::io::Write;
                child.stdin.take().unwrap().write_all(text.as_bytes())?;
                child.wait_with_output()
            })
            .unwrap();
        assert!(output.status.success(), "{format}: {output:?}");
        let rows: Vec<std::collections::HashMap<String, String>> =
            serde_json::from_slice(&output.stdout).unwrap();
        let record = &json[0];
        assert_eq!(rows[0]["id"], record.id, "{format}");
        assert_eq!(rows[0]["title"], record.title, "{format}");
        assert_eq!(rows[0]["summary"], record.summary, "{format}");
        assert_eq!(rows[0]["signed"], record.signed.to_string(), "{format}");
        assert!(rows[0]["title"].contains("\"gas\", with a comma"));
        assert!(rows[0]["summary"].contains("tests,\nwith a second line and a\ttab"));
        // A list cell is the JSON array: Python reads it back with json.loads, losing nothing.
        let terms: Vec<agreements::model::Term> = serde_json::from_str(&rows[0]["terms"]).unwrap();
        assert_eq!(terms, record.terms, "{format}");
        let parties: Vec<agreements::model::Party> =
            serde_json::from_str(&rows[0]["parties"]).unwrap();
        assert_eq!(parties, record.parties, "{format}");
    }
}

#[test]
fn csv_and_tsv_lists_read_back_as_the_json_records() {
    let json: Vec<serde_json::Value> = json_as(&["list", "--format", "json"]);
    for (format, delimiter) in [("csv", b','), ("tsv", b'\t')] {
        let rows = delimited_rows(&stdout_of(&["list", "--format", format]), delimiter);
        let header = &rows[0];
        for (row, record) in rows[1..].iter().zip(&json) {
            for (name, cell) in header.iter().zip(row) {
                let value = &record[name.as_str()];
                if value.is_array() {
                    let read: serde_json::Value = serde_json::from_str(cell).unwrap();
                    assert_eq!(&read, value, "{format} {name} of {}", record["id"]);
                }
            }
        }
    }
}

#[test]
fn fields_pick_and_order_columns_in_every_format() {
    let args = |format: &'static str| {
        [
            "list",
            "--fields",
            "signed,id",
            "--limit",
            "1",
            "--format",
            format,
        ]
    };
    assert_eq!(
        stdout_of(&args("jsonl")),
        // `signed` can be unconfirmed, so its caveat comes with it.
        "{\"signed\":\"2025-09-02\",\"id\":\"health-digital-transformation\",\"unconfirmed\":[]}\n"
    );
    let json = stdout_of(&args("json"));
    assert!(
        json.find("\"signed\"").unwrap() < json.find("\"id\"").unwrap(),
        "{json}"
    );
    assert_eq!(
        stdout_of(&args("csv")),
        "signed,id,unconfirmed\n2025-09-02,health-digital-transformation,[]\n"
    );
    assert_eq!(
        stdout_of(&args("tsv")),
        "signed\tid\tunconfirmed\n2025-09-02\thealth-digital-transformation\t[]\n"
    );
    let markdown = stdout_of(&args("markdown"));
    assert!(
        markdown.starts_with(
            "| Signed | ID |\n|---|---|\n| 2025-09-02 | health-digital-transformation |"
        ),
        "{markdown}"
    );
    let table = stdout_of(&args("table"));
    let header: Vec<&str> = table.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(header, ["Signed", "ID"]);
}

#[test]
fn unknown_fields_exit_2_listing_the_valid_ones() {
    let stderr = failure_of(agreements().args(["list", "--fields", "id,titel"]), 2);
    assert!(
        stderr.contains("unknown field 'titel'; did you mean 'title'?"),
        "{stderr}"
    );
    assert!(stderr.contains("(valid: id, title, short_title, kind, sector, topics, parties, signed, place, summary, summary_sources, original_titles, project_names, terms, official_list, confidence, unconfirmed, notes, sources, related, and 6 more)"), "{stderr}");
    let help = stdout_of(&["list", "--help"]);
    let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        help.contains(
            "confidence, unconfirmed, notes, sources, related, event, level, binding, status, checked, history]"
        ),
        "{help}"
    );
}

#[test]
fn show_prints_every_format() {
    let id = "power-of-siberia-2";
    let object = stdout_of(&["show", id, "--format", "json"]);
    assert_eq!(shown(id).record.id, id);
    let line: Value = serde_json::from_str(&stdout_of(&["show", id, "--format", "jsonl"])).unwrap();
    assert_eq!(line, serde_json::from_str::<Value>(&object).unwrap());
    for (format, delimiter) in [("csv", b','), ("tsv", b'\t')] {
        let rows = delimited_rows(&stdout_of(&["show", id, "--format", format]), delimiter);
        assert_eq!(rows.len(), 2, "{format}");
        assert_eq!(rows[1][0], id);
    }
    let markdown = stdout_of(&["show", id, "--format", "markdown"]);
    assert!(markdown.starts_with("## Power of Siberia 2 memorandum (`power-of-siberia-2`)\n"));
    assert!(
        markdown.contains("| Capacity | 50 bcm/yr (in transit through Mongolia) | https://ria.ru/")
    );
    assert!(markdown.contains(
        "1. [RIA Novosti](<https://ria.ru/20250902/memorandum-2038999572.html>) (media)"
    ));
}

#[test]
fn summary_prints_every_format() {
    let json: Summary = json_as(&["summary", "--format", "json"]);
    assert_eq!(json.by_sector["energy"], data::ENERGY.0);
    let lines: Vec<Value> = stdout_of(&["summary", "--format", "jsonl"])
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines.contains(
        &serde_json::json!({"group": "sector", "value": "energy", "count": data::ENERGY.0})
    ));
    assert!(lines.contains(
        &serde_json::json!({"group": "official_list", "value": "true", "count": data::OFFICIAL})
    ));
    for (format, delimiter) in [("csv", b','), ("tsv", b'\t')] {
        let rows = delimited_rows(&stdout_of(&["summary", "--format", format]), delimiter);
        assert_eq!(rows[0], ["group", "value", "count"]);
        assert_eq!(rows.len(), lines.len() + 1, "{format}");
    }
    let markdown = stdout_of(&["summary", "--format", "markdown"]);
    assert!(markdown.contains("| sector | energy | 5 |"), "{markdown}");
}

#[test]
fn every_format_of_the_library_is_written_by_every_command_that_takes_one() {
    use agreements::render::Format;
    let commands: [&[&str]; 10] = [
        &["list"],
        &["parties"],
        &["topics"],
        &["summary", "--by", "party"],
        &["show", "power-of-siberia-2"],
        &["search", "gas"],
        &["summary"],
        &["timeline"],
        &["about"],
        &["validate"],
    ];
    for format in Format::ALL {
        for command in commands {
            let mut args = command.to_vec();
            args.extend(["--format", format.name()]);
            // A valid dataset has no problems: as JSON Lines, that is no line at all.
            let empty_is_right = command[0] == "validate" && *format == Format::Jsonl;
            assert!(!stdout_of(&args).is_empty() || empty_is_right, "{args:?}");
        }
    }
}

#[test]
fn format_names_get_the_same_did_you_mean() {
    let stderr = failure_of(agreements().args(["list", "--format", "jsno"]), 2);
    assert!(
        stderr.contains("unknown format 'jsno'; did you mean 'json'?"),
        "{stderr}"
    );
    assert_eq!(
        stdout_of(&["list", "--format", "md", "--limit", "0", "--official"])
            .lines()
            .next(),
        Some("| ID | Short title | Parties | Signed | Sector | Kind |")
    );
}

#[test]
fn an_assumed_value_never_reaches_a_program_without_its_caveat() {
    // nmg-xinhua's date is assumed: wherever `signed` goes, `unconfirmed` says so.
    let args = |fields: &str, format: &str| -> String {
        stdout_of(&[
            "list", "--search", "nmg", "--fields", fields, "--format", format,
        ])
    };
    let csv = args("signed", "csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(reader.headers().unwrap(), vec!["signed", "unconfirmed"]);
    let assumed = reader.records().map(Result::unwrap).any(|row| {
        let unconfirmed: Vec<String> = serde_json::from_str(&row[1]).unwrap();
        unconfirmed.contains(&"signed".to_string())
    });
    assert!(assumed, "{csv}");
    let lines = args("place,signed", "jsonl");
    let assumed = lines.lines().any(|line| {
        let line: serde_json::Value = serde_json::from_str(line).unwrap();
        line["unconfirmed"]
            .as_array()
            .unwrap()
            .contains(&"signed".into())
    });
    assert!(assumed, "{lines}");
    // Asked for, it stays where it was named; with nothing that can be assumed, it is not added.
    assert!(args("unconfirmed,signed", "tsv").starts_with("unconfirmed\tsigned\n"));
    assert_eq!(args("id,topics", "csv").lines().next(), Some("id,topics"));
}
