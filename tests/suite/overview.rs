//! The overviews: `parties`, `topics`, `summary --by` and the `--confidence` filter, on the small
//! fixture dataset (tests/data/small.toml) so that the counts are the test's own.

use crate::common::{agreements, data, failure_of, stdout_of};
use crate::output::{Organisation, Tally, TallyCount, ids, json_as};

/// `--data tests/data/small.toml`, then `args`.
fn on_small(args: &[&str]) -> Vec<String> {
    let small = data("small.toml");
    let mut all = vec!["--data".to_string(), small.display().to_string()];
    all.extend(args.iter().map(|arg| arg.to_string()));
    all
}

fn json<T: serde::de::DeserializeOwned>(args: &[&str]) -> T {
    let all = on_small(args);
    json_as(&all.iter().map(String::as_str).collect::<Vec<_>>())
}

fn count(value: &str, count: usize) -> TallyCount {
    TallyCount {
        value: value.into(),
        count,
    }
}

#[test]
fn parties_lists_each_organisation_with_its_documents() {
    let found: Vec<Organisation> = json(&["parties", "--format", "json"]);
    assert_eq!(found.len(), 9);
    assert_eq!(found[0].name, "China Test Petroleum Corporation");
    assert_eq!(found[0].documents.len(), 3);
    let tsinghua = found
        .iter()
        .find(|o| o.name == "Tsinghua University")
        .unwrap();
    assert_eq!(tsinghua.other_names[0].name, "Университет Цинхуа");
    assert_eq!(
        tsinghua.documents,
        ["bank-tsinghua-innovation", "university-exchange"]
    );
    let chinese: Vec<Organisation> = json(&[
        "parties",
        "--country",
        "CN",
        "--sector",
        "space",
        "--format",
        "json",
    ]);
    let names: Vec<&str> = chinese.iter().map(|o| o.name.as_str()).collect();
    // The filters select records: both parties of the one Chinese space document.
    assert_eq!(
        names,
        ["Test National Space Administration", "Test Space Agency"]
    );

    let all = on_small(&["parties"]);
    let table = stdout_of(&all.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(table.starts_with("9 organisations\n"), "{table}");
    assert!(table.contains("Тестовый Газ"), "{table}");
    // The embedded data lists its organisations, each with its kind of body.
    let table = stdout_of(&["parties", "--sector", "energy"]);
    let rosatom = table.lines().find(|l| l.contains("Rosatom")).unwrap();
    assert!(
        rosatom.contains(" RU ") && rosatom.contains(" state-corporation "),
        "{table}"
    );
    let all = on_small(&["parties", "--format", "csv"]);
    let csv = stdout_of(&all.iter().map(String::as_str).collect::<Vec<_>>());
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "org",
            "body",
            "name",
            "short",
            "country",
            "other_names",
            "count",
            "documents",
            "unconfirmed"
        ]
    );
    assert_eq!(reader.records().count(), 9);
}

#[test]
fn topics_and_summary_by_count_one_grouping() {
    let topics: Tally = json(&["topics", "--format", "json"]);
    assert_eq!((topics.group.as_str(), topics.total), ("topic", 8));
    assert_eq!(topics.counts[0], count("gas", 3));
    let by_topic: Tally = json(&["summary", "--by", "topic", "--format", "json"]);
    assert_eq!(by_topic.counts, topics.counts);

    let parties: Tally = json(&[
        "summary", "--by", "party", "--sector", "energy", "--format", "json",
    ]);
    assert_eq!(parties.counts, [count("CTPC", 3), count("TGC", 3)]);
    let sectors: Tally = json(&["summary", "--by", "sector", "--format", "json"]);
    let every_sector = <agreements::vocab::Sector as agreements::vocab::Vocabulary>::ALL.len();
    assert_eq!(
        sectors.counts.len(),
        every_sector,
        "every sector, even with no record"
    );
    assert_eq!(sectors.counts[0], count("energy", 3));

    let all = on_small(&["summary", "--by", "confidence"]);
    let table = stdout_of(&all.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(table.starts_with("8 agreements\n"), "{table}");
    assert!(table.contains("single-source"), "{table}");
    let stderr = failure_of(agreements().args(["summary", "--by", "partie"]), 2);
    assert!(stderr.contains("did you mean 'party'"), "{stderr}");
}

#[test]
fn confidence_filters_every_filtering_command() {
    let small = data("small.toml");
    let small = small.to_str().unwrap();
    assert_eq!(
        ids(&["--data", small, "--confidence", "single-source,unresolved"]),
        ["university-exchange", "unnamed-document"]
    );
    let topics: Tally = json(&["topics", "--confidence", "unresolved", "--format", "json"]);
    assert!(
        topics.counts.is_empty(),
        "the unresolved record has no topic"
    );
    let stderr = failure_of(agreements().args(["list", "--confidence", "sure"]), 2);
    assert!(stderr.contains("confirmed"), "{stderr}");
}

#[test]
fn counts_of_one_are_singular() {
    let text = |args: &[&str]| {
        let all = on_small(args);
        stdout_of(&all.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let cases: [(&[&str], &str); 4] = [
        (
            &["summary", "--sector", "space"],
            "1 agreement, 1 on the official list\n",
        ),
        (
            &["summary", "--by", "kind", "--sector", "space"],
            "1 agreement\n",
        ),
        (&["parties", "--sector", "space"], "2 organisations\n"),
        (
            &["summary", "--sector", "energy"],
            "3 agreements, 1 on the official list\n",
        ),
    ];
    for (args, first) in cases {
        assert!(text(args).starts_with(first), "{args:?}: {}", text(args));
    }
    let timeline = text(&["timeline", "--sector", "space"]);
    assert!(
        timeline.ends_with("1 document on 2 days, 0 on an assumed date (?)\n"),
        "{timeline}"
    );
}
