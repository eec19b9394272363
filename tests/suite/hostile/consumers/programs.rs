//! The consumers that run as programs of their own: Graphviz, line readers, the shells that
//! load completion scripts, and Mermaid's parser (under Node), each fed every hostile dataset.

use super::{PLAIN, datasets, piped, run, write};
use crate::common::{Scratch, agreements, failure_of, installed};
use agreements::fixture::with_text;
use serde_json::json;
use std::path::Path;

#[test]
fn graphviz_sees_the_same_nodes_and_edges_whatever_the_text() {
    if !installed("dot") {
        return;
    }
    let sets = datasets("dot");
    let counts = |path: &Path| {
        let plain = dot_plain(&run(path, &["graph"]));
        let count = |kind: &str| plain.lines().filter(|l| l.starts_with(kind)).count();
        (count("node "), count("edge "))
    };
    // Two parties and one edge; three parties and a hub with an edge to each.
    assert_eq!(counts(&sets.plain), (2 + 3 + 1, 1 + 3));
    for (text, path) in &sets.hostile {
        assert_eq!(counts(path), (6, 4), "{text:?}");
    }
}

/// `dot -Tplain` of `source`, which must draw without a warning.
fn dot_plain(source: &str) -> String {
    let output = piped(std::process::Command::new("dot").arg("-Tplain"), source);
    assert!(
        output.status.success() && output.stderr.is_empty(),
        "{output:?}\n{source}"
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn line_oriented_outputs_keep_one_line_per_item_whatever_the_text() {
    let sets = datasets("lines");
    let line_counts = |path: &Path| {
        let cite = run(
            path,
            &["cite", "hostile-record", "--accessed", "2026-11-28"],
        );
        let show = run(path, &["show", "hostile-record"]);
        // show wraps a long source line to the prose width, under the source's number: every
        // line of the list is a numbered source or indented under one, never a line of its own.
        let listed = show.split("\nSources\n").nth(1).unwrap();
        let numbered =
            |line: &&str| line.trim_start().starts_with('[') && !line.starts_with("     ");
        let sources = listed.lines().filter(numbered).count();
        let stray = listed
            .lines()
            .filter(|line| !numbered(line) && !line.starts_with("     "))
            .count();
        (cite.lines().count(), sources, stray)
    };
    let expected = line_counts(&sets.plain);
    assert_eq!(
        expected,
        (4, 2, 0),
        "cite: the citation, 'Sources:', two sources; show: two numbered sources, nothing else"
    );
    for (text, path) in &sets.hostile {
        assert_eq!(line_counts(path), expected, "{text:?}");
    }
}

#[test]
fn validate_prints_one_finding_per_line_even_for_a_forged_one() {
    let scratch = Scratch::new("forged");
    let mut data = with_text(PLAIN);
    let forged = "nope\n/etc/passwd:1:1: error: record 'x': forged";
    data.agreements[0].related[0].id = Some(forged.into());
    let path = write(&scratch, "a\nb.json", &data);
    let output = agreements().arg("validate").arg(&path).output().unwrap();
    assert_eq!(output.status.code(), Some(3));
    let report = String::from_utf8(output.stdout).unwrap();
    let origin = format!("{}", scratch.0.join("a\\u{a}b.json").display());
    let lines: Vec<&str> = report.lines().collect();
    assert_eq!(lines.len(), 2, "one finding and the verdict: {report}");
    assert!(
        lines.iter().all(|line| line.starts_with(&origin)),
        "{report}"
    );
    assert!(!report.contains("\n/etc/passwd"), "{report}");
    let stderr = failure_of(agreements().arg("--data").arg(&path).arg("list"), 3);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn shells_complete_the_dataset_words_and_never_run_them() {
    let sets = datasets("shells");
    let script = |shell: &str| run(&sets.plain, &["completions", shell]);
    if installed("bash") {
        let bash = format!(
            "{}\nCOMP_WORDS=(agreements list --topic ''); COMP_CWORD=3; _agreements agreements '' --topic; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            script("bash")
        );
        assert_eq!(shell_output("bash", &bash), "gas\nгаз\n");
    }
    if installed("fish") {
        let fish = format!("{}\ncomplete -C 'agreements list --topic '", script("fish"));
        let words: Vec<String> = shell_output("fish", &fish)
            .lines()
            .map(|l| l.split('\t').next().unwrap().to_string())
            .collect();
        assert_eq!(words, ["gas", "газ"]);
    }
    if installed("zsh") {
        shell_output(
            "zsh",
            &format!("autoload -Uz compinit && compinit -u\n{}", script("zsh")),
        );
    }
    // A topic that a shell would run is refused before any script is written.
    let scratch = Scratch::new("shell-topic");
    let mut data = with_text(PLAIN);
    data.agreements[0].topics = vec!["$(touch pwned)".into()];
    let path = write(&scratch, "d.json", &data);
    for shell in ["bash", "fish", "zsh"] {
        let stderr = failure_of(
            agreements()
                .arg("--data")
                .arg(&path)
                .args(["completions", shell]),
            3,
        );
        assert!(
            stderr.contains("topic '$(touch pwned)' must be lower-case letters"),
            "{stderr}"
        );
    }
}

/// What `shell` prints running `script` from standard input, which must succeed quietly.
fn shell_output(shell: &str, script: &str) -> String {
    let dir = Scratch::new(&format!("run-{shell}"));
    let mut command = std::process::Command::new(shell);
    command
        .current_dir(&dir.0)
        .env("HOME", &dir.0)
        .env("XDG_CONFIG_HOME", &dir.0)
        .env("XDG_DATA_HOME", &dir.0);
    let output = piped(&mut command, script);
    assert!(
        output.status.success() && output.stderr.is_empty(),
        "{shell}: {output:?}"
    );
    assert!(
        !dir.0.join("pwned").exists(),
        "{shell} ran a word of the dataset"
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn mermaid_sees_the_same_nodes_and_edges_whatever_the_text() {
    let parser = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mermaid");
    if !installed("node") {
        return;
    }
    if !parser.join("node_modules/mermaid").exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run npm ci in tests/mermaid"
        );
        eprintln!("Mermaid is not installed (npm ci --prefix tests/mermaid): test skipped");
        return;
    }
    let sets = datasets("mermaid");
    let paths = std::iter::once(&sets.plain).chain(sets.hostile.iter().map(|(_, path)| path));
    let flowcharts: Vec<String> = paths
        .map(|path| run(path, &["graph", "--format", "mermaid"]))
        .collect();
    let input = serde_json::to_string(&flowcharts).unwrap();
    let output = piped(
        std::process::Command::new("node").arg(parser.join("parse.mjs")),
        &input,
    );
    assert!(output.status.success(), "{output:?}");
    let seen: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    let texts = std::iter::once(PLAIN).chain(sets.hostile.iter().map(|(text, _)| text.as_str()));
    for ((text, seen), flowchart) in texts.zip(&seen).zip(&flowcharts) {
        // Two parties and one edge; three parties and a hub with an edge to each.
        assert_eq!(
            (&seen["vertices"], &seen["edges"]),
            (&json!(6), &json!(4)),
            "{text:?}: {seen}\n{flowchart}"
        );
        let first = seen["labels"][0].as_str();
        assert!(
            first.is_some_and(|label| !label.is_empty()),
            "{text:?}: {seen}"
        );
    }
}
