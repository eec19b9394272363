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
