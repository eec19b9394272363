//! Weak sources (mirrors, aggregators, relays) and the notes resting on them: named as such in
//! every view of a record, and in the data programs read.

use crate::common::{Scratch, data, json_value_of, stdout_of};

/// The deer antler protocol: its Chinese title, a note and a term rest on China Entry Hub, an
/// aggregator reproducing a customs announcement, alone.
const RECORD: &str = "deer-antler-export-protocol";
const AGGREGATOR: &str =
    "China Entry Hub (aggregator reproducing GACC Announcement No. 250 of 2025)";
const NOTE: &str = "The Chinese title is quoted in GACC Announcement No. 250 of 2025";

/// `text` with each run of white space as one space, so that wrapping does not matter.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn show_and_markdown_name_a_weak_source_and_an_unconfirmed_note() {
    let show = flat(&stdout_of(&["show", RECORD]));
    assert!(
        show.contains(&format!("{AGGREGATOR} (media), in zh (weak source)")),
        "{show}"
    );
    assert!(
        !show.contains("TASS (media), in ru (weak source)"),
        "{show}"
    );
    assert_eq!(show.matches("(weak source)").count(), 2, "{show}");
    let note = show.split(NOTE).nth(1).expect("the note");
    assert!(note.contains("(unconfirmed) ["), "{show}");

    let markdown = stdout_of(&["show", RECORD, "--format", "markdown"]);
    let weak_lines: Vec<&str> = (markdown.lines())
        .filter(|line| line.ends_with("(media, weak source)"))
        .collect();
    assert_eq!(weak_lines.len(), 2, "{markdown}");
    assert!(weak_lines[0].contains(AGGREGATOR), "{markdown}");
    let note = markdown.lines().find(|line| line.contains(NOTE)).unwrap();
    assert!(
        note.contains("(unconfirmed) [2](<https://www.chinaentryhub.com/"),
        "{note}"
    );
}

#[test]
fn json_and_csv_carry_the_marks() {
    let json = json_value_of(&["show", RECORD, "--format", "json"]);
    let weak: Vec<&str> = (json["sources"].as_array().unwrap().iter())
        .filter(|source| source["weak"] == true)
        .map(|source| source["publisher"].as_str().unwrap())
        .collect();
    assert_eq!(weak, [AGGREGATOR, "10100.com"], "{json}");
    let unconfirmed: Vec<bool> = (json["notes"].as_array().unwrap().iter())
        .map(|note| note["unconfirmed"].as_bool().unwrap())
        .collect();
    assert_eq!(unconfirmed, [true, false, false, false, false], "{json}");
    let unconfirmed = json["unconfirmed"].as_array().unwrap();
    assert!(unconfirmed.contains(&"original_titles".into()), "{json}");

    let args = ["list", "--sector", "agriculture", "--fields", "id,notes"];
    let table = stdout_of(&args);
    let row = table
        .lines()
        .find(|line| line.starts_with(&format!(" {RECORD}")))
        .unwrap();
    assert!(
        row.contains("no signing date. (unconfirmed); A secondary"),
        "{row}"
    );
    let csv = stdout_of(&[&args[..], &["--format", "csv"]].concat());
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let row = reader
        .records()
        .map(Result::unwrap)
        .find(|row| &row[0] == RECORD)
        .unwrap();
    let notes: serde_json::Value = serde_json::from_str(&row[1]).unwrap();
    assert_eq!(notes[0]["unconfirmed"], true, "{notes}");
    assert_eq!(notes[1]["unconfirmed"], false, "{notes}");
}

#[test]
fn the_timeline_names_a_weak_source_of_a_day() {
    let described = r#"url = "https://example.org/spring", publisher = "Example News", side = "media", language = "en" }"#;
    let toml = std::fs::read_to_string(data("two-events.toml")).unwrap();
    assert!(toml.contains(described));
    let weak = described.replace(" }", ", weak = true }");
    let scratch = Scratch::new("weak-day");
    let path = scratch.file("weak.toml", toml.replace(described, &weak).as_bytes());
    let path = path.to_str().unwrap();
    let timeline = stdout_of(&["--data", path, "timeline", "--event", "spring-visit"]);
    assert!(
        timeline.contains("https://example.org/spring (Example News, weak source)"),
        "{timeline}"
    );
    let autumn = stdout_of(&["--data", path, "timeline", "--event", "autumn-visit"]);
    assert!(
        autumn.contains("https://example.org/autumn (Example News)\n"),
        "{autumn}"
    );
}

#[test]
fn about_marks_an_event_note_resting_on_weak_pages() {
    let about = flat(&stdout_of(&["about"]));
    let note = about
        .split("Reported beside the list, not recorded")
        .nth(1)
        .unwrap();
    assert!(
        note.contains("it is not recorded here. (unconfirmed) ["),
        "{about}"
    );
    let json = json_value_of(&["about", "--format", "json"]);
    let notes = (json["events"].as_array().unwrap().iter())
        .flat_map(|event| event["notes"].as_array().unwrap());
    let marked: Vec<&str> = notes
        .filter(|note| note["unconfirmed"] == true)
        .map(|note| note["title"].as_str().unwrap())
        .collect();
    assert_eq!(marked, ["Reported beside the list, not recorded"], "{json}");
}
