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
    let dataset: Dataset = parsed.map_err(|error| {
        let location = Location {
            line: error.line(),
            column: error.column().max(1),
        };
        let message = error.to_string();
        let message = message.split(" at line ").next().unwrap_or_default();
        vec![Problem::error(
            Some(location),
            None,
            String::new(),
            message.to_string(),
        )]
    })?;
    let problems = validate::validate(&dataset)
        .into_iter()
        .map(|finding| Problem::from_finding(finding, None))
        .collect();
    accept(dataset, problems)
}
