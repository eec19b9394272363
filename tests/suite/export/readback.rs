//! The data package read back with no outside program (the csv crate): each table's columns are
//! the ones its schema names, and joining the tables gives back what `list --format json` says,
//! column by column, so that two swapped columns fail here on any machine.

use super::export;
use crate::common::{Scratch, json_value_of};
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

/// The rows of `table`.csv in `package`, each a map from column to cell.
fn rows(package: &Path, table: &str) -> Vec<HashMap<String, String>> {
    let mut reader = csv::Reader::from_path(package.join(format!("{table}.csv"))).unwrap();
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(package.join("datapackage.json")).unwrap())
            .unwrap();
    let resource = (schema["resources"].as_array().unwrap().iter())
        .find(|r| r["name"] == table)
        .unwrap();
    let fields: Vec<&str> = (resource["schema"]["fields"].as_array().unwrap().iter())
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        header, fields,
        "{table}: the CSV's columns are the schema's"
    );
    let records = reader.records().map(|row| {
        let row = row.unwrap();
        header
            .iter()
            .cloned()
            .zip(row.iter().map(String::from))
            .collect()
    });
    records.collect()
}

fn text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

#[test]
fn the_data_package_joins_back_to_the_json_column_by_column() {
    let scratch = Scratch::new("readback");
    let package = scratch.path("package");
    export("datapackage", &package, &[]);
    let listed = json_value_of(&["list", "--format", "json"]);
    let listed = listed.as_array().unwrap();
    let agreements = rows(&package, "agreements");
    let parties: HashMap<String, HashMap<String, String>> = (rows(&package, "parties").into_iter())
        .map(|row| (row["party_id"].clone(), row))
        .collect();
    let agreement_parties = rows(&package, "agreement_parties");
    let terms = rows(&package, "terms");
    assert_eq!(agreements.len(), listed.len());
    for (row, record) in agreements.iter().zip(listed) {
        for column in [
            "id",
            "title",
            "short_title",
            "kind",
            "sector",
            "signed",
            "place",
            "summary",
            "confidence",
        ] {
            assert_eq!(
                row[column],
                text(&record[column]),
                "{column} of {}",
                row["id"]
            );
        }
        let id = &row["id"];
        let of_record = |table: &[HashMap<String, String>]| -> Vec<HashMap<String, String>> {
            let mut found: Vec<_> = table
                .iter()
                .filter(|r| &r["agreement_id"] == id)
                .cloned()
                .collect();
            found.sort_by_key(|r| r["position"].parse::<usize>().unwrap());
            found
        };
        let named: Vec<(String, String, String, String, String)> = of_record(&agreement_parties)
            .iter()
            .map(|link| {
                let party = &parties[&link["party_id"]];
                let cell = |c: &str| party[c].clone();
                (
                    cell("name"),
                    cell("short"),
                    cell("country"),
                    cell("org"),
                    link["role"].clone(),
                )
            })
            .collect();
        let expected: Vec<(String, String, String, String, String)> =
            (record["parties"].as_array().unwrap().iter())
                .map(|p| {
                    (
                        text(&p["name"]),
                        text(&p["short"]),
                        text(&p["country"]),
                        text(&p["org"]),
                        text(&p["role"]),
                    )
                })
                .collect();
        assert_eq!(named, expected, "parties of {id}");
        let listed_terms: Vec<Vec<String>> = (record["terms"].as_array().unwrap().iter())
            .map(|t| {
                ["label", "value", "unit", "text", "source", "unconfirmed"]
                    .map(|c| text(&t[c]))
                    .to_vec()
            })
            .collect();
        let exported: Vec<Vec<String>> = of_record(&terms)
            .iter()
            .map(|t| {
                ["label", "value", "unit", "text", "source", "unconfirmed"]
                    .map(|c| t[c].clone())
                    .to_vec()
            })
            .collect();
        assert_eq!(exported, listed_terms, "terms of {id}");
    }
}
