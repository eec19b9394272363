//! The records of a dataset, as read from TOML and written as JSON.
//!
//! Field names here are the dataset's keys and the JSON output's keys: renaming one is a breaking
//! change for every script that reads `--format json` (see docs/dataset.md, "A record's fields").

use crate::date::Date;
use crate::vocab::{Confidence, Country, Kind, Level, Relation, Sector, Status};
use serde::{Deserialize, Serialize};

/// Text in a record: borrowed from the binary for the embedded dataset, which is then built
/// without copying a string; from a dataset file, borrowed from its text where the loader keeps
/// it ([`borrowed`]), and owned where the string had to be unescaped.
pub type Text = std::borrow::Cow<'static, str>;

pub mod borrowed;
mod claims;
pub mod date;
mod event;
pub mod field;
mod life;
mod organisation;
pub mod vocab;

pub use claims::{Name, Note, OriginalTitle, Source, SourceIndex};
pub use event::{ContextNote, Day, Event, Metadata, Scope, Statement, one_or_many};
pub use life::{Step, status_of};
pub use organisation::{Organisation, Party};

/// A whole dataset: what it is, the visit and the documents signed during it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// The dataset's own title, version, date and licence (the `[dataset]` table), when given.
    #[serde(default, rename = "dataset", skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// Groups of words that `search` treats as the same (`["moon", "lunar"]`): search aids,
    /// not claims, so they need no source.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "borrowed::groups"
    )]
    pub synonyms: Vec<Vec<Text>>,
    /// The events (visits, meetings) the documents belong to, in order. A dataset written for
    /// one event may give it as a single `[event]` table.
    #[serde(alias = "event", deserialize_with = "event::one_or_many")]
    pub events: Vec<Event>,
    /// The organisations that records name as parties by id, each with all its names.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "borrowed::compact"
    )]
    pub organisations: Vec<Organisation>,
    /// One record per document, in dataset order.
    #[serde(default, deserialize_with = "borrowed::compact")]
    pub agreements: Vec<Agreement>,
}

/// One signed (or announced) document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    /// Unique kebab-case slug, e.g. `power-of-siberia-2`.
    #[serde(deserialize_with = "borrowed::text")]
    pub id: Text,
    /// The full title (a working English translation where no official one is published).
    #[serde(deserialize_with = "borrowed::text")]
    pub title: Text,
    /// A short title for tables.
    #[serde(deserialize_with = "borrowed::text")]
    pub short_title: Text,
    /// The legal form.
    pub kind: Kind,
    /// The policy area.
    pub sector: Sector,
    /// Finer tags: `gas`, `nuclear`, `lunar`, `veterinary`...
    #[serde(default, deserialize_with = "borrowed::list")]
    pub topics: Vec<Text>,
    /// The signing organisations. Empty only for an `unresolved` record whose parties are unknown.
    #[serde(default, deserialize_with = "borrowed::compact")]
    pub parties: Vec<Party>,
    /// The signing (or announcement) date.
    pub signed: Date,
    /// Where it was signed, when reported.
    #[serde(default, deserialize_with = "borrowed::optional")]
    pub place: Option<Text>,
    /// What the document does, in a few sentences.
    #[serde(deserialize_with = "borrowed::text")]
    pub summary: Text,
    /// The URLs (of `sources`) that the summary rests on.
    #[serde(default, deserialize_with = "borrowed::list")]
    pub summary_sources: Vec<Text>,
    /// The title in the original languages, where a source gives it.
    #[serde(default, deserialize_with = "borrowed::compact")]
    pub original_titles: Vec<OriginalTitle>,
    /// Names of the document's project in other languages (`Сила Сибири`), with their sources.
    #[serde(default, deserialize_with = "borrowed::compact")]
    pub project_names: Vec<Name>,
    /// Structured key terms: volumes, durations, routes, commitments.
    #[serde(default, deserialize_with = "borrowed::compact")]
    pub terms: Vec<Term>,
    /// Whether the document is on the Kremlin's published list.
    pub official_list: bool,
    /// How well the sources establish the record.
    pub confidence: Confidence,
    /// Names of fields whose value is assumed or disputed rather than confirmed (`signed`, `place`...).
    #[serde(default, deserialize_with = "borrowed::list")]
    pub unconfirmed: Vec<Text>,
    /// Caveats, conflicting reports and background, each with its sources.
    #[serde(default, deserialize_with = "borrowed::compact")]
    pub notes: Vec<Note>,
    /// Where the facts of this record come from.
    #[serde(default, deserialize_with = "borrowed::compact")]
    pub sources: Vec<Source>,
    /// Other documents this one relates to: records of the dataset, or earlier documents outside it.
    #[serde(default, deserialize_with = "borrowed::compact")]
    pub related: Vec<Related>,
    /// The id of the event it was signed at; may be left out when the dataset holds one event.
    #[serde(default, deserialize_with = "borrowed::optional")]
    pub event: Option<Text>,
    /// Who it binds (interstate ... institutional), read from its parties.
    #[serde(default)]
    pub level: Option<Level>,
    /// Whether it binds its parties, where a source says so.
    #[serde(default)]
    pub binding: Option<bool>,
    /// Where it stands, as the dataset writes it: must be what its history adds up to
    /// ([`Agreement::current_status`], which every output prints); may be left out.
    #[serde(default)]
    pub status: Option<Status>,
    /// When its history was last checked against the sources.
    #[serde(default)]
    pub checked: Option<Date>,
    /// What happened to it after the signing, in date order.
    #[serde(default, deserialize_with = "borrowed::compact")]
    pub history: Vec<Step<Text>>,
}

/// A link from a record to another document, declared once, on one of the two.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Related {
    /// How this record relates to the other document.
    pub relation: Relation,
    /// The other document's id, when it is a record of the dataset.
    #[serde(default, deserialize_with = "borrowed::optional")]
    pub id: Option<Text>,
    /// The other document's title, when it is not in the dataset (an earlier document, as context).
    #[serde(default, deserialize_with = "borrowed::optional")]
    pub title: Option<Text>,
    /// When the document outside the dataset was signed, if reported.
    #[serde(default)]
    pub signed: Option<Date>,
    /// How they relate, in a sentence.
    #[serde(default, deserialize_with = "borrowed::optional")]
    pub note: Option<Text>,
    /// The URL of the source that links them; one of the record's `sources`.
    #[serde(default, deserialize_with = "borrowed::optional")]
    pub source: Option<Text>,
}

/// One key term of a document: a number with a unit, or a short text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// What the term is ("Capacity", "Duration", "Route").
    #[serde(deserialize_with = "borrowed::text")]
    pub label: Text,
    /// The number, when the term is numeric.
    #[serde(default)]
    pub value: Option<serde_json::Number>,
    /// The unit of `value` (`bcm/yr`, `years`).
    #[serde(default, deserialize_with = "borrowed::optional")]
    pub unit: Option<Text>,
    /// The term in words, when it is not (only) a number.
    #[serde(default, deserialize_with = "borrowed::optional")]
    pub text: Option<Text>,
    /// The URL of the source the term came from; one of the record's `sources`.
    #[serde(default, deserialize_with = "borrowed::optional")]
    pub source: Option<Text>,
    /// True when only one outlet reports the term, or reports conflict.
    #[serde(default)]
    pub unconfirmed: bool,
}

impl Agreement {
    /// Whether any party belongs to `country`.
    pub fn involves(&self, country: Country) -> bool {
        self.parties.iter().any(|party| party.country == country)
    }

    /// Whether the named field is marked as assumed rather than confirmed.
    pub fn is_unconfirmed(&self, field: &str) -> bool {
        (field == "status" && self.status_is_unconfirmed())
            || self.unconfirmed.iter().any(|name| name == field)
    }
}

impl Term {
    /// The value as people read it: `50 bcm/yr`, or the text, or both.
    pub fn display_value(&self) -> String {
        let number = self.value.as_ref().map(|value| match &self.unit {
            Some(unit) => format!("{value} {unit}"),
            None => value.to_string(),
        });
        match (number, &self.text) {
            (Some(number), Some(text)) => format!("{number} ({text})"),
            (Some(number), None) => number,
            (None, Some(text)) => text.to_string(),
            (None, None) => String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(value: Option<i64>, unit: Option<&'static str>, text: Option<&'static str>) -> Term {
        Term {
            label: "Capacity".into(),
            value: value.map(Into::into),
            unit: unit.map(Into::into),
            text: text.map(Into::into),
            source: None,
            unconfirmed: false,
        }
    }

    #[test]
    fn term_display_value_combines_number_unit_and_text() {
        let cases = [
            (
                "number and unit",
                term(Some(50), Some("bcm/yr"), None),
                "50 bcm/yr",
            ),
            ("bare number", term(Some(5), None, None), "5"),
            (
                "text only",
                term(None, None, Some("2026-2030")),
                "2026-2030",
            ),
            (
                "number and text",
                term(Some(30), Some("years"), Some("expected")),
                "30 years (expected)",
            ),
            ("nothing", term(None, None, None), ""),
        ];
        for (name, term, expected) in cases {
            assert_eq!(term.display_value(), expected, "{name}");
        }
    }
}
