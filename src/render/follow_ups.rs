//! The timeline's part after the visit: each follow-up of the selected documents and of their
//! events, dated, with what it is about; expectations named as such, unconfirmed steps marked.

use super::{Terminal, Tone, UNCONFIRMED_MARK, cell, finish, new_table};
use crate::timeline::FollowUp;
use crate::vocab::{StepKind, Vocabulary};

/// The follow-ups as a table of date, what they are about, the step and what happened.
pub(super) fn table(after: &[FollowUp], terminal: Terminal) -> String {
    let whole = comfy_table::ColumnConstraint::ContentWidth;
    let mut table = new_table(terminal.width, terminal.color);
    table.set_header(["Date", "About", "Step", "What happened"].map(|h| cell(h, Tone::Heading)));
    for step in after {
        let about = step.id.unwrap_or(step.about);
        let (text, tone) = if step.unconfirmed {
            (format!("{} (unconfirmed)", step.text), Tone::Doubtful)
        } else {
            (step.text.to_string(), Tone::Plain)
        };
        table.add_row([
            cell(step.date.to_string(), Tone::Plain),
            cell(about, Tone::Plain),
            cell(kind(step), Tone::Plain),
            cell(text, tone),
        ]);
    }
    table.set_constraints([whole]);
    finish(&mut table)
}

/// The step's kind as the table shows it: an expectation says it has not (yet) happened, an
/// unconfirmed step carries the mark.
fn kind(step: &FollowUp) -> String {
    let kind = match (step.kind, step.settled) {
        (StepKind::Expected, Some(date)) => format!("expected, settled {date}"),
        (StepKind::Expected, None) => "expected, not a fact".to_string(),
        (other, _) => other.to_string(),
    };
    if step.unconfirmed {
        format!("{kind}{UNCONFIRMED_MARK}")
    } else {
        kind
    }
}

/// One row per follow-up for the flat formats, in the timeline's columns: the date, what
/// happened and its sources, the record (none for the event's own), and the step.
pub(super) fn flat_rows(after: &[FollowUp]) -> Vec<Vec<serde_json::Value>> {
    use serde_json::Value;
    let text = |s: &str| Value::String(s.to_string());
    let row = |step: &FollowUp| {
        let sources = step.sources.iter().map(|url| text(url)).collect();
        vec![
            text(&step.date.to_string()),
            Value::Null,
            text(step.text),
            Value::Array(sources),
            step.id.map_or(Value::Null, text),
            text(step.about),
            Value::Null,
            Value::Null,
            text(step.kind.name()),
            Value::Bool(step.unconfirmed),
        ]
    };
    after.iter().map(row).collect()
}

/// "19 follow-ups after the visit (3 expected, not facts)", or nothing without follow-ups.
pub(super) fn count_line(after: &[FollowUp]) -> String {
    if after.is_empty() {
        return String::new();
    }
    let open = |s: &&FollowUp| s.kind == StepKind::Expected && s.settled.is_none();
    let expected = after.iter().filter(open).count();
    format!(
        "{} after the visit ({expected} expected, not facts)\n",
        super::counted(after.len(), "follow-up")
    )
}
