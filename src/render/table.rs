//! Tables of counts for people: the summary, `summary --by` and `topics`.

use super::{Terminal, Tone, cell, counted, finish, new_table};
use crate::sanitize::one_line;
use crate::summary::Summary;
use crate::vocab::Vocabulary;

/// The longest bar in the summary's chart.
const MAX_BAR: usize = 30;

/// The summary: totals, then one small table per grouping, each count with a bar.
pub fn summary(summary: &Summary, terminal: Terminal) -> String {
    let mut out = format!(
        "{}, {} on the official list\n",
        counted(summary.total, "agreement"),
        summary.official_list
    );
    out.push_str(&super::list_table::unrecorded_line(
        summary.official_list_unrecorded,
        terminal.width,
    ));
    let counts = summary.tallies.iter().flat_map(|tally| &tally.counts);
    let largest = counts.map(|c| c.count).max().unwrap_or(0);
    for tally in &summary.tallies {
        out.push('\n');
        let counts = tally.counts.iter().map(|c| (c.value.as_str(), c.count));
        out.push_str(&counts_table(tally.group.name(), counts, largest, terminal));
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
    finish(&mut table)
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
