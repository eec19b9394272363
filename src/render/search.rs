//! Search results (`search`): for people, each hit with the texts that matched and the matching
//! words highlighted, like grep; for machines, the ranked hits with their scores.

use super::{Format, Terminal, json};
use crate::sanitize::for_terminal;
use crate::search::{ContextHit, Hit, Match};
use serde::Serialize;
use std::ops::Range;

/// How many matching texts a hit shows, most important first.
const MATCHES_SHOWN: usize = 3;

/// Snippet width when the terminal's is unknown.
const SNIPPET_WIDTH: usize = 100;

/// The start and end of a highlighted word: bold yellow.
const HIGHLIGHT: (&str, &str) = ("\u{1b}[1;33m", "\u{1b}[0m");

/// The columns of the flat formats.
const FLAT_COLUMNS: [&str; 6] = [
    "rank",
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

/// The first `shown` of `hits` (all of them for `None`), the ranked results of the search for
/// `query`, then as many of the matches in the visit's `context` as `shown` leaves room for, in
/// `format`. The table's line after the records counts every record that matched.
pub fn render(
    hits: &[Hit],
    context: &[ContextHit],
    shown: Option<usize>,
    query: &str,
    format: Format,
    terminal: Terminal,
) -> String {
    let all = hits;
    let hits = &hits[..shown.unwrap_or(hits.len()).min(hits.len())];
    let room = shown.map_or(context.len(), |n| n.saturating_sub(hits.len()));
    let context = &context[..room.min(context.len())];
    match format {
        Format::Table => text(hits, all, query, terminal) + &context_text(context, terminal),
        Format::Json => json::to_json(&json_hits(hits, context)),
        Format::Jsonl => json::to_lines(json_hits(hits, context)),
        Format::Csv | Format::Tsv | Format::Markdown => {
            let header = FLAT_COLUMNS.map(String::from).to_vec();
            let rows = json_hits(hits, context).into_iter().map(|hit| {
                let places: Vec<String> = hit
                    .matches
                    .iter()
                    .map(|m| place_label(m.place).to_string())
                    .collect();
                vec![
                    hit.rank.to_string(),
                    hit.id.unwrap_or_default().to_string(),
                    hit.short_title.to_string(),
                    hit.matched_all.to_string(),
                    hit.score.to_string(),
                    places.join(crate::field::LIST_SEPARATOR),
                ]
            });
            super::flat(format, header, rows)
        }
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

fn json_hits<'a>(hits: &'a [Hit], context: &'a [ContextHit]) -> Vec<JsonHit<'a>> {
    let records = hits.iter().map(|hit| JsonHit {
        rank: 0,
        id: Some(&hit.record.id),
        short_title: &hit.record.short_title,
        title: &hit.record.title,
        matched_all: hit.matched_all,
        terms_matched: hit.terms_matched,
        score: hit.score,
        matches: hit.matches.iter().map(json_match).collect(),
    });
    let context = context.iter().map(|hit| JsonHit {
        rank: 0,
        id: None,
        short_title: &hit.heading,
        title: &hit.heading,
        matched_all: true,
        terms_matched: 0,
        score: 0,
        matches: vec![json_match(&hit.found)],
    });
    let ranked = records.chain(context).enumerate();
    ranked
        .map(|(i, hit)| JsonHit { rank: i + 1, ..hit })
        .collect()
}

/// The matches in the visit's context, after the records, or nothing.
fn context_text(context: &[ContextHit], terminal: Terminal) -> String {
    if context.is_empty() {
        return String::new();
    }
    let width = terminal
        .width
        .map_or(SNIPPET_WIDTH, |w| usize::from(w).saturating_sub(20).max(20));
    let mut out = String::from(
        "In the visit's context (agreements about):
",
    );
    for hit in context {
        let (piece, ranges) = hit.found.snippet(width);
        out.push_str(&format!(
            "     {:<12} {}
     {:<12} {}
",
            place_label(hit.found.place),
            for_terminal(&hit.heading),
            "",
            highlighted(&piece, &ranges, terminal.color)
        ));
    }
    out
}

/// `place` as people read it: `short title`, `party`...
fn place_label(place: crate::search::Place) -> &'static str {
    match place {
        crate::search::Place::Title => "title",
        crate::search::Place::ShortTitle => "short title",
        crate::search::Place::OriginalTitle => "original title",
        crate::search::Place::Party => "party",
        crate::search::Place::ProjectName => "project name",
        crate::search::Place::Term => "key term",
        crate::search::Place::Summary => "summary",
        crate::search::Place::Topic => "topic",
        crate::search::Place::Note => "note",
        crate::search::Place::Day => "day",
        crate::search::Place::EventNote => "context note",
        crate::search::Place::Statement => "statement",
    }
}

/// Each hit as a heading line and up to [`MATCHES_SHOWN`] indented snippets, then a count of
/// `all` the hits.
fn text(hits: &[Hit], all: &[Hit], query: &str, terminal: Terminal) -> String {
    // A snippet line is indented 18 columns and may gain an ellipsis at each end.
    let width = terminal
        .width
        .map_or(SNIPPET_WIDTH, |w| usize::from(w).saturating_sub(20).max(20));
    let mut out = String::new();
    for (i, hit) in hits.iter().enumerate() {
        let id = for_terminal(&hit.record.id);
        let id = if terminal.color {
            format!("\u{1b}[1m{id}\u{1b}[0m")
        } else {
            id.into_owned()
        };
        let heading = format!("{:>3}. {}  ", i + 1, hit.record.id);
        let room = terminal.width.map_or(usize::MAX, |w| {
            usize::from(w).saturating_sub(heading.chars().count())
        });
        out.push_str(&format!(
            "{:>3}. {id}  {}\n",
            i + 1,
            fitted(&for_terminal(&hit.record.short_title), room)
        ));
        for found in hit.matches.iter().take(MATCHES_SHOWN) {
            let (piece, ranges) = found.snippet(width);
            out.push_str(&format!(
                "     {:<12} {}\n",
                place_label(found.place),
                highlighted(&piece, &ranges, terminal.color)
            ));
        }
        if hit.matches.len() > MATCHES_SHOWN {
            out.push_str(&format!(
                "     (and {} more)\n",
                hit.matches.len() - MATCHES_SHOWN
            ));
        }
    }
    let every = all.iter().filter(|hit| hit.matched_all).count();
    let query = for_terminal(query);
    let agreements = |n: usize| match n {
        1 => "1 agreement matches".to_string(),
        n => format!("{n} agreements match"),
    };
    out.push_str(&match (all.len(), every) {
        (0, _) => format!("No agreement matches '{query}'"),
        (n, every) if n == every => format!("{} '{query}'", agreements(n)),
        (n, every) => format!(
            "{} all of '{query}', {} some of it",
            agreements(every),
            n - every
        ),
    });
    if hits.len() < all.len() {
        out.push_str(&format!("; showing the first {}", hits.len()));
    }
    out.push('\n');
    out
}

/// `text` cut to `room` characters, with `…` where it was cut.
fn fitted(text: &str, room: usize) -> String {
    if text.chars().count() <= room {
        return text.to_string();
    }
    let kept: String = text.chars().take(room.saturating_sub(1)).collect();
    format!("{kept}…")
}

/// `piece` safe for a terminal, with the words at `ranges` in bold yellow when colour is on.
/// Multi-line text is kept on one line.
fn highlighted(piece: &str, ranges: &[Range<usize>], color: bool) -> String {
    let safe = |text: &str| for_terminal(text).replace('\n', " ");
    let mut out = String::new();
    let mut at = 0;
    for range in ranges {
        if range.start < at {
            continue;
        }
        out.push_str(&safe(&piece[at..range.start]));
        let word = safe(&piece[range.clone()]);
        if color {
            out.push_str(&format!("{}{word}{}", HIGHLIGHT.0, HIGHLIGHT.1));
        } else {
            out.push_str(&word);
        }
        at = range.end;
    }
    out.push_str(&safe(&piece[at..]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_only_with_colour_and_never_lets_escapes_through() {
        let piece = "gas \u{1b}]0;x\u{7} gas";
        let ranges = [0..3, 11..14];
        assert_eq!(
            highlighted(piece, &ranges, false),
            "gas \\u{1b}]0;x\\u{7} gas"
        );
        assert_eq!(
            highlighted(piece, &ranges, true),
            "\u{1b}[1;33mgas\u{1b}[0m \\u{1b}]0;x\\u{7} \u{1b}[1;33mgas\u{1b}[0m"
        );
    }
}
