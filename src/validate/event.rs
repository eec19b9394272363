//! The rules for the event (its dates run forward, each day once and inside the visit, its
//! official-list count that of the records, every day, note and statement sourced), for every
//! list of sources (each URL an absolute http(s) web address), and across the dataset (one page
//! is one thing: a URL has the same publisher, side, headline, date and language wherever it
//! is cited, as the export's one row per address needs).

use super::claims::Marked;
use super::syntax::url_problem;
use super::{FieldPath, Severity, Step};
use super::{HashMap, HashSet};
use crate::model::{Dataset, Source};
use crate::sanitize::quoted;

/// Checks the events of `dataset`, and, if a URL is described two ways among the records'
/// sources (the checks' `runs`) and the events', which citations disagree; `report` receives
/// each finding.
pub(super) fn check<'a>(
    dataset: &'a Dataset,
    mut runs: Vec<Urls<'a>>,
    report: &mut impl FnMut(Severity, FieldPath, String),
) {
    let mut event_urls = Urls::default();
    if dataset.events.is_empty() {
        report(
            Severity::Error,
            FieldPath(vec![Step::Key("events".into())]),
            "no event: give the dataset an [event] table (or [[events]])".into(),
        );
    }
    let mut keys = HashSet::default();
    let on_list = dataset.agreements.iter().filter(|r| r.official_list);
    let official = dataset.records_per_event(on_list);
    for (index, event) in dataset.events.iter().enumerate() {
        let key = event.key();
        if !keys.insert(key.clone()) {
            report(
                Severity::Error,
                event_path(index).key("id"),
                format!(
                    "two events are called '{}': give each its own id",
                    quoted(&key)
                ),
            );
        }
        check_one(dataset, index, &official, &mut event_urls, report);
    }
    runs.push(event_urls);
    if Urls::described_twice(&runs) {
        super::described::one_description(dataset, &mut |path, message| {
            report(Severity::Error, path, message)
        });
    }
}

/// The path of the event at `index`.
pub(super) fn event_path(index: usize) -> FieldPath {
    FieldPath(vec![Step::Key("events".into()), Step::Index(index)])
}

/// Checks one event: its dates, days, sources and its official-list count against `official`,
/// the records on the list per event.
fn check_one<'a>(
    dataset: &'a Dataset,
    index: usize,
    official: &[usize],
    urls: &mut Urls<'a>,
    report: &mut impl FnMut(Severity, FieldPath, String),
) {
    let event = &dataset.events[index];
    let path = |steps: &[Step]| {
        let mut all = event_path(index).0;
        all.extend_from_slice(steps);
        FieldPath(all)
    };
    if event.start > event.end {
        report(
            Severity::Error,
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
                Severity::Error,
                day_path().key("date"),
                format!("the day {} is listed twice: merge the two", day.date),
            );
        } else if day.date < event.start || day.date > event.end {
            report(
                Severity::Error,
                day_path().key("date"),
                format!(
                    "the day {} is outside the visit ({} to {})",
                    day.date, event.start, event.end
                ),
            );
        }
        require(&day.sources, day_path().key("sources"), report);
        let sources_path = || day_path().key("sources");
        check_sources(&day.sources, urls, &sources_path, report);
        let what = || format!("the day {}", day.date);
        weak_alone(&day.sources, &what, Marked::Cannot, &sources_path, report);
    }
    let unconfirmed = "mark it unconfirmed = true";
    let notes = (event.notes.iter().enumerate()).map(|(i, note)| {
        (
            "notes",
            i,
            &note.sources,
            Marked::can(note.unconfirmed, unconfirmed),
        )
    });
    let statements = (event.statements.iter().enumerate())
        .map(|(i, said)| ("statements", i, &said.sources, Marked::Cannot));
    let history = (event.history.iter().enumerate()).map(|(i, step)| {
        (
            "history",
            i,
            &step.sources,
            Marked::can(step.unconfirmed, unconfirmed),
        )
    });
    for (list, i, sources, marked) in notes.chain(statements).chain(history) {
        let list_path = || {
            path(&[
                Step::Key(list.into()),
                Step::Index(i),
                Step::Key("sources".into()),
            ])
        };
        let searched =
            list == "history" && event.history[i].kind == crate::vocab::StepKind::NotFound;
        if !searched {
            require(sources, list_path(), report);
        }
        check_sources(sources, urls, &list_path, report);
        let one = match list {
            "notes" => "note",
            "statements" => "statement",
            _ => "step",
        };
        let what = || format!("{one} {} of the event", i + 1);
        weak_alone(sources, &what, marked, &list_path, report);
    }
    let official = official[index];
    let unrecorded = event.official_list_unrecorded;
    if official.checked_add(unrecorded) != Some(event.official_list_count) {
        let unrecorded = match unrecorded {
            0 => String::new(),
            n => format!(" and official_list_unrecorded says {n} are not recorded"),
        };
        report(
            Severity::Error,
            path(&[Step::Key("official_list_count".into())]),
            format!(
                "the event declares {} documents on the official list, but {official} of its records have official_list = true{unrecorded}",
                event.official_list_count
            ),
        );
    }
}

/// Reports a list of the event (a day's, a note's, a statement's) that has no source.
fn require(
    sources: &[Source],
    path: FieldPath,
    report: &mut impl FnMut(Severity, FieldPath, String),
) {
    if sources.is_empty() {
        let message = "no sources: give at least one { url, publisher, side }".to_string();
        report(Severity::Error, path, message);
    }
}

/// Warns of a claim of the event (`what`) whose `sources` are all weak, unless it is `marked`.
fn weak_alone(
    sources: &[Source],
    what: &dyn Fn() -> String,
    marked: Marked,
    path: &impl Fn() -> FieldPath,
    report: &mut impl FnMut(Severity, FieldPath, String),
) {
    let weak_alone = !sources.is_empty() && sources.iter().all(|source| source.weak);
    if let Some(message) = marked.warning(what, weak_alone) {
        report(Severity::Warning, path(), message);
    }
}

/// The URLs a run of checks has met: whether each is a web address (a page cited by many
/// records is parsed once), and how it was first described.
#[derive(Default)]
pub(super) struct Urls<'a> {
    seen: HashMap<&'a str, (bool, &'a Source)>,
    /// Whether a URL was cited again and described another way.
    described_twice: bool,
}

impl Urls<'_> {
    /// Whether a URL is described two ways in `runs`: within a run, or first cited differently
    /// in two. Only then are all citations compared, in order, to report each.
    pub(super) fn described_twice(runs: &[Urls]) -> bool {
        let mut first = HashMap::default();
        let mut seen = runs.iter().flat_map(|urls| &urls.seen);
        runs.iter().any(|urls| urls.described_twice)
            || seen.any(|(&url, &(_, source))| {
                first
                    .entry(url)
                    .or_insert(source)
                    .differs_from(source)
                    .is_some()
            })
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
        if let Some(&(valid, first)) = urls.seen.get(source.url.as_ref()) {
            urls.described_twice |= first.differs_from(source).is_some();
            if valid {
                continue;
            }
        }
        let problem = url_problem(&source.url);
        let first = (problem.is_none(), source);
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
