//! A whole dataset written back as TOML or JSON (`agreements convert`).

use crate::model::{Agreement, Dataset, Event, Metadata};
use serde::Serialize;

/// The dataset as pretty-printed JSON, the shape `--data file.json` reads.
pub fn json(dataset: &Dataset) -> String {
    super::json::to_json(dataset)
}

/// The dataset as TOML, the shape of `data/agreements.toml`. Records are written one at a time:
/// the toml crate serializes a whole array of tables in time that grows faster than its length
/// (100,000 records took minutes), while record by record it is linear.
pub fn toml(dataset: &Dataset) -> String {
    #[derive(Serialize)]
    struct Head<'a> {
        #[serde(rename = "dataset", skip_serializing_if = "Option::is_none")]
        metadata: &'a Option<Metadata>,
        event: &'a Event,
    }
    #[derive(Serialize)]
    struct OneRecord<'a> {
        agreements: [&'a Agreement; 1],
    }
    let mut text = to_toml(&Head {
        metadata: &dataset.metadata,
        event: &dataset.event,
    });
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
    fn toml_and_json_load_back_to_the_same_dataset() {
        for dataset in [fixture::small(), fixture::with_text("Plain \"text\"\n")] {
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
    fn an_empty_dataset_writes_only_the_metadata_and_the_event() {
        let mut dataset = fixture::with_text("Plain text");
        dataset.agreements.clear();
        assert!(toml(&dataset).starts_with("[dataset]\n"));
        assert!(toml(&dataset).contains("\n[event]\n"));
        assert!(!toml(&dataset).contains("[[agreements]]"));
    }
}
