//! Overviews of a selection of records: how many have each value of one grouping
//! (`summary --by`, `topics`), and every signing organisation with its documents (`parties`).

use crate::model::Agreement;
use crate::vocab::{Confidence, Country, Kind, Sector, Status, Vocabulary, vocabulary};
use serde::Serialize;

mod parties;
pub use parties::{Organisation, organisations};

vocabulary! {
    /// What `summary --by` counts records by.
    Grouping, "grouping" {
        /// The policy area.
        Sector = "sector",
        /// The legal form.
        Kind = "kind",
        /// The countries of the parties (a record counts once for each).
        Country = "country",
        /// How well the sources establish the record.
        Confidence = "confidence",
        /// The signing organisations, by short name.
        Party = "party",
        /// The finer tags.
        Topic = "topic",
        /// Where each stands, from its history; `implementing?` counts those whose status rests
        /// on an unconfirmed step.
        Status = "status",
        /// The event it was signed at.
        Event = "event",
    }
}

/// How many of `total` records have each value of a grouping.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// What the records are counted by.
    pub group: Grouping,
    /// How many records were counted.
    pub total: usize,
    /// Each value with its count: a closed vocabulary in its own order, every value included;
    /// parties and topics most first, then by name, only those that occur.
    pub counts: Vec<Count>,
    /// Documents the official lists name that no record holds, so in no count: 0 from
    /// [`tally`]; the caller sets it from [`crate::model::Dataset::scope`].
    pub official_list_unrecorded: usize,
}

impl Tally {
    /// The count for one value, 0 when it does not occur.
    pub fn count_of(&self, value: &str) -> usize {
        let found = self.counts.iter().find(|c| c.value == value);
        found.map_or(0, |c| c.count)
    }
}

/// One value of a grouping and how many records have it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Count {
    /// The value (`energy`, `RU`, `Gazprom`, `gas`).
    pub value: String,
    /// How many records have it.
    pub count: usize,
}

/// Counts `records` by `group`.
pub fn tally(records: &[&Agreement], group: Grouping) -> Tally {
    let counts = match group {
        Grouping::Sector => closed(records, |r, sector: Sector| r.sector == sector),
        Grouping::Kind => closed(records, |r, kind: Kind| r.kind == kind),
        Grouping::Country => closed(records, |r, country: Country| r.involves(country)),
        Grouping::Confidence => closed(records, |r, level: Confidence| r.confidence == level),
        Grouping::Party => open(records.iter().flat_map(|r| {
            let mut names: Vec<&str> = r.parties.iter().map(|p| p.display_name()).collect();
            names.dedup();
            names
        })),
        Grouping::Topic => open(records.iter().flat_map(|r| r.topics.iter().map(|t| &**t))),
        Grouping::Status => statuses(records),
        Grouping::Event => open(
            records
                .iter()
                .map(|r| r.event.as_deref().unwrap_or("(none)")),
        ),
    };
    Tally {
        group,
        total: records.len(),
        counts,
        official_list_unrecorded: 0,
    }
}

/// Each value of the vocabulary `V`, in its order, with the records that `has` it.
fn closed<V: Vocabulary>(
    records: &[&Agreement],
    has: impl Fn(&Agreement, V) -> bool,
) -> Vec<Count> {
    let count = |&value: &V| Count {
        value: value.name().to_string(),
        count: records.iter().filter(|r| has(r, value)).count(),
    };
    V::ALL.iter().map(count).collect()
}

/// Each status with the records it is confirmed for, then, where there are any, `STATUS?` with
/// those whose status rests on an unconfirmed step: a count never states a doubtful status as
/// fact.
fn statuses(records: &[&Agreement]) -> Vec<Count> {
    let mut counts = Vec::new();
    for &status in Status::ALL {
        let of = records.iter().filter(|r| r.current_status() == status);
        let doubtful = of.clone().filter(|r| r.status_is_unconfirmed()).count();
        let count = of.count() - doubtful;
        counts.push(Count {
            value: status.name().to_string(),
            count,
        });
        if doubtful > 0 {
            counts.push(Count {
                value: format!("{status}?"),
                count: doubtful,
            });
        }
    }
    counts
}

/// Each value that occurs, most first, then by name.
fn open<'a>(values: impl Iterator<Item = &'a str>) -> Vec<Count> {
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for value in values {
        *counts.entry(value).or_default() += 1;
    }
    let mut counts: Vec<Count> = counts
        .into_iter()
        .map(|(value, count)| Count {
            value: value.to_string(),
            count,
        })
        .collect();
    counts.sort_by_key(|c| std::cmp::Reverse(c.count));
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> crate::Dataset {
        crate::fixture::small()
    }

    #[test]
    fn each_grouping_counts_the_records_of_each_value() {
        let dataset = small();
        let records: Vec<&Agreement> = dataset.agreements.iter().collect();
        let count_of = |group, value: &str| {
            let tally = tally(&records, group);
            let found = tally.counts.iter().find(|c| c.value == value);
            found.map_or(0, |c| c.count)
        };
        let by_kind = |kind: Kind| records.iter().filter(|r| r.kind == kind).count();
        let by_level = |level: Confidence| records.iter().filter(|r| r.confidence == level).count();
        assert_eq!(
            count_of(Grouping::Kind, "memorandum"),
            by_kind(Kind::Memorandum)
        );
        assert_ne!(by_kind(Kind::Memorandum), 0);
        assert_eq!(
            count_of(Grouping::Confidence, "confirmed"),
            by_level(Confidence::Confirmed)
        );
        assert_ne!(by_level(Confidence::Confirmed), records.len());
    }

    #[test]
    fn statuses_count_a_doubtful_status_apart() {
        let mut dataset = crate::fixture::with_text("Plain text");
        let statuses_of = |dataset: &crate::Dataset| {
            let records: Vec<&Agreement> = dataset.agreements.iter().collect();
            tally(&records, Grouping::Status)
        };
        // Both records are implementing; the first on an unconfirmed step only.
        dataset.agreements[1].history[0].unconfirmed = false;
        let statuses = statuses_of(&dataset);
        assert_eq!(statuses.count_of("implementing"), 1);
        assert_eq!(statuses.count_of("implementing?"), 1);
        assert_eq!(statuses.count_of("signed"), 0);
        let counted: usize = statuses.counts.iter().map(|c| c.count).sum();
        assert_eq!(counted, 2, "each record once");
        // Nothing doubtful: no `?` value at all.
        dataset.agreements[0].history[0].unconfirmed = false;
        let statuses = statuses_of(&dataset);
        assert_eq!(statuses.count_of("implementing"), 2);
        assert!(statuses.counts.iter().all(|c| !c.value.ends_with('?')));
        assert_eq!(statuses.counts.len(), Status::ALL.len());
    }

    #[test]
    fn an_organisation_listed_by_the_dataset_has_its_kind_of_body() {
        let dataset = crate::load::embedded();
        let records: Vec<&Agreement> = dataset.agreements.iter().collect();
        let found = organisations(&records, &dataset.organisations);
        let rosatom = found.iter().find(|o| o.org == Some("rosatom")).unwrap();
        assert_eq!(rosatom.body, Some(crate::vocab::Body::StateCorporation));
        // A party written inline names no organisation, and has no kind of body.
        let small = small();
        let records: Vec<&Agreement> = small.agreements.iter().collect();
        assert!(
            organisations(&records, &[])
                .iter()
                .all(|o| o.body.is_none())
        );
    }

    #[test]
    fn closed_groupings_list_every_value_and_open_ones_most_first() {
        let dataset = small();
        let records: Vec<&Agreement> = dataset.agreements.iter().collect();
        let sectors = tally(&records, Grouping::Sector);
        assert_eq!(sectors.counts.len(), Sector::ALL.len());
        assert_eq!(sectors.counts[0], count("energy", 3));
        assert_eq!(sectors.total, 8);
        let parties = tally(&records, Grouping::Party);
        assert_eq!(parties.counts[..2], [count("CTPC", 3), count("TGC", 3)]);
        assert!(parties.counts.contains(&count("Tsinghua University", 2)));
        let topics = tally(&records, Grouping::Topic);
        assert_eq!(topics.counts[0], count("gas", 3));
        assert_eq!(topics.counts.iter().map(|c| c.count).sum::<usize>(), 9);
    }

    #[test]
    fn organisations_gather_their_documents_and_names() {
        let dataset = small();
        let records: Vec<&Agreement> = dataset.agreements.iter().collect();
        let found = organisations(&records, &dataset.organisations);
        let names: Vec<&str> = found.iter().map(|o| o.name).collect();
        assert_eq!(
            names[..2],
            ["China Test Petroleum Corporation", "Test Gas Company"]
        );
        assert_eq!(found[1].short, Some("TGC"));
        assert_eq!(found[1].documents.len(), 3);
        assert_eq!(
            found[1].other_names.len(),
            1,
            "given once, on the first record"
        );
        let tsinghua = found
            .iter()
            .find(|o| o.name == "Tsinghua University")
            .unwrap();
        assert_eq!(
            tsinghua.other_names.len(),
            1,
            "the same name twice is kept once"
        );
        assert_eq!(
            tsinghua.documents,
            ["bank-tsinghua-innovation", "university-exchange"]
        );
        assert_eq!(found.len(), 9);
    }

    fn count(value: &str, count: usize) -> Count {
        Count {
            value: value.into(),
            count,
        }
    }
}
