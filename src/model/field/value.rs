//! A field's value when it is one value (not a list), borrowed from the record: JSON, the flat
//! formats and the export's agreements table all write it from here.

use super::Field;
use crate::date::Date;
use crate::model::Agreement;
use crate::vocab::Vocabulary;
use serde::ser::{Serialize, SerializeMap, Serializer};

/// A field's one value, borrowed from its record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scalar<'a> {
    /// No value (an optional field left out).
    Null,
    /// Text: an id, a title, a vocabulary's word.
    Text(&'a str),
    /// Yes or no.
    Boolean(bool),
    /// A day.
    Date(Date),
}

impl Scalar<'_> {
    /// The value as flat text shows it: "" for none, `true`/`false`, dates `YYYY-MM-DD`.
    pub fn text(self) -> String {
        match self {
            Scalar::Null => String::new(),
            Scalar::Text(text) => text.to_string(),
            Scalar::Boolean(b) => b.to_string(),
            Scalar::Date(d) => d.to_string(),
        }
    }
}

/// As JSON writes it: `null`, a string, `true`/`false`, a date as `YYYY-MM-DD`.
impl Serialize for Scalar<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Scalar::Null => serializer.serialize_none(),
            Scalar::Text(text) => serializer.serialize_str(text),
            Scalar::Boolean(b) => serializer.serialize_bool(*b),
            Scalar::Date(d) => d.serialize(serializer),
        }
    }
}

impl Field {
    /// The field's one value, for every field but a list: what JSON, the flat formats and the
    /// export's agreements table write. `None` for a list.
    pub fn value(self, record: &Agreement) -> Option<Scalar<'_>> {
        let text = Scalar::Text;
        Some(match self {
            Field::Id => text(&record.id),
            Field::Title => text(&record.title),
            Field::ShortTitle => text(&record.short_title),
            Field::Kind => text(record.kind.name()),
            Field::Sector => text(record.sector.name()),
            Field::Signed => Scalar::Date(record.signed),
            Field::Place => record.place.as_deref().map_or(Scalar::Null, text),
            Field::Summary => text(&record.summary),
            Field::OfficialList => Scalar::Boolean(record.official_list),
            Field::Confidence => text(record.confidence.name()),
            Field::Event => record.event.as_deref().map_or(Scalar::Null, text),
            Field::Level => record.level.map_or(Scalar::Null, |l| text(l.name())),
            Field::Binding => record.binding.map_or(Scalar::Null, Scalar::Boolean),
            Field::Status => text(record.current_status().name()),
            Field::Checked => record.checked.map_or(Scalar::Null, Scalar::Date),
            Field::Topics
            | Field::Parties
            | Field::SummarySources
            | Field::OriginalTitles
            | Field::ProjectNames
            | Field::Terms
            | Field::Unconfirmed
            | Field::Notes
            | Field::Sources
            | Field::Related
            | Field::History => return None,
        })
    }

    /// Writes the field as one `name: value` entry of a JSON object, with its model type.
    pub(super) fn serialize_into<M: SerializeMap>(
        self,
        record: &Agreement,
        map: &mut M,
    ) -> Result<(), M::Error> {
        let name = self.name();
        match self {
            Field::Topics => map.serialize_entry(name, &record.topics),
            Field::Parties => map.serialize_entry(name, &record.parties),
            Field::SummarySources => map.serialize_entry(name, &record.summary_sources),
            Field::OriginalTitles => map.serialize_entry(name, &record.original_titles),
            Field::ProjectNames => map.serialize_entry(name, &record.project_names),
            Field::Terms => map.serialize_entry(name, &record.terms),
            Field::Unconfirmed => map.serialize_entry(name, &record.unconfirmed_fields()),
            Field::Notes => map.serialize_entry(name, &record.notes),
            Field::Sources => map.serialize_entry(name, &record.sources),
            Field::Related => map.serialize_entry(name, &record.related),
            Field::History => map.serialize_entry(name, &record.history),
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
            | Field::Checked => map.serialize_entry(name, &self.value(record)),
        }
    }
}
