//! The screens, drawn on ratatui's test backend at 60x20, 80x24 and 160x48 and compared with
//! snapshots: the list, the detail, the help, an empty result, a 100-character title.

use super::{Look, draw};
use crate::Filter;
use crate::browse::{Browser, Key};
use crate::fixture::small;
use crate::model::Dataset;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use unicode_width::UnicodeWidthStr;

const SIZES: [(u16, u16); 3] = [(60, 20), (80, 24), (160, 48)];

/// The screen after `keys`, as text, trailing spaces trimmed.
fn screen(dataset: &Dataset, keys: &[Key], (width, height): (u16, u16)) -> String {
    let mut browser = Browser::new(
        dataset,
        dataset.select(&Filter::default()),
        dataset.scope(&[]).unrecorded,
    );
    // As in a terminal, where a small dataset is filtered before the next key arrives.
    for &key in keys {
        browser.press(key);
        browser.finish_work();
    }
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    let look = Look { color: false };
    terminal
        .draw(|frame| draw(frame, &mut browser, look))
        .expect("drawn");
    let buffer = terminal.backend().buffer();
    let rows = (0..height).map(|y| {
        // A wide character's second cell is what the terminal shows of the character itself.
        let mut row = String::new();
        let mut x = 0;
        while x < width {
            let symbol = buffer[(x, y)].symbol();
            row.push_str(symbol);
            x += (symbol.width() as u16).max(1);
        }
        row.trim_end().to_string()
    });
    rows.collect::<Vec<_>>().join("\n")
}

fn snapshots(name: &str, dataset: &Dataset, keys: &[Key]) {
    for size in SIZES {
        let text = screen(dataset, keys, size);
        insta::assert_snapshot!(format!("{name}_{}x{}", size.0, size.1), text);
    }
}

#[test]
fn the_list_fits_each_size() {
    snapshots("list", &small(), &[Key::Down]);
}

#[test]
fn the_detail_shows_every_field_and_the_chosen_link() {
    snapshots("detail", &small(), &[Key::Enter, Key::Char('j')]);
}

#[test]
fn the_help_lists_every_key() {
    snapshots("help", &small(), &[Key::Char('?')]);
}

#[test]
fn an_empty_result_says_how_to_clear_the_filter() {
    let keys: Vec<Key> = "/nothing-like-this".chars().map(Key::Char).collect();
    snapshots("empty", &small(), &keys);
}

#[test]
fn a_100_character_title_is_wrapped_or_cut_never_spilled() {
    let mut dataset = small();
    let title = "A very long short title that goes on and on ".repeat(3);
    dataset.agreements[0].short_title = title[..100].to_string().into();
    snapshots("long_title", &dataset, &[]);
}

/// The keys of docs/usage.md's picture of `browse`.
fn readme_keys() -> Vec<Key> {
    let typed = "/gazprom".chars().map(Key::Char);
    typed.chain([Key::Enter, Key::Down, Key::Down]).collect()
}

/// docs/usage.md's picture of `browse` (120 x 24, the embedded data, `/gazprom`, Enter, Down, Down) is
/// what the browser draws.
#[test]
fn the_readme_picture_is_current() {
    let readme = include_str!("../../../docs/usage.md");
    let (_, after) = readme
        .split_once("120 columns by 24 rows, after `/gazprom`, Enter, ↓ and ↓:\n\n```text\n")
        .expect("docs/usage.md has the picture");
    let (picture, _) = after.split_once("```").expect("the block ends");
    let drawn = screen(&crate::load::embedded(), &readme_keys(), (120, 24));
    assert_eq!(picture.trim_end(), drawn.trim_end());
}

/// docs/usage.md's key table lists every key as the help overlay does.
#[test]
fn the_readme_lists_every_key() {
    let readme = include_str!("../../../docs/usage.md");
    for (keys, what) in crate::browse::KEYS {
        let row = format!("| `{keys}` | {what} |");
        assert!(readme.contains(&row), "docs/usage.md lacks {row}");
    }
}

#[test]
fn the_facets_and_the_timeline_overlays() {
    snapshots(
        "facets",
        &small(),
        &[Key::Char('f'), Key::Char(' '), Key::Down],
    );
    snapshots("timeline", &small(), &[Key::Char('t'), Key::Down]);
}

/// Escape sequences in every text of a record reach the screen as visible text.
#[test]
fn no_escape_character_from_the_data_reaches_the_screen() {
    let dataset = crate::fixture::with_text("\u{1b}[31mred\u{1b}]0;title\u{7} \u{202e}evil");
    for keys in [&[][..], &[Key::Enter, Key::Char('G')], &[Key::Char('t')]] {
        let text = screen(&dataset, keys, (160, 48));
        assert!(!text.contains(['\u{1b}', '\u{7}', '\u{202e}']), "{text}");
        assert!(text.contains("\\u{1b}[31mred"), "{text}");
    }
}

/// End and Home on a long list show the last and the first record.
#[test]
fn a_jump_to_either_end_shows_that_record() {
    let dataset = crate::synthetic::generate(3000, 7);
    let last = dataset.agreements.last().expect("records").id.to_string();
    let first = dataset.agreements[0].id.to_string();
    let end = screen(&dataset, &[Key::End], (80, 24));
    assert!(end.contains(&last) && !end.contains(&first), "{end}");
    let home = screen(&dataset, &[Key::End, Key::Home], (80, 24));
    assert!(home.contains(&first) && !home.contains(&last), "{home}");
}

/// Every key on every screen, from a 1x1 terminal to 250x80, on an empty dataset and a small
/// one: nothing panics (the drawing's arithmetic never underflows or indexes past the end).
#[test]
fn every_key_at_every_size_draws_without_panicking() {
    let mut empty = small();
    empty.agreements.clear();
    let keys = [
        Key::Char('j'),
        Key::Enter,
        Key::Char('j'),
        Key::Char('G'),
        Key::Enter,
        Key::Char('b'),
        Key::Char('o'),
        Key::Char('y'),
        Key::Char('c'),
        Key::Char('t'),
        Key::Down,
        Key::Enter,
        Key::Char('f'),
        Key::End,
        Key::Char(' '),
        Key::Esc,
        Key::Char('s'),
        Key::Char('?'),
        Key::Esc,
        Key::Char('/'),
        Key::Char('z'),
        Key::Enter,
        Key::PageDown,
        Key::PageUp,
        Key::Wheel {
            up: false,
            over_list: true,
        },
        Key::Wheel {
            up: true,
            over_list: false,
        },
    ];
    for dataset in [empty, small()] {
        for size in [(1, 1), (10, 5), (40, 8), (60, 20), (109, 29), (250, 80)] {
            for end in 0..=keys.len() {
                screen(&dataset, &keys[..end], size);
            }
        }
    }
}
