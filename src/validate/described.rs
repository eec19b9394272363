//! One page is one thing: every citation of a URL describes it as its first citation does.

use super::event::event_path;
use super::{FieldPath, HashMap};
use crate::model::{Dataset, Source};
use crate::sanitize::quoted;

/// Reports each citation that describes its URL otherwise than where the URL is first cited:
/// the records' sources in order, then the event's days, notes and statements, then the
/// organisations'.
pub(super) fn one_description(dataset: &Dataset, report: &mut impl FnMut(FieldPath, String)) {
    let events = dataset.events.iter().enumerate();
    let lists = events.flat_map(|(e, event)| {
        let at = move |list: &str, i: usize| event_path(e).key(list).index(i);
        let days = (event.days.iter().enumerate()).map(move |(i, day)| {
            (
                at("days", i),
                format!("the event's day {}", day.date),
                &day.sources,
            )
        });
        let notes = (event.notes.iter().enumerate()).map(move |(i, note)| {
            (
                at("notes", i),
                format!("the event's note {}", i + 1),
                &note.sources,
            )
        });
        let statements = (event.statements.iter().enumerate()).map(move |(i, said)| {
            (
                at("statements", i),
                format!("the event's statement {}", i + 1),
                &said.sources,
            )
        });
        let history = (event.history.iter().enumerate()).map(move |(i, step)| {
            (
                at("history", i),
                format!("the event's follow-up of {}", step.date),
                &step.sources,
            )
        });
        days.chain(notes).chain(statements).chain(history)
    });
    let records = (dataset.agreements.iter().enumerate()).map(|(index, record)| {
        (
            FieldPath::record(index),
            format!("record '{}'", quoted(&record.id)),
            &record.sources,
        )
    });
    let organisations = (dataset.organisations.iter().enumerate()).map(|(i, organisation)| {
        (
            FieldPath::default().key("organisations").index(i),
            format!("organisation '{}'", quoted(&organisation.id)),
            &organisation.sources,
        )
    });
    let mut first: HashMap<&str, (&Source, String)> = HashMap::default();
    let owners = records.chain(lists);
    for (path, owner, sources) in owners.chain(organisations) {
        for (i, source) in sources.iter().enumerate() {
            let (known, where_first) = first
                .entry(source.url.as_ref())
                .or_insert_with(|| (source, owner.clone()));
            if let Some(field) = known.differs_from(source) {
                let shown = |source: &Source| match field {
                    "publisher" => quoted(&source.publisher),
                    "side" => source.side.to_string(),
                    "title" => quoted(source.title.as_deref().unwrap_or("(none)")),
                    "published" => source.published.map_or("(none)".into(), |d| d.to_string()),
                    "weak" => source.weak.to_string(),
                    _ => quoted(source.language.as_deref().unwrap_or("(none)")),
                };
                report(
                    path.key("sources").index(i).key(field),
                    format!(
                        "{owner}: '{}' has {field} '{}' here and '{}' in {where_first}: one page is described one way wherever it is cited",
                        quoted(&source.url),
                        shown(source),
                        shown(known),
                    ),
                );
            }
        }
    }
}
