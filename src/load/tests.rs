//! The loader's own rules: the embedded data, locations, text checks.

use super::*;

#[test]
fn the_embedded_code_builds_the_same_records_as_the_toml() {
    let from_toml = from_toml_str(EMBEDDED_TOML, EMBEDDED_ORIGIN).unwrap();
    assert_eq!(from_toml.dataset, embedded());
    assert!(from_toml.warnings.is_empty());
}

#[test]
fn locations_count_lines_and_characters() {
    let text = "ab\ncdé\nf";
    let cases = [
        (0, (1, 1)),
        (2, (1, 3)),
        (3, (2, 1)),
        (7, (2, 4)),
        (8, (3, 1)),
        (99, (3, 2)),
    ];
    for (offset, (line, column)) in cases {
        assert_eq!(
            Location::of_offset(text, offset),
            Location { line, column },
            "{offset}"
        );
    }
    // An offset inside 'é' (bytes 5 and 6) rounds down to its start.
    assert_eq!(
        Location::of_offset(text, 6),
        Location { line: 2, column: 3 }
    );
}

#[test]
fn one_index_locates_offsets_in_any_order() {
    let text = "ab\ncdé\nf";
    let lines = Lines::new(text);
    // Forward on one line (from the last column), backward, across lines, past the end.
    let offsets = [4, 7, 3, 0, 8, 99, 5, 2];
    for offset in offsets {
        assert_eq!(
            lines.locate(offset),
            Location::of_offset(text, offset),
            "{offset}"
        );
    }
    let long = "é".repeat(1000);
    let lines = Lines::new(&long);
    for offset in [10, 1000, 1998, 4] {
        let expected = Location {
            line: 1,
            column: offset / 2 + 1,
        };
        assert_eq!(lines.locate(offset), expected, "{offset}");
    }
}

#[test]
fn the_syntax_comes_from_the_extension_or_the_first_line() {
    let path = |name: &str| Syntax::of_path(Path::new(name));
    assert_eq!(path("a.TOML"), Some(Syntax::Toml));
    assert_eq!(path("a.json"), Some(Syntax::Json));
    assert_eq!(path("a.jsonl"), Some(Syntax::JsonLines));
    assert_eq!(path("a.ndjson"), Some(Syntax::JsonLines));
    assert_eq!(path("a.txt"), None);
    assert_eq!(path("-"), None);
    let cases = [
        ("[event]\nname = \"x\"\n", Syntax::Toml),
        ("# {\n", Syntax::Toml),
        ("{\n  \"event\": {}\n}\n", Syntax::Json),
        ("{\"event\": {}}", Syntax::Json),
        ("\u{feff}  {\"id\": 1}\n{\"id\": 2}\n", Syntax::JsonLines),
        ("{\"id\": 1}\n\n", Syntax::Json),
    ];
    for (text, syntax) in cases {
        assert_eq!(Syntax::of_text(text), syntax, "{text:?}");
    }
}

#[test]
fn past_the_limit_problems_are_counted_in_one_last_problem() {
    let problem = |i: usize| Problem::error(None, None, format!("p{i}"), "bad".into());
    let (kept, tally) = keep_first((0..250).map(problem).collect(), 0, Severity::Warning);
    assert_eq!(kept.len(), PROBLEMS_KEPT + 1);
    assert_eq!((tally.errors, tally.warnings), (250, 0));
    assert_eq!(
        kept[PROBLEMS_KEPT - 1].field,
        format!("p{}", PROBLEMS_KEPT - 1)
    );
    let last = &kept[PROBLEMS_KEPT];
    assert_eq!(last.severity, Severity::Warning);
    assert!(
        last.message.contains("first 100 of 250"),
        "{}",
        last.message
    );
    let few: Vec<Problem> = (0..3).map(problem).collect();
    assert_eq!(keep_first(few.clone(), 0, Severity::Error).0, few);
    // Problems a parser dropped are counted too, at the boundary and past it.
    let (kept, tally) = keep_first((0..100).map(problem).collect(), 1, Severity::Error);
    assert_eq!((kept.len(), tally.errors), (PROBLEMS_KEPT + 1, 101));
    assert!(kept[PROBLEMS_KEPT].message.contains("first 100 of 101"));
    let (kept, tally) = keep_first((0..100).map(problem).collect(), 0, Severity::Error);
    assert_eq!((kept.len(), tally.errors), (PROBLEMS_KEPT, 100));
}

#[test]
fn records_from_a_json_file_borrow_their_plain_strings_from_it() {
    let dataset = crate::fixture::small();
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("borrow.json");
    std::fs::write(&path, serde_json::to_string(&dataset).unwrap()).unwrap();
    let loaded = from_path(&path).unwrap();
    assert_eq!(loaded.dataset, dataset);
    let record = &loaded.dataset.agreements[0];
    for text in [&record.id, &record.title, &record.sources[0].url] {
        assert!(matches!(text, crate::model::Text::Borrowed(_)), "{text:?}");
    }
}
