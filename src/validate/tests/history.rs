//! The rules about a record's history and about several events, one row each.

use super::*;
use crate::model::{Event, Step, Text};
use crate::vocab::{Status, StepKind};

/// A step of `kind` on `date`, citing the first record's source.
pub(super) fn step(kind: StepKind, date: &str) -> Step<Text> {
    Step {
        date: date.parse().unwrap(),
        kind,
        country: None,
        text: "Something happened.".into(),
        also: Vec::new(),
        settles: None,
        unconfirmed: false,
        sources: vec!["https://example.org/a".into()],
    }
}

/// The first record with `steps` as its history, checked at the end of 2026.
pub(super) fn with_history(dataset: &mut Dataset, steps: Vec<Step<Text>>) {
    dataset.agreements[0].history = steps;
    dataset.agreements[0].checked = Some("2026-12-31".parse().unwrap());
}

/// Two events with ids and no official list, the record (off the list) naming neither.
fn two_events(dataset: &mut Dataset) {
    dataset.agreements[0].official_list = false;
    let first = Event {
        id: Some("first-visit".into()),
        official_list_count: 0,
        official_list_unrecorded: 0,
        ..dataset.events[0].clone()
    };
    let second = Event {
        id: Some("second-visit".into()),
        ..first.clone()
    };
    dataset.events = vec![first, second];
}

#[test]
fn each_history_rule_reports_its_finding_at_its_path() {
    use StepKind::{Expected, Implementing, InForce, Statement};
    let cases: [Case; 14] = [
        (
            "a step before the signing",
            |d| with_history(d, vec![step(Statement, "2025-09-01")]),
            Severity::Error,
            "agreements[0].history[0].date",
            "comes before the signing (2025-09-02)",
        ),
        (
            "steps out of order",
            |d| {
                with_history(
                    d,
                    vec![step(Statement, "2025-10-02"), step(Statement, "2025-10-01")],
                )
            },
            Severity::Error,
            "agreements[0].history[1].date",
            "write the history in date order",
        ),
        (
            "a step with no text",
            |d| {
                let mut empty = step(Statement, "2025-10-01");
                empty.text = " ".into();
                with_history(d, vec![empty]);
            },
            Severity::Error,
            "agreements[0].history[0].text",
            "the step's text is empty",
        ),
        (
            "settling an expectation that is not there",
            |d| {
                let mut settling = step(InForce, "2025-10-01");
                settling.settles = Some("2025-09-05".parse().unwrap());
                with_history(d, vec![step(Expected, "2025-09-03"), settling]);
            },
            Severity::Error,
            "agreements[0].history[1].settles",
            "no earlier step of the history is an expectation of that date",
        ),
        (
            "settling a step that is not an expectation",
            |d| {
                let mut settling = step(InForce, "2025-10-01");
                settling.settles = Some("2025-09-05".parse().unwrap());
                with_history(d, vec![step(Statement, "2025-09-05"), settling]);
            },
            Severity::Error,
            "agreements[0].history[1].settles",
            "no earlier step of the history is an expectation of that date",
        ),
        (
            "also naming the record itself",
            |d| {
                let mut shared = step(Statement, "2025-10-01");
                shared.also = vec!["first".into()];
                with_history(d, vec![shared]);
            },
            Severity::Error,
            "agreements[0].history[0].also[0]",
            "also names 'first', which is no other record",
        ),
        (
            "checked before the latest step",
            |d| {
                with_history(d, vec![step(Statement, "2025-10-01")]);
                d.agreements[0].checked = Some("2025-09-30".parse().unwrap());
            },
            Severity::Error,
            "agreements[0].checked",
            "is before the history's latest step (2025-10-01)",
        ),
        (
            "checked with nothing to show for it",
            |d| with_history(d, Vec::new()),
            Severity::Warning,
            "agreements[0].history",
            "write what was searched as a `not-found` step",
        ),
        (
            "a history never checked",
            |d| d.agreements[0].history = vec![step(Implementing, "2025-10-01")],
            Severity::Warning,
            "agreements[0].checked",
            "this record's status is unknown",
        ),
        (
            "a written status its history does not add up to",
            |d| {
                with_history(d, vec![step(Statement, "2025-10-01")]);
                d.agreements[0].status = Some(Status::InForce);
            },
            Severity::Error,
            "agreements[0].status",
            "status is 'in-force', but its history adds up to 'signed'",
        ),
        (
            "a step that cites nothing",
            |d| {
                let mut bare = step(Statement, "2025-10-01");
                bare.sources.clear();
                with_history(d, vec![bare]);
            },
            Severity::Error,
            "agreements[0].history[0].sources",
            "the step of 2025-10-01 in its history cites no source",
        ),
        (
            "a record that names no event of several",
            two_events,
            Severity::Error,
            "agreements[0]",
            "the dataset holds several events",
        ),
        (
            "a record that names an unknown event",
            |d| {
                two_events(d);
                d.agreements[0].event = Some("second-vist".into());
            },
            Severity::Error,
            "agreements[0].event",
            "unknown event 'second-vist'; did you mean 'second-visit'?",
        ),
        (
            "two events with one id",
            |d| {
                two_events(d);
                d.events[1].id = Some("first-visit".into());
                d.agreements[0].event = Some("first-visit".into());
            },
            Severity::Error,
            "events[1].id",
            "two events are called 'first-visit'",
        ),
    ];
    check(&cases);
}
