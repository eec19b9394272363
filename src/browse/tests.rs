//! The browser's state machine on the small fixtures: filtering, facets, order, selection,
//! following links and going back, effects.

use super::facets::Facet;
use super::{Browser, Effect, Follow, Key, Overlay, Pane};
use crate::Filter;
use crate::fixture::{OTHER, RECORD, small, with_text};
use crate::model::Dataset;
use crate::vocab::Sector;

fn browser(dataset: &Dataset) -> Browser<'_> {
    Browser::new(
        dataset,
        dataset.select(&Filter::default()),
        dataset.scope(&[]).unrecorded,
    )
}

fn press(browser: &mut Browser, keys: &[Key]) {
    for &key in keys {
        browser.press(key);
    }
    browser.finish_work();
}

fn typed(text: &str) -> Vec<Key> {
    text.chars().map(Key::Char).collect()
}

fn ids(browser: &Browser) -> Vec<String> {
    browser.shown().iter().map(|r| r.id.to_string()).collect()
}

fn selected(browser: &Browser) -> String {
    browser
        .selected()
        .map(|r| r.id.to_string())
        .unwrap_or_default()
}

#[test]
fn typing_after_slash_filters_with_the_search_matcher_and_esc_clears() {
    let dataset = small();
    let mut b = browser(&dataset);
    press(&mut b, &[Key::Char('/')]);
    press(&mut b, &typed("tsinghua"));
    assert_eq!(ids(&b), ["bank-tsinghua-innovation", "university-exchange"]);
    assert_eq!(b.query(), "tsinghua");
    // Letters typed while filtering are text, not commands: `q` did not quit.
    assert_eq!(b.press(Key::Char('q')), Effect::None);
    press(&mut b, &[Key::Backspace, Key::Enter]);
    assert_eq!(b.query(), "tsinghua");
    press(&mut b, &[Key::Esc]);
    assert_eq!(b.shown().len(), dataset.agreements.len());
    assert_eq!(b.query(), "");
}

#[test]
fn the_selected_record_stays_selected_while_the_filter_narrows() {
    let dataset = small();
    let mut b = browser(&dataset);
    press(&mut b, &[Key::Down, Key::Down]);
    assert_eq!(selected(&b), "gas-strategic-cooperation");
    press(&mut b, &[Key::Char('/')]);
    press(&mut b, &typed("gas"));
    assert_eq!(ids(&b)[0], "gas-pipeline-memo");
    assert_eq!(selected(&b), "gas-strategic-cooperation");
    // Gone from the result: the first record is selected.
    press(&mut b, &typed(" lunar"));
    assert!(b.shown().is_empty());
    assert_eq!(b.selected(), None);
}

#[test]
fn facets_of_one_kind_widen_and_of_two_kinds_narrow() {
    let dataset = small();
    let mut b = browser(&dataset);
    press(&mut b, &[Key::Char('f')]);
    assert_eq!(b.overlay(), Overlay::Facets(0));
    // The first value is the first sector present (energy), the next one space.
    press(&mut b, &[Key::Char(' '), Key::Down, Key::Char(' ')]);
    assert_eq!(
        b.chosen(),
        [Facet::Sector(Sector::Energy), Facet::Sector(Sector::Space)]
    );
    assert_eq!(b.shown().len(), 4);
    press(&mut b, &[Key::Esc, Key::Char('/')]);
    press(&mut b, &typed("lunar"));
    assert_eq!(ids(&b), ["lunar-dust-monitor"]);
    // Esc ends typing and clears the filter; a second Esc clears the facets.
    press(&mut b, &[Key::Esc, Key::Esc]);
    assert_eq!(b.shown().len(), 8);
    assert!(b.chosen().is_empty());
}

#[test]
fn sort_cycles_through_the_keys_and_back_to_dataset_order() {
    let dataset = small();
    let mut b = browser(&dataset);
    let original = ids(&b);
    press(&mut b, &[Key::Char('s')]);
    let signed: Vec<_> = b.shown().iter().map(|r| r.signed).collect();
    assert!(signed.windows(2).all(|w| w[0] <= w[1]), "{signed:?}");
    press(&mut b, &[Key::Char('s')]);
    let mut by_id = original.clone();
    by_id.sort();
    assert_eq!(ids(&b), by_id);
    for _ in 0..4 {
        press(&mut b, &[Key::Char('s')]);
    }
    assert_eq!(ids(&b), original);
}

#[test]
fn movement_keys_stop_at_the_ends() {
    let dataset = small();
    let mut b = browser(&dataset);
    press(&mut b, &[Key::Up, Key::Char('k')]);
    assert_eq!(selected(&b), "gas-pipeline-memo");
    press(&mut b, &[Key::Char('G')]);
    assert_eq!(selected(&b), "news-agency-strategy");
    press(&mut b, &[Key::PageDown, Key::Down]);
    assert_eq!(selected(&b), "news-agency-strategy");
    press(&mut b, &[Key::Home]);
    assert_eq!(selected(&b), "gas-pipeline-memo");
}

#[test]
fn following_a_related_record_and_going_back_restores_the_filter_and_selection() {
    let dataset = with_text("plain text");
    let mut b = browser(&dataset);
    assert_eq!(selected(&b), RECORD);
    // Narrow to the record alone, so that following the link must clear the filter.
    press(&mut b, &[Key::Char('/')]);
    press(&mut b, &typed(RECORD));
    press(&mut b, &[Key::Enter]);
    assert_eq!(b.shown().len(), 1);
    press(&mut b, &[Key::Enter]);
    assert_eq!(b.focus(), Pane::Detail);
    // Enter with no link chosen says how to choose one.
    press(&mut b, &[Key::Enter]);
    assert!(b.status().contains("j or k"), "{}", b.status());
    press(&mut b, &[Key::Char('j')]);
    assert_eq!(b.current_follow(), Some(Follow::Record(OTHER)));
    assert_eq!(b.press(Key::Enter), Effect::None);
    assert_eq!(selected(&b), OTHER);
    assert!(b.status().contains("Filters cleared"), "{}", b.status());
    assert!(
        b.matcher.is_empty(),
        "nothing is underlined once the filter is cleared"
    );
    press(&mut b, &[Key::Char('b')]);
    assert_eq!(selected(&b), RECORD);
    assert_eq!(b.query(), RECORD);
    assert_eq!(b.shown().len(), 1);
    press(&mut b, &[Key::Backspace]);
    assert_eq!(b.status(), "Nothing to go back to");
}

#[test]
fn sources_open_and_ids_and_citations_copy_as_effects() {
    let dataset = with_text("plain text");
    let mut b = browser(&dataset);
    let first_source = dataset.agreements[0].sources[0].url.to_string();
    assert_eq!(b.press(Key::Char('o')), Effect::Open(first_source));
    assert_eq!(
        b.press(Key::Char('y')),
        Effect::Copy {
            what: "id",
            text: RECORD.to_string()
        }
    );
    let Effect::Copy { what, text } = b.press(Key::Char('c')) else {
        panic!("c copies")
    };
    assert_eq!(what, "citation");
    assert!(!text.contains('\n') && text.contains("https://"), "{text}");
    // In the detail, the last link is a source: Enter opens it.
    press(&mut b, &[Key::Tab, Key::Char('j'), Key::Char('G')]);
    let Some(Follow::Url(url)) = b.current_follow() else {
        panic!("the last link is a source")
    };
    assert_eq!(b.press(Key::Enter), Effect::Open(url.to_string()));
}

#[test]
fn overlays_open_and_close_and_quit_works_everywhere_but_in_text() {
    let dataset = small();
    let mut b = browser(&dataset);
    press(&mut b, &[Key::Char('?')]);
    assert_eq!(b.overlay(), Overlay::Help);
    press(&mut b, &[Key::Char('x')]);
    assert_eq!(b.overlay(), Overlay::None);
    press(&mut b, &[Key::Char('t'), Key::Down]);
    assert_eq!(b.overlay(), Overlay::Timeline(1));
    press(&mut b, &[Key::Enter]);
    assert_eq!(b.overlay(), Overlay::None);
    assert_eq!(b.focus(), Pane::Detail);
    assert_eq!(b.press(Key::Char('q')), Effect::Quit);
    press(&mut b, &[Key::Char('/')]);
    assert_eq!(b.press(Key::Ctrl('c')), Effect::Quit);
}

#[test]
fn a_pass_over_many_records_runs_in_chunks_until_done() {
    let mut dataset = small();
    let one = dataset.agreements[3].clone();
    dataset.agreements = (0..5000).map(|_| one.clone()).collect();
    let mut b = browser(&dataset);
    b.press(Key::Char('/'));
    b.press(Key::Char('x'));
    assert!(b.busy());
    // No time allowed: one chunk, and the list shown so far stays until the pass ends.
    assert!(!b.work(std::time::Duration::ZERO));
    assert_eq!(b.progress(), Some(40));
    assert_eq!(b.shown().len(), 5000);
    b.finish_work();
    assert!(!b.busy());
    assert!(b.shown().is_empty());
}

#[test]
fn the_status_facet_counts_and_narrows_by_status() {
    use crate::vocab::Status;
    let dataset = crate::load::embedded();
    let all = dataset.select(&Filter::default());
    let counts = super::facets::counts(&all);
    let quiet = counts
        .iter()
        .find(|(facet, _)| *facet == Facet::Status(Status::NoNews));
    let expected = all
        .iter()
        .filter(|r| r.current_status() == Status::NoNews)
        .count();
    assert_eq!(quiet.map(|(_, n)| *n), Some(expected));
    let filter = super::facets::filter(&[Facet::Status(Status::NoNews)]);
    assert_eq!(dataset.select(&filter).len(), expected);
    assert_eq!(Facet::Status(Status::NoNews).group(), "Status");
}
