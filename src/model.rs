//! The records of a dataset, as read from TOML and written as JSON.
//!
//! Field names here are the dataset's keys and the JSON output's keys: renaming one is a breaking
//! change for every script that reads `--format json` (see the README's "JSON fields").

use crate::date::Date;
use crate::vocab::{Confidence, Country, Kind, Relation, Sector, Side};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Text in a record: borrowed from the binary for the embedded dataset, which is then built
/// without copying a string, and owned when read from a file.
pub type Text = Cow<'static, str>;

/// A whole dataset: what it is, the visit and the documents signed during it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// The dataset's own title, version, date and licence (the `[dataset]` table), when given.
    #[serde(default, rename = "dataset", skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// The visit the documents belong to.
    pub event: Event,
    /// One record per document, in dataset order.
    #[serde(default)]
    pub agreements: Vec<Agreement>,
}

/// What a dataset is: for citations of it and of its records, and for `agreements about`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    /// The dataset's title.
    pub title: Text,
    /// The data's own version (not the tool's).
    pub version: Text,
    /// When the data was last updated.
    pub updated: Date,
    /// The licence of the data.
    pub licence: Text,
    /// What the dataset holds, in a sentence or two.
    pub description: Text,
}

/// The visit: its dates, its days and the context a reader needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// What the visit is called.
    pub name: Text,
    /// The first day of the visit.
    pub start: Date,
    /// The last day of the visit.
    pub end: Date,
    /// How many documents the official (Kremlin) list names.
    pub official_list_count: usize,
    /// What happened on each day, in order.
    #[serde(default)]
    pub days: Vec<Day>,
    /// Context that is not a signed document (unilateral measures, caveats on the data).
    #[serde(default)]
    pub notes: Vec<ContextNote>,
    /// What the leaders said, each statement with its sources.
    #[serde(default)]
    pub statements: Vec<Statement>,
}

/// A statement a leader made during the visit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// Who said it.
    pub speaker: Text,
    /// When.
    pub date: Date,
    /// Where, or at which event.
    pub occasion: Text,
    /// What was said, in English: a translation or the reported English wording.
    pub text: Text,
    /// The words as said or as first reported, when found.
    #[serde(default)]
    pub original: Option<Text>,
    /// The language of `original` (`ru`, `zh`, `en`).
    #[serde(default)]
    pub original_lang: Option<Text>,
    /// Where it is reported.
    pub sources: Vec<Source>,
}

/// One day of the visit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Day {
    /// The day.
    pub date: Date,
    /// Where it happened.
    pub place: Text,
    /// What happened, in a sentence or two.
    pub summary: Text,
    /// Where that is reported.
    pub sources: Vec<Source>,
}

/// A piece of context about the visit, with its sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextNote {
    /// A short heading.
    pub title: Text,
    /// The note itself.
    pub text: Text,
    /// Where it is reported.
    pub sources: Vec<Source>,
}

/// One signed (or announced) document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    /// Unique kebab-case slug, e.g. `power-of-siberia-2`.
    pub id: Text,
    /// The full title (a working English translation where no official one is published).
    pub title: Text,
    /// A short title for tables.
    pub short_title: Text,
    /// The legal form.
    pub kind: Kind,
    /// The policy area.
    pub sector: Sector,
    /// Finer tags: `gas`, `nuclear`, `lunar`, `veterinary`...
    #[serde(default)]
    pub topics: Vec<Text>,
    /// The signing organisations. Empty only for an `unresolved` record whose parties are unknown.
    #[serde(default)]
    pub parties: Vec<Party>,
    /// The signing (or announcement) date.
    pub signed: Date,
    /// Where it was signed, when reported.
    #[serde(default)]
    pub place: Option<Text>,
    /// What the document does, in a few sentences.
    pub summary: Text,
    /// The URLs (of `sources`) that the summary rests on.
    #[serde(default)]
    pub summary_sources: Vec<Text>,
    /// The title in the original languages, where a source gives it.
    #[serde(default)]
    pub original_titles: Vec<OriginalTitle>,
    /// Names of the document's project in other languages (`Сила Сибири`), with their sources.
    #[serde(default)]
    pub project_names: Vec<Name>,
    /// Structured key terms: volumes, durations, routes, commitments.
    #[serde(default)]
    pub terms: Vec<Term>,
    /// Whether the document is on the Kremlin's published list.
    pub official_list: bool,
    /// How well the sources establish the record.
    pub confidence: Confidence,
    /// Names of fields whose value is assumed or disputed rather than confirmed (`signed`, `place`...).
    #[serde(default)]
    pub unconfirmed: Vec<Text>,
    /// Caveats, conflicting reports and background, each with its sources.
    #[serde(default)]
    pub notes: Vec<Note>,
    /// Where the facts of this record come from.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Other documents this one relates to: records of the dataset, or earlier documents outside it.
    #[serde(default)]
    pub related: Vec<Related>,
}

/// A note on a record, with the URLs (of the record's `sources`) it rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// The note.
    pub text: Text,
    /// The URLs it rests on.
    pub sources: Vec<Text>,
}

/// A document's title in its original language, as a source gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OriginalTitle {
    /// The language: `ru`, `zh`.
    pub lang: Text,
    /// The title.
    pub text: Text,
    /// The URL (of the record's `sources`) that gives it.
    pub source: Text,
    /// True when the source quotes the official title word for word; false for a description.
    #[serde(default)]
    pub verbatim: bool,
}

/// A name in another language, with the source that uses it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Name {
    /// The name: `Газпром`, `中国石油天然气集团有限公司`.
    pub name: Text,
    /// Its language: `ru`, `zh`.
    pub lang: Text,
    /// The URL (of the record's `sources`) that uses it.
    pub source: Text,
}

/// A link from a record to another document, declared once, on one of the two.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Related {
    /// How this record relates to the other document.
    pub relation: Relation,
    /// The other document's id, when it is a record of the dataset.
    #[serde(default)]
    pub id: Option<Text>,
    /// The other document's title, when it is not in the dataset (an earlier document, as context).
    #[serde(default)]
    pub title: Option<Text>,
    /// When the document outside the dataset was signed, if reported.
    #[serde(default)]
    pub signed: Option<Date>,
    /// How they relate, in a sentence.
    #[serde(default)]
    pub note: Option<Text>,
    /// The URL of the source that links them; one of the record's `sources`.
    #[serde(default)]
    pub source: Option<Text>,
}

/// A signing organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// The organisation's full name.
    pub name: Text,
    /// A short name or acronym (`CNPC`), when there is one.
    #[serde(default)]
    pub short: Option<Text>,
    /// The organisation's country.
    pub country: Country,
    /// Its names in other languages (Russian, Chinese), each with a source that uses it.
    #[serde(default)]
    pub other_names: Vec<Name>,
}

/// One key term of a document: a number with a unit, or a short text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// What the term is ("Capacity", "Duration", "Route").
    pub label: Text,
    /// The number, when the term is numeric.
    #[serde(default)]
    pub value: Option<serde_json::Number>,
    /// The unit of `value` (`bcm/yr`, `years`).
    #[serde(default)]
    pub unit: Option<Text>,
    /// The term in words, when it is not (only) a number.
    #[serde(default)]
    pub text: Option<Text>,
    /// The URL of the source the term came from; one of the record's `sources`.
    #[serde(default)]
    pub source: Option<Text>,
    /// True when only one outlet reports the term, or reports conflict.
    #[serde(default)]
    pub unconfirmed: bool,
}

/// A published source of facts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Where it can be read.
    pub url: Text,
    /// Who published it (`TASS`, `Gazprom`).
    pub publisher: Text,
    /// Whose voice it is.
    pub side: Side,
    /// The page's headline, where the research records it.
    #[serde(default)]
    pub title: Option<Text>,
    /// When the page was published, where known (from the page or its address).
    #[serde(default)]
    pub published: Option<Date>,
    /// The page's language: `ru`, `en`, `zh`.
    #[serde(default)]
    pub language: Option<Text>,
    /// True for a page about an earlier or related document, kept as background: it reports
    /// no claim of this record, and citations leave it out.
    #[serde(default)]
    pub background: bool,
}

impl Agreement {
    /// Whether any party belongs to `country`.
    pub fn involves(&self, country: Country) -> bool {
        self.parties.iter().any(|party| party.country == country)
    }

    /// Whether the named field is marked as assumed rather than confirmed.
    pub fn is_unconfirmed(&self, field: &str) -> bool {
        self.unconfirmed.iter().any(|name| name == field)
    }
}

impl Party {
    /// The short name when there is one, else the full name.
    pub fn display_name(&self) -> &str {
        self.short.as_deref().unwrap_or(&self.name)
    }

    /// Every name of the party: the full name, the short one and those in other languages.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        let other = self.other_names.iter().map(|other| other.name.as_ref());
        std::iter::once(self.name.as_ref())
            .chain(self.short.as_deref())
            .chain(other)
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
