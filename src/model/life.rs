//! A document's life after its signing: dated, sourced steps (ratified, in force, implemented,
//! statements, expectations, searches that found nothing) and the status they add up to; and
//! the follow-ups of a whole event, which are not documents.

use super::{Agreement, Text};
use crate::date::Date;
use crate::vocab::{Country, Status, StepKind};
use serde::{Deserialize, Serialize};

/// One dated step in the history of a document (its sources are URLs of the record's `sources`)
/// or of an event (its sources are written out whole, as the event's notes are).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "S: Deserialize<'de>"))]
pub struct Step<S> {
    /// When it happened; for an expectation, when it was said; for `not-found`, when the
    /// sources were searched.
    pub date: Date,
    /// What kind of step it is.
    pub kind: StepKind,
    /// The side that took it, where it is one side's (a ratification).
    #[serde(default)]
    pub country: Option<Country>,
    /// What happened, in a sentence; for `not-found`, what was searched.
    #[serde(deserialize_with = "super::borrowed::text")]
    pub text: Text,
    /// Other records of the dataset that the same step concerns (one communiqué, three
    /// documents), by id.
    #[serde(default, deserialize_with = "super::borrowed::list")]
    pub also: Vec<Text>,
    /// For a step that settles an expectation: the date of the `expected` step it settles.
    #[serde(default)]
    pub settles: Option<Date>,
    /// True when the step rests on one report or the reports conflict.
    #[serde(default)]
    pub unconfirmed: bool,
    /// Where it is reported. Every step but `not-found` has at least one.
    #[serde(default = "Vec::new")]
    pub sources: Vec<S>,
}

/// The status a history adds up to: the latest step that changes a document's standing; else
/// `signed` when anything has been said since, `no-news` when nothing has; `unchecked` when the
/// history was never checked against the sources (`checked` is empty).
pub fn status_of<S>(history: &[Step<S>], checked: Option<Date>) -> Status {
    if checked.is_none() {
        return Status::Unchecked;
    }
    let latest = (history.iter().rev()).find_map(|step| step.kind.status());
    latest.unwrap_or_else(|| {
        if history.iter().any(|step| step.kind != StepKind::NotFound) {
            Status::Signed
        } else {
            Status::NoNews
        }
    })
}

impl Agreement {
    /// Where the document stands, from its history (see [`status_of`]).
    pub fn current_status(&self) -> Status {
        status_of(&self.history, self.checked)
    }

    /// Whether the status rests only on steps marked unconfirmed: the latest steps that give it,
    /// back to the last step that gave another, are all unconfirmed. `status` then reads as
    /// unconfirmed, like any field the record lists in `unconfirmed`.
    pub fn status_is_unconfirmed(&self) -> bool {
        if self.checked.is_none() {
            // `unchecked` says all there is to say.
            return false;
        }
        let mut changes = (self.history.iter().rev())
            .filter_map(|step| step.kind.status().map(|status| (status, step.unconfirmed)));
        let Some((status, unconfirmed)) = changes.next() else {
            return false;
        };
        unconfirmed
            && changes
                .take_while(|&(earlier, _)| earlier == status)
                .all(|(_, unconfirmed)| unconfirmed)
    }

    /// The names of the fields that read as unconfirmed: those the record lists, and `status`
    /// when the step it rests on is unconfirmed.
    pub fn unconfirmed_fields(&self) -> Vec<&str> {
        let mut fields: Vec<&str> = self.unconfirmed.iter().map(AsRef::as_ref).collect();
        if self.status_is_unconfirmed() && !fields.contains(&"status") {
            fields.push("status");
        }
        fields
    }

    /// For each expectation a later step settles, the date of the first step that settles it,
    /// by the expectation's date: one pass, however long the history.
    pub fn settlements(&self) -> std::collections::HashMap<Date, Date> {
        let mut settled = std::collections::HashMap::new();
        for step in &self.history {
            if let Some(expected) = step.settles {
                settled.entry(expected).or_insert(step.date);
            }
        }
        settled
    }

    /// The date of its latest news: the latest step of its history that is not a search that
    /// found nothing (a statement or an expectation is news too).
    pub fn last_change(&self) -> Option<Date> {
        let news = self
            .history
            .iter()
            .filter(|step| step.kind != StepKind::NotFound);
        news.map(|step| step.date).max()
    }
}
