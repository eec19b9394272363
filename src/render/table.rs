//! Tables for people: the record list and the summary.

use super::{Terminal, UNCONFIRMED_MARK, finish, new_table};
use crate::model::Agreement;
use crate::summary::{Counts, Summary};

/// The list table (id, short title, sector, kind, parties, signed) and a count line under it.
/// `total` is the size of the dataset the records were selected from.
pub fn list(records: &[&Agreement], total: usize, terminal: Terminal) -> String {
    let mut out = String::new();
    if !records.is_empty() {
        let mut table = new_table(terminal.width);
        table.set_header(LIST_COLUMNS.map(|(header, _)| header));
        for record in records {
            table.add_row([
                record.id.clone(),
                record.short_title.clone(),
                record.sector.to_string(),
                mark(record.kind.to_string(), record.is_unconfirmed("kind")),
                parties(record),
                mark(record.signed.to_string(), record.is_unconfirmed("signed")),
            ]);
        }
        if let Some(width) = terminal.width {
            fit_list_columns(&mut table, width);
        }
        out.push_str(&finish(&table));
    }
    out.push_str(&count_line(records, total));
    if records
        .iter()
        .any(|r| r.is_unconfirmed("kind") || r.is_unconfirmed("signed"))
    {
        out.push_str(&format!(
            "{UNCONFIRMED_MARK} = assumed or disputed, not confirmed by the sources\n"
        ));
    }
    out
}

/// The list's columns, and whether each may wrap. Ids, words and dates never wrap: a broken id
/// cannot be copied.
const LIST_COLUMNS: [(&str, bool); 6] = [
    ("ID", false),
    ("Title", true),
    ("Sector", false),
    ("Kind", false),
    ("Parties", true),
    ("Signed", false),
];

/// Which columns go, in this order, when the terminal is too narrow for all of them.
const HIDE_WHEN_NARROW: [usize; 4] = [4, 5, 2, 3];

/// The narrowest a wrapping column may become before another column is hidden.
const MIN_WRAPPING_WIDTH: u16 = 20;

/// Keeps non-wrapping columns whole and hides the least important columns until the rest fit.
fn fit_list_columns(table: &mut comfy_table::Table, width: u16) {
    let content = table.column_max_content_widths();
    let needed = |hidden: &[usize]| -> u16 {
        LIST_COLUMNS
            .iter()
            .enumerate()
            .filter(|(i, _)| !hidden.contains(i))
            .map(|(i, &(_, wraps))| if wraps { MIN_WRAPPING_WIDTH } else { content[i] } + 2)
            .sum()
    };
    let mut hidden = Vec::new();
    for column in HIDE_WHEN_NARROW {
        if needed(&hidden) <= width {
            break;
        }
        hidden.push(column);
    }
    for (i, &(_, wraps)) in LIST_COLUMNS.iter().enumerate() {
        let constraint = if hidden.contains(&i) {
            Some(comfy_table::ColumnConstraint::Hidden)
        } else {
            (!wraps).then_some(comfy_table::ColumnConstraint::ContentWidth)
        };
        if let (Some(column), Some(constraint)) = (table.column_mut(i), constraint) {
            column.set_constraint(constraint);
        }
    }
}

/// "5 of 25 agreements", or "25 agreements, 22 on the official list" when nothing was filtered.
fn count_line(records: &[&Agreement], total: usize) -> String {
    let official = records.iter().filter(|r| r.official_list).count();
    let noun = if total == 1 {
        "agreement"
    } else {
        "agreements"
    };
    if records.len() == total {
        format!("{total} {noun}, {official} on the official list\n")
    } else {
        format!(
            "{} of {total} {noun}, {official} on the official list\n",
            records.len()
        )
    }
}

/// "Gazprom (RU) / CNPC (CN)", or "unknown" for a record with no known parties.
fn parties(record: &Agreement) -> String {
    if record.parties.is_empty() {
        return "unknown".to_string();
    }
    let names: Vec<String> = record
        .parties
        .iter()
        .map(|party| format!("{} ({})", party.display_name(), party.country))
        .collect();
    mark(names.join(" / "), record.is_unconfirmed("parties"))
}

/// `value` with the unconfirmed mark when `unconfirmed`.
fn mark(value: String, unconfirmed: bool) -> String {
    if unconfirmed {
        format!("{value}{UNCONFIRMED_MARK}")
    } else {
        value
    }
}

/// The summary: totals, then one small table per grouping.
pub fn summary(summary: &Summary, terminal: Terminal) -> String {
    let mut out = format!(
        "{} agreements, {} on the official list\n",
        summary.total, summary.official_list
    );
    for (heading, counts) in [
        ("Sector", &summary.by_sector),
        ("Kind", &summary.by_kind),
        ("Country", &summary.by_country),
        ("Confidence", &summary.by_confidence),
    ] {
        out.push('\n');
        out.push_str(&counts_table(heading, counts, terminal));
    }
    out
}

fn counts_table(heading: &str, counts: &Counts, terminal: Terminal) -> String {
    let mut table = new_table(terminal.width);
    table.set_header([heading, "Records"]);
    for (name, count) in &counts.0 {
        table.add_row([name.to_string(), count.to_string()]);
    }
    if let Some(column) = table.column_mut(1) {
        column.set_cell_alignment(comfy_table::CellAlignment::Right);
    }
    finish(&table)
}
