//! Table-driven tests of the filters and queries, on the small fixture dataset.

use super::*;
use crate::fixture;

fn dataset() -> Dataset {
    fixture::small()
}

fn ids(dataset: &Dataset, filter: &Filter) -> Vec<String> {
    dataset
        .select(filter)
        .iter()
        .map(|record| record.id.to_string())
        .collect()
}

#[test]
fn each_filter_keeps_exactly_the_expected_records() {
    let dataset = dataset();
    let cases: Vec<(&str, Filter, Vec<&str>)> = vec![
        (
            "sector energy",
            Filter {
                sectors: vec![Sector::Energy],
                ..Filter::default()
            },
            vec![
                "gas-pipeline-memo",
                "gas-supply-increase",
                "gas-strategic-cooperation",
            ],
        ),
        (
            "two sectors mean either",
            Filter {
                sectors: vec![Sector::Space, Sector::Technology],
                ..Filter::default()
            },
            vec!["lunar-dust-monitor", "bank-tsinghua-innovation"],
        ),
        (
            "kind strategy",
            Filter {
                kinds: vec![Kind::Strategy],
                ..Filter::default()
            },
            vec!["news-agency-strategy"],
        ),
        (
            "party by short name, any case",
            Filter {
                party: Some("ctpc".into()),
                ..Filter::default()
            },
            vec![
                "gas-pipeline-memo",
                "gas-supply-increase",
                "gas-strategic-cooperation",
            ],
        ),
        (
            "party by part of the full name",
            Filter {
                party: Some("Tsinghua Univ".into()),
                ..Filter::default()
            },
            vec!["bank-tsinghua-innovation", "university-exchange"],
        ),
        (
            "off the official list",
            Filter {
                official_list: Some(false),
                ..Filter::default()
            },
            vec!["gas-pipeline-memo", "gas-supply-increase"],
        ),
        (
            "confidence",
            Filter {
                confidences: vec![Confidence::SingleSource, Confidence::Unresolved],
                ..Filter::default()
            },
            vec!["university-exchange", "unnamed-document"],
        ),
        (
            "search needs every word",
            Filter {
                search: Some(SearchQuery::parse("LUNAR dust")),
                ..Filter::default()
            },
            vec!["lunar-dust-monitor"],
        ),
        (
            "search finds term values",
            Filter {
                search: Some(SearchQuery::parse("50 bcm/yr")),
                ..Filter::default()
            },
            vec!["gas-pipeline-memo"],
        ),
        (
            "filters combine with and",
            Filter {
                sectors: vec![Sector::Education],
                party: Some("Tsinghua".into()),
                ..Filter::default()
            },
            vec!["university-exchange"],
        ),
        (
            "nothing matches",
            Filter {
                search: Some(SearchQuery::parse("no-such-word-anywhere")),
                ..Filter::default()
            },
            vec![],
        ),
    ];
    for (name, filter, expected) in cases {
        assert_eq!(ids(&dataset, &filter), expected, "{name}");
    }
}

#[test]
fn topic_and_date_filters() {
    let dataset = dataset();
    let date = |text: &str| Some(text.parse::<Date>().unwrap());
    let cases: Vec<(&str, Filter, usize)> = vec![
        (
            "topic",
            Filter {
                topics: vec!["lunar".into()],
                ..Filter::default()
            },
            1,
        ),
        (
            "topic, any case",
            Filter {
                topics: vec!["GAS".into()],
                ..Filter::default()
            },
            3,
        ),
        (
            "two topics",
            Filter {
                topics: vec!["veterinary".into(), "lunar".into()],
                ..Filter::default()
            },
            2,
        ),
        (
            "on or after 2 Sep",
            Filter {
                signed_after: date("2025-09-02"),
                ..Filter::default()
            },
            6,
        ),
        (
            "on or before 1 Sep",
            Filter {
                signed_before: date("2025-09-01"),
                ..Filter::default()
            },
            2,
        ),
        (
            "a single day",
            Filter {
                signed_after: date("2025-09-01"),
                signed_before: date("2025-09-01"),
                ..Filter::default()
            },
            2,
        ),
        (
            "before the visit",
            Filter {
                signed_before: date("2025-08-30"),
                ..Filter::default()
            },
            0,
        ),
    ];
    for (name, filter, expected) in cases {
        assert_eq!(dataset.select(&filter).len(), expected, "{name}");
    }
}

#[test]
fn query_sorts_reverses_and_limits() {
    let dataset = dataset();
    let query = |sort, reverse, limit| Query {
        filter: Filter::default(),
        sort,
        reverse,
        limit,
    };
    let first = |q: Query| dataset.query(&q).first().map(|r| r.id.clone()).unwrap();
    assert_eq!(
        first(query(Some(SortKey::Signed), false, None)),
        "university-exchange"
    );
    assert_eq!(
        first(query(Some(SortKey::Id), false, None)),
        "bank-tsinghua-innovation"
    );
    assert_eq!(
        first(query(Some(SortKey::Id), true, None)),
        "unnamed-document"
    );
    assert_eq!(first(query(None, true, None)), "news-agency-strategy");
    assert_eq!(
        first(query(Some(SortKey::Sector), false, None)),
        "university-exchange"
    );
    assert_eq!(dataset.query(&query(None, false, Some(3))).len(), 3);
    assert_eq!(dataset.query(&query(None, false, Some(0))).len(), 0);
    let signed: Vec<Date> = dataset
        .query(&query(Some(SortKey::Signed), false, None))
        .iter()
        .map(|r| r.signed)
        .collect();
    assert!(signed.is_sorted());
}

#[test]
fn unknown_topics_get_a_suggestion() {
    let dataset = dataset();
    assert!(dataset.check_topics(&["Lunar".into()]).is_ok());
    let error = dataset
        .check_topics(&["gas".into(), "lunr".into()])
        .unwrap_err();
    assert_eq!(error.suggestion.as_deref(), Some("lunar"));
    assert!(error.valid.contains(&"veterinary".to_string()));
}

#[test]
fn empty_filter_keeps_every_record() {
    let dataset = dataset();
    assert_eq!(
        dataset.select(&Filter::default()).len(),
        dataset.agreements.len()
    );
}

#[test]
fn country_filter_keeps_records_with_a_party_from_there() {
    let dataset = dataset();
    let filter = Filter {
        countries: vec![Country::Ru],
        ..Filter::default()
    };
    let selected = dataset.select(&filter);
    assert!(selected.iter().all(|record| record.involves(Country::Ru)));
    // Only the unresolved record, whose parties are unknown, has no Russian party.
    assert_eq!(selected.len(), dataset.agreements.len() - 1);
}

#[test]
fn find_returns_the_record_or_close_ids() {
    let dataset = dataset();
    assert_eq!(
        dataset.find("gas-pipeline-memo").unwrap().id,
        "gas-pipeline-memo"
    );
    let error = dataset.find("gas-pipline-memo").unwrap_err();
    assert_eq!(
        error.suggestions.first().map(String::as_str),
        Some("gas-pipeline-memo")
    );
    assert!(
        error
            .to_string()
            .starts_with("no agreement with id 'gas-pipline-memo'; did you mean")
    );
    assert!(dataset.find("").unwrap_err().suggestions.is_empty());
}

#[test]
fn each_sort_key_orders_by_its_rule_and_titles_ignore_case() {
    let mut dataset = dataset();
    // Titles whose case order and alphabetical order differ: "apple" < "Banana" < "cherry".
    for (record, title) in dataset
        .agreements
        .iter_mut()
        .zip(["cherry", "Banana", "apple"])
    {
        record.title = title.into();
    }
    let mut records: Vec<&Agreement> = dataset.agreements.iter().take(3).collect();
    sort(&mut records, SortKey::Title);
    let titles: Vec<&str> = records.iter().map(|r| r.title.as_ref()).collect();
    assert_eq!(titles, ["apple", "Banana", "cherry"]);
    // Every other key: each neighbour pair in order by the key's own rule, ties in dataset order.
    let position = |r: &Agreement| dataset.agreements.iter().position(|x| x.id == r.id);
    type Value = fn(&Agreement) -> String;
    let keys: [(SortKey, Value); 4] = [
        (SortKey::Signed, |r| r.signed.to_string()),
        (SortKey::Id, |r| r.id.to_string()),
        (SortKey::Sector, |r| r.sector.name().to_string()),
        (SortKey::Kind, |r| r.kind.name().to_string()),
    ];
    for (key, value) in keys {
        let mut records: Vec<&Agreement> = dataset.agreements.iter().collect();
        sort(&mut records, key);
        for pair in records.windows(2) {
            let (a, b) = (value(pair[0]), value(pair[1]));
            assert!(a <= b, "{key:?}: {a} before {b}");
            if a == b {
                assert!(
                    position(pair[0]) < position(pair[1]),
                    "{key:?}: ties keep order"
                );
            }
        }
    }
}

#[test]
fn a_filter_names_the_fields_it_constrains() {
    assert_eq!(Filter::default().fields(), []);
    let filter = Filter {
        sectors: vec![Sector::Energy],
        party: Some("gazprom".into()),
        signed_after: Some("2025-09-01".parse().unwrap()),
        ..Filter::default()
    };
    assert_eq!(
        filter.fields(),
        [Field::Sector, Field::Parties, Field::Signed]
    );
}
