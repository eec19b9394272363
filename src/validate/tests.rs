//! One row per rule: a valid dataset, one change, and the finding it must produce.

use super::*;
use crate::model::Dataset;
use crate::vocab::Side;

const VALID: &str = r#"
[event]
name = "Test visit"
start = "2025-08-31"
end = "2025-09-03"
official_list_count = 1

[[agreements]]
id = "first"
title = "First"
short_title = "First"
kind = "agreement"
sector = "media"
signed = "2025-09-02"
official_list = true
confidence = "confirmed"
summary = "A record."
summary_sources = ["https://example.org/a"]
parties = [{ name = "Somebody", country = "RU" }]
terms = [{ label = "Budget", value = 3, unit = "m RUB", source = "https://example.org/a" }]
sources = [{ url = "https://example.org/a", publisher = "Example", side = "media" }]
"#;

fn dataset() -> Dataset {
    toml::from_str(VALID).unwrap()
}

/// The first record's only source moved to `url`, which its summary cites (it has no terms).
fn set_url(dataset: &mut Dataset, url: &str) {
    let record = &mut dataset.agreements[0];
    record.sources[0].url = url.to_string().into();
    record.summary_sources = vec![url.to_string().into()];
    record.terms.clear();
}

/// A second record, off the list, that describes the first's pages as it does.
fn second_record(dataset: &Dataset) -> crate::model::Agreement {
    let mut second = dataset.agreements[0].clone();
    second.id = "second".into();
    second.official_list = false;
    second
}

/// A day of the visit, with the first record's sources.
fn day(dataset: &Dataset) -> crate::model::Day {
    crate::model::Day {
        date: "2025-09-01".parse().unwrap(),
        place: "Tianjin".into(),
        summary: "A day.".into(),
        sources: dataset.agreements[0].sources.clone(),
    }
}

fn link(
    id: Option<&'static str>,
    title: Option<&'static str>,
    source: Option<&'static str>,
) -> crate::model::Related {
    crate::model::Related {
        relation: crate::vocab::Relation::RelatedTo,
        id: id.map(Into::into),
        title: title.map(Into::into),
        signed: None,
        note: None,
        source: source.map(Into::into),
    }
}

#[test]
fn the_valid_dataset_has_no_findings() {
    assert_eq!(validate(&dataset()), []);
}

/// A rule's case: what it is, a change to the valid dataset, and the one finding it must
/// produce: its severity, its path, and words of its message.
type Case = (
    &'static str,
    fn(&mut Dataset),
    Severity,
    &'static str,
    &'static str,
);

/// Each case's change makes its rule report exactly one finding, of its severity, at its path.
fn check(cases: &[Case]) {
    for &(name, change, severity, path, message) in cases {
        let mut data = dataset();
        change(&mut data);
        let findings = validate(&data);
        assert_eq!(findings.len(), 1, "{name}: {findings:?}");
        let finding = &findings[0];
        assert_eq!(finding.severity, severity, "{name}");
        assert_eq!(finding.path.to_string(), path, "{name}");
        assert!(
            finding.message.contains(message),
            "{name}: {}",
            finding.message
        );
    }
}

#[test]
fn each_dataset_rule_reports_its_finding_at_its_path() {
    let cases: [Case; 10] = [
        (
            "a synonym group too large to search",
            |d| d.synonyms = vec![(0..17).map(|i| format!("word{i}").into()).collect()],
            Severity::Error,
            "synonyms[0]",
            "a synonym group holds at most 16 words, and this one has 17",
        ),
        (
            "a synonym group of one word",
            |d| d.synonyms = vec![vec!["moon".into()]],
            Severity::Error,
            "synonyms[0]",
            "a synonym group needs two words or more",
        ),
        (
            "a synonym that is not one folded word",
            |d| d.synonyms = vec![vec!["moon".into(), "Lunar".into()]],
            Severity::Error,
            "synonyms[0][1]",
            "synonym 'Lunar' must be one lower-case word",
        ),
        (
            "a word in two synonym groups",
            |d| {
                d.synonyms = vec![
                    vec!["moon".into(), "lunar".into()],
                    vec!["lunar".into(), "selene".into()],
                ]
            },
            Severity::Error,
            "synonyms[1][0]",
            "synonym 'lunar' is in group 1 too",
        ),
        (
            "event ends before it starts",
            |d| d.events[0].start = "2025-09-04".parse().unwrap(),
            Severity::Error,
            "events[0].end",
            "the visit ends (2025-09-03) before it starts (2025-09-04)",
        ),
        (
            "a day twice",
            |d| d.events[0].days = vec![day(d), day(d)],
            Severity::Error,
            "events[0].days[1].date",
            "the day 2025-09-01 is listed twice",
        ),
        (
            "a day's source that is not a web address",
            |d| {
                let mut day = day(d);
                day.sources[0].url = "javascript:alert(1)".into();
                d.events[0].days = vec![day]
            },
            Severity::Error,
            "events[0].days[0].sources[0].url",
            "uses the javascript scheme",
        ),
        (
            "official count differs",
            |d| d.events[0].official_list_count = 22,
            Severity::Error,
            "events[0].official_list_count",
            "declares 22",
        ),
        (
            "unrecorded documents that do not add up",
            |d| {
                d.events[0].official_list_count = 5;
                d.events[0].official_list_unrecorded = 3;
            },
            Severity::Error,
            "events[0].official_list_count",
            "declares 5 documents on the official list, but 1 of its records have official_list = true and official_list_unrecorded says 3 are not recorded",
        ),
        (
            "more unrecorded documents than the count",
            |d| d.events[0].official_list_unrecorded = usize::MAX,
            Severity::Error,
            "events[0].official_list_count",
            "are not recorded",
        ),
    ];
    check(&cases);
}

#[test]
fn documents_of_the_list_no_source_names_make_up_the_count() {
    let mut data = dataset();
    data.events[0].official_list_count = 4;
    data.events[0].official_list_unrecorded = 3;
    assert_eq!(validate(&data), []);
}

#[test]
fn a_duplicate_id_is_reported_at_both_records() {
    let mut data = dataset();
    data.agreements.push(data.agreements[0].clone());
    data.events[0].official_list_count = 2;
    let findings = validate(&data);
    let paths: Vec<String> = findings.iter().map(|f| f.path.to_string()).collect();
    assert_eq!(paths, ["agreements[0].id", "agreements[1].id"]);
    assert!(findings[0].message.contains("record 2 uses it again"));
    assert!(findings[1].message.contains("record 1 has it too"));
}

#[test]
fn an_unresolved_record_may_have_no_parties() {
    let mut data = dataset();
    data.agreements[0].parties.clear();
    data.agreements[0].confidence = crate::vocab::Confidence::Unresolved;
    assert_eq!(validate(&data), []);
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let mut data = dataset();
    data.agreements[0].id = "Bad".into();
    data.agreements[0].sources.clear();
    let messages: Vec<String> = validate(&data).into_iter().map(|f| f.message).collect();
    assert_eq!(messages.len(), 4, "{messages:?}");
    for (expected, message) in [
        "id must be kebab-case",
        "no sources: every record needs at least one",
        "term 'Budget' cites 'https://example.org/a', which is not in the record's sources",
        "the summary cites 'https://example.org/a', which is not in the record's sources",
    ]
    .iter()
    .zip(&messages)
    {
        assert!(message.starts_with(expected), "{message}");
    }
}

#[test]
fn a_dataset_checked_in_runs_reports_in_dataset_order() {
    let size = 40;
    let mut data = crate::synthetic::generate(size, 7);
    assert_eq!(validate(&data), []);
    // A duplicate across runs, a bad id late, broken links early and late.
    let first_id = data.agreements[1].id.clone();
    data.agreements[size - 2].id = first_id;
    data.agreements[size - 1].id = "Bad".into();
    for at in [0, size - 3] {
        data.agreements[at].related = vec![link(Some("missing"), None, None)];
    }
    // A page cited early and late with two sides, once each: in two runs.
    let late = size - 4;
    let first_page = data.agreements[2].sources[0].clone();
    for (at, side) in [(2, Side::Media), (late, Side::Company)] {
        let mut page = first_page.clone();
        (page.url, page.side, page.background) = ("https://example.org/two".into(), side, true);
        data.agreements[at].sources.push(page);
    }
    let i = data.agreements[late].sources.len() - 1;
    let missing = "related id 'missing' is not a record of the dataset";
    let expected = [
        format!("agreements[0].related[0].id {missing}"),
        format!("agreements[{}].related[0].id {missing}", size - 3),
        "agreements[1].id duplicate id".to_string(),
        format!("agreements[{}].id duplicate id", size - 2),
        format!("agreements[{}].id id must be kebab-case", size - 1),
        format!(
            "agreements[{late}].sources[{i}].side record '{}'",
            data.agreements[late].id
        ),
    ];
    for threads in 1..=3 {
        let found: Vec<String> = validate_in(&data, threads)
            .iter()
            .map(|f| {
                format!(
                    "{} {}",
                    f.path,
                    f.message.split([':', ';']).next().unwrap_or("")
                )
            })
            .collect();
        assert_eq!(found, expected, "{threads} threads");
    }
}

mod history;
mod organisations;
mod records;
mod status;
mod weak;
