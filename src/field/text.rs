//! A field as one line of text, for tables and the flat formats.

use super::{Field, LIST_SEPARATOR};
use crate::model::Agreement;

impl Field {
    /// The field as one line of text; list items joined with [`LIST_SEPARATOR`].
    pub fn text(self, record: &Agreement) -> String {
        let join = |items: Vec<String>| items.join(LIST_SEPARATOR);
        match self {
            Field::Id => record.id.to_string(),
            Field::Title => record.title.to_string(),
            Field::ShortTitle => record.short_title.to_string(),
            Field::Kind => record.kind.to_string(),
            Field::Sector => record.sector.to_string(),
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
            Field::Signed => record.signed.to_string(),
            Field::Place => record.place.as_deref().unwrap_or_default().to_string(),
            Field::Summary => record.summary.to_string(),
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
            Field::OfficialList => record.official_list.to_string(),
            Field::Confidence => record.confidence.to_string(),
            Field::Unconfirmed => record.unconfirmed_fields().join(LIST_SEPARATOR),
            Field::Notes => join(record.notes.iter().map(|n| n.text.to_string()).collect()),
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
            Field::Event => record.event.as_deref().unwrap_or_default().to_string(),
            Field::Level => record.level.map(|l| l.to_string()).unwrap_or_default(),
            Field::Binding => record.binding.map(|b| b.to_string()).unwrap_or_default(),
            Field::Status => record.current_status().to_string(),
            Field::Checked => record.checked.map(|d| d.to_string()).unwrap_or_default(),
            Field::History => join(
                (record.history.iter())
                    .map(|step| format!("{} {}: {}", step.date, step.kind, step.text))
                    .collect(),
            ),
        }
    }
}
