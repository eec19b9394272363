//! CSV and TSV: a header row, then one flat row per record (or per count), quoted by the csv
//! crate so that commas, tabs, quotes and newlines in the data survive a round trip.

use crate::field::Field;
use crate::model::Agreement;
use crate::vocab::Vocabulary;
use std::io::{self, Write};

/// Records as delimited text written to `out` row by row: a header of field names, then one
/// row per record, each list a JSON array ([`Field::cell`]).
pub fn write_records(
    out: &mut dyn Write,
    records: &[&Agreement],
    fields: &[Field],
    delimiter: u8,
) -> io::Result<()> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(out);
    let names = fields.iter().map(|field| field.name());
    writer.write_record(names).map_err(io_error)?;
    for record in records {
        let cells = fields.iter().map(|field| field.cell(record));
        writer.write_record(cells).map_err(io_error)?;
    }
    writer.flush()
}

/// The I/O error under a csv error, so that a reader that stopped early (`| head`) is still a
/// closed pipe, not an error of its own kind.
fn io_error(error: csv::Error) -> io::Error {
    match error.into_kind() {
        csv::ErrorKind::Io(error) => error,
        // Writing strings fails in no other way.
        other => io::Error::other(format!("{other:?}")),
    }
}

/// A header and rows as delimited text.
pub(in crate::render) fn write(
    header: Vec<String>,
    rows: impl Iterator<Item = Vec<String>>,
    delimiter: u8,
) -> String {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new());
    // Writing to memory cannot fail, and the csv crate writes only valid UTF-8 from `String`s.
    let written = std::iter::once(header)
        .chain(rows)
        .try_for_each(|row| writer.write_record(row))
        .and_then(|()| {
            writer
                .into_inner()
                .map_err(|error| error.into_error().into())
        });
    String::from_utf8(written.expect("writing CSV to memory")).expect("CSV of UTF-8 is UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_fields_that_need_it() {
        let rows = vec![vec![
            "a, b".to_string(),
            "say \"hi\"".to_string(),
            "two\nlines".to_string(),
        ]];
        let header = vec!["x".to_string(), "y".to_string(), "z".to_string()];
        assert_eq!(
            write(header, rows.into_iter(), b','),
            "x,y,z\n\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"\n"
        );
    }

    #[test]
    fn tsv_quotes_tabs() {
        let header = vec!["x".to_string()];
        let rows = vec![vec!["a\tb".to_string()]];
        assert_eq!(write(header, rows.into_iter(), b'\t'), "x\n\"a\tb\"\n");
    }
}
