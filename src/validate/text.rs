//! Text that must say something: every text a record, the event or the dataset's description
//! must have (the ones the model does not make optional, which the export's tables call
//! required) is not empty or blank. An empty party name or speaker says nothing, and a data
//! package whose required cell is empty is not valid for `frictionless validate`.

use super::FieldPath;
use crate::model::{Agreement, Dataset, Source};

/// Reports each required text of `record` (at `path`) that is empty or blank.
pub(super) fn check_record(
    record: &Agreement,
    path: &impl Fn() -> FieldPath,
    report: &mut impl FnMut(FieldPath, String),
) {
    // Paths are built only for a finding: most texts have none.
    let mut need = |value: &str, at: &dyn Fn() -> FieldPath, what: &str| {
        if value.trim().is_empty() {
            report(at(), format!("{what} is empty: write it, or remove it"));
        }
    };
    need(&record.title, &|| path().key("title"), "the title");
    need(
        &record.short_title,
        &|| path().key("short_title"),
        "the short title",
    );
    need(&record.summary, &|| path().key("summary"), "the summary");
    for (i, party) in record.parties.iter().enumerate() {
        let at = || path().key("parties").index(i);
        if party.org.is_none() {
            // A party naming an organisation has its name from there (or is reported unknown).
            need(&party.name, &|| at().key("name"), "the party's name");
        }
        for (j, name) in party.other_names.iter().enumerate() {
            need(
                &name.name,
                &|| at().key("other_names").index(j).key("name"),
                "the name",
            );
        }
    }
    for (i, name) in record.project_names.iter().enumerate() {
        let at = || path().key("project_names").index(i).key("name");
        need(&name.name, &at, "the name");
    }
    for (i, title) in record.original_titles.iter().enumerate() {
        let at = || path().key("original_titles").index(i).key("text");
        need(&title.text, &at, "the title");
    }
    for (i, term) in record.terms.iter().enumerate() {
        need(
            &term.label,
            &|| path().key("terms").index(i).key("label"),
            "the term's label",
        );
    }
    for (i, note) in record.notes.iter().enumerate() {
        need(
            &note.text,
            &|| path().key("notes").index(i).key("text"),
            "the note",
        );
    }
    sources(&record.sources, &|| path().key("sources"), report);
}

/// Reports each required text of the event and of the dataset's description that is empty.
pub(super) fn check_dataset(dataset: &Dataset, report: &mut impl FnMut(FieldPath, String)) {
    let top = |key: &str| FieldPath::default().key(key);
    if let Some(metadata) = &dataset.metadata {
        for (key, value) in [
            ("title", &metadata.title),
            ("version", &metadata.version),
            ("licence", &metadata.licence),
            ("description", &metadata.description),
        ] {
            if value.trim().is_empty() {
                report(
                    top("dataset").key(key),
                    format!("the dataset's {key} is empty: write it"),
                );
            }
        }
    }
    for (e, event) in dataset.events.iter().enumerate() {
        check_event(event, e, report);
    }
}

/// Reports each required text of one event that is empty.
fn check_event(event: &crate::model::Event, e: usize, report: &mut impl FnMut(FieldPath, String)) {
    let top = |_: &str| super::event::event_path(e);
    // Paths are built only for a finding: most texts have none.
    let mut need = |value: &str, at: &dyn Fn() -> FieldPath, what: &str| {
        if value.trim().is_empty() {
            report(at(), format!("{what} is empty: write it, or remove it"));
        }
    };
    need(
        &event.name,
        &|| top("event").key("name"),
        "the event's name",
    );
    for (i, day) in event.days.iter().enumerate() {
        let at = || top("event").key("days").index(i);
        need(&day.place, &|| at().key("place"), "the day's place");
        need(&day.summary, &|| at().key("summary"), "the day's summary");
    }
    for (i, note) in event.notes.iter().enumerate() {
        let at = || top("event").key("notes").index(i);
        need(&note.title, &|| at().key("title"), "the note's title");
        need(&note.text, &|| at().key("text"), "the note");
    }
    for (i, said) in event.statements.iter().enumerate() {
        let at = || top("event").key("statements").index(i);
        need(&said.speaker, &|| at().key("speaker"), "the speaker");
        need(&said.occasion, &|| at().key("occasion"), "the occasion");
        need(&said.text, &|| at().key("text"), "the statement");
    }
    let days = event.days.iter().map(|day| &day.sources).enumerate();
    let notes = event.notes.iter().map(|note| &note.sources).enumerate();
    let statements = event
        .statements
        .iter()
        .map(|said| &said.sources)
        .enumerate();
    let lists = (days.map(|(i, list)| ("days", i, list)))
        .chain(notes.map(|(i, list)| ("notes", i, list)))
        .chain(statements.map(|(i, list)| ("statements", i, list)))
        .chain((event.history.iter().enumerate()).map(|(i, step)| ("history", i, &step.sources)));
    for (i, step) in event.history.iter().enumerate() {
        let at = || top("event").key("history").index(i).key("text");
        need(&step.text, &at, "the follow-up's text");
    }
    for (name, i, list) in lists {
        sources(
            list,
            &|| top("event").key(name).index(i).key("sources"),
            report,
        );
    }
}

/// Reports each source in `list` (at `path`) whose publisher is empty.
fn sources(
    list: &[Source],
    path: &impl Fn() -> FieldPath,
    report: &mut impl FnMut(FieldPath, String),
) {
    for (i, source) in list.iter().enumerate() {
        if source.publisher.trim().is_empty() {
            let message = "the source's publisher is empty: name who published the page".into();
            report(path().index(i).key("publisher"), message);
        }
    }
}
