//! Record fields by name: what `--fields` picks, in which order, and what each field is (its
//! [`Part`]): the one description that tables, the flat formats, JSON, the export's agreements
//! table and the detail views read. Adding a field means adding its variant, its part and its
//! value here; the compiler finds every match that must learn it.

use crate::model::Agreement;
use crate::vocab::vocabulary;
use serde::ser::{Serialize, SerializeMap, Serializer};

pub use part::{Form, Part, Presence};
pub use value::Scalar;

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
        self.part().heading
    }

    /// Whether every record must write the field (the others default to empty).
    pub fn is_required(self) -> bool {
        self.part().presence == Presence::Required
    }

    /// Whether the field's text may be wrapped in a table. Ids, words and dates never are.
    pub fn wraps(self) -> bool {
        matches!(self.part().form, Form::Prose | Form::List)
    }

    /// Whether the field holds a list (of words, URLs or objects).
    pub fn is_list(self) -> bool {
        matches!(self.part().form, Form::List)
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
mod part;
#[cfg(test)]
mod tests;
mod text;
mod value;
