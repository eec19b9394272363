//! The timeline's part after the visit: each follow-up of the selected documents and of their
//! events, dated, with what it is about; expectations named as such, unconfirmed steps marked.

use super::{Terminal, Tone, UNCONFIRMED_MARK, cell, finish, new_table};
use crate::timeline::FollowUp;
use crate::vocab::StepKind;

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
    let kind = match step.kind {
        StepKind::Expected => "expected, not a fact".to_string(),
        other => other.to_string(),
    };
    if step.unconfirmed {
        format!("{kind}{UNCONFIRMED_MARK}")
    } else {
        kind
    }
}
