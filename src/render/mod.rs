//! Renderers: data in, text out. They never print and never look at the terminal themselves; the
//! caller decides the terminal's shape once and passes it in as a [`Terminal`].

pub mod detail;
pub mod json;
pub mod table;

use comfy_table::{LineStyle, TableStyle};

/// What the output device looks like, decided once at the edge of the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Terminal {
    /// The width to fit tables into; `None` when output is not a terminal (no wrapping).
    pub width: Option<u16>,
}

/// Marks a value whose field the record lists as unconfirmed.
const UNCONFIRMED_MARK: &str = "?";

/// The table look: a rule under the header, no other lines, so that every column of the
/// terminal goes to content.
const STYLE: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('─').junction('─'));

/// Comfy-table with the project's look, fitted to `width` when there is one.
fn new_table(width: Option<u16>) -> comfy_table::Table {
    let mut table = comfy_table::Table::new();
    table.load_style(STYLE).force_no_tty();
    if let Some(width) = width {
        table
            .set_width(width)
            .set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
    }
    table
}

/// The table's text, without the padding comfy-table leaves at the ends of lines.
fn finish(table: &comfy_table::Table) -> String {
    table
        .lines()
        .map(|line| line.trim_end().to_string() + "\n")
        .collect()
}
