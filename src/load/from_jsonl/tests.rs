//! JSON Lines read in pieces: cut after line breaks, joined in order, lines numbered in the file.

use super::{PARALLEL_FROM, parse, pieces};

/// A dataset as JSON Lines (a header, then a record a line) large enough to be read in
/// pieces, with `change` made to its lines.
fn large(change: impl Fn(&mut Vec<String>)) -> String {
    let dataset = crate::synthetic::generate(600, 3);
    let text = crate::render::dataset::jsonl(&dataset);
    assert!(text.len() > PARALLEL_FROM);
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    change(&mut lines);
    lines.join("\n") + "\n"
}

#[test]
fn problems_in_later_pieces_name_their_line_in_the_file() {
    let text = large(|lines| {
        lines[10] = "{oops".into();
        lines[590] = lines[590].replacen("\"id\":\"", "\"id\":\"Bad ", 1);
        lines[595] = "not json".into();
    });
    let problems = parse(&text).unwrap_err();
    let located: Vec<usize> = problems
        .iter()
        .filter_map(|p| p.location)
        .map(|l| l.line)
        .collect();
    assert_eq!(located, [11, 596], "{problems:?}");
    let text = large(|lines| {
        lines[590] = lines[590].replacen("\"id\":\"", "\"id\":\"Bad ", 1);
    });
    let problems = parse(&text).unwrap_err();
    let kebab = problems.iter().find(|p| p.message.contains("kebab-case"));
    assert_eq!(kebab.and_then(|p| p.location).map(|l| l.line), Some(591));
}

#[test]
fn a_large_file_reads_every_record_in_order() {
    let dataset = crate::synthetic::generate(600, 3);
    let (read, _) = parse(&large(|_| {})).unwrap();
    assert_eq!(read.agreements, dataset.agreements);
}

#[test]
fn pieces_end_after_line_breaks() {
    let text = "ééé\nb\n\nccc\nd";
    for count in 1..=8 {
        let cut = pieces(text, count);
        assert_eq!(cut.concat(), text, "{count}");
        for piece in &cut[..cut.len() - 1] {
            assert!(piece.ends_with('\n'), "{count}");
        }
    }
}
