//! Loading a dataset: read, parse and validate, with errors that say where and what.

use crate::model::{Agreement, Dataset};
use crate::vocab::Confidence;
use serde::Deserialize;
use std::collections::HashMap;
use std::fmt;
use std::path::Path;

/// The dataset compiled into the binary (`data/agreements.toml`).
pub const EMBEDDED_TOML: &str = include_str!("../data/agreements.toml");

/// How the embedded dataset is named in messages.
pub const EMBEDDED_ORIGIN: &str = "<embedded data/agreements.toml>";

/// Fields that a record may mark as `unconfirmed`.
pub const UNCONFIRMABLE_FIELDS: [&str; 7] = [
    "title",
    "short_title",
    "kind",
    "sector",
    "parties",
    "signed",
    "place",
];

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
    /// The file is not UTF-8 text.
    #[error("{origin}:{location}: the dataset is not UTF-8 text (is it a TOML file?)")]
    NotText {
        /// The path as given.
        origin: String,
        /// Where the first invalid byte is.
        location: Location,
    },
    /// The file is not valid TOML, or does not have the dataset's shape.
    #[error("{origin}:{location}: {message}")]
    Syntax {
        /// The path as given.
        origin: String,
        /// Where the parser stopped.
        location: Location,
        /// What the parser said.
        message: String,
    },
    /// The file parses but breaks the dataset's rules.
    #[error("{}", ProblemList { origin, problems })]
    Invalid {
        /// The path as given.
        origin: String,
        /// Every rule broken, in dataset order (never empty).
        problems: Vec<Problem>,
    },
}

/// A 1-based line and column (in characters) in a dataset file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// One broken rule in one record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The record's `id` line, when the dataset text is known.
    pub location: Option<Location>,
    /// The record's position in the dataset, from 0.
    pub index: usize,
    /// The record's id.
    pub record: String,
    /// What is wrong, and what to do.
    pub message: String,
}

/// Problems printed one per line, each prefixed with the file and location.
struct ProblemList<'a> {
    origin: &'a str,
    problems: &'a [Problem],
}

impl fmt::Display for ProblemList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}", self.origin)?;
            if let Some(location) = problem.location {
                write!(f, ":{location}")?;
            }
            write!(f, ": record '{}': {}", problem.record, problem.message)?;
        }
        Ok(())
    }
}

/// Loads the embedded dataset.
pub fn embedded() -> Result<Dataset, LoadError> {
    from_toml_str(EMBEDDED_TOML, EMBEDDED_ORIGIN)
}

/// Reads, parses and validates the TOML dataset at `path`.
pub fn from_path(path: &Path) -> Result<Dataset, LoadError> {
    let origin = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| LoadError::Read {
        origin: origin.clone(),
        source,
    })?;
    let text = String::from_utf8(bytes).map_err(|error| {
        let valid = error.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&error.as_bytes()[..valid]).into_owned();
        LoadError::NotText {
            origin: origin.clone(),
            location: Location::of_offset(&text, valid),
        }
    })?;
    from_toml_str(&text, &origin)
}

/// Parses and validates a TOML dataset; `origin` names it in errors.
pub fn from_toml_str(text: &str, origin: &str) -> Result<Dataset, LoadError> {
    let dataset: Dataset = toml::from_str(text).map_err(|error| LoadError::Syntax {
        origin: origin.to_string(),
        location: Location::of_offset(text, error.span().map_or(0, |span| span.start)),
        message: error.message().trim_end().replace('\n', "; "),
    })?;
    let mut problems = validate(&dataset);
    if problems.is_empty() {
        return Ok(dataset);
    }
    let id_offsets = record_id_offsets(text);
    for problem in &mut problems {
        if let Some(&offset) = id_offsets.get(problem.index) {
            problem.location = Some(Location::of_offset(text, offset));
        }
    }
    Err(LoadError::Invalid {
        origin: origin.to_string(),
        problems,
    })
}

/// Checks the rules that the dataset's shape alone does not enforce. Returns every problem found.
pub fn validate(dataset: &Dataset) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut first_index: HashMap<&str, usize> = HashMap::new();
    for (index, record) in dataset.agreements.iter().enumerate() {
        let mut report = |message: String| {
            problems.push(Problem {
                location: None,
                index,
                record: record.id.clone(),
                message,
            })
        };
        if let Some(first) = first_index.insert(&record.id, index) {
            first_index.insert(&record.id, first);
            report(format!(
                "duplicate id: records {} and {} both use it; ids must be unique",
                first + 1,
                index + 1
            ));
        }
        check_record(record, &mut report);
    }
    problems
}

/// The rules for one record; each broken rule is reported once.
fn check_record(record: &Agreement, report: &mut impl FnMut(String)) {
    if !is_kebab_case(&record.id) {
        report("id must be kebab-case: lower-case letters and digits joined by single '-'".into());
    }
    for (field, value) in [
        ("title", &record.title),
        ("short_title", &record.short_title),
        ("summary", &record.summary),
    ] {
        if value.trim().is_empty() {
            report(format!("{field} is empty"));
        }
    }
    if record.parties.is_empty() && record.confidence != Confidence::Unresolved {
        report(
            "no parties: name at least one, or mark the record confidence = \"unresolved\"".into(),
        );
    }
    if record.sources.is_empty() {
        report("no sources: every record needs at least one [[agreements.sources]]".into());
    }
    for source in &record.sources {
        if !(source.url.starts_with("https://") || source.url.starts_with("http://")) {
            report(format!("source URL '{}' is not http(s)", source.url));
        }
    }
    for term in &record.terms {
        match &term.source {
            None if term.value.is_some() => report(format!(
                "term '{}' has a number but no source: add source = \"<url>\"",
                term.label
            )),
            Some(url) if !record.sources.iter().any(|source| &source.url == url) => {
                report(format!(
                    "term '{}' cites '{url}', which is not in the record's sources",
                    term.label
                ))
            }
            _ => {}
        }
    }
    for field in &record.unconfirmed {
        if !UNCONFIRMABLE_FIELDS.contains(&field.as_str()) {
            report(format!(
                "unconfirmed names unknown field '{field}'; valid: {}",
                UNCONFIRMABLE_FIELDS.join(", ")
            ));
        }
    }
}

/// Whether `id` is lower-case letters and digits joined by single hyphens.
fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Byte offsets of each record's `id` value, by record position, for locating validation problems.
fn record_id_offsets(text: &str) -> Vec<usize> {
    #[derive(Deserialize)]
    struct Ids {
        #[serde(default)]
        agreements: Vec<IdOnly>,
    }
    #[derive(Deserialize)]
    struct IdOnly {
        id: toml::Spanned<String>,
    }
    toml::from_str::<Ids>(text).map_or_else(
        |_| Vec::new(),
        |ids| {
            ids.agreements
                .iter()
                .map(|record| record.id.span().start)
                .collect()
        },
    )
}
