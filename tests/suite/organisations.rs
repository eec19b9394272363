//! Organisations: a name given once finds every document of its organisation, in any script;
//! `validate` checks that every party's organisation exists and agrees with it.

use crate::common::{Scratch, agreements, data, stdout_of};

fn fixture() -> String {
    data("organisations.toml").to_str().unwrap().to_string()
}

/// The ids of the records `args` selects from the fixture, as JSON Lines.
fn ids(args: &[&str]) -> Vec<String> {
    let fixture = fixture();
    let mut all = vec!["--data", &fixture];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "jsonl"]);
    let lines = stdout_of(&all);
    let id = |line: &str| {
        let value: serde_json::Value = serde_json::from_str(line).unwrap();
        value["id"].as_str().unwrap().to_string()
    };
    lines.lines().map(id).collect()
}

#[test]
fn a_name_in_any_script_finds_every_document_of_its_organisation() {
    let agency = ["agency-strategy", "agency-exchange"];
    for name in ["Синьхуа", "新華社", "新华社", "TNA", "test news agency"] {
        assert_eq!(ids(&["list", "--party", name]), agency, "--party {name}");
        assert_eq!(ids(&["search", name]), agency, "search {name}");
    }
    // A Simplified query finds the Traditional name inside a longer word.
    assert_eq!(ids(&["search", "测试石油"]), ["gas-memo"]);
}

#[test]
fn parties_shows_each_organisation_once_with_all_its_names() {
    let fixture = fixture();
    let csv = stdout_of(&["--data", &fixture, "parties", "--format", "csv"]);
    let agency: Vec<&str> = csv
        .lines()
        .filter(|l| l.contains("Test News Agency"))
        .collect();
    assert_eq!(
        agency,
        [
            "test-agency,media,Test News Agency,TNA,CN,Тестовое агентство Синьхуа; 測試新華社,2,agency-strategy; agency-exchange,"
        ]
    );
}

#[test]
fn each_record_shows_the_organisations_names_with_their_sources_and_role() {
    let fixture = fixture();
    let shown = stdout_of(&["--data", &fixture, "show", "agency-strategy"]);
    let parties: String = shown.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        parties.contains("Test News Agency (TNA), CN, as signatory; also Тестовое агентство Синьхуа (ru) [2], 測試新華社 (zh-Hant) [3]"),
        "{shown}"
    );
    assert!(
        shown.contains("Example in Chinese (media), in zh-Hant (background)"),
        "{shown}"
    );
}

/// `validate`'s report of the fixture with `from` replaced by `to`.
fn validate_changed(from: &str, to: &str) -> (i32, String) {
    let text = std::fs::read_to_string(data("organisations.toml")).unwrap();
    assert!(text.contains(from), "{from}");
    let scratch = Scratch::new("organisations");
    let path = scratch.file("changed.toml", text.replacen(from, to, 1).as_bytes());
    let output = agreements().arg("validate").arg(&path).output().unwrap();
    let report = String::from_utf8(output.stdout).unwrap();
    (output.status.code().unwrap(), report)
}

#[test]
fn validate_finds_unknown_disagreeing_and_unnamed_organisations() {
    let cases = [
        (
            "{ org = \"test-agency\", role",
            "{ org = \"test-agensy\", role",
            3,
            "record 'agency-strategy': unknown organisation 'test-agensy'; did you mean 'test-agency'?",
        ),
        (
            "{ org = \"test-agency\" }",
            "{ org = \"test-agency\", name = \"Another Agency\", country = \"CN\" }",
            3,
            "the party names organisation 'test-agency' but gives another name",
        ),
        (
            "{ org = \"test-agency\" }",
            "{ org = \"test-agency\", name = \"Another Agency\" }",
            3,
            "gives both `name` and `country` or neither",
        ),
        (
            "source = \"https://example.org/zh\" },\n]",
            "source = \"https://example.org/elsewhere\" },\n]",
            3,
            "cites 'https://example.org/elsewhere', which is not in the organisation's sources",
        ),
        (
            "{ org = \"test-gas\" }, { org = \"test-petroleum\" }",
            "{ org = \"test-gas\" }, { name = \"Another Corporation\", country = \"CN\" }",
            0,
            "warning: no record names organisation 'test-petroleum'",
        ),
    ];
    for (from, to, code, expected) in cases {
        let (status, report) = validate_changed(from, to);
        assert_eq!(status, code, "{to}: {report}");
        assert!(report.contains(expected), "{to}: {report}");
    }
}

#[test]
fn records_written_back_as_json_load_with_their_organisations() {
    let fixture = fixture();
    let scratch = Scratch::new("organisations-json");
    for to in ["json", "jsonl", "toml"] {
        let converted = stdout_of(&["--data", &fixture, "convert", "--to", to]);
        let path = scratch.file(&format!("converted.{to}"), converted.as_bytes());
        let path = path.to_str().unwrap();
        let before = stdout_of(&["--data", &fixture, "list", "--format", "json"]);
        let after = stdout_of(&["--data", path, "list", "--format", "json"]);
        assert_eq!(before, after, "{to}");
    }
    // Records alone (no organisations): each party keeps the names it carries.
    let records = stdout_of(&["--data", &fixture, "list", "--format", "jsonl"]);
    let path = scratch.file("records.jsonl", records.as_bytes());
    let path = path.to_str().unwrap();
    let found = stdout_of(&[
        "--data",
        path,
        "list",
        "--party",
        "新华社",
        "--format",
        "tsv",
        "--fields",
        "id",
    ]);
    assert_eq!(found, "id\nagency-strategy\nagency-exchange\n");
}
