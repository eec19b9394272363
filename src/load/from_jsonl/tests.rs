//! JSON Lines read in pieces: cut after line breaks, joined in order, lines numbered in the file.

use super::{PROBLEMS_KEPT, parse_in, pieces};

/// A dataset as JSON Lines (a header, then a record a line: 61 lines), with `change` made to
/// its lines.
fn lines_with(change: impl Fn(&mut [String])) -> String {
    let text = crate::render::dataset::jsonl(&crate::synthetic::generate(60, 3));
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    change(&mut lines);
    lines.join("\n") + "\n"
}

/// Line 51's record with an id that breaks the rules.
fn bad_id(lines: &mut [String]) {
    lines[50] = lines[50].replacen("\"id\":\"", "\"id\":\"Bad ", 1);
}

#[test]
fn problems_in_later_pieces_name_their_line_in_the_file() {
    let broken = lines_with(|lines| {
        lines[10] = "{oops".into();
        bad_id(lines);
        lines[55] = "not json".into();
    });
    let late_rule = lines_with(bad_id);
    for count in 1..=3 {
        let (problems, _) = parse_in(&broken, count).unwrap_err();
        let located: Vec<usize> = problems
            .iter()
            .filter_map(|p| p.location)
            .map(|l| l.line)
            .collect();
        assert_eq!(located, [11, 56], "{count} pieces: {problems:?}");
        let (problems, _) = parse_in(&late_rule, count).unwrap_err();
        let kebab = problems.iter().find(|p| p.message.contains("kebab-case"));
        assert_eq!(
            kebab.and_then(|p| p.location).map(|l| l.line),
            Some(51),
            "{count} pieces"
        );
    }
}

#[test]
fn records_read_in_pieces_come_back_in_order() {
    let dataset = crate::synthetic::generate(60, 3);
    for count in 1..=3 {
        let (read, _) = parse_in(&lines_with(|_| {}), count).unwrap();
        assert_eq!(read.agreements, dataset.agreements, "{count} pieces");
    }
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

#[test]
fn blank_lines_and_carriage_returns_keep_the_line_numbers() {
    // Line 3 blank, CRLF line ends, line 61's record broken, no break after the last line.
    let text = lines_with(|lines| {
        lines[2] = "  ".into();
        lines[60] = "{oops".into();
    })
    .replace('\n', "\r\n");
    let text = text.trim_end();
    for count in 1..=3 {
        let (problems, _) = parse_in(text, count).unwrap_err();
        let located: Vec<usize> = problems
            .iter()
            .filter_map(|p| p.location)
            .map(|l| l.line)
            .collect();
        assert_eq!(located, [61], "{count} pieces: {problems:?}");
    }
    // A record off the official list, so that the header's counts still hold without it.
    let blank_one = |lines: &mut [String]| {
        let off_list = (lines.iter()).position(|line| line.contains("\"official_list\":false"));
        lines[off_list.expect("a record off the list")] = String::new();
    };
    let (read, _) = parse_in(&lines_with(blank_one), 2).unwrap();
    assert_eq!(read.agreements.len(), 59);
}

#[test]
fn a_file_of_bad_lines_keeps_the_first_problems_and_counts_the_rest() {
    let text = "not json\n".repeat(1_000);
    for count in 1..=3 {
        let (problems, dropped) = parse_in(&text, count).unwrap_err();
        assert_eq!(problems.len(), PROBLEMS_KEPT, "{count} pieces");
        assert_eq!(dropped, 1_000 - PROBLEMS_KEPT, "{count} pieces");
        let lines: Vec<usize> = problems
            .iter()
            .filter_map(|p| p.location)
            .map(|l| l.line)
            .collect();
        assert_eq!(
            lines,
            (1..=PROBLEMS_KEPT).collect::<Vec<_>>(),
            "{count} pieces"
        );
    }
}
