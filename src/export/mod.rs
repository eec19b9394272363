//! The dataset as related tables, for the targets that hold more than one table (`export`):
//! SQLite, a Frictionless data package, a spreadsheet. One normalised model, [`tables`], with
//! each table's columns, types, required fields, allowed values, primary and foreign keys,
//! from which each writer takes what its format can say.

mod backs;
pub mod datapackage;
mod rows;
mod schema;
pub mod sqlite;
pub mod xlsx;

use crate::date::Date;
use crate::field::Scalar;
use crate::model::{Agreement, Dataset};
use crate::vocab::vocabulary;
pub use rows::tables;

vocabulary! {
    /// What `export` writes.
    Target, "export target" {
        /// A SQLite database, with a full-text index and views.
        Sqlite = "sqlite" ["db"],
        /// A Frictionless data package: a folder of CSV files and datapackage.json.
        Datapackage = "datapackage" ["frictionless"],
        /// An xlsx workbook, one sheet per table.
        Xlsx = "xlsx" ["excel"],
    }
}

/// The data package's own description: its name, and the dataset's title, version,
/// description and licence when it has them.
pub fn package_metadata(dataset: &Dataset) -> serde_json::Value {
    let mut package = serde_json::json!({ "name": "agreements" });
    if let Some(metadata) = &dataset.metadata {
        package["title"] = serde_json::json!(metadata.title);
        package["version"] = serde_json::json!(metadata.version);
        package["description"] = serde_json::json!(metadata.description);
        // A licence named by an identifier (CC-BY-4.0) is a licence entry; any other is a title.
        let id = metadata
            .licence
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._".contains(c));
        package["licenses"] = if id {
            serde_json::json!([{ "name": metadata.licence }])
        } else {
            serde_json::json!([{ "title": metadata.licence, "path": "datapackage.json" }])
        };
    }
    package
}

/// A column's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    /// Text.
    Text,
    /// A whole number.
    Integer,
    /// A number as the dataset wrote it (a key term's value).
    Number,
    /// True or false.
    Boolean,
    /// A calendar day.
    Date,
    /// A web address.
    Url,
}

/// One column of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// The column's name.
    pub name: &'static str,
    /// Its type.
    pub kind: Type,
    /// Whether every row has a value.
    pub required: bool,
    /// The values allowed, when the column takes a vocabulary.
    pub values: Option<Vec<&'static str>>,
    /// What the column holds.
    pub description: &'static str,
}

/// A foreign key: `columns` of this table name a row of `table` by its `references`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForeignKey {
    /// The columns of this table.
    pub columns: &'static [&'static str],
    /// The table referred to.
    pub table: &'static str,
    /// Its columns (its primary key).
    pub references: &'static [&'static str],
}

/// A value in a table.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// No value.
    Null,
    /// Text.
    Text(String),
    /// A whole number.
    Integer(i64),
    /// A number as written.
    Number(serde_json::Number),
    /// True or false.
    Boolean(bool),
    /// A day.
    Date(Date),
}

impl Value {
    /// The value as CSV and the spreadsheet's text show it ("" for none; numbers as written,
    /// booleans `true`/`false`, dates `YYYY-MM-DD`).
    pub fn text(&self) -> String {
        match self {
            Value::Null => String::new(),
            Value::Text(text) => text.clone(),
            Value::Integer(n) => n.to_string(),
            Value::Number(n) => n.to_string(),
            Value::Boolean(b) => b.to_string(),
            Value::Date(d) => d.to_string(),
        }
    }
}

/// A record field's value as a table holds it.
impl From<Scalar<'_>> for Value {
    fn from(value: Scalar) -> Value {
        match value {
            Scalar::Null => Value::Null,
            Scalar::Text(text) => Value::Text(text.to_string()),
            Scalar::Boolean(b) => Value::Boolean(b),
            Scalar::Date(d) => Value::Date(d),
        }
    }
}

/// One table: its schema and its rows (one value per column, in order).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The table's name.
    pub name: &'static str,
    /// What a row is.
    pub description: &'static str,
    /// The columns, in order.
    pub columns: Vec<Column>,
    /// The columns that identify a row.
    pub primary_key: &'static [&'static str],
    /// The references to other tables.
    pub foreign_keys: Vec<ForeignKey>,
    /// The rows.
    pub rows: Vec<Vec<Value>>,
}

impl Table {
    /// The index of the column `name`.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name == name)
    }
}

/// Why a dataset cannot be exported as related tables.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    /// One source address is described two ways; the `sources` table keeps one row per address.
    #[error(
        "source '{}' has two different {field}s in the dataset ('{}' and '{}'): make them agree to export it (agreements validate shows where)",
        crate::sanitize::quoted(url),
        crate::sanitize::quoted(first),
        crate::sanitize::quoted(second)
    )]
    SourceConflict {
        /// The address.
        url: String,
        /// The attribute that differs.
        field: &'static str,
        /// The first value seen.
        first: String,
        /// The other one.
        second: String,
    },
}

/// The records and the dataset they come from, as [`tables`] takes them.
pub struct Selection<'a> {
    /// The dataset (its metadata and event).
    pub dataset: &'a Dataset,
    /// The records to export, in order.
    pub records: &'a [&'a Agreement],
}

#[cfg(test)]
mod tests;
