//! JSON Lines datasets (`.jsonl`, `.ndjson`): an optional first line with the dataset's header
//! (`{"dataset": {...}, "event": {...}}`, a JSON dataset without its records), then one record
//! per line, as `list --format jsonl` and `convert --to jsonl` write them. Each line is parsed on
//! its own, straight into a record: every bad line is reported with its number, and rule
//! findings name the line of their record.

use super::{Location, Parsed, Problem, accept};
use crate::model::{Agreement, Dataset, Event, Metadata};
use crate::validate::{self, Step};
use serde::Deserialize;

/// What the first line may hold instead of a record.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    #[serde(default, rename = "dataset")]
    metadata: Option<Metadata>,
    event: Event,
}

/// The name of the event of a dataset whose first line is a record, not a header.
pub const NO_EVENT: &str = "(no event line: dates and count from the records)";

/// Parses and checks `text` as JSON Lines.
pub(super) fn parse(text: &str) -> Parsed {
    let mut header = None;
    let mut agreements: Vec<Agreement> = Vec::new();
    // The line of each record, for the findings.
    let mut lines: Vec<usize> = Vec::new();
    let mut problems = Vec::new();
    let mut first = true;
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let number = index + 1;
        let parsed = if std::mem::take(&mut first) && is_header(line) {
            serde_json::from_str(line).map(|parsed| header = Some(parsed))
        } else {
            serde_json::from_str(line).map(|record| {
                agreements.push(record);
                lines.push(number);
            })
        };
        if let Err(error) = parsed {
            problems.push(problem(number, &error));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let (metadata, event) = match header {
        Some(Header { metadata, event }) => (metadata, event),
        None => match event_of(&agreements) {
            Some(event) => (None, event),
            None => {
                let message = "no records and no header line: write one JSON object per line";
                return Err(vec![Problem::error(
                    None,
                    None,
                    String::new(),
                    message.into(),
                )]);
            }
        },
    };
    let dataset = Dataset {
        metadata,
        event,
        agreements,
    };
    let problems = validate::validate(&dataset)
        .into_iter()
        .map(|finding| {
            let line = match finding.path.0.as_slice() {
                [Step::Key(key), Step::Index(i), ..] if key == "agreements" => lines.get(*i),
                _ => None,
            };
            let location = line.map(|&line| Location { line, column: 1 });
            Problem::from_finding(finding, location)
        })
        .collect();
    accept(dataset, problems)
}

/// Whether a first line is the header: an object with an `event` key. Records have none.
fn is_header(line: &str) -> bool {
    #[derive(Deserialize)]
    struct Keys {
        event: Option<serde::de::IgnoredAny>,
    }
    serde_json::from_str::<Keys>(line).is_ok_and(|keys| keys.event.is_some())
}

/// A parse error on line `number`, located in it.
fn problem(number: usize, error: &serde_json::Error) -> Problem {
    let message = error.to_string();
    let message = message.split(" at line ").next().unwrap_or_default();
    let location = Location {
        line: number,
        column: error.column().max(1),
    };
    Problem::error(Some(location), None, String::new(), message.to_string())
}

/// The event of records given without a header: their first and last dates and their count on
/// the official list, and nothing the records do not say. None without records.
fn event_of(records: &[Agreement]) -> Option<Event> {
    let dates = records.iter().map(|record| record.signed);
    Some(Event {
        name: NO_EVENT.into(),
        start: dates.clone().min()?,
        end: dates.max()?,
        official_list_count: records.iter().filter(|r| r.official_list).count(),
        days: Vec::new(),
        notes: Vec::new(),
        statements: Vec::new(),
    })
}
