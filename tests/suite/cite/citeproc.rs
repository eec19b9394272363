//! The citations as a citation processor renders them: citeproc-py, with the Harvard style it
//! ships (Cite Them Right), as a reference manager would.

use crate::common::{python_has, stdout_of};

/// Every `cite --style csl` item as citeproc-py's Harvard style writes it: id and entry.
fn rendered_by_citeproc(items: &str) -> Vec<(String, String)> {
    use std::io::Write;
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/python/citeproc_render.py"
    );
    let mut python = std::process::Command::new("python3")
        .arg(script)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = python.stdin.take().unwrap();
    stdin.write_all(items.as_bytes()).unwrap();
    drop(stdin);
    let output = python.wait_with_output().unwrap();
    assert!(output.status.success(), "citeproc-py failed");
    let text = String::from_utf8(output.stdout).unwrap();
    let entry = |line: &str| {
        let (id, entry) = line.split_once('\t').unwrap();
        (id.to_string(), entry.to_string())
    };
    text.lines().map(entry).collect()
}

#[test]
fn a_citation_processor_renders_every_source_with_a_title_of_its_own() {
    if !python_has("citeproc") {
        return;
    }
    let items = stdout_of(&["cite", "--style", "csl"]);
    let parsed: Vec<serde_json::Value> = serde_json::from_str(&items).unwrap();
    let rendered = rendered_by_citeproc(&items);
    assert_eq!(rendered.len(), parsed.len());
    let sources = (parsed.iter()).filter(|item| item["id"].as_str().unwrap().contains("-source-"));
    let mut checked = 0;
    for item in sources {
        let id = item["id"].as_str().unwrap();
        let (_, entry) = rendered.iter().find(|(key, _)| key == id).unwrap();
        let title = item["title"].as_str().unwrap();
        // An outlet's article is in the outlet; another page is by its publisher.
        let publisher = match item["type"].as_str().unwrap() {
            "article-newspaper" => item["container-title"].as_str().unwrap(),
            "webpage" => item["author"][0]["literal"].as_str().unwrap(),
            other => panic!("{id}: type {other}"),
        };
        // Never "RIA Novosti (2025) RIA Novosti. RIA Novosti.": the title is the page's
        // headline or a bracketed description, the entry starts with the publisher, and shows
        // the title after it.
        assert_ne!(title, publisher, "{id}");
        // The style capitalises the first letter ("www1.ru" starts "Www1.ru") and curls
        // apostrophes ("Chang’e-7").
        let plain = entry.to_lowercase().replace('’', "'");
        let start = format!("{} (", publisher.to_lowercase());
        assert!(plain.starts_with(&start), "{id}: {entry}");
        let title = title.to_lowercase().replace('’', "'");
        assert!(plain.contains(&title), "{id}: {entry}");
        let twice = format!("{publisher}. {publisher}");
        assert!(!entry.contains(&twice), "{id}: {entry}");
        checked += 1;
    }
    assert!(checked > 25, "{checked}");
}
