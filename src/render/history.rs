//! A record's history as `show` prints it: one row per dated step, expectations and searches
//! named as such, unconfirmed steps marked, each with its source numbers.

use super::{Tone, cell, finish, new_table, source_marks};
use crate::model::{Agreement, SourceIndex};
use crate::vocab::StepKind;

/// The history of `record` as a table of date, step and what happened.
pub fn table(record: &Agreement, sources: &SourceIndex, width: Option<u16>, color: bool) -> String {
    let mut table = new_table(width, color);
    table.set_header(["Date", "Step", "What happened"].map(|h| cell(h, Tone::Heading)));
    let settlements = record.settlements();
    for step in &record.history {
        let kind = match (step.kind, settlements.get(&step.date)) {
            (StepKind::Expected, Some(date)) => format!("expected (settled {date})"),
            (StepKind::Expected, None) => "expected (not yet happened)".to_string(),
            (StepKind::NotFound, _) => "nothing found".to_string(),
            (kind, _) => kind.to_string(),
        };
        let mut text = step.text.to_string();
        if let Some(country) = step.country {
            text = format!("{country}: {text}");
        }
        if !step.also.is_empty() {
            text.push_str(&format!(" (also concerns {})", step.also.join(", ")));
        }
        let marks = source_marks(sources, step.sources.iter().map(AsRef::as_ref));
        let (text, tone) = if step.unconfirmed {
            (format!("{text} (unconfirmed) {marks}"), Tone::Doubtful)
        } else {
            (format!("{text} {marks}"), Tone::Plain)
        };
        table.add_row([
            cell(step.date.to_string(), Tone::Plain),
            cell(kind, Tone::Plain),
            cell(text.trim_end().to_string(), tone),
        ]);
    }
    finish(&mut table)
}
