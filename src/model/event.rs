//! The visit a dataset is about, and the dataset's own description: the event's days, context
//! notes and leaders' statements, each with its sources.

use super::{Source, Step, Text};
use crate::date::Date;
use serde::{Deserialize, Serialize};

/// What a dataset is: for citations of it and of its records, and for `agreements about`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    /// The dataset's title.
    #[serde(deserialize_with = "super::borrowed::text")]
    pub title: Text,
    /// The data's own version (not the tool's).
    #[serde(deserialize_with = "super::borrowed::text")]
    pub version: Text,
    /// When the data was last updated.
    pub updated: Date,
    /// The licence of the data.
    #[serde(deserialize_with = "super::borrowed::text")]
    pub licence: Text,
    /// What the dataset holds, in a sentence or two.
    #[serde(deserialize_with = "super::borrowed::text")]
    pub description: Text,
}

/// The visit: its dates, its days and the context a reader needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// A kebab-case id for `--event` and for records to name it by; an event without one is
    /// called by its first day (`2025-08-31`).
    #[serde(default, deserialize_with = "super::borrowed::optional")]
    pub id: Option<Text>,
    /// What the visit is called.
    #[serde(deserialize_with = "super::borrowed::text")]
    pub name: Text,
    /// The first day of the visit.
    pub start: Date,
    /// The last day of the visit.
    pub end: Date,
    /// How many documents the official (Kremlin) list names.
    pub official_list_count: usize,
    /// How many of those no source found names, so that no record holds them: the records on
    /// the list and these add up to the count. Every answer drawn from the event says so.
    #[serde(default)]
    pub official_list_unrecorded: usize,
    /// What happened on each day, in order.
    #[serde(default)]
    pub days: Vec<Day>,
    /// Context that is not a signed document (unilateral measures, caveats on the data).
    #[serde(default)]
    pub notes: Vec<ContextNote>,
    /// What the leaders said, each statement with its sources.
    #[serde(default)]
    pub statements: Vec<Statement>,
    /// Follow-ups of the whole event that are not documents (a visa-free regime and its end).
    #[serde(default)]
    pub history: Vec<Step<Source>>,
}

impl Event {
    /// The id `--event` and records use: its `id`, or its first day.
    pub fn key(&self) -> Text {
        match &self.id {
            Some(id) => id.clone(),
            None => Text::Owned(self.start.to_string()),
        }
    }

    /// Whether the event is called `key` (see [`Event::key`]), without copying its id.
    pub fn is_called(&self, key: &str) -> bool {
        match &self.id {
            Some(id) => id == key,
            None => self.start.to_string() == key,
        }
    }
}

/// Reads the events: a list of `[[events]]`, or the single `[event]` table of a dataset written
/// for one event. Each is read as itself, so its errors are the event's own.
pub fn one_or_many<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<Event>, D::Error> {
    use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
    struct Events;
    impl<'de> serde::de::Visitor<'de> for Events {
        type Value = Vec<Event>;
        fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
            formatter.write_str("an event table or a list of them")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Vec<Event>, A::Error> {
            Event::deserialize(MapAccessDeserializer::new(map)).map(|event| vec![event])
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Vec<Event>, A::Error> {
            Vec::deserialize(SeqAccessDeserializer::new(seq))
        }
    }
    deserializer.deserialize_any(Events)
}
/// A statement a leader made during the visit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// Who said it.
    #[serde(deserialize_with = "super::borrowed::text")]
    pub speaker: Text,
    /// When.
    pub date: Date,
    /// Where, or at which event.
    #[serde(deserialize_with = "super::borrowed::text")]
    pub occasion: Text,
    /// What was said, in English: a translation or the reported English wording.
    #[serde(deserialize_with = "super::borrowed::text")]
    pub text: Text,
    /// The words as said or as first reported, when found.
    #[serde(default, deserialize_with = "super::borrowed::optional")]
    pub original: Option<Text>,
    /// The language of `original` (`ru`, `zh`, `en`).
    #[serde(default, deserialize_with = "super::borrowed::optional")]
    pub original_lang: Option<Text>,
    /// Where it is reported.
    pub sources: Vec<Source>,
}

/// One day of the visit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Day {
    /// The day.
    pub date: Date,
    /// Where it happened.
    #[serde(deserialize_with = "super::borrowed::text")]
    pub place: Text,
    /// What happened, in a sentence or two.
    #[serde(deserialize_with = "super::borrowed::text")]
    pub summary: Text,
    /// Where that is reported.
    pub sources: Vec<Source>,
}

/// A piece of context about the visit, with its sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextNote {
    /// A short heading.
    #[serde(deserialize_with = "super::borrowed::text")]
    pub title: Text,
    /// The note itself.
    #[serde(deserialize_with = "super::borrowed::text")]
    pub text: Text,
    /// Where it is reported.
    pub sources: Vec<Source>,
    /// True when what it says rests on one weak report or the reports conflict.
    #[serde(default)]
    pub unconfirmed: bool,
}

impl ContextNote {
    /// The note as every view prints it: its text, and "(unconfirmed)" when it is.
    pub fn marked_text(&self) -> std::borrow::Cow<'_, str> {
        super::claims::marked(&self.text, self.unconfirmed)
    }
}

/// What a selection was made from: the records of the events asked for (or of the dataset),
/// and the documents of their official lists that no record holds
/// ([`Event::official_list_unrecorded`]), which a table's count line names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Scope {
    /// How many records there are.
    pub records: usize,
    /// How many documents the official lists name that no record holds.
    pub unrecorded: usize,
}

impl super::Dataset {
    /// The event `record` belongs to: the one its `event` names, or the dataset's only event
    /// when it names none. `None` when it names no event of the dataset (`validate` says so).
    pub fn event_of(&self, record: &super::Agreement) -> Option<&Event> {
        self.event_index(record).map(|index| &self.events[index])
    }

    /// The position in `events` of the event `record` belongs to (see [`Dataset::event_of`]).
    fn event_index(&self, record: &super::Agreement) -> Option<usize> {
        match &record.event {
            Some(key) => self.events.iter().position(|event| event.is_called(key)),
            None => (self.events.len() == 1).then_some(0),
        }
    }

    /// How many of `records` belong to each event, in the order of `events`: one pass.
    pub fn records_per_event<'r>(
        &self,
        records: impl IntoIterator<Item = &'r super::Agreement>,
    ) -> Vec<usize> {
        let mut counts = vec![0; self.events.len()];
        for index in records.into_iter().filter_map(|r| self.event_index(r)) {
            counts[index] += 1;
        }
        counts
    }

    /// The events a selection draws on, from its count per event
    /// ([`super::Dataset::records_per_event`]): those with a record of it (of one event, that event).
    pub fn events_drawn_on<'d>(&'d self, per_event: &[usize]) -> impl Iterator<Item = &'d Event> {
        let single = self.events.len() == 1;
        (self.events.iter().zip(per_event))
            .filter(move |&(_, &count)| single || count > 0)
            .map(|(event, _)| event)
    }

    /// What a selection from the events called `events` (every event when empty) is made
    /// from: their records, and the documents of their official lists that no record holds.
    pub fn scope(&self, events: &[String]) -> Scope {
        let asked = |event: &Event| events.is_empty() || events.iter().any(|e| event.is_called(e));
        // Counting per event is a pass over every record: only when some events are asked for.
        let records = match events.is_empty() {
            true => self.agreements.len(),
            false => (self.events.iter())
                .zip(self.records_per_event(&self.agreements))
                .filter(|(e, _)| asked(e))
                .map(|(_, n)| n)
                .sum(),
        };
        let unrecorded = self.events.iter().filter(|e| asked(e));
        let unrecorded = unrecorded.map(|e| e.official_list_unrecorded).sum();
        Scope {
            records,
            unrecorded,
        }
    }

    /// Checks that every event in `events` is one of the dataset's, by id.
    pub fn check_events(&self, events: &[String]) -> Result<(), crate::vocab::UnknownValue> {
        let keys: Vec<_> = self.events.iter().map(|event| event.key()).collect();
        match events
            .iter()
            .find(|e| !keys.iter().any(|k| k == e.as_str()))
        {
            Some(unknown) => Err(crate::vocab::UnknownValue::new(
                "event",
                unknown,
                keys.iter().map(AsRef::as_ref),
            )),
            None => Ok(()),
        }
    }

    /// Fills in what a dataset may leave implicit: each party's organisation
    /// ([`Dataset::resolve_organisations`](super::Dataset::resolve_organisations)), and, when
    /// the dataset holds one event, that event's id on every record that names none, so that
    /// every output says which event a record belongs to.
    pub fn resolve(&mut self) {
        self.resolve_organisations();
        if let [event] = &self.events[..] {
            let key = event.key();
            for record in &mut self.agreements {
                record.event.get_or_insert_with(|| key.clone());
            }
        }
    }
}
