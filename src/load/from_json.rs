//! JSON datasets: the same shape as TOML (`{"event": {...}, "agreements": [...]}`). serde_json
//! gives the line and column of a parse error; rule findings carry their path, not a line.

use super::{Location, Parsed, Problem, accept};
use crate::model::Dataset;
use crate::validate::{self, Severity};

/// Parses and checks `text` as a JSON dataset.
pub(super) fn parse(text: &str) -> Parsed {
    check(serde_json::from_str(text))
}

/// The dataset's problems: the parse error, located, or the rule findings.
fn check(parsed: Result<Dataset, serde_json::Error>) -> Parsed {
    let dataset: Dataset = parsed.map_err(|error| {
        vec![Problem {
            severity: Severity::Error,
            location: Some(Location {
                line: error.line(),
                column: error.column().max(1),
            }),
            record: None,
            field: String::new(),
            message: error
                .to_string()
                .split(" at line ")
                .next()
                .unwrap_or_default()
                .to_string(),
        }]
    })?;
    let problems = validate::validate(&dataset)
        .into_iter()
        .map(|finding| Problem {
            severity: finding.severity,
            location: None,
            record: finding.record,
            field: finding.path.to_string(),
            message: finding.message,
        })
        .collect();
    accept(dataset, problems)
}
