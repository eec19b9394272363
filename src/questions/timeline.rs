//! Each visit day by day: what happened each day and which documents were signed on it; then
//! what happened after it, to the documents and to the event, in date order.

use crate::date::Date;
use crate::field::Field;
use crate::model::{Agreement, Dataset, Day, Source, Step, Text};
use crate::vocab::StepKind;
use crate::vocab::Vocabulary;
use serde::Serialize;

/// The visit's days in order, each with its documents, and the documents dated on no day of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timeline<'a> {
    /// One entry per day of the visit, in date order.
    pub days: Vec<TimelineDay<'a>>,
    /// Documents whose signing date is not one of the visit's days.
    pub other_dates: Vec<Signing<'a>>,
    /// What happened after the signing, to the documents and to the events, in date order:
    /// expectations included (marked), searches that found nothing left out.
    pub after: Vec<FollowUp<'a>>,
    /// Documents the official lists name that no record holds (no source found names them): on
    /// no day here. 0 from [`Dataset::timeline`]; the caller sets it from [`Dataset::scope`], as
    /// `list` and `summary` count them.
    pub official_list_unrecorded: usize,
}

/// One dated step after the signing, as the timeline lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FollowUp<'a> {
    /// When it happened (or, for an expectation, when it was said).
    pub date: Date,
    /// The record it is about; null for a follow-up of the whole event.
    pub id: Option<&'a str>,
    /// The id of the event it belongs to (its first day for an event without an id).
    pub event: String,
    /// The record's short title, or the event's name.
    pub about: &'a str,
    /// What kind of step it is; `expected` is not a fact yet.
    pub kind: StepKind,
    /// What happened.
    pub text: &'a str,
    /// True when it rests on one report or the reports conflict.
    pub unconfirmed: bool,
    /// For an expectation, the date of the later step that settled it, if one did.
    pub settled: Option<Date>,
    /// The URLs it rests on.
    pub sources: Vec<&'a str>,
}

/// One day of the visit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineDay<'a> {
    /// The day, where it happened, what happened and the sources.
    #[serde(flatten)]
    pub day: &'a Day,
    /// The documents signed (or announced) that day, in dataset order.
    pub documents: Vec<Signing<'a>>,
}

/// A document as the timeline lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Signing<'a> {
    /// The record's id.
    pub id: &'a str,
    /// The record's short title.
    pub short_title: &'a str,
    /// The signing date.
    pub signed: Date,
    /// True when the date is assumed rather than confirmed by the sources.
    pub date_unconfirmed: bool,
    /// Whether the document is on the official list.
    pub official_list: bool,
}

impl<'a> Signing<'a> {
    fn of(record: &'a Agreement) -> Signing<'a> {
        Signing {
            id: &record.id,
            short_title: &record.short_title,
            signed: record.signed,
            date_unconfirmed: record.is_unconfirmed(Field::Signed.name()),
            official_list: record.official_list,
        }
    }
}

impl Dataset {
    /// The timeline of the visit with `records` (from [`Dataset::select`]) placed on their days,
    /// then their follow-ups and those of their events up to `until` (all when `None`).
    pub fn timeline<'a>(&'a self, records: &[&'a Agreement], until: Option<Date>) -> Timeline<'a> {
        // Of several events, those the selection has records of; one event keeps its days.
        let selected = self.records_per_event(records.iter().copied());
        let mut days: Vec<TimelineDay<'a>> = (self.events_drawn_on(&selected))
            .flat_map(|event| &event.days)
            .map(|day| TimelineDay {
                day,
                documents: Vec::new(),
            })
            .collect();
        days.sort_by_key(|entry| entry.day.date);
        let mut other_dates = Vec::new();
        for &record in records {
            match days
                .iter_mut()
                .find(|entry| entry.day.date == record.signed)
            {
                Some(entry) => entry.documents.push(Signing::of(record)),
                None => other_dates.push(Signing::of(record)),
            }
        }
        let after = self.follow_ups(records, &selected, until);
        Timeline {
            days,
            other_dates,
            after,
            official_list_unrecorded: 0,
        }
    }

    /// The steps after the signing of `records` and of the events they belong to (`selected`
    /// counts them per event), up to `until`, in date order (a day's steps in dataset order).
    fn follow_ups<'a>(
        &'a self,
        records: &[&'a Agreement],
        selected: &[usize],
        until: Option<Date>,
    ) -> Vec<FollowUp<'a>> {
        let keep = |date: Date, kind: StepKind| {
            kind != StepKind::NotFound && until.is_none_or(|until| date <= until)
        };
        let mut after = Vec::new();
        for &record in records {
            let event = self.event_of(record).map(|e| e.key().to_string());
            let event = event.unwrap_or_default();
            let settlements = record.settlements();
            for step in record.history.iter().filter(|s| keep(s.date, s.kind)) {
                let sources = step.sources.iter().map(Text::as_ref).collect();
                let about = (Some(&*record.id), &*record.short_title, event.clone());
                let mut entry = follow_up(step, about, sources);
                if step.kind == StepKind::Expected {
                    entry.settled = settlements.get(&step.date).copied();
                }
                after.push(entry);
            }
        }
        let events = self
            .events
            .iter()
            .zip(selected)
            .filter(|&(_, &count)| count > 0);
        for (event, _) in events {
            for step in event.history.iter().filter(|s| keep(s.date, s.kind)) {
                let sources = step
                    .sources
                    .iter()
                    .map(|s: &Source| s.url.as_ref())
                    .collect();
                let about = (None, &*event.name, event.key().to_string());
                after.push(follow_up(step, about, sources));
            }
        }
        after.sort_by_key(|step| step.date);
        after
    }
}

/// `step` as the timeline lists it, `about` a record (its id and short title) or an event (its
/// name), with the event's id.
fn follow_up<'a, S>(
    step: &'a Step<S>,
    (id, about, event): (Option<&'a str>, &'a str, String),
    sources: Vec<&'a str>,
) -> FollowUp<'a> {
    FollowUp {
        date: step.date,
        id,
        event,
        about,
        kind: step.kind,
        text: &step.text,
        unconfirmed: step.unconfirmed,
        settled: None,
        sources,
    }
}

#[cfg(test)]
mod tests {
    use crate::Filter;
    use crate::fixture::{OTHER, RECORD, with_text};

    /// On the fixture, whose event has one day: a record signed that day lands on it, one signed
    /// on a day the event does not list is kept apart.
    #[test]
    fn every_record_lands_on_its_signing_day() {
        let mut dataset = with_text("Plain text");
        dataset.agreements[1].signed = "2025-08-31".parse().unwrap();
        let all = dataset.select(&Filter::default());
        let timeline = dataset.timeline(&all, None);
        let dates: Vec<String> = timeline
            .days
            .iter()
            .map(|d| d.day.date.to_string())
            .collect();
        assert_eq!(dates, ["2025-09-02"]);
        let on_the_day: Vec<&str> = timeline.days[0].documents.iter().map(|d| d.id).collect();
        assert_eq!(on_the_day, [RECORD]);
        let apart: Vec<&str> = timeline.other_dates.iter().map(|d| d.id).collect();
        assert_eq!(apart, [OTHER]);
    }
}
