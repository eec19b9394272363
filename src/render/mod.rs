//! Renderers: data in, text out. They never print and never look at the terminal themselves; the
//! caller decides the terminal's shape and colour once and passes them in as a [`Terminal`].

pub mod about;
pub mod cite;
mod comfy;
pub mod dataset;
pub mod delimited;
pub mod detail;
pub mod graph;
pub mod json;
mod list_columns;
mod list_layout;
mod list_table;
pub mod markdown;
pub mod overview;
pub mod problems;
pub mod search;
mod shown;
mod summary;
pub mod table;
pub mod timeline;
pub mod view;

use crate::field::{Field, Projection};
use crate::model::Agreement;
use crate::vocab::{Vocabulary, vocabulary};
use comfy::{Tone, cell, finish, new_table};
pub use list_columns::{ChosenColumns, ColumnSamples};
pub use list_layout::wrap;
pub use list_table::table_text;
pub use shown::record;
use std::io::{self, Write};
pub use summary::summary;
pub use view::{View, render};

vocabulary! {
    /// An output format.
    Format, "format" {
        /// A table for people (colour and width follow the terminal).
        Table = "table",
        /// JSON: an array of records, one record, or an object of counts.
        Json = "json",
        /// JSON Lines: one JSON object per line.
        Jsonl = "jsonl" ["ndjson"],
        /// Comma-separated values with a header row.
        Csv = "csv",
        /// Tab-separated values with a header row.
        Tsv = "tsv",
        /// A GitHub-flavoured Markdown table (or document, for one record).
        Markdown = "markdown" ["md"],
    }
}

/// What the output device looks like, decided once at the edge of the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Terminal {
    /// The width to fit tables into; `None` when output is not a terminal (no wrapping).
    pub width: Option<u16>,
    /// Whether tables may carry colour and bold. Machine formats never do.
    pub color: bool,
    /// Whether standard output is a terminal (a person reads it), not a pipe or a file.
    pub interactive: bool,
}

/// The width of tables that hold prose (`show`, `timeline`) when the terminal's is unknown: prose
/// stays readable in a pager or a file.
const PROSE_WIDTH: u16 = 80;

/// The columns of a `list` table or Markdown table when `--fields` is not given.
/// In the order a reader needs them: a narrow terminal hides them from the end, but never the
/// parties.
pub const DEFAULT_COLUMNS: [Field; 6] = [
    Field::Id,
    Field::ShortTitle,
    Field::Parties,
    Field::Signed,
    Field::Sector,
    Field::Kind,
];

/// The fields of a detail view (`show`), in order; the summary, notes, terms and sources follow.
pub const DETAIL_FIELDS: [Field; 11] = [
    Field::Id,
    Field::Title,
    Field::ShortTitle,
    Field::Kind,
    Field::Sector,
    Field::Topics,
    Field::Parties,
    Field::Signed,
    Field::Place,
    Field::OfficialList,
    Field::Confidence,
];

/// `records`, selected from a dataset of `total`, in `format`. `fields` as the user gave them
/// (each shown once, where first named: a JSON object cannot repeat a key), or `None` for the
/// format's default (all fields, or [`DEFAULT_COLUMNS`] for people). A table never hides the
/// `kept` fields (those the query's filter constrains: [`crate::query::Filter::fields`]).
pub fn list(
    records: &[&Agreement],
    total: usize,
    fields: Option<&[Field]>,
    kept: &[Field],
    format: Format,
    terminal: Terminal,
) -> String {
    let mut bytes = Vec::new();
    let written = write_list(&mut bytes, records, total, fields, kept, format, terminal);
    written.expect("writing to memory");
    String::from_utf8(bytes).expect("every renderer writes UTF-8")
}

/// [`list`], written to `out`: for programs, record by record as it is made, so that a large
/// selection is never held whole in memory.
pub fn write_list(
    out: &mut dyn Write,
    records: &[&Agreement],
    total: usize,
    fields: Option<&[Field]>,
    kept: &[Field],
    format: Format,
    terminal: Terminal,
) -> io::Result<()> {
    let fields = fields.map(distinct);
    let records = Records {
        records,
        total,
        fields: fields.as_deref(),
        kept,
    };
    view::write(&records, format, terminal, out)
}

/// Each of `fields` once, where first named.
fn distinct(fields: &[Field]) -> Vec<Field> {
    let mut distinct = Vec::with_capacity(fields.len());
    for &field in fields {
        if !distinct.contains(&field) {
            distinct.push(field);
        }
    }
    distinct
}

/// Records selected from a dataset of `total`, with the fields to show (`None`: the format's
/// default).
pub struct Records<'a> {
    /// The records, in order.
    pub records: &'a [&'a Agreement],
    /// How many records the dataset holds.
    pub total: usize,
    /// The fields asked for, each once.
    pub fields: Option<&'a [Field]>,
    /// The fields a table must not hide to fit the terminal.
    pub kept: &'a [Field],
}

impl Records<'_> {
    /// The fields to show: those asked for, or all.
    fn fields(&self) -> &[Field] {
        self.fields.unwrap_or(Field::ALL)
    }
}

impl View for Records<'_> {
    fn table(&self, terminal: Terminal) -> String {
        list_table::list(self.records, self.total, self.fields, self.kept, terminal)
    }
    fn json(&self) -> String {
        json::to_json(&projections(self.records, self.fields()))
    }
    fn jsonl(&self) -> String {
        json::to_lines(projections(self.records, self.fields()))
    }
    fn flat(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let fields = self.fields();
        let header = fields.iter().map(|f| f.name().to_string()).collect();
        let rows = self
            .records
            .iter()
            .map(|r| fields.iter().map(|f| f.cell(r)).collect());
        (header, rows.collect())
    }
    // Records stream into the CSV writer, without the cells of every record held at once.
    fn delimited(&self, delimiter: u8) -> String {
        let mut bytes = Vec::new();
        let written = delimited::write_records(&mut bytes, self.records, self.fields(), delimiter);
        written.expect("writing CSV to memory");
        String::from_utf8(bytes).expect("CSV of UTF-8 is UTF-8")
    }
    fn stream(&self, format: Format, out: &mut dyn Write) -> Option<io::Result<()>> {
        let projections = || projections(self.records, self.fields());
        Some(match format {
            Format::Json => json::write_json(out, &projections()),
            Format::Jsonl => json::write_lines(out, projections()),
            Format::Csv => delimited::write_records(out, self.records, self.fields(), b','),
            Format::Tsv => delimited::write_records(out, self.records, self.fields(), b'\t'),
            Format::Table | Format::Markdown => return None,
        })
    }
    fn markdown(&self) -> String {
        markdown::records(self.records, self.fields.unwrap_or(&DEFAULT_COLUMNS))
    }
}

fn projections<'a>(records: &[&'a Agreement], fields: &'a [Field]) -> Vec<Projection<'a>> {
    records
        .iter()
        .map(|&record| Projection { record, fields })
        .collect()
}

/// "1 document", "2 documents": a count with its noun (the nouns here take an s).
pub fn counted(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// Marks a value whose field the record lists as unconfirmed.
const UNCONFIRMED_MARK: &str = "?";

/// A field as people read it in a table: short party names, and a mark on unconfirmed values.
fn display_text(field: Field, record: &Agreement) -> String {
    let text = match field {
        Field::Parties if record.parties.is_empty() => "unknown".to_string(),
        Field::Parties => {
            let names: Vec<String> = record
                .parties
                .iter()
                .map(|party| format!("{} ({})", party.display_name(), party.country))
                .collect();
            names.join(" / ")
        }
        _ => field.text(record),
    };
    marked(field, record, text)
}

/// `text` with [`UNCONFIRMED_MARK`] when the record lists `field` as unconfirmed.
fn marked(field: Field, record: &Agreement, text: String) -> String {
    if is_unconfirmed(field, record) {
        text + UNCONFIRMED_MARK
    } else {
        text
    }
}

/// The numbers of `urls` in the record's source list, as `[1][3]` (`[?]` for a URL not in it):
/// the marks a claim carries in `show`.
pub fn source_marks<'u>(record: &Agreement, urls: impl IntoIterator<Item = &'u str>) -> String {
    source_numbers(record, urls)
        .into_iter()
        .map(|n| n.map_or_else(|| "[?]".to_string(), |n| format!("[{n}]")))
        .collect()
}

/// The numbers (from 1) of `urls` in the record's source list, in ascending order, each once;
/// `None` (last) for a URL that is not in it.
pub fn source_numbers<'u>(
    record: &Agreement,
    urls: impl IntoIterator<Item = &'u str>,
) -> Vec<Option<usize>> {
    let position = |url: &str| record.sources.iter().position(|s| s.url == url);
    let mut numbers: Vec<Option<usize>> = urls
        .into_iter()
        .map(|url| position(url).map(|i| i + 1))
        .collect();
    numbers.sort_unstable_by_key(|n| n.unwrap_or(usize::MAX));
    numbers.dedup();
    numbers
}

fn is_unconfirmed(field: Field, record: &Agreement) -> bool {
    record.is_unconfirmed(field.name())
}
