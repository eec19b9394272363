//! Renderers: data in, text out. They never print and never look at the terminal themselves; the
//! caller decides the terminal's shape and colour once and passes them in as a [`Terminal`].

pub mod cite;
pub mod dataset;
pub mod delimited;
pub mod detail;
pub mod graph;
pub mod json;
pub mod markdown;
pub mod problems;
pub mod search;
pub mod table;
pub mod timeline;

use crate::field::{Field, Projection};
use crate::links::Link;
use crate::model::Agreement;
use crate::summary::Summary;
use crate::vocab::{Vocabulary, vocabulary};
use comfy_table::{Attribute, Cell, Color, LineStyle, TableStyle};

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
}

/// The width of tables that hold prose (`show`, `timeline`) when the terminal's is unknown: prose
/// stays readable in a pager or a file.
const PROSE_WIDTH: u16 = 80;

/// The columns of a `list` table or Markdown table when `--fields` is not given.
pub const DEFAULT_COLUMNS: [Field; 6] = [
    Field::Id,
    Field::ShortTitle,
    Field::Sector,
    Field::Kind,
    Field::Parties,
    Field::Signed,
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

/// `records`, selected from a dataset of `total`, in `format`. `fields` as the user gave them,
/// or `None` for the format's default (all fields, or [`DEFAULT_COLUMNS`] for people).
pub fn list(
    records: &[&Agreement],
    total: usize,
    fields: Option<&[Field]>,
    format: Format,
    terminal: Terminal,
) -> String {
    let all = fields.unwrap_or(Field::ALL);
    match format {
        Format::Table => table::list(records, total, fields, terminal),
        Format::Json => json::to_json(&projections(records, all)),
        Format::Jsonl => json::to_lines(projections(records, all)),
        Format::Csv => delimited::records(records, all, b','),
        Format::Tsv => delimited::records(records, all, b'\t'),
        Format::Markdown => markdown::records(records, fields.unwrap_or(&DEFAULT_COLUMNS)),
    }
}

/// One record in `format`: a detail view for people, with `links` (its related documents, from
/// [`Dataset::links`](crate::Dataset::links)), and every field for machines.
pub fn record(record: &Agreement, links: &[Link], format: Format, terminal: Terminal) -> String {
    match format {
        Format::Table => detail::record(record, links, terminal),
        Format::Markdown => markdown::record(record, links),
        Format::Json => json::to_json(&Projection {
            record,
            fields: Field::ALL,
        }),
        Format::Jsonl | Format::Csv | Format::Tsv => list(&[record], 1, None, format, terminal),
    }
}

/// A summary in `format`: nested counts as JSON, one row per count in flat formats.
pub fn summary(summary: &Summary, format: Format, terminal: Terminal) -> String {
    match format {
        Format::Table => table::summary(summary, terminal),
        Format::Json => json::to_json(summary),
        Format::Jsonl => json::to_lines(summary.rows()),
        Format::Csv => delimited::summary(summary, b','),
        Format::Tsv => delimited::summary(summary, b'\t'),
        Format::Markdown => markdown::summary(summary),
    }
}

fn projections<'a>(records: &[&'a Agreement], fields: &'a [Field]) -> Vec<Projection<'a>> {
    records
        .iter()
        .map(|&record| Projection { record, fields })
        .collect()
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
    if is_unconfirmed(field, record) {
        format!("{text}{UNCONFIRMED_MARK}")
    } else {
        text
    }
}

fn is_unconfirmed(field: Field, record: &Agreement) -> bool {
    record.is_unconfirmed(field.name())
}

/// How a table cell should stand out when colour is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tone {
    Plain,
    Heading,
    Doubtful,
    Good,
    Bad,
    Bar,
}

/// A table cell with a tone (shown only when colour is on), its text safe for a terminal.
fn cell(text: impl Into<String>, tone: Tone) -> Cell {
    let text = text.into();
    // Most cells are short printable ASCII, which needs neither escaping nor breaking: one
    // byte scan instead of two character scans (a tenth of a table's cost, callgrind).
    let plain = text.len() <= LONGEST_WORD
        && text
            .bytes()
            .all(|b| b == b'\n' || (b' '..=b'~').contains(&b));
    let cell = if plain {
        Cell::new_owned(text)
    } else {
        Cell::new_owned(break_long_words(&crate::sanitize::for_terminal(&text)).into_owned())
    };
    match tone {
        Tone::Plain => cell,
        Tone::Heading => cell.add_attribute(Attribute::Bold),
        Tone::Doubtful => cell.fg(Color::Yellow),
        Tone::Good => cell.fg(Color::Green),
        Tone::Bad => cell.fg(Color::Red),
        Tone::Bar => cell.fg(Color::Cyan),
    }
}

/// Words longer than this are cut into lines of this length before a table wraps them.
const LONGEST_WORD: usize = 1000;

/// `text` with every run of more than [`LONGEST_WORD`] non-blank characters cut by line breaks.
/// Comfy-table splits an over-long word in time proportional to the word's length for every
/// line it makes, so a megabyte without a space would take minutes; pieces of bounded length
/// keep wrapping linear.
fn break_long_words(text: &str) -> std::borrow::Cow<'_, str> {
    let mut run = 0;
    let needs_breaks = text.chars().any(|c| {
        run = if c.is_whitespace() { 0 } else { run + 1 };
        run > LONGEST_WORD
    });
    if !needs_breaks {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut broken = String::with_capacity(text.len() + text.len() / LONGEST_WORD);
    let mut run = 0;
    for c in text.chars() {
        run = if c.is_whitespace() { 0 } else { run + 1 };
        if run > LONGEST_WORD {
            broken.push('\n');
            run = 1;
        }
        broken.push(c);
    }
    std::borrow::Cow::Owned(broken)
}

/// The table look: a rule under the header, no other lines, so that every column of the
/// terminal goes to content.
const STYLE: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('─').junction('─'));

/// Comfy-table with the project's look, fitted to `width`, coloured only when allowed.
fn new_table(width: Option<u16>, color: bool) -> comfy_table::Table {
    let mut table = comfy_table::Table::new();
    table.load_style(STYLE).force_no_tty();
    if color {
        table.enforce_styling().style_text_only();
    }
    if let Some(width) = width {
        table
            .set_width(width)
            .set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
    }
    table
}

/// A header and rows in a flat format: CSV, TSV, or (for any other format) a Markdown table.
fn flat(format: Format, header: Vec<String>, rows: impl Iterator<Item = Vec<String>>) -> String {
    match format {
        Format::Csv => delimited::write(header, rows, b','),
        Format::Tsv => delimited::write(header, rows, b'\t'),
        _ => markdown::table(header, rows),
    }
}

/// The table's text, without the padding comfy-table leaves at the ends of lines.
fn finish(table: &comfy_table::Table) -> String {
    let mut out = String::new();
    for line in table.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_words_are_cut_and_short_ones_kept() {
        assert!(matches!(
            break_long_words("short words stay"),
            std::borrow::Cow::Borrowed(_)
        ));
        let word = "x".repeat(LONGEST_WORD * 2 + 5);
        let broken = break_long_words(&word);
        let lines: Vec<usize> = broken.lines().map(str::len).collect();
        assert_eq!(lines, [LONGEST_WORD, LONGEST_WORD, 5]);
        let exact = "y".repeat(LONGEST_WORD);
        assert_eq!(
            break_long_words(&format!("{exact} {exact}")),
            format!("{exact} {exact}")
        );
    }
}
