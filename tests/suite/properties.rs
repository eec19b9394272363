//! Properties of the library over generated input: the loader never panics, datasets survive a
//! round trip through TOML and JSON, filters are idempotent and commutative, and every JSON list
//! output parses.

use agreements::field::Field;
use agreements::model::{Agreement, Dataset, Event, Name, Note, Party, Source, Term, Text};
use agreements::query::SortKey;
use agreements::render::{self, Format, Terminal};
use agreements::vocab::{Confidence, Country, Kind, Sector, Side, Vocabulary};
use agreements::{Filter, Query, load};
use proptest::prelude::*;
use proptest::sample::{select, subsequence};

/// Any text that is not blank: a letter, then anything (control characters included).
fn nonblank() -> impl Strategy<Value = Text> {
    ("[A-Za-z]", any::<String>()).prop_map(|(first, rest)| format!("{first}{rest}").into())
}

/// Any text at all.
fn anything() -> impl Strategy<Value = Text> {
    any::<String>().prop_map(Text::from)
}

fn vocabulary<V: Vocabulary + std::fmt::Debug>() -> impl Strategy<Value = V> {
    select(V::ALL)
}

fn number() -> impl Strategy<Value = Option<serde_json::Number>> {
    prop_oneof![
        Just(None),
        any::<i32>().prop_map(|n| Some(n.into())),
        (-1e9f64..1e9).prop_map(serde_json::Number::from_f64),
    ]
}

prop_compose! {
    /// A party; its other names cite `https://example.org/` (every record's first source).
    fn party()(name in nonblank(), short in proptest::option::of(nonblank()), country in vocabulary::<Country>(), other_names in prop::collection::vec(nonblank(), 0..2), role in proptest::option::of(nonblank())) -> Party {
        let other_names = other_names.into_iter().map(|name| Name { name, lang: "ru".into(), source: FIRST_URL.into() }).collect();
        Party { org: None, name, short, country, other_names, role }
    }
}

prop_compose! {
    fn source()(path in "[a-z0-9/]{0,12}", publisher in nonblank(), title in proptest::option::of(anything()), background in any::<bool>()) -> Source {
        // One page is one thing across a dataset: the side follows from the address, and the
        // address from the publisher and headline.
        let side = Side::ALL[path.len() % Side::ALL.len()];
        let mut described = std::hash::DefaultHasher::new();
        std::hash::Hash::hash(&(publisher.as_ref(), title.as_deref()), &mut described);
        let page = std::hash::Hasher::finish(&described);
        let url = format!("https://example.org/{path}-{page:x}");
        let weak = page.is_multiple_of(3);
        Source { url: url.into(), publisher, side, title, published: None, language: None, background, weak }
    }
}

prop_compose! {
    fn term()(label in nonblank(), value in number(), unit in proptest::option::of(nonblank()), text in proptest::option::of(anything()), unconfirmed in any::<bool>()) -> Term {
        Term { label, value, unit, text, source: None, unconfirmed }
    }
}

prop_compose! {
    /// A valid record, but for its id, which the dataset gives.
    fn record()(
        title in nonblank(), short_title in nonblank(), summary in nonblank(),
        kind in vocabulary::<Kind>(), sector in vocabulary::<Sector>(),
        topics in prop::collection::vec("[a-z]{1,8}".prop_map(Text::from), 0..3),
        parties in prop::collection::vec(party(), 1..3),
        day in 0usize..4,
        place in proptest::option::of(nonblank()),
        terms in prop::collection::vec(term(), 0..3),
        official_list in any::<bool>(),
        confidence in vocabulary::<Confidence>(),
        unconfirmed in subsequence(agreements::validate::UNCONFIRMABLE_FIELDS.map(Field::name).to_vec(), 0..3),
        notes in prop::collection::vec(nonblank(), 0..2),
        sources in prop::collection::vec(source(), 1..3),
    ) -> Agreement {
        let mut sources = sources;
        sources.retain(|source| source.url != FIRST_URL);
        sources.insert(0, Source { url: FIRST_URL.into(), publisher: "Example".into(), side: Side::ALL[0], title: None, published: None, language: None, background: false, weak: false });
        let first_url: Text = FIRST_URL.into();
        let notes = notes.into_iter().map(|text| Note { text, sources: vec![first_url.clone()], unconfirmed: false }).collect();
        let terms = terms.into_iter().map(|term| Term { source: Some(first_url.clone()), ..term }).collect();
        let signed = ["2025-08-31", "2025-09-01", "2025-09-02", "2025-09-03"][day].parse().unwrap();
        Agreement {
            id: Text::default(), title, short_title, kind, sector, topics, parties, signed, place, summary,
            summary_sources: vec![first_url.clone()], original_titles: Vec::new(), project_names: Vec::new(),
            terms, official_list, confidence,
            unconfirmed: unconfirmed.into_iter().map(Text::from).collect(),
            notes, sources, related: Vec::new(),
            event: None, level: None, binding: None, status: None, checked: None, history: Vec::new(),
        }
    }
}

/// A valid dataset: records that link each to the one before, an event with a day, a note and
/// a statement, and the dataset's metadata, all with generated text.
fn dataset() -> impl Strategy<Value = Dataset> {
    (
        nonblank(),
        prop::collection::vec(record(), 0..5),
        vocabulary::<agreements::vocab::Relation>(),
    )
        .prop_map(|(name, records, relation)| {
            let agreements: Vec<Agreement> = records
                .into_iter()
                .enumerate()
                .map(|(i, record)| {
                    let related = (i > 0).then(|| agreements::model::Related {
                        relation,
                        id: Some(format!("record-{}", i - 1).into()),
                        title: None,
                        signed: None,
                        note: Some(name.clone()),
                        source: Some(FIRST_URL.into()),
                    });
                    let step = agreements::model::Step {
                        date: "2025-10-01".parse().unwrap(),
                        kind: agreements::vocab::StepKind::Implementing,
                        country: None,
                        text: name.clone(),
                        also: Vec::new(),
                        settles: None,
                        unconfirmed: false,
                        sources: vec![FIRST_URL.into()],
                    };
                    Agreement {
                        id: format!("record-{i}").into(),
                        related: related.into_iter().collect(),
                        checked: Some("2026-12-01".parse().unwrap()),
                        history: vec![step],
                        ..record
                    }
                })
                .collect();
            // The event cites every record's first page, described as the records describe it.
            let first = Source {
                url: FIRST_URL.into(),
                publisher: "Example".into(),
                side: Side::ALL[0],
                title: None,
                published: None,
                language: None,
                background: false,
                weak: false,
            };
            let date = |d: &str| d.parse::<agreements::date::Date>().unwrap();
            let mut dataset = Dataset {
                synonyms: vec![vec!["moon".into(), "lunar".into()]],
                organisations: Vec::new(),
                metadata: Some(agreements::model::Metadata {
                    title: name.clone(),
                    version: "1.0.0".into(),
                    updated: date("2026-11-29"),
                    licence: name.clone(),
                    description: name.clone(),
                }),
                events: vec![Event {
                    id: None,
                    name: name.clone(),
                    start: date("2025-08-31"),
                    end: date("2025-09-03"),
                    official_list_count: agreements.iter().filter(|r| r.official_list).count(),
                    official_list_unrecorded: 0,
                    days: vec![agreements::model::Day {
                        date: date("2025-09-02"),
                        place: name.clone(),
                        summary: name.clone(),
                        sources: vec![first.clone()],
                    }],
                    notes: vec![agreements::model::ContextNote {
                        title: name.clone(),
                        text: name.clone(),
                        sources: vec![first.clone()],
                        unconfirmed: false,
                    }],
                    statements: vec![agreements::model::Statement {
                        speaker: name.clone(),
                        date: date("2025-09-02"),
                        occasion: name.clone(),
                        text: name.clone(),
                        original: Some(name.clone()),
                        original_lang: Some("zh".into()),
                        sources: vec![first.clone()],
                    }],
                    history: vec![agreements::model::Step {
                        date: date("2025-12-01"),
                        kind: agreements::vocab::StepKind::Statement,
                        country: None,
                        text: name.clone(),
                        also: Vec::new(),
                        settles: None,
                        unconfirmed: false,
                        sources: vec![first],
                    }],
                }],
                agreements,
            };
            // As loading leaves it: each record names its event.
            dataset.resolve();
            dataset
        })
}

/// Every generated record's first source, which its claims cite.
const FIRST_URL: &str = "https://example.org/";

fn embedded() -> Dataset {
    load::embedded()
}

/// A filter over the embedded dataset's own values, so that it sometimes keeps something.
fn filter() -> impl Strategy<Value = Filter> {
    let dataset = embedded();
    let topics: Vec<String> = dataset.topics().into_iter().map(String::from).collect();
    (
        subsequence(Sector::ALL.to_vec(), 0..3),
        subsequence(Kind::ALL.to_vec(), 0..3),
        subsequence(Country::ALL.to_vec(), 0..2),
        subsequence(topics, 0..3),
        proptest::option::of(select(vec![
            "gazprom",
            "tsinghua",
            "xinhua",
            "university",
            "zz",
        ])),
        proptest::option::of(any::<bool>()),
        proptest::option::of(select(vec![
            "gas",
            "memorandum cooperation",
            "lunar",
            "2026",
            "zz",
        ])),
        proptest::option::of(select(vec!["2025-09-01", "2025-09-02"])),
        subsequence(Confidence::ALL.to_vec(), 0..2),
        subsequence(agreements::vocab::Status::ALL.to_vec(), 0..3),
        proptest::option::of(select(vec!["2025-09-30", "2026-01-01", "2026-03-01"])),
        subsequence(
            vec!["putin-china-2025-09".to_string(), "2025-05-08".to_string()],
            0..2,
        ),
    )
        .prop_map(
            |(
                sectors,
                kinds,
                countries,
                topics,
                party,
                official_list,
                search,
                after,
                levels,
                statuses,
                since,
                events,
            )| {
                Filter {
                    sectors,
                    kinds,
                    countries,
                    confidences: levels,
                    topics,
                    party: party.map(String::from),
                    official_list,
                    search: search.map(agreements::search::SearchQuery::parse),
                    signed_after: after.map(|date| date.parse().unwrap()),
                    signed_before: None,
                    statuses,
                    changed_since: since.map(|date| date.parse().unwrap()),
                    events,
                }
            },
        )
}

fn ids(records: &[&Agreement]) -> Vec<String> {
    records.iter().map(|r| r.id.to_string()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_loader_never_panics_on_any_text(text in any::<String>()) {
        let _ = load::from_toml_str(&text, "any.toml");
        let _ = load::from_json_str(&text, "any.json");
        let _ = load::Syntax::JsonLines.parse(&text, "any.jsonl");
    }

    #[test]
    fn the_loader_never_panics_on_a_damaged_dataset(cut in 0usize..load::EMBEDDED_TOML.len(), insert in any::<String>(), keep in 0usize..200) {
        let original = load::EMBEDDED_TOML;
        let mut cut = cut;
        while !original.is_char_boundary(cut) {
            cut -= 1;
        }
        let rest = &original[cut..];
        let mut resume = keep.min(rest.len());
        while !rest.is_char_boundary(resume) {
            resume -= 1;
        }
        let damaged = format!("{}{insert}{}", &original[..cut], &rest[resume..]);
        if let Err(error) = load::from_toml_str(&damaged, "damaged.toml") {
            // Each line of the message names a place in the damaged text, or the file alone.
            let lines = damaged.lines().count() + 1;
            for line in error.to_string().lines().filter(|l| !l.starts_with("... and ")) {
                let place = line.strip_prefix("damaged.toml").unwrap_or_else(|| panic!("{line}"));
                let numbers: Vec<usize> = place.split(':').skip(1).take(2).map_while(|n| n.parse().ok()).collect();
                if let [line_number, column] = numbers[..] {
                    prop_assert!((1..=lines).contains(&line_number), "{line}");
                    prop_assert!(column >= 1, "{line}");
                }
            }
        }
    }

    #[test]
    fn datasets_survive_a_round_trip_through_toml_json_and_json_lines(dataset in dataset()) {
        // The writers `agreements convert` uses, not the toml crate's own.
        let as_toml = render::dataset::toml(&dataset);
        let from_toml = load::from_toml_str(&as_toml, "round-trip.toml").map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&from_toml.dataset, &dataset);
        let as_json = render::dataset::json(&dataset);
        let from_json = load::from_json_str(&as_json, "round-trip.json").map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&from_json.dataset, &dataset);
        let as_jsonl = render::dataset::jsonl(&dataset);
        let from_jsonl = load::Syntax::JsonLines.parse(&as_jsonl, "round-trip.jsonl").map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&from_jsonl.dataset, &dataset);
    }

    /// A filter keeps a record exactly when the record meets every criterion it sets, each
    /// checked here on its own from the record's fields.
    #[test]
    fn a_filter_keeps_exactly_the_records_that_meet_every_criterion(filter in filter()) {
        let dataset = embedded();
        let kept = ids(&dataset.select(&filter));
        for record in &dataset.agreements {
            let folded = |text: &str| agreements::fold::fold(text);
            let meets = (filter.sectors.is_empty() || filter.sectors.contains(&record.sector))
                && (filter.kinds.is_empty() || filter.kinds.contains(&record.kind))
                && (filter.countries.is_empty() || filter.countries.iter().any(|&c| record.involves(c)))
                && (filter.confidences.is_empty() || filter.confidences.contains(&record.confidence))
                && (filter.topics.is_empty() || filter.topics.iter().any(|t| record.topics.iter().any(|r| folded(r) == folded(t))))
                && filter.party.as_ref().is_none_or(|p| record.parties.iter().any(|party| party.names().any(|n| folded(n).contains(&folded(p)))))
                && filter.official_list.is_none_or(|official| record.official_list == official)
                && filter.search.as_ref().is_none_or(|q| q.matches_all(record))
                && filter.signed_after.is_none_or(|after| record.signed >= after)
                && (filter.statuses.is_empty() || filter.statuses.contains(&record.current_status()))
                && filter.changed_since.is_none_or(|since| record.history.iter().any(|step| step.kind != agreements::vocab::StepKind::NotFound && step.date >= since))
                && (filter.events.is_empty() || filter.events.iter().any(|e| record.event.as_deref() == Some(e.as_str())));
            prop_assert_eq!(kept.contains(&record.id.to_string()), meets, "{}", record.id);
        }
    }

    #[test]
    fn every_json_list_parses(
        filter in filter(),
        sort in proptest::option::of(vocabulary::<SortKey>()),
        reverse in any::<bool>(),
        limit in proptest::option::of(0usize..30),
        fields in prop::collection::vec(select(Field::ALL), 0..6),
    ) {
        let dataset = embedded();
        let records = dataset.query(&Query { filter, sort, reverse, limit });
        let chosen = (!fields.is_empty()).then_some(fields.as_slice());
        let text = render::list(&records, dataset.scope(&[]), chosen, &[], Format::Json, Terminal::default());
        let parsed: serde_json::Value = serde_json::from_str(&text).unwrap();
        let items = parsed.as_array().unwrap();
        prop_assert_eq!(items.len(), records.len());
        // A field named twice is one key, where first named.
        let mut distinct: Vec<&str> = Vec::new();
        for field in &fields {
            if !distinct.contains(&field.name()) {
                distinct.push(field.name());
            }
        }
        // A field that can be unconfirmed brings `unconfirmed` with it.
        let unconfirmable = fields.iter().any(|f| agreements::validate::UNCONFIRMABLE_FIELDS.contains(f));
        if unconfirmable && !distinct.contains(&"unconfirmed") {
            distinct.push("unconfirmed");
        }
        let mut expected: Vec<&str> = if fields.is_empty() { Field::names() } else { distinct };
        expected.sort_unstable();
        // The text, not the parsed map, tells whether a key is written twice.
        prop_assert_eq!(text.matches("\n    \"").count(), records.len() * expected.len());
        for item in items {
            let keys: Vec<&str> = item.as_object().unwrap().keys().map(String::as_str).collect();
            prop_assert_eq!(&keys, &expected);
        }
    }
}
