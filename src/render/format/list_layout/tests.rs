use super::*;

fn strings(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

/// Two records: a 30-character id with a two-word title, and a short one.
fn columns() -> Vec<(Field, Vec<String>)> {
    vec![
        (Field::Id, strings(&["a-thirty-character-identifier-", "b"])),
        (
            Field::ShortTitle,
            strings(&["Twelve chars Twelve chars", "T"]),
        ),
        (Field::Parties, strings(&["AAAA / BBBB", "C / D"])),
        (Field::Signed, strings(&["2025-09-02", "2025-09-01"])),
        (Field::Sector, strings(&["energy", "regional-development"])),
        (Field::Kind, strings(&["memorandum", "roadmap"])),
    ]
}

/// The candidate columns `choose` reads, from `columns`.
fn texts(columns: &[(Field, Vec<String>)]) -> Vec<Texts<'_>> {
    columns
        .iter()
        .map(|(field, cells)| Texts {
            field: *field,
            cells,
        })
        .collect()
}

/// The layout of [`columns`] for `width`, the columns fitted (`narrow`) or chosen by the user.
fn layout_of(width: Option<u16>, kept: &[Field], narrow: bool) -> Layout {
    choose(&texts(&columns()), kept, narrow, width)
}

fn layout(width: Option<u16>, kept: &[Field]) -> Layout {
    layout_of(width, kept, true)
}

fn shown(layout: &Layout) -> Vec<Column> {
    layout.columns.clone()
}

#[test]
fn two_lines_need_the_best_split_at_a_space() {
    let cases = [
        ("", 0),
        ("word", 4),
        ("two words", 5),
        ("Plastic surgery cooperation (unidentified)", 26),
        ("Rossiyskaya Gazeta / People's Daily", 18),
        ("Мир Пекин", 5),
    ];
    for (text, width) in cases {
        assert_eq!(two_line_width(text), width, "{text:?}");
    }
}

#[test]
fn wrapping_indents_every_line_and_keeps_long_words_whole() {
    assert_eq!(wrap("one two three", 9, "  "), "  one two\n  three");
    assert_eq!(wrap("a verylongword b", 6, ""), "a\nverylongword\nb");
    assert_eq!(wrap("", 10, "  "), "");
}

#[test]
fn a_wide_terminal_shows_every_column_within_two_lines() {
    let wide = layout(Some(200), &[]);
    assert_eq!(wide.columns.len(), 6);
    assert!(wide.hidden.is_empty());
    let Widths::Exact(widths) = &wide.widths else {
        panic!("{wide:?}")
    };
    assert_eq!(widths[0], 30, "ids are never wrapped");
    assert!(widths.iter().map(|w| w + PADDING).sum::<u16>() <= 200 + TRIMMED);
}

#[test]
fn narrower_terminals_hide_kind_then_sector_then_stack_the_title() {
    // Least widths: id 30, title 12 (two lines), parties 6 (two lines), signed 10, sector 20,
    // kind 10; each with 2 of padding, the last without 1.
    // A column hidden first comes back when it fits once a later one has gone (kind at 77-86,
    // beside the stacked title at 63-64).
    let cases: [(u16, &[Field], usize, bool); 13] = [
        (99, &[], 6, true),
        (98, &[Field::Kind], 5, true),
        (87, &[Field::Kind], 5, true),
        (86, &[Field::Sector], 5, true),
        (77, &[Field::Sector], 5, true),
        (76, &[Field::Kind, Field::Sector], 4, true),
        (65, &[Field::Kind, Field::Sector], 4, true),
        (64, &[Field::Sector], 4, true),
        (62, &[Field::Kind, Field::Sector], 3, true),
        (51, &[Field::Kind, Field::Sector], 3, true),
        (50, &[Field::Kind, Field::Sector, Field::Signed], 2, true),
        (39, &[Field::Kind, Field::Sector, Field::Signed], 2, true),
        (38, &[Field::Kind, Field::Sector, Field::Signed], 2, false),
    ];
    for (width, hidden, count, fits) in cases {
        let layout = layout(Some(width), &[]);
        assert_eq!(layout.hidden, hidden, "{width}");
        assert_eq!(layout.columns.len(), count, "{width}: {layout:?}");
        assert_eq!(matches!(layout.widths, Widths::Exact(_)), fits, "{width}");
    }
    let stacked = layout(Some(60), &[]);
    assert_eq!(
        shown(&stacked),
        [
            Column::IdOverTitle,
            Column::Field(Field::Parties),
            Column::Field(Field::Signed)
        ]
    );
}

#[test]
fn the_narrowest_terminals_wrap_but_never_hide_the_parties_or_break_an_id() {
    let narrow = layout(Some(38), &[]);
    assert_eq!(
        shown(&narrow),
        [Column::IdOverTitle, Column::Field(Field::Parties)]
    );
    assert_eq!(narrow.widths, Widths::Wrap { longest_id: 30 });
}

#[test]
fn a_column_the_filter_constrains_is_never_hidden() {
    // Stacked with the sector (73) is too wide for 60: the date goes, the sector stays.
    let kept = layout(Some(60), &[Field::Sector]);
    assert!(kept.columns.contains(&Column::Field(Field::Sector)));
    assert_eq!(kept.hidden, [Field::Kind, Field::Signed]);
}

#[test]
fn without_a_width_or_with_chosen_columns_nothing_is_hidden() {
    let natural = layout(None, &[]);
    assert_eq!(
        (natural.columns.len(), &natural.widths),
        (6, &Widths::Natural)
    );
    let chosen = layout_of(Some(40), &[], false);
    assert_eq!(chosen.columns.len(), 6);
    assert!(chosen.hidden.is_empty());
}

/// The event column of a list that spans events goes before the title is stacked, even when
/// kept; a list without one never names it among the hidden.
#[test]
fn the_event_goes_before_the_title_is_stacked_and_only_when_shown() {
    let mut columns = columns();
    columns.push((
        Field::Event,
        strings(&["spring-visit-2025", "autumn-visit-2025"]),
    ));
    // Without the event, 76 columns hide the kind and the sector and keep the title beside the id.
    let with_event = choose(&texts(&columns), &[Field::Event], true, Some(76));
    assert_eq!(
        with_event.hidden,
        [Field::Kind, Field::Sector, Field::Event]
    );
    assert!(!with_event.columns.contains(&Column::IdOverTitle));
    assert!(!layout(Some(76), &[]).hidden.contains(&Field::Event));
    assert!(!layout(Some(38), &[]).hidden.contains(&Field::Event));
}
