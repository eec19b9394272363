//! The tables as a spreadsheet: one sheet per table, the header row bold, frozen and
//! filterable, dates as dates, addresses as hyperlinks, and values the sources leave
//! unconfirmed in italics on yellow (the `unconfirmed` sheet lists them).

use super::{Table, Type, Value};
use rust_xlsxwriter::{ExcelDateTime, Format, Url, Workbook, XlsxError};
use std::collections::HashSet;

/// Excel's longest hyperlink; a longer address is written as text.
const LONGEST_URL: usize = 2079;

/// Excel's most hyperlinks in one sheet; the addresses after them are written as text.
const MOST_LINKS: usize = 65_530;

/// Excel's most rows in a sheet, less the header.
const MOST_ROWS: usize = 1_048_575;

/// Excel's longest text in a cell, in UTF-16 units.
const LONGEST_TEXT: usize = 32_767;

/// What ends a text cut to fit a cell.
const CUT_MARK: &str = " [… cut: a spreadsheet cell holds 32,767 characters; the whole text is in the sqlite and datapackage exports]";

/// How many cut cells the warnings name one by one; the rest are counted.
const NAMED_CUTS: usize = 10;

/// Why a workbook could not be written.
#[derive(Debug, thiserror::Error)]
pub enum XlsxExportError {
    /// A table has more rows than a sheet holds.
    #[error(
        "the {table} table has {rows} rows, more than a spreadsheet holds ({MOST_ROWS}): export a selection (--sector ...), or to sqlite or datapackage"
    )]
    TooManyRows {
        /// The table.
        table: &'static str,
        /// Its rows.
        rows: usize,
    },
    /// The writer failed.
    #[error(transparent)]
    Xlsx(#[from] XlsxError),
}

/// Writes `tables` as an xlsx workbook to `out`, each sheet streamed to a temporary file as it
/// is written, so memory does not grow with the rows. Returns warnings: a text longer than a
/// cell holds is cut with a visible mark, and each is named (table, record, column). A day
/// before 1900, which Excel cannot hold as a date, is written as `YYYY-MM-DD` text.
pub fn write(
    tables: &[Table],
    out: impl std::io::Write + Send,
) -> Result<Vec<String>, XlsxExportError> {
    if let Some(table) = tables.iter().find(|t| t.rows.len() > MOST_ROWS) {
        return Err(XlsxExportError::TooManyRows {
            table: table.name,
            rows: table.rows.len(),
        });
    }
    let mut workbook = Workbook::new();
    let header = Format::new().set_bold();
    let plain = Format::new();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let doubt = |format: &Format| {
        (format.clone())
            .set_italic()
            .set_background_color(rust_xlsxwriter::Color::RGB(0xFFF2CC))
    };
    let (doubtful, doubtful_date) = (doubt(&plain), doubt(&date));
    let marked = unconfirmed_cells(tables);
    let mut cuts = Vec::new();
    for table in tables {
        let sheet = workbook.add_worksheet_with_constant_memory()?;
        let mut links = 0;
        sheet.set_name(table.name)?;
        for (col, column) in table.columns.iter().enumerate() {
            let col = u16::try_from(col).unwrap_or(u16::MAX);
            sheet.write_string_with_format(0, col, column.name, &header)?;
            sheet.set_column_width(col, column_width(column.kind))?;
        }
        for (i, row) in table.rows.iter().enumerate() {
            let at = u32::try_from(i + 1).unwrap_or(u32::MAX);
            for ((col, value), column) in row.iter().enumerate().zip(&table.columns) {
                let unconfirmed = marked.contains(&(table.name, i, col));
                let (format, date) = if unconfirmed {
                    (&doubtful, &doubtful_date)
                } else {
                    (&plain, &date)
                };
                let col = u16::try_from(col).unwrap_or(u16::MAX);
                match value {
                    Value::Null if unconfirmed => {
                        sheet.write_blank(at, col, format)?;
                    }
                    Value::Null => {}
                    Value::Text(text)
                        if column.kind == Type::Url
                            && text.len() <= LONGEST_URL
                            && links < MOST_LINKS =>
                    {
                        links += 1;
                        sheet.write_url(at, col, Url::new(text.as_str()))?;
                    }
                    Value::Text(text) => {
                        let fitted = fit(text);
                        if fitted.len() < text.len() {
                            cuts.push(cut_warning(table, row, column.name, text));
                        }
                        sheet.write_string_with_format(at, col, fitted.as_ref(), format)?;
                    }
                    Value::Integer(n) => {
                        sheet.write_number_with_format(at, col, *n as f64, format)?;
                    }
                    Value::Number(n) => {
                        let number = n.as_f64().unwrap_or(f64::NAN);
                        sheet.write_number_with_format(at, col, number, format)?;
                    }
                    Value::Boolean(b) => {
                        sheet.write_boolean_with_format(at, col, *b, format)?;
                    }
                    Value::Date(d) => match ExcelDateTime::from_ymd(d.year(), d.month(), d.day()) {
                        Ok(day) => {
                            sheet.write_date_with_format(at, col, day, date)?;
                        }
                        Err(_) => {
                            sheet.write_string_with_format(at, col, d.to_string(), date)?;
                        }
                    },
                }
            }
        }
        let last_row = u32::try_from(table.rows.len()).unwrap_or(u32::MAX);
        let last_col = u16::try_from(table.columns.len().saturating_sub(1)).unwrap_or(0);
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofilter(0, 0, last_row, last_col)?;
    }
    workbook.save_to_writer(out)?;
    let more = cuts.len().saturating_sub(NAMED_CUTS);
    cuts.truncate(NAMED_CUTS);
    if more > 0 {
        cuts.push(format!("warning: and {more} more texts cut to fit a cell"));
    }
    Ok(cuts)
}

/// `text`, cut with [`CUT_MARK`] at a character boundary when it is longer than a cell holds.
fn fit(text: &str) -> std::borrow::Cow<'_, str> {
    if text.len() <= LONGEST_TEXT || text.encode_utf16().count() <= LONGEST_TEXT {
        return text.into();
    }
    let room = LONGEST_TEXT - CUT_MARK.encode_utf16().count();
    let mut units = 0;
    let end = (text.char_indices())
        .find(|(_, c)| {
            units += c.len_utf16();
            units > room
        })
        .map_or(text.len(), |(at, _)| at);
    format!("{}{CUT_MARK}", &text[..end]).into()
}

/// The warning for a cut cell: its table, the record it belongs to, its column.
fn cut_warning(table: &Table, row: &[Value], column: &str, text: &str) -> String {
    let owner = (table.column("agreement_id").or(table.column("id")))
        .and_then(|i| row.get(i))
        .map_or_else(String::new, |id| {
            format!(" of '{}'", crate::sanitize::quoted(&id.text()))
        });
    format!(
        "warning: {}.{column}{owner} has {} characters, more than a spreadsheet cell holds: cut, with a mark",
        table.name,
        text.chars().count()
    )
}

fn column_width(kind: Type) -> f64 {
    match kind {
        Type::Boolean | Type::Integer | Type::Number => 10.0,
        Type::Date => 12.0,
        Type::Text | Type::Url => 30.0,
    }
}

/// The cells (table, row, column) of values the sources leave unconfirmed: an agreement's
/// fields listed in `unconfirmed`, the value, unit and text of a term marked so, and the date,
/// kind and text of a step of a history marked so.
fn unconfirmed_cells(tables: &[Table]) -> HashSet<(&'static str, usize, usize)> {
    let mut cells = HashSet::new();
    let find = |name: &str| tables.iter().find(|t| t.name == name);
    if let (Some(agreements), Some(unconfirmed)) = (find("agreements"), find("unconfirmed")) {
        let rows: std::collections::HashMap<String, usize> = (agreements.rows.iter().enumerate())
            .filter_map(|(i, row)| Some((row.first()?.text(), i)))
            .collect();
        for mark in &unconfirmed.rows {
            let row = mark.first().and_then(|id| rows.get(&id.text()).copied());
            let column = mark.get(1).and_then(|f| agreements.column(&f.text()));
            if let (Some(row), Some(column)) = (row, column) {
                cells.insert((agreements.name, row, column));
            }
        }
    }
    // Rows that carry their own flag: a term's figure, a step of a history.
    let flagged = [
        ("terms", ["value", "unit", "text"]),
        ("history", ["date", "kind", "text"]),
        ("event_history", ["date", "kind", "text"]),
    ];
    for (name, columns) in flagged {
        let Some(table) = find(name) else { continue };
        let flag = table.column("unconfirmed");
        let values = columns.map(|name| table.column(name));
        for (i, row) in table.rows.iter().enumerate() {
            if flag.is_some_and(|flag| row.get(flag) == Some(&Value::Boolean(true))) {
                cells.extend(
                    values
                        .iter()
                        .flatten()
                        .map(|&column| (table.name, i, column)),
                );
            }
        }
    }
    cells
}
