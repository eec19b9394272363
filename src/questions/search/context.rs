//! The visit's context searched as well as its records: each day's summary, each context note
//! and each leader's statement (its English and its original wording). An entry matches when
//! every word and phrase of the query occurs in it.

use super::words::{merged, occurrences};
use super::{Match, Place, SearchQuery};
use crate::model::Event;

/// An entry of the visit's context that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContextHit {
    /// A day, a note or a statement, with the matching words.
    pub found: Match,
    /// What it is called: the day and place, the note's title, the speaker and date.
    pub heading: String,
}

impl SearchQuery {
    /// The entries of `events` in which every word and phrase occurs, event by event.
    pub fn context<'a>(&self, events: impl IntoIterator<Item = &'a Event>) -> Vec<ContextHit> {
        (events.into_iter())
            .flat_map(|event| self.event_context(event))
            .collect()
    }

    /// The entries of `event` in which every word and phrase occurs, in the event's order.
    fn event_context(&self, event: &Event) -> Vec<ContextHit> {
        let days = event.days.iter().map(|day| {
            let heading = format!("{}, {}", day.date, day.place);
            (Place::Day, heading, day.summary.to_string())
        });
        let notes = event.notes.iter().map(|note| {
            let text = format!("{}: {}", note.title, note.text);
            (Place::EventNote, note.title.to_string(), text)
        });
        let statements = event.statements.iter().map(|said| {
            let heading = format!("{}, {}", said.speaker, said.date);
            let original = said.original.as_deref().unwrap_or_default();
            (
                Place::Statement,
                heading,
                format!("{} {original}", said.text),
            )
        });
        let history = event.history.iter().map(|step| {
            let heading = format!("{}, {}", step.date, step.kind);
            (Place::FollowUp, heading, step.text.to_string())
        });
        days.chain(notes)
            .chain(statements)
            .chain(history)
            .filter_map(|(place, heading, text)| {
                let ranges = self.every_term(&text)?;
                let found = Match {
                    place,
                    text,
                    ranges,
                };
                Some(ContextHit { found, heading })
            })
            .collect()
    }

    /// Where each word and phrase occurs in `text`, or `None` when one does not.
    fn every_term(&self, text: &str) -> Option<Vec<std::ops::Range<usize>>> {
        let found = occurrences(&self.terms, text);
        if found.is_empty() || found.iter().any(Vec::is_empty) {
            return None;
        }
        Some(merged(found))
    }
}

#[cfg(test)]
mod tests {
    use crate::search::{Place, SearchQuery};

    #[test]
    fn days_notes_and_statements_are_searched() {
        let event =
            crate::fixture::with_text("A visa-free trial, at an unprecedented level").events;
        let hits = SearchQuery::parse("unprecedented visa").context(&event);
        let places: Vec<Place> = hits.iter().map(|hit| hit.found.place).collect();
        assert_eq!(
            places,
            [
                Place::Day,
                Place::EventNote,
                Place::Statement,
                Place::FollowUp
            ]
        );
        assert!(
            SearchQuery::parse("visa nowhere")
                .context(&event)
                .is_empty()
        );
    }
}
