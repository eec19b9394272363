//! A field as one line of text, for tables and the flat formats.

use super::{Field, LIST_SEPARATOR};
use crate::model::Agreement;

impl Field {
    /// The field as one line of text; list items joined with [`LIST_SEPARATOR`].
    pub fn text(self, record: &Agreement) -> String {
        let join = |items: Vec<String>| items.join(LIST_SEPARATOR);
        match self {
            Field::Id
            | Field::Title
            | Field::ShortTitle
            | Field::Kind
            | Field::Sector
            | Field::Signed
            | Field::Place
            | Field::Summary
            | Field::OfficialList
            | Field::Confidence
            | Field::Event
            | Field::Level
            | Field::Binding
            | Field::Status
            | Field::Checked => self
                .value(record)
                .map(|value| value.text())
                .unwrap_or_default(),
            Field::Topics => record.topics.join(LIST_SEPARATOR),
            Field::Parties => join(
                record
                    .parties
                    .iter()
                    .map(|party| match &party.short {
                        Some(short) => format!("{} ({short}), {}", party.name, party.country),
                        None => format!("{}, {}", party.name, party.country),
                    })
                    .collect(),
            ),
            Field::SummarySources => record.summary_sources.join(LIST_SEPARATOR),
            Field::OriginalTitles => join(
                record
                    .original_titles
                    .iter()
                    .map(|title| format!("{}: {}", title.lang, title.text))
                    .collect(),
            ),
            Field::ProjectNames => join(
                record
                    .project_names
                    .iter()
                    .map(|name| format!("{}: {}", name.lang, name.name))
                    .collect(),
            ),
            Field::Terms => join(
                record
                    .terms
                    .iter()
                    .map(|term| format!("{}: {}", term.label, term.display_value()))
                    .collect(),
            ),
            Field::Unconfirmed => record.unconfirmed_fields().join(LIST_SEPARATOR),
            Field::Notes => join(
                record
                    .notes
                    .iter()
                    .map(|n| n.marked_text().into_owned())
                    .collect(),
            ),
            Field::Sources => join(
                record
                    .sources
                    .iter()
                    .map(|source| source.url.to_string())
                    .collect(),
            ),
            Field::Related => join(
                record
                    .related
                    .iter()
                    .map(|link| {
                        let target = link.id.as_deref().or(link.title.as_deref());
                        format!("{} {}", link.relation, target.unwrap_or_default())
                    })
                    .collect(),
            ),
            Field::History => join(
                (record.history.iter())
                    .map(|step| format!("{} {}: {}", step.date, step.kind, step.text))
                    .collect(),
            ),
        }
    }
}
