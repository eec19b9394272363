//! The one trait every answer implements (a list, a record, a summary, search hits, the
//! timeline, the dataset's description, a validation report), and [`render`], the one place
//! where a format picks its renderer. A format an answer cannot give is a compile error: the
//! trait has no catch-all.

use super::{Format, Terminal, delimited, markdown};
use std::io::{self, Write};

/// An answer that can be written in every [`Format`].
pub trait View {
    /// For people: a table or a document, fitted to `terminal`.
    fn table(&self, terminal: Terminal) -> String;
    /// One JSON document.
    fn json(&self) -> String;
    /// JSON Lines: one object per line.
    fn jsonl(&self) -> String;
    /// The flat form: a header and one row of cells per item.
    fn flat(&self) -> (Vec<String>, Vec<Vec<String>>);
    /// CSV (`,`) or TSV (`\t`): the flat form, quoted.
    fn delimited(&self, delimiter: u8) -> String {
        let (header, rows) = self.flat();
        delimited::write(header, rows.into_iter(), delimiter)
    }
    /// Markdown: the flat form as a table.
    fn markdown(&self) -> String {
        let (header, rows) = self.flat();
        markdown::table(header, rows.into_iter())
    }
    /// The answer in `format` written to `out` as it is made, for an answer that can be large
    /// and a format it can write that way; `None` when it is written whole, from [`render`].
    fn stream(&self, _format: Format, _out: &mut dyn Write) -> Option<io::Result<()>> {
        None
    }
}

/// `view` in `format`, written to `out`: as it is made where the view can ([`View::stream`]),
/// so that a large answer is never held whole, else at once.
pub fn write(
    view: &dyn View,
    format: Format,
    terminal: Terminal,
    out: &mut dyn Write,
) -> io::Result<()> {
    view.stream(format, out)
        .unwrap_or_else(|| out.write_all(render(view, format, terminal).as_bytes()))
}

/// `view` in `format`.
pub fn render(view: &dyn View, format: Format, terminal: Terminal) -> String {
    match format {
        Format::Table => view.table(terminal),
        Format::Json => view.json(),
        Format::Jsonl => view.jsonl(),
        Format::Csv => view.delimited(b','),
        Format::Tsv => view.delimited(b'\t'),
        Format::Markdown => view.markdown(),
    }
}
