//! The rules for the event (its dates run forward, each day once and inside the visit, its
//! official-list count that of the records, every day, note and statement sourced), for every
//! list of sources (each URL an absolute http(s) web address), and across the dataset (one page
//! has one voice: a URL has the same `side` wherever it is cited).

use super::syntax::url_problem;
use super::{FieldPath, Severity, Step};
use super::{HashMap, HashSet};
use crate::model::{Dataset, Source};
use crate::sanitize::quoted;
use crate::vocab::Side;

/// Checks the event table of `dataset`, and, if the records' checks found a URL cited with
/// two sides (`two_sides`), which citations disagree; `report` receives each error.
pub(super) fn check(
    dataset: &Dataset,
    two_sides: bool,
    report: &mut impl FnMut(FieldPath, String),
) {
    let urls = &mut Urls::default();
    let event = &dataset.event;
    let path = |steps: &[Step]| {
        let mut all = vec![Step::Key("event".into())];
        all.extend_from_slice(steps);
        FieldPath(all)
    };
    if event.start > event.end {
        report(
            path(&[Step::Key("end".into())]),
            format!(
                "the visit ends ({}) before it starts ({}): swap the dates",
                event.end, event.start
            ),
        );
    }
    let mut seen = HashSet::default();
    for (i, day) in event.days.iter().enumerate() {
        let day_path = || path(&[Step::Key("days".into()), Step::Index(i)]);
        if !seen.insert(day.date) {
            report(
                day_path().key("date"),
                format!("the day {} is listed twice: merge the two", day.date),
            );
        } else if day.date < event.start || day.date > event.end {
            report(
                day_path().key("date"),
                format!(
                    "the day {} is outside the visit ({} to {})",
                    day.date, event.start, event.end
                ),
            );
        }
        require(&day.sources, day_path().key("sources"), report);
        let mut errors = |_, path, message| report(path, message);
        let sources_path = || day_path().key("sources");
        check_sources(&day.sources, urls, &sources_path, &mut errors);
    }
    let notes = event.notes.iter().map(|note| &note.sources).enumerate();
    let notes = notes.map(|(i, sources)| ("notes", i, sources));
    let statements = event.statements.iter().map(|s| &s.sources).enumerate();
    let statements = statements.map(|(i, sources)| ("statements", i, sources));
    for (list, i, sources) in notes.chain(statements) {
        let list_path = || {
            path(&[
                Step::Key(list.into()),
                Step::Index(i),
                Step::Key("sources".into()),
            ])
        };
        require(sources, list_path(), report);
        let mut errors = |_, path, message| report(path, message);
        check_sources(sources, urls, &list_path, &mut errors);
    }
    if two_sides {
        one_side(dataset, report);
    }
    let official = dataset
        .agreements
        .iter()
        .filter(|r| r.official_list)
        .count();
    if official != event.official_list_count {
        report(
            path(&[Step::Key("official_list_count".into())]),
            format!(
                "the event declares {} documents on the official list, but {official} records have official_list = true",
                event.official_list_count
            ),
        );
    }
}

/// Reports a list of the event (a day's, a note's, a statement's) that has no source.
fn require(sources: &[Source], path: FieldPath, report: &mut impl FnMut(FieldPath, String)) {
    if sources.is_empty() {
        let message = "no sources: give at least one { url, publisher, side }".to_string();
        report(path, message);
    }
}

/// The URLs a run of checks has met: whether each is a web address (a page cited by many
/// records is parsed once), and the side it was first cited with.
#[derive(Default)]
pub(super) struct Urls<'a> {
    seen: HashMap<&'a str, (bool, Side)>,
    /// Whether a URL was cited again with another side.
    two_sides: bool,
}

impl Urls<'_> {
    /// Whether a URL has two sides in `runs`: within a run, or first cited with different
    /// sides in two. Only then are all citations compared, in order, to report each.
    pub(super) fn two_sides(runs: &[Urls]) -> bool {
        let mut first = HashMap::default();
        let mut seen = runs.iter().flat_map(|urls| &urls.seen);
        runs.iter().any(|urls| urls.two_sides)
            || seen.any(|(&url, &(_, side))| *first.entry(url).or_insert(side) != side)
    }
}

/// Reports each URL cited with a different `side` than where it is first cited.
fn one_side(dataset: &Dataset, report: &mut impl FnMut(FieldPath, String)) {
    let mut first: HashMap<&str, (Side, &str)> = HashMap::default();
    for (index, record) in dataset.agreements.iter().enumerate() {
        for (i, source) in record.sources.iter().enumerate() {
            let (side, id) = *first
                .entry(source.url.as_ref())
                .or_insert((source.side, record.id.as_ref()));
            if side != source.side {
                report(
                    FieldPath::record(index).key("sources").index(i).key("side"),
                    format!(
                        "record '{}': '{}' is side = \"{}\" here and \"{side}\" in record '{}': one page has one voice",
                        quoted(&record.id),
                        quoted(&source.url),
                        source.side,
                        quoted(id)
                    ),
                );
            }
        }
    }
}

/// Checks that each URL of a list is a web address, unless `urls` has found it to be one, and
/// notes it there; `path` is the list's.
pub(super) fn check_sources<'a>(
    sources: &'a [Source],
    urls: &mut Urls<'a>,
    path: &impl Fn() -> FieldPath,
    report: &mut impl FnMut(Severity, FieldPath, String),
) {
    for (i, source) in sources.iter().enumerate() {
        if let Some(&(valid, side)) = urls.seen.get(source.url.as_ref()) {
            urls.two_sides |= side != source.side;
            if valid {
                continue;
            }
        }
        let problem = url_problem(&source.url);
        let first = (problem.is_none(), source.side);
        urls.seen.entry(&source.url).or_insert(first);
        if let Some(problem) = problem {
            report(
                Severity::Error,
                path().index(i).key("url"),
                format!("source URL '{}' {problem}", quoted(&source.url)),
            );
        }
    }
}
