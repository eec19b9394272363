//! The `list` table for people: the columns [`super::list_layout`] chooses, the
//! count line, and the notes that explain marks and hidden columns.

use super::comfy::{Tone, cell, finish, new_table};
use super::list_layout::{self, Column, Layout, PADDING, TITLE_INDENT, TRIMMED, Texts, Widths};
use crate::field::Field;
use crate::model::{Agreement, Scope};
use crate::render::{
    DEFAULT_COLUMNS, Terminal, UNCONFIRMED_MARK, counted, display_text, is_unconfirmed, marked,
};
use crate::sanitize::one_line;
use crate::vocab::{Confidence, Vocabulary};
use comfy_table::{ColumnConstraint, Width};

/// Marks, after its short title, a record that is not on the official list.
const OFF_LIST_MARK: &str = "*";

/// The list table and a count line under it. `fields` as the user gave them (all shown, none
/// hidden), or `None` for [`DEFAULT_COLUMNS`] and the `kept` fields (those a filter constrains),
/// which [`list_layout::choose`] fits to the terminal. `total` is the size of the dataset the
/// records were selected from.
pub fn list(
    records: &[&Agreement],
    scope: Scope,
    fields: Option<&[Field]>,
    kept: &[Field],
    terminal: Terminal,
) -> String {
    let candidates = fields.map_or_else(|| with_kept(kept), <[Field]>::to_vec);
    let cells: Vec<Vec<String>> = candidates
        .iter()
        .map(|&field| records.iter().map(|r| table_text(field, r)).collect())
        .collect();
    let texts: Vec<Texts> = candidates
        .iter()
        .zip(&cells)
        .map(|(&field, cells)| Texts { field, cells })
        .collect();
    let layout = list_layout::choose(&texts, kept, fields.is_none(), terminal.width);
    let mut out = String::new();
    if !records.is_empty() {
        out.push_str(&draw(records, &texts, &layout, terminal));
    }
    out.push_str(&count_line(records, scope, terminal.width));
    out.push_str(&notes(records, &layout, terminal.width));
    out
}

/// The default columns, then the constrained fields that are not among them.
pub(in crate::render) fn with_kept(kept: &[Field]) -> Vec<Field> {
    let extra = kept
        .iter()
        .filter(|f| !DEFAULT_COLUMNS.contains(f) && **f != Field::OfficialList);
    DEFAULT_COLUMNS.iter().chain(extra).copied().collect()
}

/// A field as a table cell shows it: on one line, parties by their short names, the short
/// title marked when the record is off the official list.
pub fn table_text(field: Field, record: &Agreement) -> String {
    let text = match field {
        Field::Parties if !record.parties.is_empty() => {
            let names: Vec<&str> = record.parties.iter().map(|p| p.display_name()).collect();
            marked(field, record, names.join(" / "))
        }
        Field::ShortTitle if !record.official_list => {
            format!("{} {OFF_LIST_MARK}", display_text(field, record))
        }
        _ => display_text(field, record),
    };
    // Most texts need no escaping: keep them rather than copy them.
    match one_line(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(escaped) => escaped,
    }
}

fn draw(records: &[&Agreement], texts: &[Texts], layout: &Layout, terminal: Terminal) -> String {
    let mut table = new_table(terminal.width, terminal.color);
    let text_of = |field: Field, i: usize| {
        texts
            .iter()
            .find(|t| t.field == field)
            .map_or("", |t| t.cells[i].as_str())
    };
    table.set_header(layout.columns.iter().map(|column| match column {
        Column::Field(field) => cell(field.heading(), Tone::Heading),
        Column::IdOverTitle => cell("ID / Short title", Tone::Heading),
    }));
    // The short title under the id is wrapped here, so that each of its lines keeps the indent.
    let stacked_width = match &layout.widths {
        Widths::Exact(widths) => widths.first().copied().unwrap_or(0),
        Widths::Wrap { longest_id } => *longest_id,
        Widths::Natural => u16::MAX,
    };
    for (i, record) in records.iter().enumerate() {
        table.add_row(layout.columns.iter().map(|&column| match column {
            Column::Field(field) => cell(text_of(field, i), tone(field, record)),
            Column::IdOverTitle => {
                let title = text_of(Field::ShortTitle, i);
                let title = list_layout::wrap(title, stacked_width, TITLE_INDENT);
                cell(format!("{}\n{title}", text_of(Field::Id, i)), Tone::Plain)
            }
        }));
    }
    let last = layout.columns.len().saturating_sub(1);
    for (i, &column) in layout.columns.iter().enumerate() {
        let padding = if i == last {
            PADDING - TRIMMED
        } else {
            PADDING
        };
        let constraint = match (&layout.widths, column) {
            (Widths::Natural, _) => None,
            (Widths::Exact(widths), _) => Some(ColumnConstraint::Absolute(Width::Fixed(
                widths[i].saturating_add(padding),
            ))),
            (Widths::Wrap { longest_id }, Column::IdOverTitle) => Some(ColumnConstraint::Absolute(
                Width::Fixed(longest_id.saturating_add(padding)),
            )),
            (Widths::Wrap { .. }, Column::Field(field)) => {
                (!field.wraps()).then_some(ColumnConstraint::ContentWidth)
            }
        };
        if let (Some(constraint), Some(column)) = (constraint, table.column_mut(i)) {
            column.set_constraint(constraint);
        }
    }
    finish(&mut table)
}

fn tone(field: Field, record: &Agreement) -> Tone {
    match field {
        _ if is_unconfirmed(field, record) => Tone::Doubtful,
        Field::Confidence => match record.confidence {
            Confidence::Confirmed => Tone::Good,
            Confidence::SingleSource => Tone::Doubtful,
            Confidence::Unresolved => Tone::Bad,
        },
        _ => Tone::Plain,
    }
}

/// "5 of 25 agreements, 2 on the official list", or "25 agreements, ..." when nothing was left out;
/// then, when the official lists name documents no record holds, a line that says so.
fn count_line(records: &[&Agreement], scope: Scope, width: Option<u16>) -> String {
    let official = records.iter().filter(|r| r.official_list).count();
    let all = counted(scope.records, "agreement");
    let mut line = match records.len() == scope.records {
        true => format!("{all}, {official} on the official list\n"),
        false => format!(
            "{} of {all}, {official} on the official list\n",
            records.len()
        ),
    };
    line.push_str(&unrecorded_line(scope.unrecorded, width));
    line
}

/// When the official lists counted name documents no record holds, a line that says how many
/// (wrapped to `width`); else nothing.
pub fn unrecorded_line(unrecorded: usize, width: Option<u16>) -> String {
    if unrecorded == 0 {
        return String::new();
    }
    let more = counted(unrecorded, "more document");
    let verb = if unrecorded == 1 { "is" } else { "are" };
    let note = format!(
        "{more} {verb} on an official list but named by no source found: no record holds them, and no count here includes them (see `agreements about`)."
    );
    let mut line = match width {
        Some(width) => list_layout::wrap(&note, width, ""),
        None => note,
    };
    line.push('\n');
    line
}

/// One line for each mark the table shows, and one naming the columns hidden to fit.
fn notes(records: &[&Agreement], layout: &Layout, width: Option<u16>) -> String {
    let shown = |field: Field| {
        layout.columns.iter().any(|&c| {
            c == Column::Field(field)
                || (c == Column::IdOverTitle && matches!(field, Field::Id | Field::ShortTitle))
        })
    };
    let mut out = String::new();
    if records
        .iter()
        .any(|&r| Field::ALL.iter().any(|&f| shown(f) && is_unconfirmed(f, r)))
    {
        out.push_str(&format!(
            "{UNCONFIRMED_MARK} = assumed or disputed, not confirmed by the sources\n"
        ));
    }
    if shown(Field::ShortTitle) && records.iter().any(|r| !r.official_list) {
        out.push_str(&format!("{OFF_LIST_MARK} = not on the official list\n"));
    }
    if let (false, Some(width)) = (layout.hidden.is_empty(), width) {
        let names: Vec<&str> = layout.hidden.iter().map(|f| f.name()).collect();
        let note = format!(
            "Not shown at {width} columns: {}; see them with --wide or --fields.",
            names.join(", ")
        );
        out.push_str(&list_layout::wrap(&note, width, ""));
        out.push('\n');
    }
    out
}
