//! Runs the real `agreements` binary against the embedded dataset and the hand-made datasets in
//! `tests/data/`, with a pinned environment. JSON output is parsed, never compared as text.

use crate::common::{agreements, data, failure_of, json_value_of, stdout_of};
use crate::data::{self, OFFICIAL, RECORDS};
use crate::output::{About, Summary, ids, json_as, records, shown};
use agreements::model::Agreement;
use agreements::vocab::Country;
use std::process::Stdio;

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
            "{RECORDS} agreements, {OFFICIAL} on the official list\n"
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
        stdout_of(&["list", "--search", "zzzz"]),
        format!("0 of {RECORDS} agreements, 0 on the official list\n")
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
    let embedded = agreements::load::embedded();
    assert_eq!(printed, embedded.agreements);
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
            "valid: energy, space, healthcare, agriculture, regional-development, science, education, media, technology",
        ),
        (
            "--kind",
            "memorandom",
            "did you mean 'memorandum'?",
            "valid: memorandum, agreement, contract, protocol, roadmap, strategy, unknown",
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
    assert_eq!(summary.by_sector["energy"], data::ENERGY.0);
    assert_eq!(summary.by_sector["media"], data::MEDIA);
    assert_eq!(summary.by_kind["memorandum"], data::MEMORANDA);
    assert_eq!(summary.by_country["RU"], data::WITH_RUSSIAN_PARTY);
    assert_eq!(summary.by_confidence["single-source"], data::SINGLE_SOURCE);
    let filtered: Summary = json_as(&["summary", "--sector", "energy", "--format", "json"]);
    assert_eq!(filtered.total, data::ENERGY.0);
    let table = stdout_of(&["summary"]);
    assert!(
        table.starts_with(&format!(
            "{RECORDS} agreements, {OFFICIAL} on the official list\n"
        )),
        "{table}"
    );
    assert!(table.contains("regional-development"), "{table}");
}

#[test]
fn data_option_and_environment_variable_select_another_dataset() {
    let minimal = data("minimal.toml");
    let minimal = minimal.to_str().unwrap();
    let by_option = records(&["--data", minimal]);
    assert_eq!(
        ids(&["--data", minimal]),
        ["test-gas-memo", "test-media-deal"]
    );

    let by_env = agreements()
        .env("AGREEMENTS_DATA", minimal)
        .args(["list", "--format", "json"])
        .output()
        .unwrap();
    let by_env: Vec<Agreement> = serde_json::from_slice(&by_env.stdout).unwrap();
    assert_eq!(by_env, by_option);

    // The option wins over the variable; an empty variable means the embedded dataset.
    let output = agreements()
        .env("AGREEMENTS_DATA", "/nonexistent.toml")
        .args(["--data", minimal, "list", "--format", "json"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let output = agreements()
        .env("AGREEMENTS_DATA", "")
        .args(["list", "--format", "json"])
        .output()
        .unwrap();
    let embedded: Vec<Agreement> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(embedded.len(), RECORDS);
}

#[test]
fn bad_datasets_exit_3_naming_file_line_column_and_problem() {
    let cases = [
        (
            "malformed.toml",
            "malformed.toml:9:34: invalid basic string, expected `\"`",
        ),
        (
            "unknown-sector.toml",
            "unknown-sector.toml:13:10: record 'test-gas-memo': unknown sector 'enrgy'; did you mean 'energy'?",
        ),
        (
            "bad-date.toml",
            "bad-date.toml:15:10: record 'test-gas-memo': invalid date '2025-02-30'",
        ),
        (
            "missing-field.toml",
            "missing-field.toml:28:1: record 'test-media-deal': missing required key 'title'",
        ),
        (
            "unknown-key.toml",
            "unknown-key.toml:19:1: record 'test-gas-memo': unknown key 'sumary'; did you mean 'summary'?",
        ),
        (
            "duplicate-id.toml",
            "duplicate-id.toml:9:6: record 'test-gas-memo': duplicate id: record 2 uses it again",
        ),
        (
            "invalid-records.toml",
            "invalid-records.toml:9:6: record 'Not_Kebab': id must be kebab-case",
        ),
        (
            "not-utf8.toml",
            "not-utf8.toml:1:12: the dataset is not text (invalid UTF-8 or a NUL byte)",
        ),
        ("empty.toml", "empty.toml:1:1: missing the [event] table"),
    ];
    let directory = data("");
    for (file, expected) in cases {
        let stderr = failure_of(agreements().arg("--data").arg(data(file)).arg("list"), 3);
        let first = stderr.lines().next().unwrap();
        let wanted = format!("agreements: {}{expected}", directory.display());
        assert!(
            first.starts_with(&wanted),
            "{file}:\n  got  {first}\n  want {wanted}"
        );
    }
}

#[test]
fn every_validation_problem_is_reported() {
    let stderr = failure_of(
        agreements()
            .arg("--data")
            .arg(data("invalid-records.toml"))
            .args(["list"]),
        3,
    );
    assert_eq!(stderr.lines().count(), 4, "{stderr}");
    assert!(
        stderr.contains(":22:1: record 'no-sources': no sources"),
        "{stderr}"
    );
    assert!(
        stderr.contains("term 'Budget' has a number but no source"),
        "{stderr}"
    );
}

#[test]
fn unreadable_datasets_exit_3() {
    let stderr = failure_of(
        agreements().args(["--data", "no/such/file.toml", "list"]),
        3,
    );
    assert!(
        stderr.starts_with("agreements: no/such/file.toml: cannot read the dataset:"),
        "{stderr}"
    );
    let directory = data("");
    let stderr = failure_of(agreements().arg("--data").arg(&directory).arg("summary"), 3);
    assert!(stderr.contains("cannot read the dataset"), "{stderr}");
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    for format in ["table", "json"] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_agreements"))
            .args(["list", "--format", format])
            .env_remove("AGREEMENTS_DATA")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Close the reading end before the program writes: its write must fail with EPIPE.
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success(), "{format}: {output:?}");
        assert!(
            output.stderr.is_empty(),
            "{format}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

#[test]
fn usage_errors_exit_2() {
    failure_of(agreements().arg("lsit"), 2);
    failure_of(
        agreements().args(["list", "--official", "--not-official"]),
        2,
    );
    failure_of(agreements().args(["show"]), 2);
}

#[test]
fn about_shows_the_dataset_the_visit_and_what_the_leaders_said() {
    let about = stdout_of(&["about"]);
    assert!(
        about.starts_with("agreements: documents signed during Vladimir Putin's official visit to China, 31 August - 3 September 2025\nVersion 1.1.0, updated 2026-11-29, licence CC-BY-4.0\n"),
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
    let statements = &json.event.statements;
    assert!(statements.iter().all(|s| !s.sources.is_empty()));
    let csv = stdout_of(&["about", "--format", "csv"]);
    let sections: Vec<&str> = csv
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .collect();
    assert_eq!(
        sections.iter().filter(|s| **s == "statement").count(),
        statements.len()
    );
}

/// Every command with arguments that make it succeed on the embedded data.
const EVERY_COMMAND: [&[&str]; 14] = [
    &["list"],
    &["parties"],
    &["topics"],
    &["show", "power-of-siberia-2"],
    &["search", "gas"],
    &["summary"],
    &["timeline"],
    &["graph"],
    &["cite", "rt-smg"],
    &["about"],
    &["validate"],
    &["convert", "--to", "json"],
    &["completions", "bash"],
    &["man"],
];

#[test]
fn every_command_exits_with_its_documented_codes() {
    let code = |command: &mut assert_cmd::Command| command.output().unwrap().status.code();
    let broken = data("duplicate-id.toml");
    for args in EVERY_COMMAND {
        assert_eq!(code(agreements().args(args)), Some(0), "{args:?}");
        let unknown_option = code(agreements().args(args).arg("--bogus"));
        assert_eq!(unknown_option, Some(2), "{args:?} --bogus");
        // Every command but `man` reads the dataset.
        let with_broken = code(agreements().arg("--data").arg(&broken).args(args));
        let expected = if args[0] == "man" { 0 } else { 3 };
        assert_eq!(with_broken, Some(expected), "{args:?} on a broken dataset");
        if std::path::Path::new("/dev/full").exists() {
            let full = std::fs::File::options()
                .write(true)
                .open("/dev/full")
                .unwrap();
            let write_error = std::process::Command::new(env!("CARGO_BIN_EXE_agreements"))
                .args(args)
                .env_remove("AGREEMENTS_DATA")
                .stdout(full)
                .stderr(Stdio::null())
                .status()
                .unwrap();
            assert_eq!(write_error.code(), Some(4), "{args:?} > /dev/full");
        }
    }
    let cases: [(&[&str], i32); 8] = [
        (&["show", "nope"], 1),
        (&["cite", "nope"], 1),
        (&["list", "--search", "nothing-matches-this"], 0),
        (&["list", "--sector", "nope"], 2),
        (&["show", "rt-smg", "--format", "yaml"], 2),
        (&["summary", "--topic", "nope"], 2),
        (&["completions"], 2),
        (&["no-such-command"], 2),
    ];
    for (args, expected) in cases {
        let output = agreements().args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(expected), "{args:?}: {output:?}");
        assert!(expected == 0 || output.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn the_exit_code_table_runs_every_command_in_the_help() {
    let help = stdout_of(&["--help"]);
    let commands = help
        .lines()
        .skip_while(|line| *line != "Commands:")
        .skip(1)
        .take_while(|line| line.starts_with("  "))
        .filter(|line| !line.starts_with("   ")) // a wrapped description
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "help");
    // `browse` needs a terminal and `export` writes files: tests/suite/browse.rs and
    // tests/suite/export.rs check their codes.
    let tested: Vec<&str> = (EVERY_COMMAND.iter().map(|args| args[0]))
        .chain(["browse", "export"])
        .collect();
    let untested: Vec<&str> = commands.filter(|name| !tested.contains(name)).collect();
    assert!(tested.len() > 10, "{help}");
    assert_eq!(untested, Vec::<&str>::new(), "add them to EVERY_COMMAND");
}
