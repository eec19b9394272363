//! Every signing organisation of a selection, once, with its names and documents (`parties`).

use crate::model::{self, Agreement, Name};
use crate::vocab::{Body, Country};
use serde::Serialize;

/// A signing organisation and the selected documents it signed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Organisation<'a> {
    /// The id of the dataset's organisation, when the parties name one.
    pub org: Option<&'a str>,
    /// What kind of body it is, when the dataset lists it as an organisation.
    pub body: Option<Body>,
    /// The full name.
    pub name: &'a str,
    /// The short name, when there is one.
    pub short: Option<&'a str>,
    /// The organisation's country.
    pub country: Country,
    /// Its names in other languages, from every record that gives them, each once.
    pub other_names: Vec<&'a Name>,
    /// The ids of its documents, in dataset order.
    pub documents: Vec<&'a str>,
    /// Those of its documents whose parties the sources leave unconfirmed: it may not be a
    /// party of these at all.
    pub unconfirmed: Vec<&'a str>,
}

/// Every organisation that signs one of `records` (the same full name and country across
/// records), most documents first, then by name; with its kind of body where `listed` (the
/// dataset's organisations) has it.
pub fn organisations<'a>(
    records: &[&'a Agreement],
    listed: &[model::Organisation],
) -> Vec<Organisation<'a>> {
    let mut found: Vec<Organisation<'a>> = Vec::new();
    let mut index: std::collections::HashMap<(&str, Country), usize> = Default::default();
    for record in records {
        for party in &record.parties {
            let at = *index
                .entry((&party.name, party.country))
                .or_insert_with(|| {
                    found.push(Organisation {
                        org: None,
                        body: None,
                        name: &party.name,
                        short: None,
                        country: party.country,
                        other_names: Vec::new(),
                        documents: Vec::new(),
                        unconfirmed: Vec::new(),
                    });
                    found.len() - 1
                });
            let organisation = &mut found[at];
            organisation.short = organisation.short.or(party.short.as_deref());
            if organisation.org.is_none() {
                organisation.org = party.org.as_deref();
                let listed = listed.iter().find(|o| Some(&*o.id) == organisation.org);
                organisation.body = listed.map(|o| o.body);
            }
            for name in &party.other_names {
                if !organisation.other_names.iter().any(|n| n.name == name.name) {
                    organisation.other_names.push(name);
                }
            }
            if organisation.documents.last() != Some(&&*record.id) {
                organisation.documents.push(&record.id);
                if record.is_unconfirmed("parties") {
                    organisation.unconfirmed.push(&record.id);
                }
            }
        }
    }
    found.sort_by(|a, b| {
        b.documents
            .len()
            .cmp(&a.documents.len())
            .then(a.name.cmp(b.name))
    });
    found
}
