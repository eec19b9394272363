//! Every output another program reads, fed to that program with hostile text in every field of
//! the dataset: the consumer must see exactly the structure it sees for plain text (the same
//! BibTeX entries, Markdown blocks and links, Graphviz nodes and edges, completion words, lines).
//! The real programs (bibtex, dot, bash, fish, zsh) are installed by `.ci/run`.

mod programs;

use super::Scratch;
use super::shape::{bibtex_entries, markdown_shape, record_shape};
use crate::common::{installed, stdout_of};
use agreements::fixture::with_text;
use agreements::{Dataset, render};
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
