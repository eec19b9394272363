//! The comfy-table side of the tables for people: cells that are safe for a terminal and keep
//! wrapping linear, the project's table look, and the finished text.

use comfy_table::{Attribute, Cell, Color, LineStyle, TableStyle};

/// How a table cell should stand out when colour is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::render) enum Tone {
    Plain,
    Heading,
    Doubtful,
    Good,
    Bad,
    Bar,
}

/// A table cell with a tone (shown only when colour is on), its text safe for a terminal.
pub(in crate::render) fn cell(text: impl Into<String>, tone: Tone) -> Cell {
    let text = text.into();
    // Most cells are short printable ASCII: `for_terminal` keeps them after one byte scan, and a
    // text no longer than LONGEST_WORD bytes has no word to break, so the cell keeps its string.
    let cell = match crate::sanitize::for_terminal(&text) {
        std::borrow::Cow::Borrowed(_) if text.len() <= LONGEST_WORD => Cell::new_owned(text),
        safe => Cell::new_owned(break_long_words(&safe).into_owned()),
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
const STYLE: TableStyle = TableStyle::new().header_separator(LineStyle::none().fill('─'));

/// Comfy-table with the project's look, fitted to `width`, coloured only when allowed.
pub(in crate::render) fn new_table(width: Option<u16>, color: bool) -> comfy_table::Table {
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

/// The table's text, without the padding comfy-table leaves at the ends of lines. The last
/// column gets no right-hand padding, so that its content may use the terminal's last column.
pub(in crate::render) fn finish(table: &mut comfy_table::Table) -> String {
    if let Some(last) = table.column_count().checked_sub(1)
        && let Some(column) = table.column_mut(last)
    {
        column.set_padding((1, 0));
    }
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
