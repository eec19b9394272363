//! The status a history adds up to, its doubts, its last news and its settled expectations.

use super::history::{step, with_history};
use super::*;
use crate::model::Step;
use crate::vocab::{Status, StepKind};

#[test]
fn a_search_that_found_nothing_needs_no_source_and_decides_no_news() {
    let mut data = dataset();
    let mut searched = step(StepKind::NotFound, "2026-12-01");
    searched.sources.clear();
    with_history(&mut data, vec![searched]);
    assert_eq!(validate(&data), Vec::new());
    assert_eq!(data.agreements[0].current_status(), Status::NoNews);
    data.agreements[0].checked = None;
    assert_eq!(data.agreements[0].current_status(), Status::Unchecked);
}

#[test]
fn the_status_is_the_latest_step_that_changes_it_and_doubts_follow_it() {
    use StepKind::{Expected, Implementing, InForce, Ratified, Statement};
    let mut data = dataset();
    let mut doubtful = step(Implementing, "2025-12-02");
    doubtful.unconfirmed = true;
    let cases = [
        (vec![step(Statement, "2025-10-01")], Status::Signed, false),
        (vec![step(Expected, "2025-10-01")], Status::Signed, false),
        (
            vec![step(Ratified, "2025-10-01"), step(Statement, "2025-11-01")],
            Status::Ratified,
            false,
        ),
        (
            vec![step(Ratified, "2025-10-01"), step(InForce, "2025-12-01")],
            Status::InForce,
            false,
        ),
        (
            vec![step(InForce, "2025-12-01"), doubtful],
            Status::Implementing,
            true,
        ),
    ];
    for (steps, status, unconfirmed) in cases {
        with_history(&mut data, steps);
        let record = &data.agreements[0];
        assert_eq!(record.current_status(), status);
        assert_eq!(record.is_unconfirmed("status"), unconfirmed, "{status}");
        assert_eq!(
            record.unconfirmed_fields().contains(&"status"),
            unconfirmed,
            "{status}"
        );
    }
}

#[test]
fn the_last_change_is_the_latest_news_not_the_latest_search() {
    use StepKind::{Expected, NotFound, Statement};
    let mut data = dataset();
    with_history(&mut data, Vec::new());
    assert_eq!(data.agreements[0].last_change(), None);
    let searched = step(NotFound, "2026-12-01");
    with_history(
        &mut data,
        vec![
            step(Statement, "2025-10-01"),
            step(Expected, "2025-11-01"),
            searched,
        ],
    );
    assert_eq!(
        data.agreements[0].last_change(),
        Some("2025-11-01".parse().unwrap())
    );
}

#[test]
fn an_expectation_is_settled_by_the_first_step_that_says_so() {
    use StepKind::{Expected, InForce, Statement};
    let mut data = dataset();
    let settling = |kind, date: &str| Step {
        settles: Some("2025-09-03".parse().unwrap()),
        ..step(kind, date)
    };
    let steps = vec![
        step(Expected, "2025-09-03"),
        settling(InForce, "2025-12-01"),
        settling(Statement, "2026-01-05"),
    ];
    with_history(&mut data, steps);
    let settled = data.agreements[0].settlements();
    let date = |d: &str| d.parse::<crate::date::Date>().unwrap();
    assert_eq!(settled.get(&date("2025-09-03")), Some(&date("2025-12-01")));
    assert_eq!(settled.len(), 1);
    assert_eq!(validate(&data), Vec::new());
}
