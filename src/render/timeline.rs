//! The timeline (`timeline`): one row per day of the visit with the documents signed on it, as a
//! table, as JSON, or flat with one row per document.

use super::{Format, PROSE_WIDTH, Terminal, Tone, UNCONFIRMED_MARK, View, cell, finish, json};
use crate::timeline::{Signing, Timeline};

/// The columns of the flat formats (CSV, TSV, JSON Lines, Markdown): one row per document.
const FLAT_COLUMNS: [&str; 6] = [
    "date",
    "place",
    "id",
    "short_title",
    "date_unconfirmed",
    "official_list",
];

/// `timeline` in `format`.
pub fn render(timeline: &Timeline, format: Format, terminal: Terminal) -> String {
    super::render(timeline, format, terminal)
}

impl View for Timeline<'_> {
    fn table(&self, terminal: Terminal) -> String {
        table(self, terminal)
    }
    fn json(&self) -> String {
        json::to_json(self)
    }
    fn jsonl(&self) -> String {
        json::to_lines(flat_rows(self).into_iter().map(|row| {
            FLAT_COLUMNS
                .iter()
                .zip(row)
                .map(|(key, value)| (key.to_string(), value))
                .collect::<serde_json::Map<_, _>>()
        }))
    }
    fn flat(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let header = FLAT_COLUMNS.map(String::from).to_vec();
        let rows = flat_rows(self).into_iter().map(|row| {
            row.into_iter()
                .map(|value| match value {
                    serde_json::Value::String(text) => text,
                    serde_json::Value::Null => String::new(),
                    other => other.to_string(),
                })
                .collect()
        });
        (header, rows.collect())
    }
}

/// One row per document, on its day; a day without documents gets one row with no document.
fn flat_rows(timeline: &Timeline) -> Vec<Vec<serde_json::Value>> {
    use serde_json::Value;
    let row = |date: String, place: Option<&str>, signing: Option<&Signing>| {
        vec![
            Value::String(date),
            place.map_or(Value::Null, |p| Value::String(p.to_string())),
            signing.map_or(Value::Null, |s| Value::String(s.id.to_string())),
            signing.map_or(Value::Null, |s| Value::String(s.short_title.to_string())),
            signing.map_or(Value::Null, |s| Value::Bool(s.date_unconfirmed)),
            signing.map_or(Value::Null, |s| Value::Bool(s.official_list)),
        ]
    };
    let mut rows = Vec::new();
    for entry in &timeline.days {
        let (date, place) = (entry.day.date.to_string(), Some(entry.day.place.as_ref()));
        if entry.documents.is_empty() {
            rows.push(row(date.clone(), place, None));
        }
        for signing in &entry.documents {
            rows.push(row(date.clone(), place, Some(signing)));
        }
    }
    for signing in &timeline.other_dates {
        rows.push(row(signing.signed.to_string(), None, Some(signing)));
    }
    rows
}

/// The narrowest the short title may wrap to before it is hidden.
const MIN_TITLE_WIDTH: u16 = 15;

/// Hides the documents table's "Official list" column, then its "Short title", while the table
/// is wider than `width`; dates and ids stay whole.
fn hide_when_narrow(documents: &mut comfy_table::Table, width: u16) {
    let content = documents.column_max_content_widths();
    // Two spaces of padding and one of separation per column.
    let fixed = content[0] + content[1] + 6;
    let hidden = if fixed + content[2] + content[3] + 6 <= width {
        &[][..]
    } else if fixed + MIN_TITLE_WIDTH + 3 <= width {
        &[3][..]
    } else {
        &[2, 3][..]
    };
    for &index in hidden {
        if let Some(column) = documents.column_mut(index) {
            column.set_constraint(comfy_table::ColumnConstraint::Hidden);
        }
    }
}

/// Two tables: the days (date, place, what happened, how many documents), then the documents in
/// date order. Dates and ids never wrap.
fn table(timeline: &Timeline, terminal: Terminal) -> String {
    let whole = comfy_table::ColumnConstraint::ContentWidth;
    let width = Some(terminal.width.unwrap_or(PROSE_WIDTH));
    let mut days = super::new_table(width, terminal.color);
    days.set_header(
        ["Date", "Place", "What happened", "Documents"].map(|h| cell(h, Tone::Heading)),
    );
    for entry in &timeline.days {
        days.add_row([
            cell(entry.day.date.to_string(), Tone::Plain),
            cell(entry.day.place.clone(), Tone::Plain),
            cell(entry.day.summary.clone(), Tone::Plain),
            cell(entry.documents.len().to_string(), Tone::Plain),
        ]);
    }
    days.set_constraints([whole, whole]);
    if let Some(column) = days.column_mut(3) {
        column.set_cell_alignment(comfy_table::CellAlignment::Right);
    }
    let mut out = finish(&days);

    let signings: Vec<&Signing> = timeline
        .days
        .iter()
        .flat_map(|entry| &entry.documents)
        .chain(&timeline.other_dates)
        .collect();
    if !signings.is_empty() {
        let mut documents = super::new_table(terminal.width, terminal.color);
        documents.set_header(
            ["Signed", "ID", "Short title", "Official list"].map(|h| cell(h, Tone::Heading)),
        );
        for signing in &signings {
            let (date, tone) = if signing.date_unconfirmed {
                (
                    format!("{}{UNCONFIRMED_MARK}", signing.signed),
                    Tone::Doubtful,
                )
            } else {
                (signing.signed.to_string(), Tone::Plain)
            };
            let official = if signing.official_list { "yes" } else { "no" };
            documents.add_row([
                cell(date, tone),
                cell(signing.id, Tone::Plain),
                cell(signing.short_title, Tone::Plain),
                cell(official, Tone::Plain),
            ]);
        }
        documents.set_constraints([whole, whole]);
        if let Some(width) = terminal.width {
            hide_when_narrow(&mut documents, width);
        }
        out.push('\n');
        out.push_str(&finish(&documents));
    }
    let assumed = signings.iter().filter(|s| s.date_unconfirmed).count();
    let outside = if timeline.other_dates.is_empty() {
        String::new()
    } else {
        format!(", {} on other dates", timeline.other_dates.len())
    };
    out.push_str(&format!(
        "{} documents on {} days{outside}, {assumed} on an assumed date ({UNCONFIRMED_MARK})\n",
        signings.len(),
        timeline.days.len()
    ));
    out
}
