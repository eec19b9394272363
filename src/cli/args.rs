//! The options several commands share: filters, ordering and the output format, and the one
//! bridge from them to the library's [`Filter`] and [`Query`].

use super::vocabulary_parser::VocabularyParser;
use agreements::date::Date;
use agreements::model::Text;
use agreements::query::SortKey;
use agreements::render::Format;
use agreements::search::SearchQuery;
use agreements::vocab::{Confidence, Country, Kind, Sector, Status};
use agreements::{Filter, Query};
use clap::Args;

/// The output format option, shared by every command that prints records.
#[derive(Debug, Args)]
pub struct FormatArg {
    /// Output format: a table for people, or a format for programs (values below)
    #[arg(long, value_name = "FORMAT", default_value = "table", value_parser = VocabularyParser::<Format>::new())]
    pub format: Format,
}

/// The filters shared by `list`, `summary`, `timeline` and `graph`. Repeat an option, or give a
/// comma list, to mean
/// "any of these"; different options must all match.
#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only agreements in this sector
    #[arg(long, value_name = "SECTOR", value_delimiter = ',', value_parser = VocabularyParser::<Sector>::new())]
    sector: Vec<Sector>,

    /// Only agreements of this kind
    #[arg(long, value_name = "KIND", value_delimiter = ',', value_parser = VocabularyParser::<Kind>::new())]
    kind: Vec<Kind>,

    /// Only agreements with a party from this country (RU, Russia, CN, China, PRC, MN...)
    #[arg(long, value_name = "COUNTRY", value_delimiter = ',', value_parser = VocabularyParser::<Country>::new())]
    country: Vec<Country>,

    /// Only agreements whose sources establish them this well (confirmed, single-source,
    /// unresolved)
    #[arg(long, value_name = "LEVEL", value_delimiter = ',', value_parser = VocabularyParser::<Confidence>::new())]
    confidence: Vec<Confidence>,

    /// Only agreements with this topic (gas, nuclear, lunar, veterinary...)
    #[arg(long, value_name = "TOPIC", value_delimiter = ',')]
    pub topic: Vec<String>,

    /// Only agreements with a party whose name contains this (case-insensitive)
    #[arg(long, value_name = "NAME")]
    party: Option<String>,

    /// Only agreements signed on or after this date (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    signed_after: Option<Date>,

    /// Only agreements signed on or before this date (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    signed_before: Option<Date>,

    /// Only the documents on the Kremlin's official list
    #[arg(long, conflicts_with = "not_official")]
    official: bool,

    /// Only the documents announced beside the official list
    #[arg(long)]
    not_official: bool,

    /// Only agreements that match every word of this, as `search` matches (case and accents ignored)
    #[arg(long, value_name = "TEXT")]
    search: Option<String>,

    /// Only agreements whose status, from their history, is this (signed, implementing,
    /// in-force, no-news...)
    #[arg(long, value_name = "STATUS", value_delimiter = ',', value_parser = VocabularyParser::<Status>::new())]
    status: Vec<Status>,

    /// Only agreements with news in their history (a step, a statement or an expectation) on or
    /// after this date (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    changed_since: Option<Date>,

    /// Only agreements signed at this event (its id: see `agreements about`)
    #[arg(long, value_name = "ID", value_delimiter = ',')]
    pub event: Vec<String>,
}

/// Ordering and truncation for `list`.
#[derive(Debug, Args)]
pub struct OrderArgs {
    /// Order by this field (ties keep dataset order)
    #[arg(long, value_name = "KEY", value_parser = VocabularyParser::<SortKey>::new())]
    sort: Option<SortKey>,

    /// Reverse the order
    #[arg(long)]
    reverse: bool,

    /// Show at most this many agreements
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
}

impl FilterArgs {
    /// The library filter these arguments describe; `synonyms` are the dataset's, which the
    /// `--search` words also match.
    pub fn to_filter(&self, synonyms: &[Vec<Text>]) -> Filter {
        Filter {
            sectors: self.sector.clone(),
            kinds: self.kind.clone(),
            countries: self.country.clone(),
            confidences: self.confidence.clone(),
            topics: self.topic.clone(),
            party: self.party.clone(),
            signed_after: self.signed_after,
            signed_before: self.signed_before,
            official_list: match (self.official, self.not_official) {
                (true, _) => Some(true),
                (_, true) => Some(false),
                _ => None,
            },
            search: (self.search.as_deref())
                .map(|text| SearchQuery::parse(text).with_synonyms(synonyms)),
            statuses: self.status.clone(),
            changed_since: self.changed_since,
            events: self.event.clone(),
        }
    }
}

impl OrderArgs {
    /// The library query for `filter` in this order (see [`FilterArgs::to_filter`]).
    pub fn to_query(&self, filter: &FilterArgs, synonyms: &[Vec<Text>]) -> Query {
        Query {
            filter: filter.to_filter(synonyms),
            sort: self.sort,
            reverse: self.reverse,
            limit: self.limit,
        }
    }
}
