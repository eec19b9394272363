//! Every searchable text of a record, each with its place (which weighs its matches).

use super::Place;
use crate::model::Agreement;
use std::borrow::Cow;

/// Every searchable text of `record`, with its place.
pub(super) fn texts(record: &Agreement) -> Vec<(Place, Cow<'_, str>)> {
    let mut texts = vec![
        (Place::Title, Cow::from(record.title.as_ref())),
        (Place::ShortTitle, Cow::from(record.short_title.as_ref())),
    ];
    for title in &record.original_titles {
        texts.push((Place::OriginalTitle, Cow::from(title.text.as_ref())));
    }
    for party in &record.parties {
        let names: Vec<&str> = party.names().collect();
        texts.push((Place::Party, Cow::from(names.join(" · "))));
    }
    for name in &record.project_names {
        texts.push((Place::ProjectName, Cow::from(name.name.as_ref())));
    }
    for term in &record.terms {
        let text = format!("{}: {}", term.label, term.display_value());
        texts.push((Place::Term, Cow::from(text)));
    }
    texts.push((Place::Summary, Cow::from(record.summary.as_ref())));
    texts.extend(
        record
            .topics
            .iter()
            .map(|t| (Place::Topic, Cow::from(t.as_ref()))),
    );
    texts.extend(
        record
            .notes
            .iter()
            .map(|n| (Place::Note, Cow::from(n.text.as_ref()))),
    );
    let history = record.history.iter();
    texts.extend(history.map(|step| (Place::History, Cow::from(step.text.as_ref()))));
    // Last: the id heads every hit already, so its match is the least worth showing.
    texts.push((Place::Id, Cow::from(record.id.as_ref())));
    texts
}
