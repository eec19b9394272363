//! Every output another program reads, fed to that program with hostile text in every field of
//! the dataset: the consumer must see exactly the structure it sees for plain text (the same
//! BibTeX entries, Markdown blocks and links, Graphviz nodes and edges, completion words, lines).
//! The real programs (bibtex, dot, bash, fish, zsh) are installed by `.ci/run`.

use super::Scratch;
use super::shape::{bibtex_entries, markdown_shape, record_shape};
use crate::common::{agreements, failure_of, installed, stdout_of};
use agreements::fixture::with_text;
use agreements::{Dataset, render};
use serde_json::json;
use std::path::{Path, PathBuf};

/// Text that is markup, code or a line break for some consumer; each, and 32 texts from
/// [`any_text`], goes into every free-text field of a generated dataset.
const HOSTILE: &[&str] = &[
    "{",
    "}",
    "}{",
    "a\\",
    "\\",
    "%",
    "#",
    "&",
    "$(touch pwned)",
    "`id`",
    "'",
    "\"",
    "```\nfence",
    "~~~",
    "<!--",
    "<script>alert(1)</script>",
    "[x](https://evil.example)",
    "![i](https://evil.example/i.png)",
    "# heading",
    "- item",
    "1. item",
    "> quote",
    "    indented",
    "| a | b |",
    "*em* _em_",
    "&amp;",
    "line\nbreak",
    "two\n\nparagraphs",
    "cr\rreturn",
    "\u{1b}]0;title\u{7}",
    "\u{202e}rtl",
    "@misc{x,",
    "]]",
    "%% comment",
    "end;",
    "#quot;",
    "<https://evil.example>",
    "Straße",
];

/// The text whose structure every hostile text must reproduce.
const PLAIN: &str = "Plain text";

/// [`fixture::with_text`] as a JSON file in `scratch`.
fn write(scratch: &Scratch, name: &str, dataset: &Dataset) -> PathBuf {
    scratch.file(name, render::dataset::json(dataset).as_bytes())
}

/// The generated dataset for each hostile text and for [`PLAIN`], as files.
struct Datasets {
    _scratch: Scratch,
    plain: PathBuf,
    hostile: Vec<(String, PathBuf)>,
}

fn datasets(name: &str) -> Datasets {
    let scratch = Scratch::new(name);
    let file = |i: usize, text: &str| write(&scratch, &format!("{i}.json"), &with_text(text));
    let plain = file(0, PLAIN);
    let texts = HOSTILE
        .iter()
        .map(|t| t.to_string())
        .chain(random_texts(32));
    let hostile = texts
        .enumerate()
        .map(|(i, text)| {
            let path = file(i + 1, &text);
            (text, path)
        })
        .collect();
    Datasets {
        plain,
        hostile,
        _scratch: scratch,
    }
}

/// stdout of `agreements --data PATH ARGS`, which must succeed.
pub fn run(path: &Path, args: &[&str]) -> String {
    let mut all = vec!["--data", path.to_str().unwrap()];
    all.extend_from_slice(args);
    stdout_of(&all)
}

const BIBTEX: &[&str] = &[
    "cite",
    "hostile-record",
    "--style",
    "bibtex",
    "--accessed",
    "2026-11-28",
];

#[test]
fn bibtex_parsers_see_one_entry_per_source_whatever_the_text() {
    let sets = datasets("bibtex");
    for (text, path) in std::iter::once((PLAIN, &sets.plain))
        .chain(sets.hostile.iter().map(|(t, p)| (t.as_str(), p)))
    {
        let bib = run(path, BIBTEX);
        let parsed = biblatex::Bibliography::parse(&bib)
            .unwrap_or_else(|e| panic!("{text:?}: {e:?}\n{bib}"));
        assert_eq!(
            parsed.len(),
            3,
            "{text:?}: the record and its two sources\n{bib}"
        );
        let entry = parsed.get("hostile-record").expect("the record's entry");
        assert_eq!(entry.author().unwrap().len(), 2, "{text:?}\n{bib}");
        assert!(
            bib.contains("howpublished = {\\url{https://example.org/company}},"),
            "{text:?}: {bib}"
        );
        assert!(
            parsed.get("hostile-record-source-1").is_some(),
            "{text:?}\n{bib}"
        );
        if installed("bibtex") {
            assert_eq!(
                real_bibtex(&bib),
                3,
                "{text:?}: bibtex's \\bibitem count\n{bib}"
            );
        }
    }
}

/// Runs the real `bibtex` with the plain style over `bib` citing every entry; fails on any error
/// it reports, and returns how many entries it wrote into the bibliography.
fn real_bibtex(bib: &str) -> usize {
    let scratch = Scratch::new("real-bibtex");
    scratch.file("refs.bib", bib.as_bytes());
    scratch.file(
        "job.aux",
        b"\\relax\n\\citation{*}\n\\bibdata{refs}\n\\bibstyle{plain}\n",
    );
    let output = std::process::Command::new("bibtex")
        .arg("job")
        .current_dir(&scratch.0)
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&output.stdout);
    // Exit 1 means warnings only (plain.bst knows no @online and files it as @misc).
    assert!(output.status.code().is_some_and(|code| code <= 1), "{log}");
    assert!(!log.contains("error message"), "{log}");
    let bbl = std::fs::read_to_string(scratch.0.join("job.bbl")).unwrap();
    bbl.matches("\\bibitem").count()
}

#[test]
fn commonmark_sees_the_same_blocks_and_links_whatever_the_text() {
    let sets = datasets("markdown");
    for args in [
        &["show", "hostile-record", "--format", "markdown"][..],
        &[
            "list",
            "--format",
            "markdown",
            "--fields",
            "id,title,parties,summary,notes,place",
        ],
        &["summary", "--format", "markdown"],
        &["timeline", "--format", "markdown"],
    ] {
        let expected = markdown_shape(&run(&sets.plain, args));
        for (text, path) in &sets.hostile {
            let markdown = run(path, args);
            let shape = markdown_shape(&markdown);
            // A line break in the text is an inline <br>, which adds the same HTML to every shape.
            let shape: Vec<String> = shape.into_iter().filter(|s| s != "HTML <br>").collect();
            let expected: Vec<&String> = expected.iter().filter(|s| *s != "HTML <br>").collect();
            assert_eq!(
                shape.iter().collect::<Vec<_>>(),
                expected,
                "{args:?} {text:?}\n{markdown}"
            );
        }
    }
}

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
        let sources = show.split("\nSources\n").nth(1).unwrap().lines().count();
        (cite.lines().count(), sources)
    };
    let expected = line_counts(&sets.plain);
    assert_eq!(
        expected,
        (4, 6),
        "cite: the citation, 'Sources:', two sources; show: two sources of three lines"
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

/// `command` run with `input` on its standard input.
fn piped(command: &mut std::process::Command, input: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = command
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// Text for property tests: half any characters, half the ones that mean something to a
/// consumer; never blank at its start (blank fields change the structure by design).
fn any_text() -> impl proptest::strategy::Strategy<Value = String> {
    proptest::prop_oneof![
        "(?s)[^\\s].{0,40}",
        "[a{}\\\\`<>#*_|&!~=+1-][a{}\\\\`<>\\[\\]()#*_|&!~=+.1\n\r\t -]{0,16}",
    ]
}

/// `n` texts from [`any_text`], the same on every run, for the consumers that run as programs
/// (one process per dataset is too slow for a property test's hundreds of cases).
fn random_texts(n: usize) -> Vec<String> {
    use proptest::strategy::{Strategy, ValueTree};
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = any_text();
    (0..n)
        .map(|_| strategy.new_tree(&mut runner).unwrap().current())
        .collect()
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

    /// Any text, in every field: the same BibTeX entries and the same Markdown blocks and links.
    /// Half the cases are any characters, half the ones that mean something to a consumer.
    #[test]
    fn writers_keep_their_structure_for_any_text(text in any_text()) {
        proptest::prop_assert_eq!(bibtex_entries(&text), bibtex_entries(PLAIN));
        proptest::prop_assert_eq!(record_shape(&text), record_shape(PLAIN));
    }
}
