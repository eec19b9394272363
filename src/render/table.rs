//! Tables for people: the record list and the summary.

use super::{
    DEFAULT_COLUMNS, Terminal, Tone, UNCONFIRMED_MARK, cell, display_text, finish, is_unconfirmed,
    new_table,
};
use crate::field::Field;
use crate::model::Agreement;
use crate::sanitize::one_line;
use crate::summary::Summary;
use crate::vocab::Confidence;

/// Which default columns go, in this order, when the terminal is too narrow for all of them:
/// parties, signed, sector, kind (indexes into [`DEFAULT_COLUMNS`]).
const HIDE_WHEN_NARROW: [usize; 4] = [4, 5, 2, 3];

/// The narrowest a wrapping column may become before another column is hidden.
const MIN_WRAPPING_WIDTH: u16 = 20;

/// The longest bar in the summary's chart.
const MAX_BAR: usize = 30;

/// The list table and a count line under it. `fields` as the user gave them (all shown), or
/// `None` for [`DEFAULT_COLUMNS`], which give way when the terminal is narrow. `total` is the size
/// of the dataset the records were selected from.
pub fn list(
    records: &[&Agreement],
    total: usize,
    fields: Option<&[Field]>,
    terminal: Terminal,
) -> String {
    let columns = fields.unwrap_or(&DEFAULT_COLUMNS);
    let mut out = String::new();
    if !records.is_empty() {
        let mut table = new_table(terminal.width, terminal.color);
        table.set_header(
            columns
                .iter()
                .map(|field| cell(field.heading(), Tone::Heading)),
        );
        for record in records {
            table.add_row(columns.iter().map(|&field| {
                let tone = match field {
                    _ if is_unconfirmed(field, record) => Tone::Doubtful,
                    Field::Confidence => confidence_tone(record.confidence),
                    _ => Tone::Plain,
                };
                cell(display_text(field, record), tone)
            }));
        }
        if let Some(width) = terminal.width {
            let hideable: &[usize] = if fields.is_some() {
                &[]
            } else {
                &HIDE_WHEN_NARROW
            };
            fit_columns(&mut table, columns, hideable, width);
        }
        out.push_str(&finish(&table));
    }
    out.push_str(&count_line(records, total));
    if records
        .iter()
        .any(|&r| columns.iter().any(|&f| is_unconfirmed(f, r)))
    {
        out.push_str(&format!(
            "{UNCONFIRMED_MARK} = assumed or disputed, not confirmed by the sources\n"
        ));
    }
    out
}

fn confidence_tone(confidence: Confidence) -> Tone {
    match confidence {
        Confidence::Confirmed => Tone::Good,
        Confidence::SingleSource => Tone::Doubtful,
        Confidence::Unresolved => Tone::Bad,
    }
}

/// Keeps non-wrapping columns whole and hides `hideable` columns, in order, until the rest fit.
fn fit_columns(table: &mut comfy_table::Table, columns: &[Field], hideable: &[usize], width: u16) {
    let content = table.column_max_content_widths();
    let needed = |hidden: &[usize]| -> u16 {
        columns
            .iter()
            .enumerate()
            .filter(|(i, _)| !hidden.contains(i))
            .map(|(i, field)| if field.wraps() { MIN_WRAPPING_WIDTH } else { content[i] } + 2)
            .sum()
    };
    let mut hidden = Vec::new();
    for &column in hideable {
        if needed(&hidden) <= width {
            break;
        }
        hidden.push(column);
    }
    for (i, field) in columns.iter().enumerate() {
        let constraint = if hidden.contains(&i) {
            Some(comfy_table::ColumnConstraint::Hidden)
        } else {
            (!field.wraps()).then_some(comfy_table::ColumnConstraint::ContentWidth)
        };
        if let (Some(column), Some(constraint)) = (table.column_mut(i), constraint) {
            column.set_constraint(constraint);
        }
    }
}

/// "5 of 25 agreements, 2 on the official list", or "25 agreements, ..." when nothing was left out.
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

/// The summary: totals, then one small table per grouping, each count with a bar.
pub fn summary(summary: &Summary, terminal: Terminal) -> String {
    let mut out = format!(
        "{} agreements, {} on the official list\n",
        summary.total, summary.official_list
    );
    let largest = summary
        .groups()
        .iter()
        .flat_map(|(_, counts)| counts.0.iter().map(|&(_, count)| count))
        .max()
        .unwrap_or(0);
    for (group, counts) in summary.groups() {
        out.push('\n');
        let counts = counts.0.iter().map(|&(name, count)| (name, count));
        out.push_str(&counts_table(group, counts, largest, terminal));
    }
    out
}

/// One grouping's counts (`group` names the first column), each with a bar scaled to
/// `largest`; the summary draws one per grouping, `summary --by` and `topics` one.
pub(super) fn counts_table<'a>(
    group: &str,
    counts: impl Iterator<Item = (&'a str, usize)>,
    largest: usize,
    terminal: Terminal,
) -> String {
    let mut table = new_table(terminal.width, terminal.color);
    table.set_header([
        cell(capitalized(group), Tone::Heading),
        cell("Records", Tone::Heading),
        cell("", Tone::Plain),
    ]);
    for (name, count) in counts {
        table.add_row([
            cell(one_line(name), Tone::Plain),
            cell(count.to_string(), Tone::Plain),
            bar(count, largest, terminal.color),
        ]);
    }
    if let Some(column) = table.column_mut(1) {
        column.set_cell_alignment(comfy_table::CellAlignment::Right);
    }
    finish(&table)
}

/// A bar as long as `count` (scaled so that `largest` fills [`MAX_BAR`] at most): coloured blocks
/// when colour is on, plain `#` when it is off.
fn bar(count: usize, largest: usize, color: bool) -> comfy_table::Cell {
    let length = if largest <= MAX_BAR {
        count
    } else {
        (count * MAX_BAR).div_ceil(largest)
    };
    if color {
        cell("█".repeat(length), Tone::Bar)
    } else {
        cell("#".repeat(length), Tone::Plain)
    }
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_only_when_counts_are_large() {
        let cases = [
            ("small counts are literal", 5, 24, false, "#####"),
            ("zero is empty", 0, 24, false, ""),
            ("large counts scale", 50, 100, false, &"#".repeat(15)),
            (
                "the largest fills the bar",
                100,
                100,
                false,
                &"#".repeat(MAX_BAR),
            ),
        ];
        for (name, count, largest, color, expected) in cases {
            assert_eq!(bar(count, largest, color).content(), expected, "{name}");
        }
        assert_eq!(bar(2, 2, true).content(), "██");
    }
}
