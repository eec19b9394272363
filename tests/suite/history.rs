//! A document's life after the signing and several events in one dataset: on the embedded data
//! (every record checked, with a status and a history) and on `tests/data/two-events.toml`
//! (two events, ratification, entry into force, a settled expectation, a search that found
//! nothing), through every command and export.

use crate::common::{Scratch, agreements, data, failure_of, json_value_of, stdout_of};
use serde_json::Value;

fn fixture() -> String {
    data("two-events.toml").to_str().unwrap().to_string()
}

/// The ids `args` selects from `data` (None: the embedded data), as JSON Lines.
fn ids(data: Option<&str>, args: &[&str]) -> Vec<String> {
    let mut all = Vec::new();
    if let Some(data) = data {
        all.extend(["--data", data]);
    }
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "jsonl"]);
    let lines = stdout_of(&all);
    let id = |line: &str| serde_json::from_str::<Value>(line).unwrap()["id"].to_string();
    lines
        .lines()
        .map(|line| id(line).trim_matches('"').to_string())
        .collect()
}

#[test]
fn every_embedded_record_has_a_status_a_checked_date_and_a_history() {
    let records = json_value_of(&["list", "--format", "json"]);
    for record in records.as_array().unwrap() {
        let id = &record["id"];
        assert_ne!(record["status"], "unchecked", "{id}");
        assert!(record["checked"].is_string(), "{id}");
        let history = record["history"].as_array().unwrap();
        assert!(!history.is_empty(), "{id}");
        for step in history {
            let searched = step["kind"] == "not-found";
            let sourced = !step["sources"].as_array().unwrap().is_empty();
            assert!(searched || sourced, "{id}: {step}");
        }
    }
}

#[test]
fn list_answers_what_moved_and_where_each_document_stands() {
    let moved = ids(None, &["list", "--changed-since", "2025-10-01"]);
    assert!(
        moved.contains(&"power-of-siberia-1-increase".to_string()),
        "{moved:?}"
    );
    assert!(
        !moved.contains(&"health-digital-transformation".to_string()),
        "{moved:?}"
    );
    let quiet = ids(None, &["list", "--status", "no-news"]);
    assert!(
        quiet.contains(&"health-digital-transformation".to_string()),
        "{quiet:?}"
    );
    assert!(quiet.iter().all(|id| !moved.contains(id)), "{quiet:?}");
    let stderr = failure_of(agreements().args(["list", "--status", "in-forse"]), 2);
    assert!(stderr.contains("did you mean 'in-force'?"), "{stderr}");
    // A status resting on an unconfirmed step carries the mark in the table.
    let table = stdout_of(&["list", "--status", "implementing"]);
    assert!(table.contains("implementing?"), "{table}");
}

#[test]
fn show_prints_the_history_with_its_sources() {
    let shown = stdout_of(&["show", "power-of-siberia-2"]);
    let history = shown
        .split("History since the signing")
        .nth(1)
        .expect("a history");
    assert!(history.contains("2025-10-09"), "{history}");
    assert!(history.contains("nothing found"), "{history}");
    assert!(history.contains("(unconfirmed)"), "{history}");
    assert!(
        shown.contains("Status         being implemented (unconfirmed)"),
        "{shown}"
    );
    let json = json_value_of(&["show", "power-of-siberia-2", "--format", "json"]);
    assert_eq!(json["status"], "implementing");
    assert!(
        json["unconfirmed"]
            .as_array()
            .unwrap()
            .contains(&"status".into())
    );
}

#[test]
fn search_finds_follow_ups_of_documents_and_of_the_visit() {
    assert_eq!(ids(None, &["search", "Aganskaya"]), ["power-of-siberia-2"]);
    let json = json_value_of(&["search", "reciprocity", "--format", "json"]);
    let kinds: Vec<&Value> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|hit| &hit["kind"])
        .collect();
    assert!(kinds.contains(&&Value::from("follow_up")), "{json}");
}

#[test]
fn summary_counts_statuses_and_keeps_doubtful_ones_apart() {
    let csv = stdout_of(&["summary", "--by", "status", "--format", "csv"]);
    let count = |value: &str| -> usize {
        let row = csv
            .lines()
            .find(|l| l.starts_with(&format!("status,{value},")));
        row.map_or(0, |l| l.rsplit(',').next().unwrap().parse().unwrap())
    };
    assert!(count("implementing?") > 0, "{csv}");
    let total: usize = csv
        .lines()
        .skip(1)
        .map(|l| l.rsplit(',').next().unwrap().parse::<usize>().unwrap())
        .sum();
    assert_eq!(total, crate::data::RECORDS, "{csv}");
    // A table explains the `?` when it shows one, and only then.
    let legend = "? = resting on a step the sources do not confirm";
    let table = stdout_of(&["summary", "--by", "status"]);
    assert!(
        table.contains("implementing?") && table.contains(legend),
        "{table}"
    );
    let media = stdout_of(&["summary", "--by", "status", "--sector", "media"]);
    assert!(!media.contains('?'), "{media}");
}

#[test]
fn two_events_each_keep_their_records_days_and_counts() {
    let fixture = fixture();
    let d = Some(fixture.as_str());
    assert_eq!(
        ids(d, &["list", "--event", "spring-visit"]),
        ["investment-treaty"]
    );
    assert_eq!(ids(d, &["list", "--event", "autumn-visit"]).len(), 3);
    let table = stdout_of(&["--data", &fixture, "list"]);
    assert!(
        table.contains("Event") && table.contains("spring-visit"),
        "{table}"
    );
    let about = json_value_of(&["--data", &fixture, "about", "--format", "json"]);
    let events: Vec<&Value> = about["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["id"])
        .collect();
    assert_eq!(events, ["spring-visit", "autumn-visit"]);
    let timeline = json_value_of(&["--data", &fixture, "timeline", "--format", "json"]);
    assert_eq!(timeline["days"].as_array().unwrap().len(), 2);
    let stderr = failure_of(
        agreements().args(["--data", &fixture, "list", "--event", "spring"]),
        2,
    );
    assert!(stderr.contains("did you mean 'spring-visit'?"), "{stderr}");
}

#[test]
fn the_investment_treaty_shows_ratification_entry_into_force_and_a_settled_expectation() {
    let fixture = fixture();
    let shown = stdout_of(&["--data", &fixture, "show", "investment-treaty"]);
    assert!(shown.contains("in force"), "{shown}");
    assert!(shown.contains("expected (settled 2025-12-01)"), "{shown}");
    assert!(shown.contains("RU: The parliament ratifies it."), "{shown}");
    let status = ids(Some(&fixture), &["list", "--status", "in-force"]);
    assert_eq!(status, ["investment-treaty"]);
}

#[test]
fn every_command_and_export_takes_two_events() {
    let fixture = fixture();
    let commands: &[&[&str]] = &[
        &["list"],
        &["list", "--format", "csv"],
        &["show", "gas-memorandum"],
        &["search", "memorandum"],
        &["summary"],
        &["summary", "--by", "event"],
        &["timeline"],
        &["graph"],
        &["parties"],
        &["topics"],
        &["about"],
        &["cite", "investment-treaty"],
        &["validate"],
    ];
    for args in commands {
        let mut all = vec!["--data", fixture.as_str()];
        all.extend_from_slice(args);
        let output = agreements().args(&all).output().unwrap();
        assert!(output.status.success(), "{args:?}: {output:?}");
    }
    let scratch = Scratch::new("two-events");
    for (to, name) in [("toml", "d.toml"), ("json", "d.json"), ("jsonl", "d.jsonl")] {
        let converted = stdout_of(&["--data", &fixture, "convert", "--to", to]);
        let path = scratch.file(name, converted.as_bytes());
        let again = stdout_of(&["--data", path.to_str().unwrap(), "list", "--format", "json"]);
        assert_eq!(
            again,
            stdout_of(&["--data", &fixture, "list", "--format", "json"]),
            "{to}"
        );
    }
    for (to, name) in [
        ("sqlite", "d.db"),
        ("datapackage", "package"),
        ("xlsx", "d.xlsx"),
    ] {
        let out = scratch.path(name);
        let output = agreements()
            .args(["--data", &fixture, "export", "--to", to])
            .arg(&out)
            .output()
            .unwrap();
        assert!(output.status.success(), "{to}: {output:?}");
    }
    let db = rusqlite::Connection::open(scratch.path("d.db")).unwrap();
    let steps: i64 = db
        .query_row("SELECT count(*) FROM history h JOIN agreements a ON a.id = h.agreement_id WHERE a.event_id = 'spring-visit'", [], |row| row.get(0))
        .unwrap();
    assert_eq!(steps, 3);
    let follow_ups: i64 = db
        .query_row("SELECT count(*) FROM event_history", [], |row| row.get(0))
        .unwrap();
    assert_eq!(follow_ups, 1);
}

#[test]
fn a_dataset_of_several_events_names_each_records_event() {
    let text = std::fs::read_to_string(fixture()).unwrap();
    let scratch = Scratch::new("events-unnamed");
    let unnamed = scratch.file(
        "unnamed.toml",
        text.replacen("event = \"spring-visit\"\n", "", 1)
            .as_bytes(),
    );
    let output = agreements().arg("validate").arg(&unnamed).output().unwrap();
    let report = String::from_utf8(output.stdout).unwrap();
    assert!(
        report.contains("the dataset holds several events"),
        "{report}"
    );
    let wrong = scratch.file(
        "wrong.toml",
        text.replacen("event = \"spring-visit\"", "event = \"spring-vist\"", 1)
            .as_bytes(),
    );
    let output = agreements().arg("validate").arg(&wrong).output().unwrap();
    let report = String::from_utf8(output.stdout).unwrap();
    assert!(
        report.contains("unknown event 'spring-vist'; did you mean 'spring-visit'?"),
        "{report}"
    );
}

#[test]
fn a_dataset_written_for_one_event_loads_unchanged() {
    // tests/data/minimal.toml has today's one `[event]`, without an id: its records belong to
    // it, called by its first day (2025-08-31).
    let minimal = data("minimal.toml").to_str().unwrap().to_string();
    let events = ids(Some(&minimal), &["list", "--event", "2025-08-31"]);
    assert_eq!(events.len(), ids(Some(&minimal), &["list"]).len());
    // A JSON Lines header with a single `event` object, as `convert` wrote it before.
    let records = stdout_of(&["--data", &minimal, "list", "--format", "jsonl"]);
    let header = r#"{"event": {"name": "A visit", "start": "2025-08-31", "end": "2025-09-03", "official_list_count": 1}}"#;
    let scratch = Scratch::new("one-event-header");
    let old = scratch.file("old.jsonl", format!("{header}\n{records}").as_bytes());
    let about = json_value_of(&["--data", old.to_str().unwrap(), "about", "--format", "json"]);
    assert_eq!(about["events"][0]["name"], "A visit");
    assert_eq!(about["records"], 2);
}

/// An event whose official list names documents no source found: `about`, the list table's count
/// line and the export say how many, and only where the answer draws on that event.
#[test]
fn documents_of_the_list_no_source_names_are_counted_apart() {
    let text = std::fs::read_to_string(fixture()).unwrap().replacen(
        "official_list_count = 1\n",
        "official_list_count = 3\nofficial_list_unrecorded = 2\n",
        1,
    );
    let scratch = Scratch::new("unrecorded");
    let path = scratch.path("unrecorded.toml");
    std::fs::write(&path, text).unwrap();
    let path = path.to_str().unwrap();
    let note = "2 more documents are on an official list but named by no source found";
    for args in [&["list"][..], &["list", "--event", "spring-visit"]] {
        let table = stdout_of(&[&["--data", path][..], args].concat());
        assert!(table.contains(note), "{args:?}: {table}");
    }
    let autumn = stdout_of(&["--data", path, "list", "--event", "autumn-visit"]);
    assert!(!autumn.contains("official list but"), "{autumn}");
    let about = stdout_of(&["--data", path, "about"]);
    assert!(
        about.contains(
            "1 record, 3 on the official list (2 of them not recorded: no source found names them)"
        ),
        "{about}"
    );
    let json = json_value_of(&["--data", path, "about", "--format", "json"]);
    assert_eq!(json["events"][0]["official_list_unrecorded"], 2);
    assert_eq!(json["events"][1]["official_list_unrecorded"], 0);
    let checked = stdout_of(&["--data", path, "validate"]);
    assert!(checked.contains("0 errors, 0 warnings"), "{checked}");
}
