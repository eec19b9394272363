//! Library benchmarks (divan) at 25, 1,000, 100,000 and 1,000,000 records: loading TOML and JSON,
//! validation, each filter, search (the filter and the ranked command), summary, timeline, the
//! parties graph and each renderer. Run with `cargo bench`; the
//! whole-process comparison with a hello-world binary and jq is `bench/compare.sh`.

use agreements::field::Field;
use agreements::model::{Dataset, Scope};
use agreements::render::{self, Format, Terminal};
use agreements::search::SearchQuery;
use agreements::summary::Summary;
use agreements::vocab::{Country, Kind, Sector};
use agreements::{Filter, load, validate};
use divan::{Bencher, black_box};

const SIZES: [usize; 4] = [25, 1_000, 100_000, 1_000_000];

/// TOML at a million records is over a gigabyte and takes a minute to parse per sample; the
/// TOML loader is measured up to 100,000 records and `bench/compare.sh` reports its time there.
const TOML_SIZES: [usize; 3] = [25, 1_000, 100_000];

mod shared;

use shared::dataset;

fn main() {
    divan::main();
}

fn filter_bench(bencher: Bencher, n: usize, filter: Filter) {
    let dataset = dataset(n);
    bencher.bench(|| black_box(dataset.select(black_box(&filter))).len());
}

#[divan::bench(args = TOML_SIZES, sample_count = 10, sample_size = 1)]
fn load_toml(bencher: Bencher, n: usize) {
    let text = render::dataset::toml(dataset(n));
    bencher
        .counter(divan::counter::BytesCount::of_str(&text))
        .bench(|| load::from_toml_str(black_box(&text), "bench.toml").unwrap());
}

#[divan::bench(args = SIZES, sample_count = 10, sample_size = 1)]
fn load_json(bencher: Bencher, n: usize) {
    let text = serde_json::to_string(dataset(n)).unwrap();
    bencher
        .counter(divan::counter::BytesCount::of_str(&text))
        .bench(|| load::from_json_str(black_box(&text), "bench.json").unwrap());
}

/// What `agreements` does at start-up instead of parsing: build the embedded records from code.
#[divan::bench]
fn load_embedded() -> Dataset {
    load::embedded()
}

#[divan::bench(args = SIZES, sample_count = 20)]
fn validate_rules(bencher: Bencher, n: usize) {
    let dataset = dataset(n);
    bencher.bench(|| validate::validate(black_box(dataset)));
}

#[divan::bench(args = SIZES)]
fn filter_sector(bencher: Bencher, n: usize) {
    filter_bench(
        bencher,
        n,
        Filter {
            sectors: vec![Sector::Energy],
            ..Filter::default()
        },
    );
}

#[divan::bench(args = SIZES)]
fn filter_kind(bencher: Bencher, n: usize) {
    filter_bench(
        bencher,
        n,
        Filter {
            kinds: vec![Kind::Protocol, Kind::Roadmap],
            ..Filter::default()
        },
    );
}

#[divan::bench(args = SIZES)]
fn filter_country(bencher: Bencher, n: usize) {
    filter_bench(
        bencher,
        n,
        Filter {
            countries: vec![Country::Cn],
            ..Filter::default()
        },
    );
}

#[divan::bench(args = SIZES)]
fn filter_topic(bencher: Bencher, n: usize) {
    filter_bench(
        bencher,
        n,
        Filter {
            topics: vec!["veterinary".into()],
            ..Filter::default()
        },
    );
}

#[divan::bench(args = SIZES)]
fn filter_party(bencher: Bencher, n: usize) {
    filter_bench(
        bencher,
        n,
        Filter {
            party: Some("tsinghua".into()),
            ..Filter::default()
        },
    );
}

#[divan::bench(args = SIZES)]
fn filter_official_and_dates(bencher: Bencher, n: usize) {
    let after = Some("2025-09-02".parse().unwrap());
    filter_bench(
        bencher,
        n,
        Filter {
            official_list: Some(false),
            signed_after: after,
            ..Filter::default()
        },
    );
}

#[divan::bench(args = SIZES, sample_count = 20)]
fn search(bencher: Bencher, n: usize) {
    filter_bench(
        bencher,
        n,
        Filter {
            search: Some(SearchQuery::parse("gas pipeline")),
            ..Filter::default()
        },
    );
}

/// `agreements search`: every record tokenised, folded and scored, then sorted.
#[divan::bench(args = SIZES, sample_count = 10, sample_size = 1)]
fn search_ranked(bencher: Bencher, n: usize) {
    let records: Vec<_> = dataset(n).agreements.iter().collect();
    let query = SearchQuery::parse("gazprom \"power of siberia\"");
    bencher.bench(|| query.rank(black_box(&records)).len());
}

#[divan::bench(args = SIZES)]
fn timeline(bencher: Bencher, n: usize) {
    let dataset = dataset(n);
    let records: Vec<_> = dataset.agreements.iter().collect();
    bencher.bench(|| dataset.timeline(black_box(&records), None).days.len());
}

/// The parties network: one lookup per party among the organisations seen so far.
#[divan::bench(args = SIZES, sample_count = 10, sample_size = 1)]
fn graph(bencher: Bencher, n: usize) {
    let records: Vec<_> = dataset(n).agreements.iter().collect();
    bencher.bench(|| agreements::graph::of(black_box(&records)).edges.len());
}

#[divan::bench(args = SIZES)]
fn summary(bencher: Bencher, n: usize) {
    let records: Vec<_> = dataset(n).agreements.iter().collect();
    bencher.bench(|| Summary::of(black_box(&records)));
}

/// One renderer at one size, named like `table/1000` in divan's report.
#[derive(Clone, Copy)]
struct Render(Format, usize);

impl std::fmt::Display for Render {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.0, self.1)
    }
}

/// Every list format at every size.
fn render_cases() -> impl Iterator<Item = Render> {
    use agreements::vocab::Vocabulary;
    Format::ALL
        .iter()
        .flat_map(|&format| SIZES.map(|n| Render(format, n)))
}

#[divan::bench(args = render_cases(), sample_count = 10, sample_size = 1)]
fn render_list(bencher: Bencher, Render(format, n): Render) {
    let records: Vec<_> = dataset(n).agreements.iter().collect();
    let fields: Option<&[Field]> = None;
    bencher.bench(|| {
        render::list(
            black_box(&records),
            Scope {
                records: records.len(),
                unrecorded: 0,
            },
            fields,
            &[],
            format,
            Terminal::default(),
        )
        .len()
    });
}

#[divan::bench(args = SIZES, sample_count = 10, sample_size = 1)]
fn render_summary_table(bencher: Bencher, n: usize) {
    let records: Vec<_> = dataset(n).agreements.iter().collect();
    let summary = Summary::of(&records);
    bencher
        .bench(|| render::summary(black_box(&summary), Format::Table, Terminal::default()).len());
}
