//! Facets: the values of sector, kind, country, confidence, official list and status that the shown
//! records can be narrowed to, with how many records have each; chosen values of one facet
//! mean "any of these", different facets must all match (as `list`'s options do).

use crate::model::Agreement;
use crate::query::Filter;
use crate::vocab::{Confidence, Country, Kind, Sector, Status, Vocabulary};

/// One value of one facet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    /// A sector.
    Sector(Sector),
    /// A kind of document.
    Kind(Kind),
    /// A country of one of the parties.
    Country(Country),
    /// How well the sources establish the record.
    Confidence(Confidence),
    /// On the Kremlin's official list (`true`) or announced beside it.
    Official(bool),
    /// Where it stands, from its history.
    Status(Status),
}

impl Facet {
    /// The facet's name, as the overlay heads its group.
    pub fn group(self) -> &'static str {
        match self {
            Facet::Sector(_) => "Sector",
            Facet::Kind(_) => "Kind",
            Facet::Country(_) => "Country",
            Facet::Confidence(_) => "Confidence",
            Facet::Official(_) => "Official list",
            Facet::Status(_) => "Status",
        }
    }

    /// The value as the overlay and the status line name it.
    pub fn label(self) -> &'static str {
        match self {
            Facet::Sector(v) => v.name(),
            Facet::Kind(v) => v.name(),
            Facet::Country(v) => v.name(),
            Facet::Confidence(v) => v.name(),
            Facet::Official(true) => "on the list",
            Facet::Official(false) => "not on the list",
            Facet::Status(v) => v.name(),
        }
    }

    fn has(self, record: &Agreement) -> bool {
        match self {
            Facet::Sector(v) => record.sector == v,
            Facet::Kind(v) => record.kind == v,
            Facet::Country(v) => record.involves(v),
            Facet::Confidence(v) => record.confidence == v,
            Facet::Official(v) => record.official_list == v,
            Facet::Status(v) => record.current_status() == v,
        }
    }
}

/// Every facet value that at least one of `records` has, with its count: facets in the order
/// above, values in their vocabulary's order. One pass per value.
pub fn counts(records: &[&Agreement]) -> Vec<(Facet, usize)> {
    let values = (Sector::ALL.iter().map(|&v| Facet::Sector(v)))
        .chain(Kind::ALL.iter().map(|&v| Facet::Kind(v)))
        .chain(Country::ALL.iter().map(|&v| Facet::Country(v)))
        .chain(Confidence::ALL.iter().map(|&v| Facet::Confidence(v)))
        .chain([Facet::Official(true), Facet::Official(false)])
        .chain(Status::ALL.iter().map(|&v| Facet::Status(v)));
    values
        .map(|facet| (facet, records.iter().filter(|r| facet.has(r)).count()))
        .filter(|&(_, count)| count > 0)
        .collect()
}

/// `chosen` facet values as a library filter (nothing else constrained).
pub fn filter(chosen: &[Facet]) -> Filter {
    let mut filter = Filter::default();
    for &facet in chosen {
        match facet {
            Facet::Sector(v) => filter.sectors.push(v),
            Facet::Kind(v) => filter.kinds.push(v),
            Facet::Country(v) => filter.countries.push(v),
            Facet::Confidence(v) => filter.confidences.push(v),
            // Both values chosen constrain nothing.
            Facet::Official(v) => {
                let other = chosen.contains(&Facet::Official(!v));
                filter.official_list = (!other).then_some(v);
            }
            Facet::Status(v) => filter.statuses.push(v),
        }
    }
    filter
}
