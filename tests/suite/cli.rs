//! Runs the real `agreements` binary's query commands (list, show, summary, about) on the
//! embedded dataset, with a pinned environment; bad input and exit codes are in `exits`. JSON
//! output is parsed, never compared as text.

use crate::common::{agreements, data, failure_of, json_value_of, stdout_of};
use crate::data::{self, OFFICIAL, RECORDS};
use crate::output::{About, Summary, ids, json_as, records, september_json, shown};
use agreements::vocab::Country;

#[test]
fn list_shows_every_record_and_a_count_line() {
    let table = stdout_of(&["list"]);
    let ids = ids(&[]);
    assert_eq!(ids.len(), data::RECORDS);
    for id in ids {
        assert!(table.contains(&id), "table lacks {id}");
    }
    assert!(
        table.contains(&format!(
            "{RECORDS} agreements, {OFFICIAL} on the official list\n{} more documents are on an official list but named by no source found",
            data::MAY.1
        )),
        "{table}"
    );
}

#[test]
fn list_sector_energy_is_the_five_energy_documents() {
    assert_eq!(
        ids(&["--sector", "energy"]),
        [
            "rosatom-caea-strategic-cooperation",
            "gazprom-cnpc-strategic-cooperation",
            "power-of-siberia-2",
            "power-of-siberia-1-increase",
            "far-eastern-route-increase",
        ]
    );
    let table = stdout_of(&["list", "--sector", "energy"]);
    assert!(
        table.contains(&format!(
            "{} of {RECORDS} agreements, {} on the official list",
            data::ENERGY.0,
            data::ENERGY.1
        )),
        "{table}"
    );
}

#[test]
fn each_filter_option_reaches_the_query() {
    let small = data("small.toml");
    let cases: [(&str, &[&str], usize); 12] = [
        ("kind", &["--kind", "strategy"], 1),
        ("kind, any case", &["--kind", "STRATEGY"], 1),
        (
            "two sectors",
            &["--sector", "space", "--sector", "technology"],
            2,
        ),
        ("comma list", &["--sector", "space,technology"], 2),
        ("party", &["--party", "tsinghua"], 2),
        ("country code", &["--country", "CN"], 7),
        ("country name", &["--country", "russian federation"], 7),
        ("official", &["--official"], 6),
        ("not official", &["--not-official"], 2),
        ("search", &["--search", "lunar"], 1),
        ("combined", &["--sector", "energy", "--party", "tgc"], 3),
        ("nothing", &["--search", "no such words here"], 0),
    ];
    for (name, filter, expected) in cases {
        let mut args = vec!["--data", small.to_str().unwrap()];
        args.extend_from_slice(filter);
        assert_eq!(records(&args).len(), expected, "{name}");
    }
}

#[test]
fn empty_results_are_success() {
    assert_eq!(
        stdout_of(&["list", "--search", "zzzz", "--format", "json"]),
        "[]\n"
    );
    assert_eq!(
        stdout_of(&["list", "--search", "zzzz", "--event", "putin-china-2025-09"]),
        format!(
            "0 of {} agreements, 0 on the official list\n",
            data::SEPTEMBER.0
        )
    );
}

#[test]
fn json_records_have_the_documented_fields() {
    let list = json_value_of(&["list", "--format", "json"]);
    // The README's table and the schema are held to these names (formats.rs).
    use agreements::vocab::Vocabulary;
    let documented: Vec<&str> = agreements::field::Field::ALL
        .iter()
        .map(|field| field.name())
        .collect();
    for record in list.as_array().unwrap() {
        let mut keys: Vec<&str> = record
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        let mut expected = documented.clone();
        expected.sort_unstable();
        assert_eq!(keys, expected, "{}", record["id"]);
    }
    let pos2 = &records(&[])[22];
    assert_eq!(pos2.id, "power-of-siberia-2");
    assert!(!pos2.official_list);
    assert_eq!(pos2.parties[1].short.as_deref(), Some("CNPC"));
    assert_eq!(pos2.parties[1].country, Country::Cn);
    let terms: Vec<(String, Option<&str>)> = pos2.terms[..2]
        .iter()
        .map(|t| (t.value.as_ref().unwrap().to_string(), t.unit.as_deref()))
        .collect();
    assert_eq!(
        terms,
        [
            ("50".to_string(), Some("bcm/yr")),
            ("30".to_string(), Some("years"))
        ]
    );
    assert!(pos2.sources[0].url.starts_with("https://"));
}

#[test]
fn json_output_reads_back_as_the_same_records() {
    let printed: Vec<agreements::Agreement> =
        serde_json::from_str(&stdout_of(&["list", "--format", "json"])).unwrap();
    // The output writes each record's status, and the fields that read as unconfirmed: the
    // records as the embedded data has them, once both are written out.
    let mut embedded = agreements::load::embedded().agreements;
    for record in &mut embedded {
        record.status = Some(record.current_status());
        let unconfirmed = record
            .unconfirmed_fields()
            .into_iter()
            .map(|f| f.to_string().into());
        record.unconfirmed = unconfirmed.collect();
    }
    assert_eq!(printed, embedded);
}

#[test]
fn show_prints_every_field_terms_and_sources() {
    let detail = stdout_of(&["show", "power-of-siberia-2"]);
    for expected in [
        "power-of-siberia-2",
        "Legally binding memorandum between PJSC Gazprom",
        "China National Petroleum Corporation (CNPC), CN",
        "Place          Beijing\n",
        "Сила Сибири – 2 (ru) [2]",
        "transport. [1][5][7][8]",
        "Key terms",
        "50 bcm/yr",
        "30 years",
        "950 km (unconfirmed)",
        "Sources",
        "https://ria.ru/20250902/memorandum-2038999572.html",
    ] {
        assert!(
            detail.contains(expected),
            "show lacks {expected:?}:\n{detail}"
        );
    }
    // Every line fits 80 columns but the sources' URLs, which are never broken.
    let text = detail
        .lines()
        .filter(|l| !l.trim_start().starts_with("http"));
    let widest = text.map(|l| l.chars().count()).max().unwrap();
    assert!(widest <= 80, "a line is {widest} wide");
}

#[test]
fn show_json_is_one_record_object() {
    let record = shown("sber-tsinghua-innovation").record;
    assert_eq!(record.id, "sber-tsinghua-innovation");
    assert_eq!(record.signed.to_string(), "2025-09-01");
    assert_eq!(record.place.as_deref(), Some("Tianjin"));
}

#[test]
fn show_unknown_id_exits_1_with_suggestions() {
    let stderr = failure_of(agreements().args(["show", "power-of-sibera-2"]), 1);
    assert_eq!(
        stderr.lines().next().unwrap(),
        "agreements: no agreement with id 'power-of-sibera-2'; \
         did you mean one of 'power-of-siberia-2', 'power-of-siberia-1-increase'?"
    );
    let stderr = failure_of(agreements().args(["show", "rg-"]), 1);
    assert!(
        stderr.contains("did you mean one of 'rg-cmg', 'rg-xinhua', 'rg-peoples-daily'?"),
        "{stderr}"
    );
    failure_of(agreements().args(["show", "", "--format", "json"]), 1);
}

#[test]
fn unknown_vocabulary_words_exit_2_naming_the_valid_ones() {
    let cases = [
        (
            "--sector",
            "enrgy",
            "did you mean 'energy'?",
            "valid: energy, space, healthcare, agriculture, regional-development, science, education, media, technology, economy, diplomacy",
        ),
        (
            "--kind",
            "memorandom",
            "did you mean 'memorandum'?",
            "valid: memorandum, agreement, contract, protocol, roadmap, strategy, statement, declaration, unknown",
        ),
        ("--country", "XX", "", "valid: RU, CN, MN"),
    ];
    for (option, value, hint, valid) in cases {
        let stderr = failure_of(agreements().args(["list", option, value]), 2);
        let first = stderr.lines().next().unwrap();
        assert!(
            first.starts_with(&format!("error: invalid value '{value}' for '{option}")),
            "{first}"
        );
        assert!(first.contains(hint) && first.contains(valid), "{first}");
    }
}

#[test]
fn summary_counts_by_sector_kind_country_and_confidence() {
    let summary: Summary = json_as(&["summary", "--format", "json"]);
    assert_eq!(summary.total, RECORDS);
    assert_eq!(summary.official_list, OFFICIAL);
    assert_eq!(summary.official_list_unrecorded, data::MAY.1);
    assert_eq!(summary.by_sector["energy"], data::ENERGY.0);
    assert_eq!(summary.by_sector["media"], data::MEDIA);
    assert_eq!(summary.by_kind["memorandum"], data::MEMORANDA);
    assert_eq!(summary.by_country["RU"], data::WITH_RUSSIAN_PARTY);
    assert_eq!(summary.by_confidence["single-source"], data::SINGLE_SOURCE);
    let filtered: Summary = json_as(&["summary", "--sector", "energy", "--format", "json"]);
    assert_eq!(filtered.total, data::ENERGY.0);
    let september: Summary = september_json("summary");
    assert_eq!(september.official_list_unrecorded, 0);
    let csv = stdout_of(&["summary", "--format", "csv"]);
    let unrecorded = format!("\nofficial_list,unrecorded,{}\n", data::MAY.1);
    assert!(csv.contains(&unrecorded), "{csv}");
    let table = stdout_of(&["summary"]);
    assert!(
        table.starts_with(&format!(
            "{RECORDS} agreements, {OFFICIAL} on the official list\n{} more documents are on an official list but named by no source found",
            data::MAY.1
        )),
        "{table}"
    );
    assert!(table.contains("regional-development"), "{table}");
}

#[test]
fn about_shows_the_dataset_the_visit_and_what_the_leaders_said() {
    let about = stdout_of(&["about"]);
    assert!(
        about.starts_with("agreements: documents Russia and China signed at Xi Jinping's state visit to Russia, 7-10 May 2025, and Vladimir Putin's official visit to China, 31 August - 3 September 2025\nVersion 1.5.1, updated 2026-12-07, licence CC-BY-4.0\n"),
        "{about}"
    );
    for heading in [
        "\nDays\n",
        "\nContext\n",
        "\nWhat the leaders said\n",
        "\nSources\n",
    ] {
        assert!(about.contains(heading), "{heading:?}: {about}");
    }
    assert!(
        about.contains("China's visa-free trial for Russians"),
        "{about}"
    );
    let json: About = json_as(&["about", "--format", "json"]);
    assert_eq!(json.dataset.unwrap().licence, "CC-BY-4.0");
    assert_eq!(json.records, RECORDS);
    let statements: Vec<_> = json.events.iter().flat_map(|e| &e.statements).collect();
    assert!(statements.iter().all(|s| !s.sources.is_empty()));
    for event in [
        "Xi Jinping's state visit to Russia [xi-russia-2025-05]",
        "Vladimir Putin's official visit to China [putin-china-2025-09]",
    ] {
        assert!(about.contains(event), "{event}: {about}");
    }
    let csv = stdout_of(&["about", "--format", "csv"]);
    let sections: Vec<&str> = csv
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').nth(1))
        .collect();
    assert_eq!(
        sections.iter().filter(|s| **s == "statement").count(),
        statements.len()
    );
}
