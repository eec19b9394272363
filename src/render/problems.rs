//! The report of `agreements validate`: every problem of a dataset, for people (one
//! compiler-style line each, which editors can jump to) or for tools (JSON, CSV...).

use super::{Format, Terminal, View, json};
use crate::load::{Problem, Tally};
use crate::sanitize::one_line;
use crate::validate::Severity;
use serde::Serialize;

/// One problem as tools read it.
#[derive(Debug, Serialize)]
struct Row<'a> {
    file: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    severity: Severity,
    record: Option<&'a str>,
    field: &'a str,
    message: &'a str,
}

const COLUMNS: [&str; 7] = [
    "file", "line", "column", "severity", "record", "field", "message",
];

/// The problems of the dataset `origin` in `format`; `records` is how many records it holds when
/// it loaded.
pub fn report(
    origin: &str,
    problems: &[Problem],
    tally: Tally,
    records: Option<usize>,
    format: Format,
) -> String {
    let rows: Vec<Row> = problems
        .iter()
        .map(|p| Row {
            file: origin,
            line: p.location.map(|l| l.line),
            column: p.location.map(|l| l.column),
            severity: p.severity,
            record: p.record.as_deref(),
            field: &p.field,
            message: &p.message,
        })
        .collect();
    let view = Report {
        origin,
        problems,
        tally,
        records,
        rows,
    };
    super::render(&view, format, Terminal::default())
}

/// A validation report: the problems of the dataset `origin`, which holds `records` when it loaded.
struct Report<'a> {
    origin: &'a str,
    problems: &'a [Problem],
    tally: Tally,
    records: Option<usize>,
    rows: Vec<Row<'a>>,
}

impl View for Report<'_> {
    // One compiler-style line per problem: editors and CI read these, so no table layout.
    fn table(&self, _terminal: Terminal) -> String {
        lines(self.origin, self.problems, self.tally, self.records)
    }
    fn json(&self) -> String {
        json::to_json(&self.rows)
    }
    fn jsonl(&self) -> String {
        json::to_lines(&self.rows)
    }
    fn flat(&self) -> (Vec<String>, Vec<Vec<String>>) {
        (header(), self.rows.iter().map(cells).collect())
    }
}

fn header() -> Vec<String> {
    COLUMNS.map(String::from).to_vec()
}

fn cells(row: &Row) -> Vec<String> {
    let number = |n: Option<usize>| n.map_or_else(String::new, |n| n.to_string());
    vec![
        row.file.to_string(),
        number(row.line),
        number(row.column),
        row.severity.to_string(),
        row.record.unwrap_or_default().to_string(),
        row.field.to_string(),
        row.message.to_string(),
    ]
}

/// `file:line:column: error: record 'id': message` lines, then a verdict line that counts every
/// problem (`tally`), kept or not.
fn lines(origin: &str, problems: &[Problem], tally: Tally, records: Option<usize>) -> String {
    let mut out = String::new();
    for problem in problems {
        out.push_str(&problem.describe(origin, true));
        out.push('\n');
    }
    let Tally { errors, warnings } = tally;
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let verdict = match records {
        Some(records) if errors == 0 => format!("valid: {}", plural(records, "record")),
        _ => "invalid".to_string(),
    };
    out.push_str(&format!(
        "{}: {verdict}, {}, {}\n",
        one_line(origin),
        plural(errors, "error"),
        plural(warnings, "warning")
    ));
    out
}
