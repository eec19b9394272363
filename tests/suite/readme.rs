//! Runs every `console` example in README.md and docs/*.md against the real binary, so the
//! documents cannot go stale. `...` in an example's output stands for lines left out.

use crate::common::{Scratch, installed, python_has, stdout_of, without_notes};

/// README.md and every document in docs/, one after the other: where an example lives may move
/// between them.
fn documents() -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut text = std::fs::read_to_string(root.join("README.md")).unwrap();
    let mut docs: Vec<_> = std::fs::read_dir(root.join("docs"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    for path in docs {
        text.push_str(&std::fs::read_to_string(path).unwrap());
    }
    text
}

#[test]
fn readme_examples_are_true() {
    trycmd::TestCases::new()
        // Pin the environment: the embedded dataset, the default stream limit, a width that is
        // not a terminal's, and no colour whatever the caller's shell says
        // (`CLICOLOR_FORCE=1 cargo test` used to fail here).
        .env("AGREEMENTS_DATA", "")
        .env("AGREEMENTS_MAX_SIZE", "1G")
        .env("COLUMNS", "")
        .env("CLICOLOR_FORCE", "0")
        .env("NO_COLOR", "1")
        .case("README.md")
        .case("docs/*.md");
}

/// The documents' `sh` examples that pipe JSON into jq, run through a real shell and a real jq.
/// jq is optional on a developer's machine; CI installs it (`.ci/run`), and there its absence fails.
#[test]
fn readme_jq_examples_work() {
    if std::process::Command::new("jq")
        .arg("--version")
        .output()
        .is_err()
    {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install jq (.ci/run)"
        );
        eprintln!("jq is not installed: README jq examples not run");
        return;
    }
    let readme = documents();
    let examples: Vec<&str> = readme
        .lines()
        .filter(|line| line.starts_with("agreements ") && line.contains("| jq "))
        .collect();
    assert_eq!(examples.len(), 3, "the documents' jq examples");

    let path = path_with_binary();
    let run = |example: &str| {
        let output = std::process::Command::new("sh")
            .args(["-c", &format!("set -e; {example}")])
            .env("PATH", &path)
            .env_remove("AGREEMENTS_DATA")
            .output()
            .unwrap();
        assert!(
            output.status.success()
                && without_notes(&String::from_utf8_lossy(&output.stderr)).is_empty(),
            "{example}: {output:?}"
        );
        String::from_utf8(output.stdout).unwrap()
    };
    assert_eq!(
        run(examples[0]),
        "power-of-siberia-2\npower-of-siberia-1-increase\nfar-eastern-route-increase\n"
    );
    let numeric_terms = run(examples[1]);
    assert!(
        numeric_terms.contains("power-of-siberia-2\tCapacity\t50\tbcm/yr\thttps://ria.ru/"),
        "{numeric_terms}"
    );
    assert_eq!(run(examples[2]), "power-of-siberia-2 related-to\n");
}

/// The picture of the parties network, docs/graph.png, is drawn from docs/graph.dot:
/// that file is what `agreements graph` prints today (docs/development.md says how to redraw both).
#[test]
fn readme_graph_picture_source_is_current() {
    let dot = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/graph.dot"))
        .expect("docs/graph.dot");
    assert_eq!(dot, stdout_of(&["graph"]));
}

/// The Mermaid block of docs/usage.md is what `graph --sector energy --format mermaid` prints today.
#[test]
fn readme_mermaid_block_is_current() {
    let readme = documents();
    let start = readme.find("```mermaid\n").expect("a mermaid block") + "```mermaid\n".len();
    let block = &readme[start..start + readme[start..].find("```").unwrap()];
    assert_eq!(
        block,
        stdout_of(&["graph", "--sector", "energy", "--format", "mermaid"])
    );
}

/// The README's picture of the list at 80 columns (a `text` block, as trycmd cannot set the
/// width of one example) is what `agreements list` prints at 80 columns: its lines before the
/// `...` begin the table, the lines after end it.
#[test]
fn readme_80_column_list_is_current() {
    let readme = documents();
    let (_, after) = readme.split_once("At 80 columns:\n\n```text\n").unwrap();
    let (picture, _) = after.split_once("```").unwrap();
    let (head, tail) = picture.split_once("...\n").unwrap();
    let output = crate::common::agreements()
        .env("COLUMNS", "80")
        .env("NO_COLOR", "1")
        .args(["--data", "", "list"])
        .output()
        .unwrap();
    let table = String::from_utf8(output.stdout).unwrap();
    assert!(table.starts_with(head), "{table}");
    assert!(table.ends_with(tail), "{table}");
}

/// The `sh-session` examples of docs/usage.md (the export and its clients), run by a real shell in an
/// empty folder with the binary on `PATH`: each `$ ` line's output, stdout and stderr as a
/// terminal shows them, must be the lines under it.
/// They need sqlite3, frictionless, pandas and openpyxl, which CI installs (`.ci/run`).
#[test]
fn readme_export_sessions_are_true() {
    let clients = installed("sqlite3") && installed("frictionless");
    if !(clients && python_has("pandas") && python_has("openpyxl")) {
        return;
    }
    let readme = documents();
    let sessions: Vec<&str> = readme
        .split("```sh-session\n")
        .skip(1)
        .filter_map(|rest| rest.split_once("```").map(|(block, _)| block))
        .collect();
    assert_eq!(sessions.len(), 3, "the export sessions");
    let folder = Scratch::new("readme");
    let path = path_with_binary();
    for session in sessions {
        for step in session.split("$ ").skip(1) {
            let (command, expected) = step.split_once('\n').unwrap();
            let output = std::process::Command::new("sh")
                .args(["-c", &format!("exec 2>&1; {command}")])
                .current_dir(&folder.0)
                .env("PATH", &path)
                .env_remove("AGREEMENTS_DATA")
                .output()
                .unwrap();
            let stdout = String::from_utf8_lossy(&output.stdout);
            assert!(output.status.success(), "{command}: {output:?}");
            assert_eq!(stdout, expected, "{command}");
        }
    }
}

/// `PATH` with the binary's folder first, so a shell example's `agreements` is the one tested.
fn path_with_binary() -> String {
    let binary_dir = std::path::Path::new(env!("CARGO_BIN_EXE_agreements"))
        .parent()
        .unwrap();
    format!(
        "{}:{}",
        binary_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}
