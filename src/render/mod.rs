//! Renderers: data in, text out. They never print and never look at the terminal themselves; the
//! caller decides the terminal's shape and colour once and passes them in as a [`Terminal`].

pub mod about;
pub mod cite;
pub mod dataset;
pub mod detail;
mod follow_ups;
mod format;
pub mod graph;
mod history;
pub mod markdown;
pub mod overview;
pub mod problems;
mod records;
pub mod search;
mod shown;
mod summary;
pub mod table;
pub mod timeline;
pub mod view;

use crate::field::Field;
use crate::model::Agreement;
use crate::model::SourceIndex;
use crate::vocab::{Vocabulary, vocabulary};
use comfy::{Tone, cell, finish, new_table};
use format::{comfy, list_columns, list_layout, list_table};
pub use format::{delimited, json};
pub use list_columns::{ChosenColumns, ColumnSamples};
pub use list_layout::wrap;
pub use list_table::{table_text, unrecorded_line};
pub use records::{Records, list, write_list};
pub use shown::record;
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

/// The fields of a detail view (`show`, Markdown, browse), in order; the other fields follow in
/// sections of their own (titles, names, summary, notes, terms, history, links, sources) or as
/// marks (source numbers, "(unconfirmed)").
pub const DETAIL_FIELDS: [Field; 16] = [
    Field::Id,
    Field::Title,
    Field::ShortTitle,
    Field::Kind,
    Field::Sector,
    Field::Topics,
    Field::Parties,
    Field::Signed,
    Field::Place,
    Field::Event,
    Field::OfficialList,
    Field::Confidence,
    Field::Level,
    Field::Binding,
    Field::Status,
    Field::Checked,
];

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
pub fn source_marks<'u>(sources: &SourceIndex, urls: impl IntoIterator<Item = &'u str>) -> String {
    source_numbers(sources, urls)
        .into_iter()
        .map(|n| n.map_or_else(|| "[?]".to_string(), |n| format!("[{n}]")))
        .collect()
}

/// The numbers (from 1) of `urls` in the record's source list, in ascending order, each once;
/// `None` (last) for a URL that is not in it.
pub fn source_numbers<'u>(
    sources: &SourceIndex,
    urls: impl IntoIterator<Item = &'u str>,
) -> Vec<Option<usize>> {
    let mut numbers: Vec<Option<usize>> = urls
        .into_iter()
        .map(|url| sources.find(url).map(|i| i + 1))
        .collect();
    numbers.sort_unstable_by_key(|n| n.unwrap_or(usize::MAX));
    numbers.dedup();
    numbers
}

fn is_unconfirmed(field: Field, record: &Agreement) -> bool {
    record.is_unconfirmed(field.name())
}
