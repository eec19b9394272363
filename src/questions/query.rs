//! Questions asked of a dataset: look a record up by id, or filter and search the records.

use crate::date::Date;
use crate::field::Field;
use crate::fold::{fold, same};
use crate::model::{Agreement, Dataset};
use crate::sanitize::quoted;
use crate::search::SearchQuery;
use crate::suggest;
use crate::vocab::{
    Confidence, Country, Kind, Sector, Status, UnknownValue, Vocabulary, vocabulary,
};

/// An id that names no record, with the ids that look like it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("no agreement with id '{}'{}", quoted(id), did_you_mean(suggestions))]
pub struct NotFound {
    /// The id asked for.
    pub id: String,
    /// The closest existing ids, best first (at most three).
    pub suggestions: Vec<String>,
}

fn did_you_mean(suggestions: &[String]) -> String {
    match suggestions {
        [] => String::new(),
        [one] => suggest::hint(Some(one)),
        many => {
            let ids: Vec<String> = many.iter().map(|id| format!("'{}'", quoted(id))).collect();
            format!("; did you mean one of {}?", ids.join(", "))
        }
    }
}

/// Which records to keep. Each field left empty keeps everything; a list keeps records that
/// match any of its values; the fields together keep records that match all of them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Keep records in any of these sectors.
    pub sectors: Vec<Sector>,
    /// Keep records of any of these kinds.
    pub kinds: Vec<Kind>,
    /// Keep records with a party from any of these countries.
    pub countries: Vec<Country>,
    /// Keep records with any of these confidence levels.
    pub confidences: Vec<Confidence>,
    /// Keep records with any of these topics (case-insensitive).
    pub topics: Vec<String>,
    /// Keep records with a party whose name, short name or other name contains this
    /// (case-insensitive).
    pub party: Option<String>,
    /// Keep records signed on or after this date.
    pub signed_after: Option<Date>,
    /// Keep records signed on or before this date.
    pub signed_before: Option<Date>,
    /// Keep records on the official list (`Some(true)`) or off it (`Some(false)`).
    pub official_list: Option<bool>,
    /// Keep records that match every word and phrase of this query, as `search` matches them:
    /// whole words or word starts, case and accents ignored.
    pub search: Option<SearchQuery>,
    /// Keep records whose status (from their history) is any of these.
    pub statuses: Vec<Status>,
    /// Keep records with a step of history (not a search that found nothing) on or after this
    /// date.
    pub changed_since: Option<Date>,
    /// Keep records signed at any of these events, by id.
    pub events: Vec<String>,
}

impl Filter {
    /// Whether `record` passes every part of the filter.
    pub fn matches(&self, record: &Agreement) -> bool {
        (self.sectors.is_empty() || self.sectors.contains(&record.sector))
            && (self.kinds.is_empty() || self.kinds.contains(&record.kind))
            && (self.countries.is_empty() || self.countries.iter().any(|&c| record.involves(c)))
            && (self.confidences.is_empty() || self.confidences.contains(&record.confidence))
            && (self.topics.is_empty() || self.topics.iter().any(|t| has_topic(record, t)))
            && self.signed_after.is_none_or(|date| record.signed >= date)
            && self.signed_before.is_none_or(|date| record.signed <= date)
            && self
                .official_list
                .is_none_or(|wanted| record.official_list == wanted)
            && self
                .party
                .as_deref()
                .is_none_or(|party| matches_party(record, party))
            && (self.statuses.is_empty() || self.statuses.contains(&record.current_status()))
            && self
                .changed_since
                .is_none_or(|date| record.last_change().is_some_and(|last| last >= date))
            && (self.events.is_empty()
                || self
                    .events
                    .iter()
                    .any(|e| record.event.as_deref() == Some(e)))
            && self
                .search
                .as_ref()
                .is_none_or(|query| query.matches_all(record))
    }

    /// The record fields this filter constrains, which a table should not hide: a reader who
    /// asked for `--sector energy` expects to see the sector.
    pub fn fields(&self) -> Vec<Field> {
        let constrained = [
            (!self.sectors.is_empty(), Field::Sector),
            (!self.kinds.is_empty(), Field::Kind),
            (!self.confidences.is_empty(), Field::Confidence),
            (!self.topics.is_empty(), Field::Topics),
            (
                !self.countries.is_empty() || self.party.is_some(),
                Field::Parties,
            ),
            (
                self.signed_after.is_some() || self.signed_before.is_some(),
                Field::Signed,
            ),
            (self.official_list.is_some(), Field::OfficialList),
            (
                !self.statuses.is_empty() || self.changed_since.is_some(),
                Field::Status,
            ),
            (!self.events.is_empty(), Field::Event),
        ];
        constrained
            .into_iter()
            .filter_map(|(constrained, field)| constrained.then_some(field))
            .collect()
    }
}

vocabulary! {
    /// What `--sort` orders records by.
    SortKey, "sort key" {
        /// Signing date, oldest first.
        Signed = "signed",
        /// Id, alphabetically.
        Id = "id",
        /// Full title, alphabetically.
        Title = "title",
        /// Sector name, alphabetically.
        Sector = "sector",
        /// Kind name, alphabetically.
        Kind = "kind",
    }
}

/// Orders `records` by `key`; ties keep their order. Titles compare case-insensitively, each
/// lowercased once.
pub fn sort(records: &mut [&Agreement], key: SortKey) {
    match key {
        SortKey::Signed => records.sort_by_key(|r| r.signed),
        SortKey::Id => records.sort_by(|a, b| a.id.cmp(&b.id)),
        SortKey::Title => records.sort_by_cached_key(|r| r.title.to_lowercase()),
        SortKey::Sector => records.sort_by_key(|r| r.sector.name()),
        SortKey::Kind => records.sort_by_key(|r| r.kind.name()),
    }
}

/// A whole question: which records, in which order, how many.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    /// Which records to keep.
    pub filter: Filter,
    /// The order; `None` keeps dataset order. Ties keep dataset order.
    pub sort: Option<SortKey>,
    /// Reverse the order (after sorting).
    pub reverse: bool,
    /// Keep at most this many records (after ordering).
    pub limit: Option<usize>,
}

impl Dataset {
    /// Answers `query`: filter, then order, then limit.
    pub fn query(&self, query: &Query) -> Vec<&Agreement> {
        let mut records = self.select(&query.filter);
        if let Some(key) = query.sort {
            sort(&mut records, key);
        }
        if query.reverse {
            records.reverse();
        }
        records.truncate(query.limit.unwrap_or(usize::MAX));
        records
    }

    /// Every topic used in the dataset, sorted, each once.
    pub fn topics(&self) -> Vec<&str> {
        let mut topics: Vec<&str> = self
            .agreements
            .iter()
            .flat_map(|record| record.topics.iter().map(AsRef::as_ref))
            .collect();
        topics.sort_unstable();
        topics.dedup();
        topics
    }

    /// Checks that each of `topics` is used by some record (compared [`fold`]ed), so that a typo
    /// gets a did-you-mean instead of an empty result.
    pub fn check_topics(&self, topics: &[String]) -> Result<(), UnknownValue> {
        if topics.is_empty() {
            // Gathering and sorting every record's topics costs a tenth of a second at 100k.
            return Ok(());
        }
        let known = self.topics();
        match topics.iter().find(|t| !known.iter().any(|k| same(k, t))) {
            Some(unknown) => Err(UnknownValue::new("topic", unknown, known)),
            None => Ok(()),
        }
    }

    /// The record with this id, or the closest ids as suggestions.
    pub fn find(&self, id: &str) -> Result<&Agreement, NotFound> {
        self.agreements
            .iter()
            .find(|record| record.id == id)
            .ok_or_else(|| NotFound {
                id: id.to_string(),
                suggestions: suggest::ranked(id, self.agreements.iter().map(|r| r.id.as_ref()))
                    .into_iter()
                    .take(3)
                    .map(str::to_string)
                    .collect(),
            })
    }

    /// The records that pass `filter`, in dataset order.
    pub fn select(&self, filter: &Filter) -> Vec<&Agreement> {
        self.agreements
            .iter()
            .filter(|record| filter.matches(record))
            .collect()
    }
}

fn matches_party(record: &Agreement, wanted: &str) -> bool {
    let wanted = fold(wanted);
    record
        .parties
        .iter()
        .any(|party| party.names().any(|name| fold(name).contains(&wanted)))
}

fn has_topic(record: &Agreement, topic: &str) -> bool {
    record.topics.iter().any(|t| same(t, topic))
}

#[cfg(test)]
mod tests;
