//! Search results (`search`): for people, each hit with the texts that matched and the matching
//! words highlighted, like grep; for machines, the ranked hits with their scores.

use super::{Format, Terminal, View, json};
use crate::search::{ContextHit, Hit, Match};
use people::{context_text, text};
use serde::Serialize;

/// How many matching texts a hit shows, most important first.
const MATCHES_SHOWN: usize = 3;

/// Snippet width when the terminal's is unknown.
const SNIPPET_WIDTH: usize = 100;

/// The start and end of a highlighted word: bold yellow.
const HIGHLIGHT: (&str, &str) = ("\u{1b}[1;33m", "\u{1b}[0m");

/// The columns of the flat formats.
const FLAT_COLUMNS: [&str; 7] = [
    "rank",
    "kind",
    "id",
    "short_title",
    "matched_all",
    "score",
    "places",
];

/// One hit as JSON; a match in the visit's context has no id and its heading as title.
#[derive(Serialize)]
struct JsonHit<'a> {
    rank: usize,
    /// What the hit is: `record`, or the part of the visit's context (`day`, `event_note`,
    /// `statement`), so that a script never takes one for the other.
    kind: &'static str,
    id: Option<&'a str>,
    short_title: &'a str,
    title: &'a str,
    matched_all: bool,
    terms_matched: usize,
    score: u32,
    matches: Vec<JsonMatch<'a>>,
}

/// One matching text as JSON: where, a snippet around the match, and the matching words.
#[derive(Serialize)]
struct JsonMatch<'a> {
    place: crate::search::Place,
    snippet: String,
    matched: Vec<&'a str>,
}

/// What a search found, for [`render`].
pub struct Found<'a> {
    /// The records that matched, best first.
    pub hits: &'a [Hit<'a>],
    /// The matches in the visit's context.
    pub context: &'a [ContextHit],
    /// The query as typed.
    pub query: &'a str,
    /// How many records matched only some of the words and are left out (`--any` shows them).
    pub left_out: usize,
    /// The query with its unknown words corrected, when nothing matched.
    pub suggestion: Option<String>,
}

/// The first `shown` of the hits (all of them for `None`), then as many of the matches in the
/// visit's context as `shown` leaves room for, in `format`. The table's line after the records
/// counts every record that matched, says how many were left out, or suggests a correction.
pub fn render(found: &Found, shown: Option<usize>, format: Format, terminal: Terminal) -> String {
    let all = found.hits;
    let hits = &all[..shown.unwrap_or(all.len()).min(all.len())];
    let room = shown.map_or(found.context.len(), |n| n.saturating_sub(hits.len()));
    let context = &found.context[..room.min(found.context.len())];
    let view = Hits {
        hits,
        context,
        found,
    };
    super::render(&view, format, terminal)
}

/// The hits and context matches shown, out of all that were found.
struct Hits<'a> {
    hits: &'a [Hit<'a>],
    context: &'a [ContextHit],
    found: &'a Found<'a>,
}

impl View for Hits<'_> {
    fn table(&self, terminal: Terminal) -> String {
        text(self.hits, self.found, terminal) + &context_text(self.context, terminal)
    }
    fn json(&self) -> String {
        json::list_to_json(&ranked(self.hits, self.context))
    }
    fn jsonl(&self) -> String {
        json::list_to_lines(&ranked(self.hits, self.context))
    }
    fn flat(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let header = FLAT_COLUMNS.map(String::from).to_vec();
        let ranked = ranked(self.hits, self.context);
        let rows = ranked.iter().map(Ranked::json).map(|hit| {
            let places: Vec<String> = hit
                .matches
                .iter()
                .map(|m| place_label(m.place).to_string())
                .collect();
            vec![
                hit.rank.to_string(),
                hit.kind.to_string(),
                hit.id.unwrap_or_default().to_string(),
                hit.short_title.to_string(),
                hit.matched_all.to_string(),
                hit.score.to_string(),
                places.join(crate::field::LIST_SEPARATOR),
            ]
        });
        (header, rows.collect())
    }
}

/// One matching text as JSON.
fn json_match(found: &Match) -> JsonMatch<'_> {
    JsonMatch {
        place: found.place,
        snippet: found.snippet(SNIPPET_WIDTH * 2).0,
        matched: found
            .ranges
            .iter()
            .map(|r| &found.text[r.clone()])
            .collect(),
    }
}

/// A hit as shown, with its rank: a record, or a match in the visit's context.
struct Ranked<'a> {
    rank: usize,
    hit: Shown<'a>,
}

enum Shown<'a> {
    Record(&'a Hit<'a>),
    Context(&'a ContextHit),
}

/// The record hits, then the context matches, ranked from 1.
fn ranked<'a>(hits: &'a [Hit], context: &'a [ContextHit]) -> Vec<Ranked<'a>> {
    let records = hits.iter().map(Shown::Record);
    let shown = records.chain(context.iter().map(Shown::Context));
    let ranked = shown
        .enumerate()
        .map(|(i, hit)| Ranked { rank: i + 1, hit });
    ranked.collect()
}

impl Ranked<'_> {
    /// The hit as JSON, its snippets made now: a long list's are made on every core, a chunk
    /// of hits at a time, as [`json::list_to_json`] renders them.
    fn json(&self) -> JsonHit<'_> {
        match self.hit {
            Shown::Record(hit) => JsonHit {
                rank: self.rank,
                kind: "record",
                id: Some(&hit.record.id),
                short_title: &hit.record.short_title,
                title: &hit.record.title,
                matched_all: hit.matched_all,
                terms_matched: hit.terms_matched,
                score: hit.score,
                matches: hit.matches.iter().map(json_match).collect(),
            },
            Shown::Context(hit) => JsonHit {
                rank: self.rank,
                kind: match hit.found.place {
                    crate::search::Place::Day => "day",
                    crate::search::Place::Statement => "statement",
                    crate::search::Place::FollowUp => "follow_up",
                    _ => "event_note",
                },
                id: None,
                short_title: &hit.heading,
                title: &hit.heading,
                matched_all: true,
                terms_matched: 0,
                score: 0,
                matches: vec![json_match(&hit.found)],
            },
        }
    }
}

impl Serialize for Ranked<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.json().serialize(serializer)
    }
}

/// `place` as people read it: `short title`, `party`...
fn place_label(place: crate::search::Place) -> &'static str {
    match place {
        crate::search::Place::Title => "title",
        crate::search::Place::ShortTitle => "short title",
        crate::search::Place::OriginalTitle => "original title",
        crate::search::Place::Id => "id",
        crate::search::Place::Party => "party",
        crate::search::Place::ProjectName => "project name",
        crate::search::Place::Term => "key term",
        crate::search::Place::Summary => "summary",
        crate::search::Place::Topic => "topic",
        crate::search::Place::Note => "note",
        crate::search::Place::History => "history",
        crate::search::Place::Day => "day",
        crate::search::Place::EventNote => "context note",
        crate::search::Place::Statement => "statement",
        crate::search::Place::FollowUp => "follow-up",
    }
}

mod people;
