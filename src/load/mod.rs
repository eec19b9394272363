//! Loading a dataset: read the file, parse it as TOML or JSON, check the rules, and report
//! every problem with the file, line and column.

mod embedded;
mod from_json;
mod from_toml;

use crate::model::Dataset;
use crate::validate::Severity;
use std::fmt;
use std::io::Read;
use std::path::Path;

pub use crate::validate::UNCONFIRMABLE_FIELDS;

/// The dataset compiled into the binary (`data/agreements.toml`).
pub const EMBEDDED_TOML: &str = include_str!("../../data/agreements.toml");

/// How the embedded dataset is named in messages.
pub const EMBEDDED_ORIGIN: &str = "<embedded data/agreements.toml>";

/// How many problems a failed load prints; `agreements validate` prints them all.
const PROBLEMS_SHOWN: usize = 10;

/// Why a dataset could not be loaded. Every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read at all.
    #[error("{origin}: cannot read the dataset: {source}")]
    Read {
        /// The path as given.
        origin: String,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The file is not text: invalid UTF-8, or binary.
    #[error(
        "{origin}:{location}: the dataset is not text (invalid UTF-8 or a NUL byte); is it a TOML or JSON file?"
    )]
    NotText {
        /// The path as given.
        origin: String,
        /// Where the first invalid byte is.
        location: Location,
    },
    /// The file is text but not a valid dataset.
    #[error("{}", ProblemList { origin, problems })]
    Invalid {
        /// The path as given.
        origin: String,
        /// Every problem found, errors and warnings, in file order (at least one error).
        problems: Vec<Problem>,
    },
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
    pub fn of_offset(text: &str, offset: usize) -> Location {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Location {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
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

impl Problem {
    /// An error at `location` (when known) in the record `record` (when known).
    fn error(
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
    fn from_finding(finding: crate::validate::Finding, location: Option<Location>) -> Problem {
        Problem {
            severity: finding.severity,
            location,
            record: finding.record,
            field: finding.path.to_string(),
            message: finding.message,
        }
    }

    /// `origin:line:column: record 'id': message`, with `error: ` or `warning: ` after the
    /// location when `with_severity`.
    pub fn describe(&self, origin: &str, with_severity: bool) -> String {
        let mut text = origin.to_string();
        if let Some(location) = self.location {
            text.push_str(&format!(":{location}"));
        }
        text.push_str(": ");
        if with_severity {
            text.push_str(&format!("{}: ", self.severity));
        }
        if let Some(record) = &self.record {
            text.push_str(&format!("record '{record}': "));
        }
        text.push_str(&self.message);
        text
    }
}

/// The errors among problems, one per line, at most [`PROBLEMS_SHOWN`].
struct ProblemList<'a> {
    origin: &'a str,
    problems: &'a [Problem],
}

impl fmt::Display for ProblemList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors: Vec<&Problem> = self
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .collect();
        for (i, problem) in errors.iter().take(PROBLEMS_SHOWN).enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}", problem.describe(self.origin, false))?;
        }
        if errors.len() > PROBLEMS_SHOWN {
            write!(
                f,
                "\n... and {} more errors: run 'agreements validate {}' to see them all",
                errors.len() - PROBLEMS_SHOWN,
                self.origin
            )?;
        }
        Ok(())
    }
}

/// A loaded dataset with the warnings found in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The dataset.
    pub dataset: Dataset,
    /// Problems that do not stop the dataset from being used.
    pub warnings: Vec<Problem>,
}

/// The embedded dataset, built by code that `build.rs` writes from [`EMBEDDED_TOML`]: nothing is
/// parsed at start-up. `agreements validate` loads [`EMBEDDED_TOML`] instead, for line numbers.
pub fn embedded() -> Dataset {
    embedded::dataset()
}

/// The path that means standard input.
pub const STDIN: &str = "-";

/// How the dataset at `path` is named in messages: the path, or `<stdin>` for `-`.
pub fn origin_of(path: &Path) -> String {
    if path.as_os_str() == STDIN {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}

/// Reads, parses and checks the dataset at `path`: JSON when it ends in `.json`, TOML otherwise.
/// The path `-` reads standard input; it and other streams (pipes) are JSON when they start
/// with `{`, else TOML.
pub fn from_path(path: &Path) -> Result<Loaded, LoadError> {
    let origin = origin_of(path);
    let read_error = |source| LoadError::Read {
        origin: origin.clone(),
        source,
    };
    let is_json = path
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("json"));
    let parse = |text: &str, is_json: bool| {
        if is_json {
            from_json_str(text, &origin)
        } else {
            from_toml_str(text, &origin)
        }
    };
    let mut source: Box<dyn Read> = if path.as_os_str() == STDIN {
        Box::new(std::io::stdin().lock())
    } else {
        let file = std::fs::File::open(path).map_err(read_error)?;
        let metadata = file.metadata().map_err(read_error)?;
        if metadata.is_dir() {
            return Err(read_error(std::io::ErrorKind::IsADirectory.into()));
        }
        if metadata.is_file() {
            // SAFETY: the map is only read, and only while this function runs. Were another
            // process to truncate the file meanwhile, reading the lost pages would be undefined
            // behaviour (a SIGBUS in practice). Like ripgrep, we accept that for the gain:
            // mapping the page cache instead of copying a gigabyte into fresh memory halves the
            // page faults, which on this kind of machine cost more than parsing (BENCHMARKS.md).
            let map = unsafe { memmap2::Mmap::map(&file) }.map_err(read_error)?;
            return parse(as_text(&map, &origin)?, is_json);
        }
        Box::new(file)
    };
    // Standard input, pipes and other streams are read whole, and are JSON when they start with
    // `{` (a TOML dataset starts with a table or a comment).
    let mut bytes = Vec::new();
    source.read_to_end(&mut bytes).map_err(read_error)?;
    let text = as_text(&bytes, &origin)?;
    parse(
        text,
        is_json || strip_bom(text).trim_start().starts_with('{'),
    )
}

/// Parses and checks a TOML dataset; `origin` names it in errors.
pub fn from_toml_str(text: &str, origin: &str) -> Result<Loaded, LoadError> {
    finish(from_toml::parse(strip_bom(text)), origin)
}

/// Parses and checks a JSON dataset; `origin` names it in errors.
pub fn from_json_str(text: &str, origin: &str) -> Result<Loaded, LoadError> {
    finish(from_json::parse(strip_bom(text)), origin)
}

/// What a parser returns: the dataset with its warnings, or every problem (at least one error).
type Parsed = Result<(Dataset, Vec<Problem>), Vec<Problem>>;

/// The dataset when `problems` holds no error, else the problems.
fn accept(dataset: Dataset, problems: Vec<Problem>) -> Parsed {
    if problems.iter().any(|p| p.severity == Severity::Error) {
        Err(problems)
    } else {
        Ok((dataset, problems))
    }
}

fn finish(parsed: Parsed, origin: &str) -> Result<Loaded, LoadError> {
    match parsed {
        Ok((dataset, warnings)) => Ok(Loaded { dataset, warnings }),
        Err(problems) => Err(LoadError::Invalid {
            origin: origin.to_string(),
            problems,
        }),
    }
}

/// Sorts problems by line and column, so that a reader can work down the file; problems with
/// no location go last, in their order.
fn in_file_order(problems: &mut [Problem]) {
    problems.sort_by_key(|p| p.location.map_or((usize::MAX, 0), |l| (l.line, l.column)));
}

/// The bytes as text, or where they stop being text: invalid UTF-8, or a NUL byte (binary).
fn as_text<'a>(bytes: &'a [u8], origin: &str) -> Result<&'a str, LoadError> {
    let not_text = |valid_up_to: usize| LoadError::NotText {
        origin: origin.to_string(),
        location: Location::of_offset(&String::from_utf8_lossy(&bytes[..valid_up_to]), valid_up_to),
    };
    // `contains` on bytes is a vectorised memchr; the position is needed only on the error path.
    if bytes.contains(&0) {
        let nul = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
        let valid = std::str::from_utf8(&bytes[..nul]).map_or_else(|e| e.valid_up_to(), |_| nul);
        return Err(not_text(valid));
    }
    std::str::from_utf8(bytes).map_err(|error| not_text(error.valid_up_to()))
}

/// Text without a leading UTF-8 byte-order mark, which some editors write.
fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

#[cfg(test)]
mod tests;
