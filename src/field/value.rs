//! A field's value when it is one value (not a list): JSON, the flat formats and the export's
//! agreements table all write it from here.

use super::Field;
use crate::date::Date;
use crate::model::Agreement;
use crate::vocab::Vocabulary;
use serde::ser::{Serialize, SerializeMap, Serializer};

/// A value in a table.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// No value.
    Null,
    /// Text.
    Text(String),
    /// A whole number.
    Integer(i64),
    /// A number as written.
    Number(serde_json::Number),
    /// True or false.
    Boolean(bool),
    /// A day.
    Date(Date),
}

impl Value {
    /// The value as CSV and the spreadsheet's text show it ("" for none; numbers as written,
    /// booleans `true`/`false`, dates `YYYY-MM-DD`).
    pub fn text(&self) -> String {
        match self {
            Value::Null => String::new(),
            Value::Text(text) => text.clone(),
            Value::Integer(n) => n.to_string(),
            Value::Number(n) => n.to_string(),
            Value::Boolean(b) => b.to_string(),
            Value::Date(d) => d.to_string(),
        }
    }
}

/// As JSON writes it: `null`, a string, a number, `true`/`false`, a date as `YYYY-MM-DD`.
impl Serialize for Value {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Null => serializer.serialize_none(),
            Value::Text(text) => serializer.serialize_str(text),
            Value::Integer(n) => serializer.serialize_i64(*n),
            Value::Number(n) => n.serialize(serializer),
            Value::Boolean(b) => serializer.serialize_bool(*b),
            Value::Date(d) => d.serialize(serializer),
        }
    }
}

impl Field {
    /// The field's one value, for every field but a list: what JSON, the flat formats and the
    /// export's agreements table write. `None` for a list.
    pub fn value(self, record: &Agreement) -> Option<Value> {
        let text = |text: &str| Value::Text(text.to_string());
        Some(match self {
            Field::Id => text(&record.id),
            Field::Title => text(&record.title),
            Field::ShortTitle => text(&record.short_title),
            Field::Kind => text(record.kind.name()),
            Field::Sector => text(record.sector.name()),
            Field::Signed => Value::Date(record.signed),
            Field::Place => record.place.as_deref().map_or(Value::Null, text),
            Field::Summary => text(&record.summary),
            Field::OfficialList => Value::Boolean(record.official_list),
            Field::Confidence => text(record.confidence.name()),
            Field::Event => record.event.as_deref().map_or(Value::Null, text),
            Field::Level => record.level.map_or(Value::Null, |l| text(l.name())),
            Field::Binding => record.binding.map_or(Value::Null, Value::Boolean),
            Field::Status => text(record.current_status().name()),
            Field::Checked => record.checked.map_or(Value::Null, Value::Date),
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
