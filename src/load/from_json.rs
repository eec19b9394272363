//! JSON datasets: the same shape as TOML (`{"event": {...}, "agreements": [...]}`). serde_json
//! gives the line and column of a parse error; rule findings carry their path, not a line.

use super::{Location, Parsed, Problem, accept};
use crate::model::Dataset;
use crate::validate;

/// Parses and checks `text` as a JSON dataset.
pub(super) fn parse(text: &str) -> Parsed {
    check(serde_json::from_str(text))
}

/// The dataset's problems: the parse error, located, or the rule findings.
fn check(parsed: Result<Dataset, serde_json::Error>) -> Parsed {
    let mut dataset: Dataset = parsed.map_err(|error| (vec![problem(&error, error.line())], 0))?;
    dataset.resolve();
    let problems = validate::validate(&dataset)
        .into_iter()
        .map(|finding| Problem::from_finding(finding, None))
        .collect();
    accept(dataset, problems)
}

/// A JSON parse error as a problem on `line` (the file's, where serde_json counted within one
/// line of JSON Lines), its message without serde_json's own "at line" suffix.
pub(super) fn problem(error: &serde_json::Error, line: usize) -> Problem {
    let message = error.to_string();
    let message = message.split(" at line ").next().unwrap_or_default();
    let location = Location {
        line,
        column: error.column().max(1),
    };
    Problem::error(Some(location), None, String::new(), message.to_string())
}
