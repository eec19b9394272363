//! Record fields by name: what `--fields` picks, in which order, and how each field reads as JSON
//! and as flat text (CSV, TSV, Markdown).

use crate::model::Agreement;
use crate::vocab::vocabulary;
use serde::ser::{Serialize, SerializeMap, Serializer};

vocabulary! {
    /// A record field, named as in the dataset and in JSON.
    Field, "field" {
        /// The unique slug.
        Id = "id",
        /// The full title.
        Title = "title",
        /// The short title.
        ShortTitle = "short_title",
        /// The legal form.
        Kind = "kind",
        /// The policy area.
        Sector = "sector",
        /// Finer tags.
        Topics = "topics",
        /// The signing organisations.
        Parties = "parties",
        /// The signing date.
        Signed = "signed",
        /// The signing place.
        Place = "place",
        /// What the document does.
        Summary = "summary",
        /// The sources the summary rests on.
        SummarySources = "summary_sources",
        /// The title in its original languages.
        OriginalTitles = "original_titles",
        /// The project's names in other languages.
        ProjectNames = "project_names",
        /// Structured key terms.
        Terms = "terms",
        /// Whether it is on the official list.
        OfficialList = "official_list",
        /// How well the sources establish it.
        Confidence = "confidence",
        /// Fields that are assumed rather than confirmed.
        Unconfirmed = "unconfirmed",
        /// Caveats and background.
        Notes = "notes",
        /// Where the facts come from.
        Sources = "sources",
        /// Links to other documents.
        Related = "related",
        /// The event it was signed at.
        Event = "event",
        /// Who it binds.
        Level = "level",
        /// Whether it binds, where a source says.
        Binding = "binding",
        /// Where it stands, from its history.
        Status = "status",
        /// When its history was last checked.
        Checked = "checked",
        /// What happened to it after the signing.
        History = "history",
    }
}

/// Separates the items of a list field in flat text.
pub const LIST_SEPARATOR: &str = "; ";

impl Field {
    /// The column heading people see in tables.
    pub fn heading(self) -> &'static str {
        match self {
            Field::Id => "ID",
            Field::Title => "Title",
            Field::ShortTitle => "Short title",
            Field::Kind => "Kind",
            Field::Sector => "Sector",
            Field::Topics => "Topics",
            Field::Parties => "Parties",
            Field::Signed => "Signed",
            Field::Place => "Place",
            Field::Summary => "Summary",
            Field::SummarySources => "Summary sources",
            Field::OriginalTitles => "Original titles",
            Field::ProjectNames => "Project names",
            Field::Terms => "Terms",
            Field::OfficialList => "Official list",
            Field::Confidence => "Confidence",
            Field::Unconfirmed => "Unconfirmed",
            Field::Notes => "Notes",
            Field::Sources => "Sources",
            Field::Related => "Related",
            Field::Event => "Event",
            Field::Level => "Level",
            Field::Binding => "Binding",
            Field::Status => "Status",
            Field::Checked => "Checked",
            Field::History => "History",
        }
    }

    /// Whether every record must have the field (the others default to empty).
    pub fn is_required(self) -> bool {
        matches!(
            self,
            Field::Id
                | Field::Title
                | Field::ShortTitle
                | Field::Kind
                | Field::Sector
                | Field::Signed
                | Field::Summary
                | Field::OfficialList
                | Field::Confidence
        )
    }

    /// Whether the field's text may be wrapped in a table. Ids, words and dates never are.
    pub fn wraps(self) -> bool {
        !matches!(
            self,
            Field::Id
                | Field::Kind
                | Field::Sector
                | Field::Signed
                | Field::OfficialList
                | Field::Confidence
                | Field::Event
                | Field::Level
                | Field::Binding
                | Field::Status
                | Field::Checked
        )
    }

    /// Writes the field as one `name: value` entry of a JSON object, with its model type.
    fn serialize_into<M: SerializeMap>(
        self,
        record: &Agreement,
        map: &mut M,
    ) -> Result<(), M::Error> {
        let name = crate::vocab::Vocabulary::name(self);
        match self {
            Field::Id => map.serialize_entry(name, &record.id),
            Field::Title => map.serialize_entry(name, &record.title),
            Field::ShortTitle => map.serialize_entry(name, &record.short_title),
            Field::Kind => map.serialize_entry(name, &record.kind),
            Field::Sector => map.serialize_entry(name, &record.sector),
            Field::Topics => map.serialize_entry(name, &record.topics),
            Field::Parties => map.serialize_entry(name, &record.parties),
            Field::Signed => map.serialize_entry(name, &record.signed),
            Field::Place => map.serialize_entry(name, &record.place),
            Field::Summary => map.serialize_entry(name, &record.summary),
            Field::SummarySources => map.serialize_entry(name, &record.summary_sources),
            Field::OriginalTitles => map.serialize_entry(name, &record.original_titles),
            Field::ProjectNames => map.serialize_entry(name, &record.project_names),
            Field::Terms => map.serialize_entry(name, &record.terms),
            Field::OfficialList => map.serialize_entry(name, &record.official_list),
            Field::Confidence => map.serialize_entry(name, &record.confidence),
            Field::Unconfirmed => map.serialize_entry(name, &record.unconfirmed_fields()),
            Field::Notes => map.serialize_entry(name, &record.notes),
            Field::Sources => map.serialize_entry(name, &record.sources),
            Field::Related => map.serialize_entry(name, &record.related),
            Field::Event => map.serialize_entry(name, &record.event),
            Field::Level => map.serialize_entry(name, &record.level),
            Field::Binding => map.serialize_entry(name, &record.binding),
            Field::Status => map.serialize_entry(name, &record.current_status()),
            Field::Checked => map.serialize_entry(name, &record.checked),
            Field::History => map.serialize_entry(name, &record.history),
        }
    }
}

/// A record seen through a list of fields: serializes as an object with those keys, in that order.
#[derive(Debug, Clone, Copy)]
pub struct Projection<'a> {
    /// The record.
    pub record: &'a Agreement,
    /// The fields to keep, in output order.
    pub fields: &'a [Field],
}

impl Serialize for Projection<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.fields.len()))?;
        for field in self.fields {
            field.serialize_into(self.record, &mut map)?;
        }
        map.end()
    }
}

mod cell;
#[cfg(test)]
mod tests;
mod text;
