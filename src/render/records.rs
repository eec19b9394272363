//! `list`'s answer: the records a query selected, in every format; for programs written record
//! by record as they are made.

use super::{DEFAULT_COLUMNS, Format, Terminal, View, delimited, json, list_table, markdown, view};
use crate::field::{Field, Projection};
use crate::model::{Agreement, Scope};
use crate::vocab::Vocabulary;
use std::io::{self, Write};

/// `records`, selected from `scope`, in `format`. `fields` as the user gave them
/// (each shown once, where first named: a JSON object cannot repeat a key), or `None` for the
/// format's default (all fields, or [`DEFAULT_COLUMNS`] for people). A table never hides the
/// `kept` fields (those the query's filter constrains: [`crate::query::Filter::fields`]).
pub fn list(
    records: &[&Agreement],
    scope: Scope,
    fields: Option<&[Field]>,
    kept: &[Field],
    format: Format,
    terminal: Terminal,
) -> String {
    let mut bytes = Vec::new();
    let written = write_list(&mut bytes, records, scope, fields, kept, format, terminal);
    written.expect("writing to memory");
    String::from_utf8(bytes).expect("every renderer writes UTF-8")
}

/// [`list`], written to `out`: for programs, record by record as it is made, so that a large
/// selection is never held whole in memory.
pub fn write_list(
    out: &mut dyn Write,
    records: &[&Agreement],
    scope: Scope,
    fields: Option<&[Field]>,
    kept: &[Field],
    format: Format,
    terminal: Terminal,
) -> io::Result<()> {
    let fields = fields.map(|fields| with_caveats(distinct(fields), format));
    let records = Records {
        records,
        scope,
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

/// `fields`, and for the formats programs read, `unconfirmed` after them when one of them can
/// be unconfirmed ([`crate::validate::UNCONFIRMABLE_FIELDS`]) and it is not asked for: a
/// spreadsheet gets no assumed date or place without the column that says so. Tables and
/// Markdown mark such values with `?` instead.
fn with_caveats(mut fields: Vec<Field>, format: Format) -> Vec<Field> {
    let for_programs = matches!(
        format,
        Format::Json | Format::Jsonl | Format::Csv | Format::Tsv
    );
    let can_be_unconfirmed = |field: &Field| crate::validate::UNCONFIRMABLE_FIELDS.contains(field);
    if for_programs
        && !fields.contains(&Field::Unconfirmed)
        && fields.iter().any(can_be_unconfirmed)
    {
        fields.push(Field::Unconfirmed);
    }
    fields
}

/// Records selected from a [`Scope`], with the fields to show (`None`: the format's default).
pub struct Records<'a> {
    /// The records, in order.
    pub records: &'a [&'a Agreement],
    /// What they were selected from.
    pub scope: Scope,
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
        list_table::list(self.records, self.scope, self.fields, self.kept, terminal)
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
            Format::Json => json::write_json_list(out, &projections()),
            Format::Jsonl => json::write_lines_list(out, &projections()),
            Format::Csv => delimited::write_records(out, self.records, self.fields(), b','),
            Format::Tsv => delimited::write_records(out, self.records, self.fields(), b'\t'),
            Format::Table | Format::Markdown => return None,
        })
    }
    /// The table, then, as a paragraph of its own, the line on the documents the official
    /// lists name that no record holds (when there are some).
    fn markdown(&self) -> String {
        let mut out = markdown::records(self.records, self.fields.unwrap_or(&DEFAULT_COLUMNS));
        let unrecorded = list_table::unrecorded_line(self.scope.unrecorded, None);
        if !unrecorded.is_empty() {
            out.push('\n');
            out.push_str(&unrecorded);
        }
        out
    }
}

fn projections<'a>(records: &[&'a Agreement], fields: &'a [Field]) -> Vec<Projection<'a>> {
    records
        .iter()
        .map(|&record| Projection { record, fields })
        .collect()
}
