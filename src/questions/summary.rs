//! Counts over a set of records: by sector, kind, country and confidence, each a
//! [`Tally`] as `summary --by` counts it.

use crate::model::Agreement;
use crate::overview::{Grouping, Tally, tally};
use serde::ser::{Serialize, SerializeMap, Serializer};

/// How many records fall under each value of each vocabulary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// How many records were counted.
    pub total: usize,
    /// How many of them are on the official list.
    pub official_list: usize,
    /// How many documents the official lists of the events counted name that no record holds
    /// (no source found names them): no count here includes them. Set by
    /// [`Summary::with_unrecorded`]; 0 otherwise.
    pub official_list_unrecorded: usize,
    /// The records per sector, kind, country (a record counts once for each country of its
    /// parties) and confidence, every value of each listed.
    pub tallies: [Tally; 4],
}

/// The groupings a summary counts, in display order.
const GROUPINGS: [Grouping; 4] = [
    Grouping::Sector,
    Grouping::Kind,
    Grouping::Country,
    Grouping::Confidence,
];

/// As JSON: `total`, `official_list`, `official_list_unrecorded`, then `by_sector`, `by_kind`,
/// `by_country` and `by_confidence`, each an object of counts in vocabulary order
/// (`{"energy": 5, ...}`).
impl Serialize for Summary {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        /// One tally as an object of counts.
        struct Counts<'a>(&'a Tally);
        impl Serialize for Counts<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let counts = &self.0.counts;
                let mut map = serializer.serialize_map(Some(counts.len()))?;
                for count in counts {
                    map.serialize_entry(&count.value, &count.count)?;
                }
                map.end()
            }
        }
        let mut map = serializer.serialize_map(Some(3 + self.tallies.len()))?;
        map.serialize_entry("total", &self.total)?;
        map.serialize_entry("official_list", &self.official_list)?;
        map.serialize_entry("official_list_unrecorded", &self.official_list_unrecorded)?;
        for tally in &self.tallies {
            map.serialize_entry(&format!("by_{}", tally.group), &Counts(tally))?;
        }
        map.end()
    }
}

/// One flat row of a summary, for CSV, TSV, JSON Lines and Markdown.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Row<'a> {
    /// The grouping: `sector`, `kind`, `country`, `confidence` or `official_list`.
    pub group: &'static str,
    /// One value of the grouping (`energy`, `RU`, `true`...; `unrecorded` for the official lists'
    /// documents no record holds).
    pub value: &'a str,
    /// How many records have it.
    pub count: usize,
}

impl Row<'_> {
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
    pub fn rows(&self) -> Vec<Row<'_>> {
        let mut rows = Vec::new();
        for tally in &self.tallies {
            rows.extend(tally.counts.iter().map(|count| Row {
                group: crate::vocab::Vocabulary::name(tally.group),
                value: &count.value,
                count: count.count,
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
        // Documents no record holds: a row only when there are some, as the table's line.
        if self.official_list_unrecorded > 0 {
            rows.push(Row {
                group: "official_list",
                value: "unrecorded",
                count: self.official_list_unrecorded,
            });
        }
        rows
    }

    /// Counts `records`.
    pub fn of(records: &[&Agreement]) -> Summary {
        Summary {
            total: records.len(),
            official_list: records.iter().filter(|r| r.official_list).count(),
            official_list_unrecorded: 0,
            tallies: GROUPINGS.map(|group| tally(records, group)),
        }
    }

    /// The summary, saying that the official lists of the events counted name `unrecorded`
    /// documents no record holds (from [`crate::model::Dataset::scope`]).
    pub fn with_unrecorded(self, unrecorded: usize) -> Summary {
        Summary {
            official_list_unrecorded: unrecorded,
            ..self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::{Confidence, Country, Kind, Sector, Vocabulary};

    /// On the small fixture: two energy memoranda, one on the list, one with a Mongolian party.
    #[test]
    fn counts_each_grouping() {
        let mut dataset = crate::fixture::with_text("Plain text");
        dataset.agreements[1].kind = Kind::Protocol;
        dataset.agreements[1].confidence = Confidence::Unresolved;
        let records: Vec<&Agreement> = dataset.agreements.iter().collect();
        let summary = Summary::of(&records);
        let [sector, kind, country, confidence] = &summary.tallies;
        let cases = [
            ("total", summary.total, 2),
            ("official list", summary.official_list, 1),
            ("energy", sector.count_of("energy"), 2),
            ("media", sector.count_of("media"), 0),
            ("memoranda", kind.count_of("memorandum"), 1),
            ("protocols", kind.count_of("protocol"), 1),
            ("china", country.count_of("CN"), 2),
            ("mongolia", country.count_of("MN"), 1),
            ("unresolved", confidence.count_of("unresolved"), 1),
        ];
        for (name, actual, expected) in cases {
            assert_eq!(actual, expected, "{name}");
        }
        let sectors: usize = sector.counts.iter().map(|c| c.count).sum();
        assert_eq!(
            sectors, summary.total,
            "every record has exactly one sector"
        );
    }

    #[test]
    fn rows_flatten_every_grouping() {
        let dataset = crate::fixture::with_text("Plain text");
        let records: Vec<&Agreement> = dataset.agreements.iter().collect();
        let summary = Summary::of(&records);
        let rows = summary.rows();
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
        assert_eq!(rows[0].cells(), ["sector", "energy", "2"]);
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
        let sectors = &summary.tallies[0].counts;
        assert!(sectors.iter().all(|c| c.count == 0));
        assert_eq!(sectors.len(), Sector::ALL.len());
    }

    /// The documents no record holds: in the JSON always, in the flat rows only when some are.
    #[test]
    fn unrecorded_documents_are_counted_apart() {
        let rows = |summary: &Summary| -> Vec<String> {
            summary
                .rows()
                .iter()
                .map(|row| row.cells().join(","))
                .collect()
        };
        let none = Summary::of(&[]);
        assert!(!rows(&none).iter().any(|row| row.contains("unrecorded")));
        let some = Summary::of(&[]).with_unrecorded(16);
        assert_eq!(some.official_list_unrecorded, 16);
        assert_eq!(rows(&some).last().unwrap(), "official_list,unrecorded,16");
        let json = serde_json::to_value(&some).unwrap();
        assert_eq!(json["official_list_unrecorded"], 16);
        assert_eq!(json["total"], 0, "no count includes them");
    }

    #[test]
    fn serializes_counts_as_an_object_in_vocabulary_order() {
        let summary = Summary::of(&[]);
        let json = serde_json::to_value(&summary).unwrap();
        assert_eq!(
            json["by_confidence"].to_string(),
            r#"{"confirmed":0,"single-source":0,"unresolved":0}"#
        );
        let text = serde_json::to_string(&summary).unwrap();
        assert!(
            text.starts_with(
                r#"{"total":0,"official_list":0,"official_list_unrecorded":0,"by_sector":{"energy":0,"#
            ),
            "{text}"
        );
        for group in ["by_kind", "by_country"] {
            assert!(text.contains(&format!(r#""{group}":{{"#)), "{text}");
        }
    }
}
