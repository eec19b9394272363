//! `browse` at 25, 100,000 and 1,000,000 records (divan): the first frame, a scrolling key, a
//! jump to the end and a filter keystroke, each until the next frame is drawn (on ratatui's
//! test backend, 160x48). A keystroke's frame comes after at most one slice of the filtering pass
//! (`KEYSTROKE_BUDGET`, as the terminal loop runs it); `browse_filter_whole` is the whole pass.
//! Run with `cargo bench --bench browse`; figures in BENCHMARKS.md.

use agreements::Filter;
use agreements::browse::view::{self, Look};
use agreements::browse::{Browser, Key};
use divan::{Bencher, black_box};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::time::Duration;

const SIZES: [usize; 3] = [25, 100_000, 1_000_000];

/// The slice of filtering the terminal loop does between looks at the keyboard.
const KEYSTROKE_BUDGET: Duration = Duration::from_millis(40);

mod shared;

use shared::dataset;

fn main() {
    divan::main();
}

fn browser(n: usize) -> Browser<'static> {
    let dataset = dataset(n);
    Browser::new(dataset, dataset.select(&Filter::default()), 0)
}

fn draw(terminal: &mut Terminal<TestBackend>, browser: &mut Browser) {
    let look = Look { color: true };
    terminal
        .draw(|frame| view::draw(frame, browser, look))
        .unwrap();
}

fn screen() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(160, 48)).unwrap()
}

/// From the selected records to the first frame: the browser's set-up (facet counts, column
/// widths over every record) and one drawing.
#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn browse_first_frame(bencher: Bencher, n: usize) {
    let dataset = dataset(n);
    bencher
        .with_inputs(|| (dataset.select(&Filter::default()), screen()))
        .bench_local_values(|(records, mut terminal)| {
            let mut browser = Browser::new(dataset, records, 0);
            draw(&mut terminal, &mut browser);
        });
}

/// One step down the list, to the next frame.
#[divan::bench(args = SIZES, sample_count = 10, sample_size = 1)]
fn browse_scroll(bencher: Bencher, n: usize) {
    let mut browser = browser(n);
    let mut terminal = screen();
    draw(&mut terminal, &mut browser);
    bencher.bench_local(|| {
        browser.press(black_box(Key::Down));
        draw(&mut terminal, &mut browser);
    });
}

/// From the first record to the last (End), to the next frame.
#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn browse_end(bencher: Bencher, n: usize) {
    bencher
        .with_inputs(|| {
            let mut browser = browser(n);
            let mut terminal = screen();
            draw(&mut terminal, &mut browser);
            (browser, terminal)
        })
        .bench_local_values(|(mut browser, mut terminal)| {
            browser.press(Key::End);
            draw(&mut terminal, &mut browser);
            browser
        });
}

/// Typing the third letter of `/gas`, to the next frame (filtering goes on after it).
#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn browse_keystroke(bencher: Bencher, n: usize) {
    bencher
        .with_inputs(|| typed_ga(n))
        .bench_local_values(|(mut browser, mut terminal)| {
            browser.press(Key::Char('s'));
            browser.work(KEYSTROKE_BUDGET);
            draw(&mut terminal, &mut browser);
            browser
        });
}

/// Typing the third letter of `/gas`, until the whole result is drawn.
#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn browse_filter_whole(bencher: Bencher, n: usize) {
    bencher
        .with_inputs(|| typed_ga(n))
        .bench_local_values(|(mut browser, mut terminal)| {
            browser.press(Key::Char('s'));
            browser.finish_work();
            draw(&mut terminal, &mut browser);
            browser
        });
}

/// A browser of `n` records with `/ga` typed and filtered, and its screen.
fn typed_ga(n: usize) -> (Browser<'static>, Terminal<TestBackend>) {
    let mut browser = browser(n);
    for key in [Key::Char('/'), Key::Char('g'), Key::Char('a')] {
        browser.press(key);
    }
    browser.finish_work();
    let mut terminal = screen();
    draw(&mut terminal, &mut browser);
    (browser, terminal)
}
