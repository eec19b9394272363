//! Counts over a set of records: by sector, kind, country and confidence.

use crate::model::Agreement;
use crate::vocab::{Confidence, Country, Kind, Sector, Vocabulary};
use serde::ser::{Serialize, SerializeMap, Serializer};

/// How many records fall under each value of each vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    /// How many records were counted.
    pub total: usize,
    /// How many of them are on the official list.
    pub official_list: usize,
    /// Records per sector, every sector listed.
    pub by_sector: Counts,
    /// Records per kind, every kind listed.
    pub by_kind: Counts,
    /// Records with at least one party from each country (a record counts once per country).
    pub by_country: Counts,
    /// Records per confidence level.
    pub by_confidence: Counts,
}

/// Named counts in vocabulary order; serialized as a JSON object (`{"energy": 5, ...}`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counts(pub Vec<(&'static str, usize)>);

impl Counts {
    /// Counts, for every value of `V`, the records that `has` says belong to it.
    pub(crate) fn of<V: Vocabulary>(
        records: &[&Agreement],
        has: impl Fn(&Agreement, V) -> bool,
    ) -> Counts {
        Counts(
            V::ALL
                .iter()
                .map(|&value| {
                    (
                        value.name(),
                        records.iter().filter(|r| has(r, value)).count(),
                    )
                })
                .collect(),
        )
    }

    /// The count for one name, 0 when absent.
    pub fn get(&self, name: &str) -> usize {
        self.0
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(0, |&(_, count)| count)
    }
}

impl Serialize for Counts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, count) in &self.0 {
            map.serialize_entry(name, count)?;
        }
        map.end()
    }
}

/// One flat row of a summary, for CSV, TSV, JSON Lines and Markdown.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Row {
    /// The grouping: `sector`, `kind`, `country`, `confidence` or `official_list`.
    pub group: &'static str,
    /// One value of the grouping (`energy`, `RU`, `true`...).
    pub value: &'static str,
    /// How many records have it.
    pub count: usize,
}

impl Row {
    /// The row as three text cells: group, value, count.
    pub fn cells(&self) -> Vec<String> {
        vec![
            self.group.to_string(),
            self.value.to_string(),
            self.count.to_string(),
        ]
    }
}

impl Summary {
    /// Every count as a flat row, grouping by grouping, in vocabulary order.
    pub fn rows(&self) -> Vec<Row> {
        let mut rows = Vec::new();
        for (group, counts) in self.groups() {
            rows.extend(counts.0.iter().map(|&(value, count)| Row {
                group,
                value,
                count,
            }));
        }
        let official = [
            ("true", self.official_list),
            ("false", self.total - self.official_list),
        ];
        rows.extend(official.map(|(value, count)| Row {
            group: "official_list",
            value,
            count,
        }));
        rows
    }

    /// The four groupings with their names, in display order.
    pub fn groups(&self) -> [(&'static str, &Counts); 4] {
        [
            ("sector", &self.by_sector),
            ("kind", &self.by_kind),
            ("country", &self.by_country),
            ("confidence", &self.by_confidence),
        ]
    }

    /// Counts `records`.
    pub fn of(records: &[&Agreement]) -> Summary {
        Summary {
            total: records.len(),
            official_list: records.iter().filter(|r| r.official_list).count(),
            by_sector: Counts::of(records, |r, sector: Sector| r.sector == sector),
            by_kind: Counts::of(records, |r, kind: Kind| r.kind == kind),
            by_country: Counts::of(records, |r, country: Country| r.involves(country)),
            by_confidence: Counts::of(records, |r, level: Confidence| r.confidence == level),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// On the small fixture: two energy memoranda, one on the list, one with a Mongolian party.
    #[test]
    fn counts_each_grouping() {
        let mut dataset = crate::fixture::with_text("Plain text");
        dataset.agreements[1].kind = Kind::Protocol;
        dataset.agreements[1].confidence = Confidence::Unresolved;
        let records: Vec<&Agreement> = dataset.agreements.iter().collect();
        let summary = Summary::of(&records);
        let cases = [
            ("total", summary.total, 2),
            ("official list", summary.official_list, 1),
            ("energy", summary.by_sector.get("energy"), 2),
            ("media", summary.by_sector.get("media"), 0),
            ("memoranda", summary.by_kind.get("memorandum"), 1),
            ("protocols", summary.by_kind.get("protocol"), 1),
            ("china", summary.by_country.get("CN"), 2),
            ("mongolia", summary.by_country.get("MN"), 1),
            ("unresolved", summary.by_confidence.get("unresolved"), 1),
        ];
        for (name, actual, expected) in cases {
            assert_eq!(actual, expected, "{name}");
        }
        let sectors: usize = summary.by_sector.0.iter().map(|(_, n)| n).sum();
        assert_eq!(
            sectors, summary.total,
            "every record has exactly one sector"
        );
    }

    #[test]
    fn rows_flatten_every_grouping() {
        let dataset = crate::fixture::with_text("Plain text");
        let records: Vec<&Agreement> = dataset.agreements.iter().collect();
        let rows = Summary::of(&records).rows();
        let expected_len =
            Sector::ALL.len() + Kind::ALL.len() + Country::ALL.len() + Confidence::ALL.len() + 2;
        assert_eq!(rows.len(), expected_len);
        assert_eq!(
            rows[0],
            Row {
                group: "sector",
                value: "energy",
                count: 2
            }
        );
        let unofficial = rows.last().unwrap();
        assert_eq!(
            *unofficial,
            Row {
                group: "official_list",
                value: "false",
                count: 1
            }
        );
    }

    #[test]
    fn empty_input_counts_zero_everywhere() {
        let summary = Summary::of(&[]);
        assert_eq!(summary.total, 0);
        assert!(summary.by_sector.0.iter().all(|&(_, n)| n == 0));
        assert_eq!(summary.by_sector.0.len(), Sector::ALL.len());
    }

    #[test]
    fn serializes_counts_as_an_object_in_vocabulary_order() {
        let summary = Summary::of(&[]);
        let json = serde_json::to_string(&summary.by_confidence).unwrap();
        assert_eq!(json, r#"{"confirmed":0,"single-source":0,"unresolved":0}"#);
    }
}
