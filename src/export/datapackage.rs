//! A Frictionless tabular data package: one CSV per table and `datapackage.json`, with a Table
//! Schema for each (types, required fields, allowed values, primary and foreign keys), which
//! `frictionless validate`, pandas, R and DuckDB read as it is.

use super::{Table, Type};
use serde_json::{Value as Json, json};
use std::path::Path;

/// Writes `tables` into the folder `dir` (which must exist): `<table>.csv` for each, then
/// `datapackage.json`. `name` and `metadata` describe the package.
pub fn write(tables: &[Table], dir: &Path, metadata: &Json) -> std::io::Result<()> {
    for table in tables {
        let file = std::fs::File::create(dir.join(format!("{}.csv", table.name)))?;
        let mut csv = csv::Writer::from_writer(std::io::BufWriter::new(file));
        csv.write_record(table.columns.iter().map(|c| c.name))?;
        for row in &table.rows {
            csv.write_record(row.iter().map(super::Value::text))?;
        }
        csv.flush()?;
    }
    let package = descriptor(tables, metadata);
    let text = serde_json::to_string_pretty(&package).map_err(std::io::Error::other)?;
    std::fs::write(dir.join("datapackage.json"), text + "\n")
}

/// The names of the files [`write()`] puts in the folder: a CSV file per table and the descriptor.
pub fn file_names(tables: &[Table]) -> Vec<String> {
    (tables.iter().map(|table| format!("{}.csv", table.name)))
        .chain(["datapackage.json".to_string()])
        .collect()
}

/// The package descriptor: `metadata` (name, title, version, licences...) and one resource per
/// table.
pub fn descriptor(tables: &[Table], metadata: &Json) -> Json {
    let mut package = metadata.clone();
    package["profile"] = json!("tabular-data-package");
    package["resources"] = tables.iter().map(resource).collect();
    package
}

fn resource(table: &Table) -> Json {
    let fields: Vec<Json> = (table.columns.iter())
        .map(|column| {
            let (kind, format) = match column.kind {
                Type::Text => ("string", None),
                Type::Url => ("string", Some("uri")),
                Type::Integer => ("integer", None),
                Type::Number => ("number", None),
                Type::Boolean => ("boolean", None),
                Type::Date => ("date", None),
            };
            let mut field = json!({
                "name": column.name,
                "type": kind,
                "description": column.description,
            });
            if let Some(format) = format {
                field["format"] = json!(format);
            }
            let mut constraints = serde_json::Map::new();
            if column.required {
                constraints.insert("required".into(), json!(true));
            }
            if let Some(values) = &column.values {
                constraints.insert("enum".into(), json!(values));
            }
            if !constraints.is_empty() {
                field["constraints"] = Json::Object(constraints);
            }
            field
        })
        .collect();
    let mut schema = json!({ "fields": fields, "missingValues": [""] });
    if !table.primary_key.is_empty() {
        schema["primaryKey"] = json!(table.primary_key);
    }
    if !table.foreign_keys.is_empty() {
        let keys: Vec<Json> = (table.foreign_keys.iter())
            .map(|key| {
                json!({
                    "fields": key.columns,
                    "reference": { "resource": key.table, "fields": key.references },
                })
            })
            .collect();
        schema["foreignKeys"] = json!(keys);
    }
    json!({
        "name": table.name,
        "path": format!("{}.csv", table.name),
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": table.description,
        "schema": schema,
    })
}
