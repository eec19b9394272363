//! What can go wrong in a dataset: the load errors, and each problem with its location.

use crate::sanitize::{one_line, quoted};
use crate::validate::Severity;
use std::cell::Cell;
use std::fmt;

/// How many problems a failed load prints; `agreements validate` prints every one it keeps.
pub const PROBLEMS_SHOWN: usize = 10;

/// Why a dataset could not be loaded. Every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read at all.
    #[error("{}: cannot read the dataset: {source}", one_line(origin))]
    Read {
        /// The path as given.
        origin: String,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The file is not text: invalid UTF-8, or binary.
    #[error(
        "{}:{location}: the dataset is not text (invalid UTF-8 or a NUL byte); is it a TOML or JSON file?",
        one_line(origin)
    )]
    NotText {
        /// The path as given.
        origin: String,
        /// Where the first invalid byte is.
        location: Location,
    },
    /// A stream (standard input, a pipe, a device) held more than the limit.
    #[error(
        "{}: the stream holds more than {limit} bytes, the limit for standard input, pipes and devices",
        one_line(origin)
    )]
    TooLarge {
        /// The path as given.
        origin: String,
        /// The limit, in bytes.
        limit: u64,
    },
    /// The file is text but not a valid dataset.
    #[error("{}", ProblemList { origin, problems, tally })]
    Invalid {
        /// The path as given.
        origin: String,
        /// The problems found, errors and warnings, in file order (at least one error): the
        /// first [`super::PROBLEMS_KEPT`], then one that counts the rest.
        problems: Vec<Problem>,
        /// How many problems there are in all.
        tally: Tally,
    },
}

/// How many errors and warnings a dataset has, whether or not each was kept.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
}

impl Tally {
    /// Every problem, errors and warnings.
    pub fn total(&self) -> usize {
        self.errors + self.warnings
    }

    /// Whether there are more problems than a load keeps ([`super::PROBLEMS_KEPT`]): then the
    /// kept list ends with one problem that counts the rest.
    pub fn is_cut(&self) -> bool {
        self.total() > super::PROBLEMS_KEPT
    }
}

/// A 1-based line and column (in characters) in a dataset file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
}

impl Location {
    /// The location of byte `offset` in `text` (clamped to the text, rounded down to a character).
    /// To locate many offsets in one text, build [`Lines`] once.
    pub fn of_offset(text: &str, offset: usize) -> Location {
        Lines::new(text).locate(offset)
    }
}

/// The starts of a text's lines, found once, so that each of many offsets is located by a binary
/// search rather than by scanning the text from its start: locating every problem of a file is
/// linear in the file, not quadratic.
pub struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
    /// The last offset located and its column: offsets asked for in file order on one long line
    /// count characters from there, not from the line's start.
    last: Cell<(usize, usize)>,
}

impl<'t> Lines<'t> {
    /// Indexes `text`.
    pub fn new(text: &'t str) -> Lines<'t> {
        let breaks = memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1);
        Lines {
            text,
            starts: std::iter::once(0).chain(breaks).collect(),
            last: Cell::new((0, 1)),
        }
    }

    /// The location of byte `offset` (clamped to the text, rounded down to a character).
    pub fn locate(&self, offset: usize) -> Location {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        // `starts[0]` is 0, so at least one start is at or before `offset`.
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        let (last, last_column) = self.last.get();
        let (from, column) = if start <= last && last <= offset {
            (last, last_column)
        } else {
            (start, 1)
        };
        let column = column + self.text[from..offset].chars().count();
        self.last.set((offset, column));
        Location { line, column }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// One problem in a dataset file, located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Error or warning.
    pub severity: Severity,
    /// Where in the file, when known.
    pub location: Option<Location>,
    /// The id of the record it is in, when known.
    pub record: Option<String>,
    /// The value it is about, as a path (`agreements[3].sources[0].url`); empty for the file.
    pub field: String,
    /// What is wrong, and what to do.
    pub message: String,
}

impl LoadError {
    /// Whether the error lists only the first `PROBLEMS_SHOWN` errors of the dataset.
    pub fn is_cut(&self) -> bool {
        matches!(self, LoadError::Invalid { tally, .. } if tally.errors > PROBLEMS_SHOWN)
    }
}

impl Problem {
    /// An error at `location` (when known) in the record `record` (when known).
    pub(super) fn error(
        location: Option<Location>,
        record: Option<String>,
        field: String,
        message: String,
    ) -> Problem {
        Problem {
            severity: Severity::Error,
            location,
            record,
            field,
            message,
        }
    }

    /// A rule finding, at `location` when the format lets the loader find it.
    pub(super) fn from_finding(
        finding: crate::validate::Finding,
        location: Option<Location>,
    ) -> Problem {
        Problem {
            severity: finding.severity,
            location,
            record: finding.record,
            field: finding.path.to_string(),
            message: finding.message,
        }
    }

    /// `origin:line:column: record 'id': message`, with `error: ` or `warning: ` after the
    /// location when `with_severity`. Without a line (a JSON dataset's rule findings), the
    /// field's path stands in its place: `origin: agreements[0].summary: ...`.
    /// Every part is on one line ([`one_line`]): no value in the data can start a line of its own.
    pub fn describe(&self, origin: &str, with_severity: bool) -> String {
        let mut text = one_line(origin).into_owned();
        match self.location {
            Some(location) => text.push_str(&format!(":{location}")),
            None if !self.field.is_empty() => {
                text.push_str(&format!(": {}", one_line(&self.field)));
            }
            None => {}
        }
        text.push_str(": ");
        if with_severity {
            text.push_str(&format!("{}: ", self.severity));
        }
        if let Some(record) = &self.record {
            text.push_str(&format!("record '{}': ", quoted(record)));
        }
        text.push_str(&one_line(&self.message));
        text
    }
}

/// The errors among problems, one per line, at most [`PROBLEMS_SHOWN`], and how many more
/// there are in all (`tally`).
struct ProblemList<'a> {
    origin: &'a str,
    problems: &'a [Problem],
    tally: &'a Tally,
}

impl fmt::Display for ProblemList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The kept errors, less the last problem when it only counts the rest.
        let cut = usize::from(self.tally.is_cut());
        let kept = &self.problems[..self.problems.len() - cut];
        let errors = (kept.iter())
            .filter(|p| p.severity == Severity::Error)
            .take(PROBLEMS_SHOWN);
        let mut shown = 0;
        for problem in errors {
            if shown > 0 {
                writeln!(f)?;
            }
            write!(f, "{}", problem.describe(self.origin, false))?;
            shown += 1;
        }
        if self.tally.errors > shown {
            write!(f, "\n... and {} more errors", self.tally.errors - shown)?;
        }
        Ok(())
    }
}
