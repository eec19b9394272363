//! The rules for the event (its dates run forward, each day once and inside the visit, its
//! official-list count that of the records) and for every list of sources (each URL an absolute
//! http(s) web address).

use super::syntax::url_problem;
use super::{FieldPath, Severity, Step};
use crate::model::{Dataset, Source};
use crate::sanitize::quoted;
use std::collections::HashSet;

/// Checks the event table of `dataset`; `report` receives each error with its path.
pub(super) fn check(dataset: &Dataset, report: &mut impl FnMut(FieldPath, String)) {
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
    let mut seen = HashSet::new();
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
        let mut errors = |_, path, message| report(path, message);
        check_sources(&day.sources, &|| day_path().key("sources"), &mut errors);
    }
    for (i, note) in event.notes.iter().enumerate() {
        let note_path = || {
            path(&[
                Step::Key("notes".into()),
                Step::Index(i),
                Step::Key("sources".into()),
            ])
        };
        let mut errors = |_, path, message| report(path, message);
        check_sources(&note.sources, &note_path, &mut errors);
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

/// Checks that each source's URL is a web address; `path` is the path of the list.
pub(super) fn check_sources(
    sources: &[Source],
    path: &impl Fn() -> FieldPath,
    report: &mut impl FnMut(Severity, FieldPath, String),
) {
    for (i, source) in sources.iter().enumerate() {
        if let Some(problem) = url_problem(&source.url) {
            report(
                Severity::Error,
                path().index(i).key("url"),
                format!("source URL '{}' {problem}", quoted(&source.url)),
            );
        }
    }
}
