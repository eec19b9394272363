//! The timeline (`timeline`): each day of the visit with what happened, its sources and the
//! documents signed on it, for people; as JSON; or flat with one row per document that keeps
//! its day's place, account and sources.

use super::{
    Format, PROSE_WIDTH, Terminal, Tone, UNCONFIRMED_MARK, View, cell, counted, finish, json,
};
use crate::model::Day;
use crate::sanitize::for_terminal;
use crate::timeline::{Signing, Timeline};

/// The columns of the flat formats (CSV, TSV, JSON Lines, Markdown): one row per document,
/// then one per follow-up (its `step` and `step_unconfirmed` set; empty on the visit's rows).
const FLAT_COLUMNS: [&str; 10] = [
    "date",
    "place",
    "what_happened",
    "day_sources",
    "id",
    "short_title",
    "date_unconfirmed",
    "official_list",
    "step",
    "step_unconfirmed",
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
                    // A list is its JSON array, as in every CSV and TSV cell.
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
    let row = |date: String, day: Option<&Day>, signing: Option<&Signing>| {
        let sources = day.map_or(Value::Null, |day| {
            Value::Array(
                day.sources
                    .iter()
                    .map(|s| Value::String(s.url.to_string()))
                    .collect(),
            )
        });
        vec![
            Value::String(date),
            day.map_or(Value::Null, |day| Value::String(day.place.to_string())),
            day.map_or(Value::Null, |day| Value::String(day.summary.to_string())),
            sources,
            signing.map_or(Value::Null, |s| Value::String(s.id.to_string())),
            signing.map_or(Value::Null, |s| Value::String(s.short_title.to_string())),
            signing.map_or(Value::Null, |s| Value::Bool(s.date_unconfirmed)),
            signing.map_or(Value::Null, |s| Value::Bool(s.official_list)),
            Value::Null,
            Value::Null,
        ]
    };
    let mut rows = Vec::new();
    for entry in &timeline.days {
        let (date, day) = (entry.day.date.to_string(), Some(entry.day));
        if entry.documents.is_empty() {
            rows.push(row(date.clone(), day, None));
        }
        for signing in &entry.documents {
            rows.push(row(date.clone(), day, Some(signing)));
        }
    }
    for signing in &timeline.other_dates {
        rows.push(row(signing.signed.to_string(), None, Some(signing)));
    }
    rows.extend(super::follow_ups::flat_rows(&timeline.after));
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

/// Each day as a heading (date and place) over what happened, its sources and a table of its
/// documents; then the documents dated on no day of the visit, and a count. Dates and ids never
/// wrap.
fn table(timeline: &Timeline, terminal: Terminal) -> String {
    let mut out = String::new();
    for entry in &timeline.days {
        let heading = format!("{}, {}", entry.day.date, entry.day.place);
        out.push_str(&heading_line(&heading, terminal));
        out.push_str(&day_text(entry.day, terminal));
        if entry.documents.is_empty() {
            out.push_str(" No document of the selection was signed this day.\n");
        } else {
            let signings: Vec<&Signing> = entry.documents.iter().collect();
            out.push_str(&documents_table(&signings, terminal));
        }
        out.push('\n');
    }
    if !timeline.other_dates.is_empty() {
        out.push_str(&heading_line("On other dates", terminal));
        let signings: Vec<&Signing> = timeline.other_dates.iter().collect();
        out.push_str(&documents_table(&signings, terminal));
        out.push('\n');
    }
    let signings = timeline
        .days
        .iter()
        .flat_map(|entry| &entry.documents)
        .chain(&timeline.other_dates);
    let (count, assumed) = signings.fold((0, 0), |(count, assumed), signing| {
        (count + 1, assumed + usize::from(signing.date_unconfirmed))
    });
    let outside = if timeline.other_dates.is_empty() {
        String::new()
    } else {
        format!(", {} on other dates", timeline.other_dates.len())
    };
    if !timeline.after.is_empty() {
        out.push_str(&heading_line("After the signing", terminal));
        out.push_str(&super::follow_ups::table(&timeline.after, terminal));
        out.push('\n');
    }
    out.push_str(&format!(
        "{} on {}{outside}, {assumed} on an assumed date ({UNCONFIRMED_MARK})\n",
        counted(count, "document"),
        counted(timeline.days.len(), "day")
    ));
    out.push_str(&super::list_table::unrecorded_line(
        timeline.official_list_unrecorded,
        terminal.width,
    ));
    out.push_str(&super::follow_ups::count_line(&timeline.after));
    out
}

/// A heading on a line of its own, bold when colour is on.
fn heading_line(text: &str, terminal: Terminal) -> String {
    let text = for_terminal(text);
    if terminal.color {
        format!("\u{1b}[1m{text}\u{1b}[0m\n")
    } else {
        format!("{text}\n")
    }
}

/// What happened on `day`, fitted to the terminal (or to prose width when it is unknown), and
/// the sources that say so, one per line and never wrapped, so that each URL copies whole.
fn day_text(day: &Day, terminal: Terminal) -> String {
    let width = Some(terminal.width.unwrap_or(PROSE_WIDTH));
    let mut prose = super::new_table(width, terminal.color);
    prose.add_row([
        cell("What happened", Tone::Heading),
        cell(day.summary.as_ref(), Tone::Plain),
    ]);
    prose.set_constraints([comfy_table::ColumnConstraint::ContentWidth]);
    let mut out = finish(&mut prose);
    out.push_str(" Sources:\n");
    for source in &day.sources {
        // The URL first: a line that starts with it copies whole even where the terminal wraps.
        let weak = if source.weak { ", weak source" } else { "" };
        let line = format!("{} ({}{weak})", source.url, source.publisher);
        out.push_str(&format!("   {}\n", for_terminal(&line)));
    }
    out
}

/// The documents of one day: signing date (with `?` when assumed), id, short title and whether
/// it is on the official list.
fn documents_table(signings: &[&Signing], terminal: Terminal) -> String {
    let whole = comfy_table::ColumnConstraint::ContentWidth;
    let mut documents = super::new_table(terminal.width, terminal.color);
    documents.set_header(
        ["Signed", "ID", "Short title", "Official list"].map(|h| cell(h, Tone::Heading)),
    );
    for signing in signings {
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
    finish(&mut documents)
}
