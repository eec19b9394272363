//! The rules for a record's life after its signing: its history runs forward from the signing
//! to the day it was checked, every step has text, an expectation is settled only by a later
//! step, `also` names records of the dataset, a written `status` is what the history adds up
//! to, and a dataset that records histories records one (or a search) for every record.

use super::{FieldPath, HashMap, Severity};
use crate::model::{Agreement, Dataset};
use crate::sanitize::quoted;
use crate::vocab::StepKind;

/// Checks the history of `record` (at `path`); `report` receives each finding.
pub(super) fn check(
    record: &Agreement,
    histories: bool,
    first_use: &HashMap<&str, usize>,
    path: &impl Fn() -> FieldPath,
    report: &mut impl FnMut(Severity, FieldPath, String),
) {
    use Severity::{Error, Warning};
    let at = |i: usize| path().key("history").index(i);
    let mut previous = record.signed;
    // The dates of the expectations met so far, so that checking `settles` stays linear.
    let mut expected = std::collections::HashSet::new();
    for (i, step) in record.history.iter().enumerate() {
        if step.date < previous {
            let message = if previous == record.signed {
                format!(
                    "the step of {} comes before the signing ({previous})",
                    step.date
                )
            } else {
                format!(
                    "the step of {} comes after one of {previous}: write the history in date order",
                    step.date
                )
            };
            report(Error, at(i).key("date"), message);
        }
        previous = previous.max(step.date);
        if step.text.trim().is_empty() {
            let message = "the step's text is empty: say what happened, or what was searched";
            report(Error, at(i).key("text"), message.into());
        }
        if let Some(settled) = step.settles.filter(|date| !expected.contains(date)) {
            let message = format!(
                "settles {settled}, but no earlier step of the history is an expectation of that date"
            );
            report(Error, at(i).key("settles"), message);
        }
        if step.kind == StepKind::Expected {
            expected.insert(step.date);
        }
        for (j, other) in step.also.iter().enumerate() {
            if !first_use.contains_key(other.as_ref()) || *other == record.id {
                let message = format!(
                    "also names '{}', which is no other record of the dataset",
                    quoted(other)
                );
                report(Error, at(i).key("also").index(j), message);
            }
        }
    }
    match record.checked {
        Some(checked) if checked < previous => {
            let message =
                format!("checked {checked} is before the history's latest step ({previous})");
            report(Error, path().key("checked"), message);
        }
        Some(_) if record.history.is_empty() => {
            let message =
                "checked, but the history is empty: write what was searched as a `not-found` step";
            report(Warning, path().key("history"), message.into());
        }
        None if histories => {
            let message = "no `checked` date: the dataset records what became of its documents, and this record's status is unknown";
            report(Warning, path().key("checked"), message.into());
        }
        _ => {}
    }
    if let Some(written) = record.status {
        let derived = record.current_status();
        if written != derived {
            let message = format!(
                "status is '{written}', but its history adds up to '{derived}': correct the status or leave it out"
            );
            report(Error, path().key("status"), message);
        }
    }
}

/// Whether the dataset records what became of its documents: any record has a history or a
/// `checked` date.
pub(super) fn records_histories(dataset: &Dataset) -> bool {
    (dataset.agreements.iter()).any(|record| record.checked.is_some() || !record.history.is_empty())
}
