//! The clap definitions parse into the library query they describe.

use super::*;
use agreements::query::SortKey;
use agreements::vocab::{Country, Sector};

#[test]
fn clap_definitions_are_consistent() {
    Cli::command().debug_assert();
    completion_command(&["an-id"], &["gas"]).debug_assert();
}

#[test]
fn arguments_map_to_the_library_query() {
    let cli = Cli::try_parse_from([
        "agreements",
        "list",
        "--sector",
        "energy,space",
        "--country",
        "china",
        "--not-official",
        "--signed-after",
        "2025-09-01",
        "--topic",
        "gas",
        "--sort",
        "signed",
        "--reverse",
        "--limit",
        "2",
    ])
    .unwrap();
    let Command::List(Deferred(ListArgs { filter, order, .. })) = cli.command else {
        panic!("expected list");
    };
    let query = order.to_query(&filter, &[]);
    assert_eq!(query.filter.sectors, vec![Sector::Energy, Sector::Space]);
    assert_eq!(query.filter.countries, vec![Country::Cn]);
    assert_eq!(query.filter.official_list, Some(false));
    assert_eq!(query.filter.topics, vec!["gas".to_string()]);
    assert_eq!(query.filter.signed_after, "2025-09-01".parse().ok());
    assert_eq!(
        (query.sort, query.reverse, query.limit),
        (Some(SortKey::Signed), true, Some(2))
    );
}

#[test]
fn official_and_not_official_conflict() {
    let result = Cli::try_parse_from(["agreements", "list", "--official", "--not-official"]);
    assert_eq!(
        result.unwrap_err().kind(),
        clap::error::ErrorKind::ArgumentConflict
    );
}

#[test]
fn deferred_arguments_are_built_late_and_keep_each_command_description() {
    let unbuilt = Cli::command();
    let built = built_command();
    for command in unbuilt.get_subcommands() {
        let name = command.get_name();
        assert_eq!(command.get_arguments().count(), 0, "{name} built early");
        let after = built.find_subcommand(name).unwrap();
        assert_eq!(
            after.get_about().map(ToString::to_string),
            command.get_about().map(ToString::to_string),
            "{name}"
        );
        let own = |arg: &&clap::Arg| {
            !["help", "data", "color", "max_size", "no_pager"].contains(&arg.get_id().as_str())
        };
        assert_eq!(
            after.get_arguments().filter(own).count() == 0,
            name == "man",
            "{name}"
        );
    }
}

#[test]
fn completion_scripts_leave_out_words_a_shell_would_run() {
    let hostile = ["$(touch pwned)", "`id`", "it's", "gas"];
    for shell in [clap_complete::Shell::Bash, clap_complete::Shell::Fish] {
        let mut command = completion_command(&["an-id", "$(reboot)"], &hostile);
        let mut script = Vec::new();
        clap_complete::generate(shell, &mut command, "agreements", &mut script);
        let script = String::from_utf8(script).unwrap();
        // clap_complete's fish script completes option values, not positional ones (ids).
        assert!(script.contains("gas"), "{shell}");
        for word in ["touch pwned", "`id`", "it's", "reboot"] {
            assert!(!script.contains(word), "{shell} script holds {word:?}");
        }
    }
}

#[test]
fn exit_codes_are_documented_once_and_the_usage_guide_agrees() {
    let help = Code::help();
    let readme = include_str!("../../docs/usage.md");
    let table = readme.split("## Exit codes\n").nth(1).unwrap();
    let rows: Vec<&str> = table
        .lines()
        .skip_while(|line| !line.starts_with("| 0 |"))
        .take_while(|line| line.starts_with('|'))
        .collect();
    assert_eq!(rows.len(), Code::ALL.len(), "{rows:?}");
    for (code, row) in Code::ALL.iter().zip(rows) {
        let number = *code as u8;
        assert!(
            help.contains(&format!("  {number}  {}", code.meaning())),
            "{help}"
        );
        // docs/usage.md says the same at more length: it starts with the same words.
        let kind = code.meaning().split(':').next().unwrap();
        assert!(row.starts_with(&format!("| {number} | {kind}")), "{row}");
    }
}

/// Failures no dataset that loads can produce from the command line (the validator refuses a
/// page described two ways before `export` sees it) still end with their documented code.
#[test]
fn failures_end_with_their_documented_codes() {
    let conflict = agreements::export::ExportError::SourceConflict {
        url: "https://example.org/a".into(),
        field: "publisher",
        first: "A".into(),
        second: "B".into(),
    };
    let path = std::path::PathBuf::from("out.db");
    let cases = [
        (Failure::Export(conflict), Code::Dataset),
        (Failure::Exists(path.clone()), Code::Usage),
        (
            Failure::Refused {
                path: path.clone(),
                reason: "no name".into(),
            },
            Code::Usage,
        ),
        (
            Failure::Write {
                path,
                reason: "full".into(),
            },
            Code::Output,
        ),
        (Failure::NotATerminal, Code::Usage),
        (
            Failure::Terminal(std::io::Error::other("gone")),
            Code::Output,
        ),
        (Failure::EmptyQuery, Code::Usage),
    ];
    for (failure, code) in cases {
        assert_eq!(failure.exit_code(), code, "{failure}");
    }
}
