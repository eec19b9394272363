//! The timeline's part after the signing: each follow-up of the selected documents and of their
//! events, dated, with what it is about; expectations named as such, unconfirmed steps marked.

use super::list_layout::wrap;
use super::{PROSE_WIDTH, Terminal, UNCONFIRMED_MARK};
use crate::sanitize::one_line;
use crate::timeline::FollowUp;
use crate::vocab::{StepKind, Vocabulary};
use unicode_width::UnicodeWidthStr;

/// The follow-ups, one after another: the date, what it is about (a record's id or the event's,
/// whole) and the step, on one line when it fits, and what happened under it, wrapped to the
/// terminal (or to the prose width), so that no id is ever cut, however narrow the terminal.
pub(super) fn table(after: &[FollowUp], terminal: Terminal) -> String {
    const INDENT: &str = "            ";
    let width = terminal.width.unwrap_or(PROSE_WIDTH);
    let mut out = String::new();
    for step in after {
        let heading = format!(
            " {}  {}",
            step.date,
            one_line(step.id.unwrap_or(&step.event))
        );
        let kind = format!("({})", kind(step));
        if heading.width() + 2 + kind.width() <= usize::from(width) {
            out.push_str(&format!("{heading}  {kind}\n"));
        } else {
            out.push_str(&format!("{heading}\n{INDENT}{kind}\n"));
        }
        let text = match step.unconfirmed {
            true => format!("{} (unconfirmed)", step.text),
            false => step.text.to_string(),
        };
        out.push_str(&wrap(&one_line(&text), width, INDENT));
        out.push('\n');
    }
    out
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

/// "19 follow-ups after the signing (3 expected, not facts)", or nothing without follow-ups.
pub(super) fn count_line(after: &[FollowUp]) -> String {
    if after.is_empty() {
        return String::new();
    }
    let open = |s: &&FollowUp| s.kind == StepKind::Expected && s.settled.is_none();
    let expected = after.iter().filter(open).count();
    format!(
        "{} after the signing ({expected} expected, not facts)\n",
        super::counted(after.len(), "follow-up")
    )
}
