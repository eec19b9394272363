//! A whole dataset written back as TOML, JSON or JSON Lines (`agreements convert`).

use crate::model::{Agreement, Dataset, Event, Metadata, Organisation, Text};
use serde::Serialize;
use std::io::{self, Write};

/// The dataset as pretty-printed JSON, the shape `--data file.json` reads.
pub fn json(dataset: &Dataset) -> String {
    super::json::to_json(dataset)
}

/// [`json`], written to `out` as it is made: a large dataset's text is never held whole.
pub fn write_json(out: &mut dyn Write, dataset: &Dataset) -> io::Result<()> {
    super::json::write_json(out, dataset)
}

/// The dataset as JSON Lines, as `--data file.jsonl` reads it: a header line with the dataset's
/// metadata, event and organisations, then one record per line.
pub fn jsonl(dataset: &Dataset) -> String {
    let mut bytes = Vec::new();
    write_jsonl(&mut bytes, dataset).expect("writing to memory");
    String::from_utf8(bytes).expect("serde_json writes UTF-8")
}

/// [`jsonl`], written to `out` line by line.
pub fn write_jsonl(out: &mut dyn Write, dataset: &Dataset) -> io::Result<()> {
    super::json::write_lines(&mut *out, [Head::of(dataset)])?;
    super::json::write_lines_list(out, &dataset.agreements)
}

/// Everything of a dataset but its records.
#[derive(Serialize)]
struct Head<'a> {
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    synonyms: &'a [Vec<Text>],
    #[serde(rename = "dataset", skip_serializing_if = "Option::is_none")]
    metadata: &'a Option<Metadata>,
    events: &'a [Event],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    organisations: &'a [Organisation],
}

impl Head<'_> {
    fn of(dataset: &Dataset) -> Head<'_> {
        Head {
            synonyms: &dataset.synonyms,
            metadata: &dataset.metadata,
            events: &dataset.events,
            organisations: &dataset.organisations,
        }
    }
}

/// The dataset as TOML, the shape of `data/agreements.toml`. Records are written one at a time:
/// the toml crate serializes a whole array of tables in time that grows faster than its length
/// (100,000 records took minutes), while record by record it is linear.
pub fn toml(dataset: &Dataset) -> String {
    #[derive(Serialize)]
    struct OneRecord<'a> {
        agreements: [&'a Agreement; 1],
    }
    let mut text = to_toml(&Head::of(dataset));
    for record in &dataset.agreements {
        text.push('\n');
        text.push_str(&to_toml(&OneRecord {
            agreements: [record],
        }));
    }
    text
}

fn to_toml<T: Serialize>(value: &T) -> String {
    // The model has only string keys and finite numbers, which TOML can always write.
    toml::to_string(value).expect("datasets serialize as TOML")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{fixture, load};

    #[test]
    fn toml_json_and_json_lines_load_back_to_the_same_dataset() {
        for mut dataset in [fixture::small(), fixture::with_text("Plain \"text\"\n")] {
            // Loading names each record's event when the dataset holds one.
            dataset.resolve();
            let from_jsonl = load::Syntax::JsonLines
                .parse(&jsonl(&dataset), "t.jsonl")
                .unwrap()
                .dataset;
            assert_eq!(from_jsonl, dataset);
            let from_toml = load::from_toml_str(&toml(&dataset), "t.toml")
                .unwrap()
                .dataset;
            let from_json = load::from_json_str(&json(&dataset), "t.json")
                .unwrap()
                .dataset;
            assert_eq!(from_toml, dataset);
            assert_eq!(from_json, dataset);
        }
    }

    #[test]
    fn an_empty_dataset_writes_only_the_synonyms_the_metadata_and_the_event() {
        let mut dataset = fixture::with_text("Plain text");
        dataset.agreements.clear();
        assert!(
            toml(&dataset).starts_with("synonyms = [[\"moon\", \"lunar\"]]\n\n[dataset]\n"),
            "{}",
            toml(&dataset)
        );
        assert!(toml(&dataset).contains("\n[[events]]\n"));
        assert!(!toml(&dataset).contains("[[agreements]]"));
    }
}
