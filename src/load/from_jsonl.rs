//! JSON Lines datasets (`.jsonl`, `.ndjson`): an optional first line with the dataset's header
//! (`{"dataset": {...}, "events": [...]}`, a JSON dataset without its records), then one record
//! per line, as `list --format jsonl` and `convert --to jsonl` write them. Each line is parsed on
//! its own, straight into a record: every bad line is reported with its number, and rule
//! findings name the line of their record.

use super::{Location, PROBLEMS_KEPT, Parsed, Problem, accept};
use crate::model::{Agreement, Dataset, Event, Metadata, Organisation, Text, borrowed};
use crate::validate::{self, Step};
use serde::Deserialize;

/// What the first line may hold instead of a record.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    #[serde(default, rename = "dataset")]
    metadata: Option<Metadata>,
    #[serde(default, deserialize_with = "borrowed::groups")]
    synonyms: Vec<Vec<Text>>,
    #[serde(alias = "event", deserialize_with = "crate::model::one_or_many")]
    events: Vec<Event>,
    #[serde(default, deserialize_with = "borrowed::compact")]
    organisations: Vec<Organisation>,
}

/// The name of the event of a dataset whose first line is a record, not a header.
pub const NO_EVENT: &str = "(no event line: dates and count from the records)";

/// Bytes per item, for [`crate::parallel::threads_for`], when parsing: files under 1 MB (4,096
/// items of 256 bytes) are read on one core.
const ITEM_BYTES: usize = 256;

/// Parses and checks `text` as JSON Lines. Large texts are cut at line breaks into pieces,
/// parsed on every core at once: lines do not depend on each other. Each piece numbers its lines
/// from 1 and counts them; the numbers are moved on once the pieces are joined.
pub(super) fn parse(text: &str) -> Parsed {
    parse_in(text, crate::parallel::threads_for(text.len() / ITEM_BYTES))
}

/// [`parse`], on `count` threads. The text is cut into as many pieces as the threads take
/// runs ([`crate::parallel::RUNS_PER_THREAD`]), so that each piece is a run of its own. Small
/// pieces also hold less twice: the records of all but the first piece are moved into the
/// first's list and freed as they are joined.
fn parse_in(text: &str, count: usize) -> Parsed {
    let pieces = pieces(text, count * crate::parallel::RUNS_PER_THREAD);
    // Each thread borrows strings from the text the caller keeps, if it keeps one.
    let kept = borrowed::source();
    let parts = crate::parallel::in_runs(&pieces, count, |start, run| {
        let read = || {
            let pieces = run.iter().enumerate();
            let parts = pieces.map(|(i, piece)| Part::read(piece, start + i == 0));
            parts.collect::<Vec<Part>>()
        };
        borrowed::from(kept, read)
    });
    let mut header = None;
    // The first piece's records, grown in place by the others', each freed once moved: joining
    // into a new list would hold every record twice for a moment.
    let mut agreements = Vec::new();
    let mut lines = Vec::new();
    let mut problems = Vec::new();
    let mut dropped = 0;
    let mut lines_before = 0;
    for part in parts.into_iter().flatten() {
        header = header.or(part.header);
        if agreements.is_empty() {
            agreements = part.records;
        } else {
            agreements.reserve_exact(part.records.len());
            agreements.extend(part.records);
        }
        lines.extend(part.lines.iter().map(|line| line + lines_before));
        let room = PROBLEMS_KEPT.saturating_sub(problems.len());
        dropped += part.dropped + part.problems.len().saturating_sub(room);
        problems.extend(part.problems.into_iter().take(room).map(|mut problem| {
            if let Some(location) = &mut problem.location {
                location.line += lines_before;
            }
            problem
        }));
        lines_before += part.line_breaks;
    }
    agreements.shrink_to_fit();
    if !problems.is_empty() {
        return Err((problems, dropped));
    }
    let (metadata, synonyms, events, organisations) = match header {
        Some(Header {
            metadata,
            synonyms,
            events,
            organisations,
        }) => (metadata, synonyms, events, organisations),
        None => match events_of(&agreements) {
            Some(events) => (None, Vec::new(), events, Vec::new()),
            None => {
                let message = "no records and no header line: write one JSON object per line";
                let problem = Problem::error(None, None, String::new(), message.into());
                return Err((vec![problem], 0));
            }
        },
    };
    let mut dataset = Dataset {
        metadata,
        synonyms,
        events,
        organisations,
        agreements,
    };
    dataset.resolve();
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

/// What one piece of the text holds.
struct Part {
    header: Option<Header>,
    records: Vec<Agreement>,
    /// The line of each record in the piece, for the findings.
    lines: Vec<usize>,
    /// The first [`PROBLEMS_KEPT`] problems, located by their line in the piece: a file of bad
    /// lines must not hold a problem for each.
    problems: Vec<Problem>,
    /// How many more problems the piece has.
    dropped: usize,
    /// How many line breaks the piece has.
    line_breaks: usize,
}

impl Part {
    /// Reads `piece`, numbering its lines from 1; the header can only be on the first line of
    /// the file (`at_start`).
    fn read(piece: &str, mut at_start: bool) -> Part {
        let mut part = Part {
            header: None,
            records: Vec::new(),
            lines: Vec::new(),
            problems: Vec::new(),
            dropped: 0,
            line_breaks: 0,
        };
        // One pass finds the lines and counts them; the end of the piece ends the last one.
        let breaks = memchr::memchr_iter(b'\n', piece.as_bytes());
        let (mut start, mut number) = (0, 0);
        for end in breaks.chain([piece.len()]) {
            // Cut after a line break, a byte no UTF-8 sequence contains: a character boundary.
            let line = piece[start..end].trim();
            (start, number) = (end + 1, number + 1);
            if line.is_empty() {
                continue;
            }
            let parsed = if std::mem::take(&mut at_start) && is_header(line) {
                serde_json::from_str(line).map(|header| part.header = Some(header))
            } else {
                serde_json::from_str(line).map(|record| {
                    part.records.push(record);
                    part.lines.push(number);
                })
            };
            match parsed {
                Err(_) if part.problems.len() == PROBLEMS_KEPT => part.dropped += 1,
                Err(error) => part
                    .problems
                    .push(super::from_json::problem(&error, number)),
                Ok(()) => {}
            }
        }
        // The lines, less the last, which ends with the piece, not with a break.
        part.line_breaks = number - 1;
        part.records.shrink_to_fit();
        part
    }
}

/// `text` cut after line breaks into about `count` pieces.
fn pieces(text: &str, count: usize) -> Vec<&str> {
    let bytes = text.as_bytes();
    // A line break is one byte that no UTF-8 sequence contains: cutting after it is safe.
    let after_break =
        |at: usize| memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i + 1);
    let pieces = crate::parallel::cut(bytes, count, after_break);
    pieces.into_iter().map(|range| &text[range]).collect()
}

/// Whether a first line is the header: an object with `events`, or with an `event` table.
/// Records have no `events`, and their `event` is an id.
fn is_header(line: &str) -> bool {
    #[derive(Deserialize)]
    struct Keys {
        event: Option<serde_json::Value>,
        events: Option<serde::de::IgnoredAny>,
    }
    serde_json::from_str::<Keys>(line).is_ok_and(|keys| {
        keys.events.is_some() || keys.event.is_some_and(|event| event.is_object())
    })
}

/// The events of records given without a header, one per event id the records name (or one
/// for them all): their first and last dates and their count on the official list, and nothing
/// the records do not say. None without records.
fn events_of(records: &[Agreement]) -> Option<Vec<Event>> {
    let mut keys: Vec<Option<&Text>> = Vec::new();
    for record in records {
        if !keys.contains(&record.event.as_ref()) {
            keys.push(record.event.as_ref());
        }
    }
    let events = keys.into_iter().filter_map(|key| {
        let of_event = || records.iter().filter(move |r| r.event.as_ref() == key);
        let dates = of_event().map(|record| record.signed);
        Some(Event {
            id: key.cloned(),
            name: NO_EVENT.into(),
            start: dates.clone().min()?,
            end: dates.max()?,
            official_list_count: of_event().filter(|r| r.official_list).count(),
            official_list_unrecorded: 0,
            days: Vec::new(),
            notes: Vec::new(),
            statements: Vec::new(),
            history: Vec::new(),
        })
    });
    let events: Vec<Event> = events.collect();
    (!events.is_empty()).then_some(events)
}

#[cfg(test)]
mod tests;
