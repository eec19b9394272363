//! Every caveat in every output: a value the sources leave unconfirmed is never printed without
//! its mark, whatever the command and format. `rg-xinhua`'s parties, date and place are all
//! assumed; each output that shows one of them must say so in its own way.

use crate::common::{NOTE, Scratch, agreements, stdout_of};

/// The record walked through every output, and its unconfirmed fields.
const ID: &str = "rg-xinhua";

/// Whether `text` carries one of `marks`.
fn marked(text: &str, marks: &[&str]) -> bool {
    marks.iter().any(|mark| text.contains(mark))
}

#[test]
fn an_unconfirmed_value_carries_its_mark_in_every_format() {
    let fields = "id,parties,signed,place";
    let search = ["--search", "rossiyskaya gazeta xinhua"];
    // (what is run, the marks one of which its output must carry)
    let outputs: Vec<(Vec<&str>, &[&str])> = vec![
        (vec!["show", ID], &["(unconfirmed)"]),
        (vec!["show", ID, "--format", "markdown"], &["(unconfirmed)"]),
        (
            vec!["show", ID, "--format", "json"],
            &["\"unconfirmed\":[\"parties\""],
        ),
        (
            vec!["show", ID, "--format", "jsonl"],
            &["\"unconfirmed\":[\"parties\""],
        ),
        (vec!["show", ID, "--format", "csv"], &["[\"\"parties\"\""]),
        (vec!["show", ID, "--format", "tsv"], &["[\"\"parties\"\""]),
        (
            [&["list", "--fields", fields][..], &search].concat(),
            &["2025-09-02?"],
        ),
        (
            [
                &["list", "--fields", fields, "--format", "markdown"][..],
                &search,
            ]
            .concat(),
            &["2025-09-02?"],
        ),
        (
            [
                &["list", "--fields", fields, "--format", "csv"][..],
                &search,
            ]
            .concat(),
            &["[\"\"parties\"\",\"\"signed\"\",\"\"place\"\",\"\"level\"\"]"],
        ),
        (
            [
                &["list", "--fields", fields, "--format", "tsv"][..],
                &search,
            ]
            .concat(),
            &["[\"\"parties\"\",\"\"signed\"\",\"\"place\"\",\"\"level\"\"]"],
        ),
        (
            [
                &["list", "--fields", fields, "--format", "json"][..],
                &search,
            ]
            .concat(),
            &["\"unconfirmed\":[\"parties\",\"signed\",\"place\",\"level\"]"],
        ),
        (
            [
                &["list", "--fields", fields, "--format", "jsonl"][..],
                &search,
            ]
            .concat(),
            &["\"unconfirmed\":[\"parties\",\"signed\",\"place\",\"level\"]"],
        ),
        (
            vec!["cite", ID, "--style", "text"],
            &["unconfirmed: parties, signed, place, level"],
        ),
        (
            vec!["cite", ID, "--style", "line"],
            &["Xinhua [unconfirmed], 2 September 2025 [unconfirmed]"],
        ),
        (
            vec!["cite", ID, "--style", "bibtex"],
            &["unconfirmed: parties, signed, place, level"],
        ),
        (
            vec!["cite", ID, "--style", "biblatex"],
            &["unconfirmed: parties, signed, place, level"],
        ),
        (
            vec!["cite", ID, "--style", "csl-json"],
            &["unconfirmed: parties, signed, place, level"],
        ),
        (
            vec!["graph", "--sector", "media"],
            &["Rossiyskaya Gazeta-Xinhua ?\", tooltip=\"rg-xinhua\", style=dotted"],
        ),
        (
            vec!["graph", "--sector", "media", "--format", "mermaid"],
            &["Rossiyskaya Gazeta-Xinhua ?"],
        ),
        (
            vec!["graph", "--sector", "media", "--format", "json"],
            &["\"parties_unconfirmed\":true"],
        ),
        (
            vec!["timeline", "--sector", "media"],
            &["2025-09-02?  rg-xinhua"],
        ),
        (
            vec!["timeline", "--sector", "media", "--format", "json"],
            &["{\"date_unconfirmed\":true,\"id\":\"rg-xinhua\""],
        ),
        (
            vec!["timeline", "--sector", "media", "--format", "csv"],
            &["rg-xinhua,Rossiyskaya Gazeta-Xinhua,true"],
        ),
    ];
    for (args, marks) in outputs {
        let output = stdout_of(&args);
        // JSON is compared without its layout (keys in alphabetical order).
        let compact: String = if output.trim_start().starts_with(['{', '[']) {
            output
                .lines()
                .map(|line| serde_json::from_str::<serde_json::Value>(line).map(|v| v.to_string()))
                .collect::<Result<Vec<_>, _>>()
                .map(|lines| lines.join("\n"))
                .unwrap_or_else(|_| {
                    serde_json::from_str::<serde_json::Value>(&output)
                        .unwrap()
                        .to_string()
                })
        } else {
            output.clone()
        };
        assert!(
            marked(&compact, marks),
            "{args:?} prints no mark {marks:?}:\n{output}"
        );
    }
}

#[test]
fn every_export_target_keeps_the_caveats() {
    let scratch = Scratch::new("caveats-export");
    let package = scratch.path("package");
    let output = agreements()
        .args(["export", "--to", "datapackage", "--sector", "media"])
        .arg(&package)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let unconfirmed = std::fs::read_to_string(package.join("unconfirmed.csv")).unwrap();
    for field in ["parties", "signed", "place"] {
        assert!(
            unconfirmed.contains(&format!("{ID},{field}")),
            "{unconfirmed}"
        );
    }
    // The SQLite file has the same table, and its flat view lists them beside the values.
    let db = scratch.path("media.db");
    let output = agreements()
        .args(["export", "--to", "sqlite", "--sector", "media"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let db = rusqlite::Connection::open(&db).unwrap();
    let flat: String = db
        .query_row(
            "SELECT unconfirmed FROM agreements_flat WHERE id = ?1",
            [ID],
            |row| row.get(0),
        )
        .unwrap();
    let mut fields: Vec<&str> = flat.split(", ").collect();
    fields.sort_unstable();
    assert_eq!(fields, ["level", "parties", "place", "signed"]);
}

/// Every answer that counts, lists or draws records says how many documents the official lists
/// name that no record holds (the May list's 16): in its output where the format has a place for
/// it, else in a note on stderr; and of the September visit alone, which has none, nothing.
#[test]
fn every_answer_says_how_many_listed_documents_no_record_holds() {
    let unrecorded = crate::data::MAY.1;
    // The ways an output says it: the table's and the note's sentence, the graph's caption, a
    // JSON field, a flat row of `summary`.
    let marks = [
        format!("{unrecorded} more documents"),
        format!("\"official_list_unrecorded\": {unrecorded}"),
        format!("unrecorded,{unrecorded}"),
        format!("unrecorded\t{unrecorded}"),
        format!("\"unrecorded\",\"count\":{unrecorded}"),
        format!("unrecorded | {unrecorded}"),
    ];
    let formats = ["table", "json", "jsonl", "csv", "tsv", "markdown"];
    let commands: [&[&str]; 6] = [
        &["list"],
        &["summary"],
        &["summary", "--by", "sector"],
        &["topics"],
        &["parties"],
        &["timeline"],
    ];
    let mut runs: Vec<Vec<&str>> = Vec::new();
    for command in commands {
        for format in formats {
            runs.push([command, &["--format", format]].concat());
        }
    }
    for format in ["dot", "mermaid", "json"] {
        runs.push(vec!["graph", "--format", format]);
    }
    for args in runs {
        let output = agreements().args(&args).output().unwrap();
        assert!(output.status.success(), "{args:?}: {output:?}");
        let stdout = String::from_utf8(output.stdout).unwrap();
        let stderr = String::from_utf8(output.stderr).unwrap();
        let in_output = marks.iter().any(|mark| stdout.contains(mark.as_str()));
        let noted = stderr.starts_with(&format!("{NOTE}{}", marks[0]));
        // Said once: in the output, or on stderr when the output has no place for it; a table,
        // which a pager may show, always in the output.
        assert!(in_output != noted, "{args:?}: {stdout}\n{stderr}");
        assert!(in_output || !args.contains(&"table"), "{args:?}: {stderr}");
        let september = [&args[..], &["--event", "putin-china-2025-09"]].concat();
        let output = agreements().args(&september).output().unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            !stdout.contains("more documents"),
            "{september:?}: {stdout}"
        );
        assert!(output.stderr.is_empty(), "{september:?}: {output:?}");
    }
    // An export's report says it too (its `events` table counts them), not of September alone.
    let scratch = Scratch::new("unrecorded-export");
    for (extra, said) in [
        (&[][..], true),
        (&["--event", "putin-china-2025-09"][..], false),
    ] {
        let path = scratch.path(if said { "all.db" } else { "september.db" });
        let output = agreements()
            .args(["export", "--to", "sqlite"])
            .arg(&path)
            .args(extra)
            .output()
            .unwrap();
        let report = String::from_utf8(output.stderr).unwrap();
        assert_eq!(report.contains(&marks[0]), said, "{extra:?}: {report}");
    }
    // The note comes after the data, the last thing a person sees in a terminal.
    let both = std::process::Command::new("sh")
        .args([
            "-c",
            r#""$0" list --format csv 2>&1"#,
            env!("CARGO_BIN_EXE_agreements"),
        ])
        .env_remove("AGREEMENTS_DATA")
        .output()
        .unwrap();
    let both = String::from_utf8(both.stdout).unwrap();
    let last = both.lines().last().unwrap_or_default();
    assert!(last.starts_with(&format!("{NOTE}{}", marks[0])), "{both}");
}
