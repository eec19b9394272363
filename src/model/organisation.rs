//! Organisations and the parties that name them: an organisation is written once, with all its
//! names and their sources, and a record's party names it by id (`{ org = "xinhua" }`), so that
//! a name found once belongs to every document of the organisation. A party may also be written
//! whole, inline, as datasets written before organisations do.

use super::{Dataset, Name, Source, Text};
use crate::vocab::{Body, Country};
use serde::{Deserialize, Serialize};

/// An organisation that signs documents, with every name the sources give it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Unique kebab-case id that parties name it by, e.g. `xinhua`.
    #[serde(deserialize_with = "super::borrowed::text")]
    pub id: Text,
    /// The full name in English.
    #[serde(deserialize_with = "super::borrowed::text")]
    pub name: Text,
    /// A short name or acronym (`CNPC`), when there is one.
    #[serde(default, deserialize_with = "super::borrowed::optional")]
    pub short: Option<Text>,
    /// Its country.
    pub country: Country,
    /// What kind of body it is.
    pub body: Body,
    /// Its names in other languages and scripts, each with a source (of `sources`) that uses it.
    #[serde(default, deserialize_with = "super::borrowed::compact")]
    pub other_names: Vec<Name>,
    /// The pages its names come from.
    #[serde(default, deserialize_with = "super::borrowed::compact")]
    pub sources: Vec<Source>,
}

/// A signing organisation, as one record names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "PartyFields")]
pub struct Party {
    /// The id of the organisation (of the dataset's `organisations`) this party is, when it
    /// names one: its names and country are then the organisation's.
    pub org: Option<Text>,
    /// The organisation's full name.
    pub name: Text,
    /// A short name or acronym (`CNPC`), when there is one.
    pub short: Option<Text>,
    /// The organisation's country.
    pub country: Country,
    /// Its names in other languages (Russian, Chinese), each with a source that uses it.
    pub other_names: Vec<Name>,
    /// What the organisation does in this document (signatory, implementing body), where the
    /// sources say.
    pub role: Option<Text>,
}

/// A party as a dataset writes it: an organisation's id, or the whole party inline.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PartyFields {
    #[serde(default, deserialize_with = "super::borrowed::optional")]
    org: Option<Text>,
    #[serde(default, deserialize_with = "super::borrowed::optional")]
    name: Option<Text>,
    #[serde(default, deserialize_with = "super::borrowed::optional")]
    short: Option<Text>,
    #[serde(default)]
    country: Option<Country>,
    #[serde(default, deserialize_with = "super::borrowed::compact")]
    other_names: Vec<Name>,
    #[serde(default, deserialize_with = "super::borrowed::optional")]
    role: Option<Text>,
}

impl TryFrom<PartyFields> for Party {
    type Error = &'static str;

    /// A party needs its organisation's id, or its name and country. Beside `org`, the name and
    /// country are both given (as `list --format json` writes them, checked against the
    /// organisation by `validate`) or both left to the organisation; until
    /// [`Dataset::resolve_organisations`] fills them in, such a party's name is empty.
    fn try_from(fields: PartyFields) -> Result<Party, Self::Error> {
        let (name, country) = match (fields.org.is_some(), fields.name, fields.country) {
            (_, Some(name), Some(country)) => (name, country),
            (true, None, None) => (Text::Borrowed(""), Country::Ru),
            (true, ..) => {
                return Err(
                    "a party with `org` gives both `name` and `country` or neither: the organisation's are used",
                );
            }
            (false, None, _) => {
                return Err("missing field `name` (or `org`, an organisation's id)");
            }
            (false, Some(_), None) => return Err("missing field `country`"),
        };
        Ok(Party {
            org: fields.org,
            name,
            short: fields.short,
            country,
            other_names: fields.other_names,
            role: fields.role,
        })
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

    /// Whether the party names an organisation but does not (yet) carry its names.
    pub fn awaits_organisation(&self) -> bool {
        self.org.is_some() && self.name.is_empty()
    }

    /// Whether the party says the same as `organisation`: its names, short name and country.
    pub fn agrees_with(&self, organisation: &Organisation) -> bool {
        self.name == organisation.name
            && self.short == organisation.short
            && self.country == organisation.country
            && self.other_names == organisation.other_names
    }
}

impl Dataset {
    /// Gives every party that names a listed organisation, and carries nothing else, the
    /// organisation's names and country; and gives its record the organisation's sources for
    /// those names that the record does not already describe, as background (the page names the
    /// organisation, it need not report the document), so that each name's source is one of the
    /// record's. A party naming an unknown organisation is left for `validate`.
    pub fn resolve_organisations(&mut self) {
        if self.organisations.is_empty() {
            return;
        }
        let by_id: std::collections::HashMap<&str, &Organisation> = (self.organisations.iter())
            .map(|organisation| (organisation.id.as_ref(), organisation))
            .collect();
        for record in &mut self.agreements {
            for party in &mut record.parties {
                let Some(&organisation) = party.org.as_deref().and_then(|id| by_id.get(id)) else {
                    continue;
                };
                if party.awaits_organisation() {
                    party.name = organisation.name.clone();
                    party.short = organisation.short.clone();
                    party.country = organisation.country;
                    party.other_names = organisation.other_names.clone();
                }
                add_name_sources(&mut record.sources, organisation);
            }
        }
    }
}

/// Adds to a record's `sources` the organisation's sources that its names cite and the record
/// lacks.
fn add_name_sources(sources: &mut Vec<Source>, organisation: &Organisation) {
    for name in &organisation.other_names {
        if sources.iter().any(|source| source.url == name.source) {
            continue;
        }
        let described = organisation.sources.iter().find(|s| s.url == name.source);
        if let Some(source) = described {
            // The page names the organisation; it need not report this document.
            let mut source = source.clone();
            source.background = true;
            sources.push(source);
        }
    }
}
