//! The related tables on the small fixtures: keys hold, nothing is left out, a source described
//! two ways is refused, and the SQLite file answers the common questions.

use super::{ExportError, Selection, Table, Value, tables};
use crate::Filter;
use crate::fixture::{OTHER, RECORD, small, with_text};
use crate::model::Dataset;
use std::collections::HashSet;

fn all(dataset: &Dataset) -> Vec<Table> {
    let records = dataset.select(&Filter::default());
    tables(&Selection {
        dataset,
        records: &records,
    })
    .expect("exportable")
}

fn table<'a>(tables: &'a [Table], name: &str) -> &'a Table {
    tables.iter().find(|t| t.name == name).expect("a table")
}

fn values(table: &Table, columns: &[&str]) -> Vec<Vec<Value>> {
    let indexes: Vec<usize> = columns
        .iter()
        .map(|c| table.column(c).expect("a column"))
        .collect();
    (table.rows.iter())
        .map(|row| indexes.iter().map(|&i| row[i].clone()).collect())
        .collect()
}

/// Every primary key is unique and every foreign key (but null) names a row.
fn assert_keys_hold(tables: &[Table]) {
    for t in tables {
        let keys = values(t, t.primary_key);
        let unique: HashSet<String> = keys.iter().map(|k| format!("{k:?}")).collect();
        assert_eq!(unique.len(), keys.len(), "{} has a repeated key", t.name);
        for key in &t.foreign_keys {
            let known: HashSet<String> = (values(table(tables, key.table), key.references).iter())
                .map(|k| format!("{k:?}"))
                .collect();
            for value in values(t, key.columns) {
                if !value.contains(&Value::Null) {
                    let found = known.contains(&format!("{value:?}"));
                    assert!(found, "{}: {value:?} not in {}", t.name, key.table);
                }
            }
        }
    }
}

#[test]
fn keys_hold_and_every_record_part_has_its_rows() {
    for dataset in [small(), with_text("plain text")] {
        let tables = all(&dataset);
        assert_keys_hold(&tables);
        let count = |name| table(&tables, name).rows.len();
        let records = &dataset.agreements;
        assert_eq!(count("agreements"), records.len());
        let sum = |f: fn(&crate::model::Agreement) -> usize| records.iter().map(f).sum::<usize>();
        assert_eq!(count("agreement_parties"), sum(|r| r.parties.len()));
        assert_eq!(count("terms"), sum(|r| r.terms.len()));
        assert_eq!(count("agreement_sources"), sum(|r| r.sources.len()));
        assert_eq!(count("links"), sum(|r| r.related.len()));
        assert_eq!(count("topics"), sum(|r| r.topics.len()));
        assert_eq!(count("history"), sum(|r| r.history.len()));
        assert_eq!(count("event_days"), dataset.events[0].days.len());
        assert_eq!(count("events"), dataset.events.len());
        assert_eq!(count("event_history"), dataset.events[0].history.len());
        // A row for the dataset when it describes itself, and none (not a blank row) otherwise.
        assert_eq!(count("dataset"), usize::from(dataset.metadata.is_some()));
    }
}

#[test]
fn a_link_to_a_record_left_out_keeps_its_id_but_not_the_foreign_key() {
    let dataset = with_text("plain text");
    let only: Vec<_> = dataset
        .agreements
        .iter()
        .filter(|r| *r.id == *RECORD)
        .collect();
    let tables = tables(&Selection {
        dataset: &dataset,
        records: &only,
    })
    .expect("exportable");
    assert_keys_hold(&tables);
    let links = values(table(&tables, "links"), &["declared_id", "target_id"]);
    assert!(
        links.contains(&vec![Value::Text(OTHER.into()), Value::Null]),
        "{links:?}"
    );
}

#[test]
fn an_address_no_source_list_describes_still_gets_its_row() {
    // `validate` refuses such a dataset; a caller of the library may not have asked it.
    let mut dataset = with_text("plain text");
    let url = "https://example.org/undescribed";
    dataset.agreements[0].summary_sources.push(url.into());
    let tables = all(&dataset);
    assert_keys_hold(&tables);
    let sources = values(table(&tables, "sources"), &["url", "publisher", "weak"]);
    let row = vec![Value::Text(url.into()), Value::Null, Value::Null];
    assert!(sources.contains(&row), "{sources:?}");
}

#[test]
fn a_source_described_two_ways_is_refused() {
    let mut dataset = with_text("plain text");
    let url = dataset.agreements[0].sources[0].url.clone();
    let other = &mut dataset.agreements[1];
    let at = other
        .sources
        .iter()
        .position(|s| s.url == url)
        .expect("shared source");
    other.sources[at].publisher = "Someone else".into();
    let records = dataset.select(&Filter::default());
    let refused = tables(&Selection {
        dataset: &dataset,
        records: &records,
    });
    assert!(
        matches!(
            refused,
            Err(ExportError::SourceConflict {
                field: "publisher",
                ..
            })
        ),
        "{refused:?}"
    );
}

#[test]
fn the_sqlite_file_answers_with_its_keys_checked() {
    let dataset = small();
    let folder = tempfile::tempdir().unwrap();
    let dir = folder.path().join("export.db");
    super::sqlite::write(&all(&dataset), &dir).expect("written");
    let db = rusqlite::Connection::open(&dir).expect("opened");
    let one = |sql: &str| -> String {
        db.query_row(sql, [], |row| row.get::<_, rusqlite::types::Value>(0))
            .map(|v| format!("{v:?}"))
            .expect(sql)
    };
    assert_eq!(
        one("SELECT count(*) FROM pragma_foreign_key_check"),
        "Integer(0)"
    );
    assert_eq!(one("SELECT count(*) FROM agreements"), "Integer(8)");
    assert_eq!(
        one("SELECT group_concat(id) FROM agreements WHERE rowid IN
               (SELECT rowid FROM agreements_fts WHERE agreements_fts MATCH 'lunar')"),
        "Text(\"lunar-dust-monitor\")"
    );
    assert_eq!(
        one("SELECT parties FROM agreements_flat WHERE id = 'gas-pipeline-memo'"),
        "Text(\"TGC (RU) / CTPC (CN)\")"
    );
    // The index agrees with the table it names (FTS5 compares them).
    db.execute_batch("INSERT INTO agreements_fts (agreements_fts) VALUES ('integrity-check')")
        .expect("the full-text index matches its table");
}

/// Every string in `value`, by its path, for changing one at a time.
fn string_paths(value: &serde_json::Value, path: String, paths: &mut Vec<String>) {
    match value {
        serde_json::Value::String(_) => paths.push(path),
        serde_json::Value::Array(items) => (items.iter().enumerate())
            .for_each(|(i, item)| string_paths(item, format!("{path}/{i}"), paths)),
        serde_json::Value::Object(fields) => (fields.iter())
            .for_each(|(key, item)| string_paths(item, format!("{path}/{key}"), paths)),
        _ => {}
    }
}

#[test]
fn what_validation_accepts_fills_every_required_cell() {
    // The small fixture with a description and a statement, and every text of it emptied in
    // turn: either validation refuses it, or no required cell of the tables (the columns the
    // data package calls required) is empty, and the package names a licence.
    let mut whole: serde_json::Value =
        serde_json::from_str(&crate::render::dataset::json(&small())).expect("JSON");
    let source = serde_json::json!([{ "url": "https://example.org/said", "publisher": "Example", "side": "media" }]);
    whole["dataset"] = serde_json::json!({
        "title": "T", "version": "1", "updated": "2025-09-03", "licence": "CC-BY-4.0", "description": "D",
    });
    whole["events"][0]["notes"] =
        serde_json::json!([{ "title": "T", "text": "N", "sources": source }]);
    whole["events"][0]["statements"] = serde_json::json!([{
        "speaker": "S", "date": "2025-09-02", "occasion": "O", "text": "X", "sources": source,
    }]);
    let mut paths = Vec::new();
    string_paths(&whole, String::new(), &mut paths);
    assert!(paths.len() > 100, "{}", paths.len());
    let mut accepted = 0;
    for path in &paths {
        for empty in ["", " \t"] {
            let mut changed = whole.clone();
            *changed.pointer_mut(path).expect("a path") = empty.into();
            let Ok(loaded) = crate::load::from_json_str(&changed.to_string(), path) else {
                continue;
            };
            accepted += 1;
            let dataset = loaded.dataset;
            let Ok(tables) = tables(&Selection {
                dataset: &dataset,
                records: &dataset.select(&Filter::default()),
            }) else {
                panic!("{path}: valid, but not exported");
            };
            for table in &tables {
                for (i, column) in table.columns.iter().enumerate() {
                    let empty_cell = |row: &Vec<Value>| match &row[i] {
                        Value::Null => true,
                        Value::Text(text) => text.is_empty(),
                        _ => false,
                    };
                    let required = column.required;
                    assert!(
                        !required || !table.rows.iter().any(empty_cell),
                        "{path} = {empty:?}: {}.{} is empty",
                        table.name,
                        column.name
                    );
                }
            }
            let package = super::package_metadata(&dataset);
            let licence = &package["licenses"][0];
            assert!(
                package.get("licenses").is_none()
                    || licence["name"].as_str().or(licence["title"].as_str()) != Some(""),
                "{path}: {package}"
            );
        }
    }
    // Optional texts (a source's headline, a note on a term) may be emptied.
    assert!(accepted > 0);
}

/// The full-text index finds a Traditional Chinese name by its Simplified form, and finds it
/// inside a longer word (trigrams), on the embedded data: CNPC's four documents.
#[test]
fn the_full_text_index_folds_chinese_and_matches_inside_words() {
    let dataset = crate::load::embedded();
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("fts.db");
    super::sqlite::write(&all(&dataset), &path).expect("written");
    let db = rusqlite::Connection::open(&path).expect("opened");
    let matching = |words: &str| -> i64 {
        let sql = "SELECT count(*) FROM agreements_fts WHERE agreements_fts MATCH ?1";
        db.query_row(sql, [words], |row| row.get(0)).expect(sql)
    };
    assert_eq!(matching("中國石油"), 4, "as the pages write it");
    assert_eq!(matching("中国石油"), 4, "in Simplified characters");
}
