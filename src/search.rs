//! Ranked search: which records match a query, how well, and where. Words and "quoted phrases"
//! match whole words, or the start of a word for a word of three letters or more, in any case
//! and with or without accents (`ё` finds `е`, `e` finds `é`).
//!
//! Ranking: records that match every word and phrase come before records that match only some;
//! then the more words matched, and the better the place they matched in (the title and short
//! title over parties and key terms, over the summary, topics and notes); then dataset order.

use crate::fold::fold;
use crate::model::Agreement;
use serde::Serialize;
use std::borrow::Cow;
use std::ops::Range;
use words::{find, may_occur, merged, occurrences, tokens};

/// A parsed query: each item is one word, or the words of one quoted phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchQuery {
    terms: Vec<Vec<String>>,
}

/// Where in a record a match was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    /// The full title.
    Title,
    /// The short title.
    ShortTitle,
    /// A title in an original language.
    OriginalTitle,
    /// A party's name, short name or other name.
    Party,
    /// A name of the document's project in another language.
    ProjectName,
    /// A key term's label or value.
    Term,
    /// The summary.
    Summary,
    /// A topic.
    Topic,
    /// A note.
    Note,
    /// A day of the visit (context, not a record).
    Day,
    /// A context note of the visit.
    EventNote,
    /// A leader's statement.
    Statement,
}

impl Place {
    /// How much a match here counts: titles 3, parties, project names and terms 2, the rest 1.
    fn weight(self) -> u32 {
        match self {
            Place::Title | Place::ShortTitle | Place::OriginalTitle => 3,
            Place::Party | Place::ProjectName | Place::Term => 2,
            Place::Summary | Place::Topic | Place::Note => 1,
            Place::Day | Place::EventNote | Place::Statement => 1,
        }
    }
}

/// One piece of a record's text that matched, with the byte ranges of the matching words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// Where the text is.
    pub place: Place,
    /// The whole text (a title, a party's names, one term, the summary...).
    pub text: String,
    /// The matching words, as byte ranges of `text`, in order.
    pub ranges: Vec<Range<usize>>,
}

/// A record that matched, with its score and its matches.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit<'a> {
    /// The record.
    pub record: &'a Agreement,
    /// Whether every word and phrase of the query matched.
    pub matched_all: bool,
    /// How many of the query's words and phrases matched.
    pub terms_matched: usize,
    /// The sum, over the matched words and phrases, of the best place's weight.
    pub score: u32,
    /// Every text that matched, most important place first.
    pub matches: Vec<Match>,
}

impl SearchQuery {
    /// Reads `text`: words separated by spaces, and phrases in double quotes. A word with
    /// punctuation inside (`chang'e-7`) is a phrase of its parts.
    pub fn parse(text: &str) -> SearchQuery {
        let terms = text
            .split('"')
            .enumerate()
            .flat_map(|(i, part)| {
                if i % 2 == 1 {
                    vec![part]
                } else {
                    part.split_whitespace().collect()
                }
            })
            .map(|term| tokens(term).into_iter().map(|(word, _)| word).collect())
            .filter(|words: &Vec<String>| !words.is_empty())
            .collect();
        SearchQuery { terms }
    }

    /// Whether the query has no word at all (then nothing matches).
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// `record` as a hit, or `None` when no word or phrase matches it.
    pub fn hit<'a>(&self, record: &'a Agreement) -> Option<Hit<'a>> {
        let mut best = vec![0; self.terms.len()];
        let mut matches = Vec::new();
        for (place, text) in texts(record) {
            let found = occurrences(&self.terms, &text);
            for (places, best) in found.iter().zip(&mut best) {
                if !places.is_empty() {
                    *best = (*best).max(place.weight());
                }
            }
            let ranges = merged(found);
            if !ranges.is_empty() {
                matches.push(Match {
                    place,
                    text: text.into_owned(),
                    ranges,
                });
            }
        }
        let terms_matched = best.iter().filter(|&&weight| weight > 0).count();
        (terms_matched > 0).then(|| Hit {
            record,
            matched_all: terms_matched == self.terms.len(),
            terms_matched,
            score: best.iter().sum(),
            matches,
        })
    }

    /// Whether every word and phrase matches somewhere in `record` (the `--search` filter of
    /// `list`, `summary`, `timeline` and `graph`). A query without words matches every record.
    pub fn matches_all(&self, record: &Agreement) -> bool {
        let texts: Vec<(Cow<str>, String)> = texts(record)
            .into_iter()
            .map(|(_, text)| {
                let folded = fold(&text);
                (text, folded)
            })
            .collect();
        self.terms.iter().all(|term| {
            texts.iter().any(|(text, folded)| {
                may_occur(term, folded) && !find(term, &tokens(text)).is_empty()
            })
        })
    }

    /// The records that match, best first (ties keep the order of `records`).
    pub fn rank<'a>(&self, records: &[&'a Agreement]) -> Vec<Hit<'a>> {
        let mut hits: Vec<Hit<'a>> = records.iter().filter_map(|r| self.hit(r)).collect();
        hits.sort_by(|a, b| {
            (b.matched_all, b.terms_matched, b.score).cmp(&(
                a.matched_all,
                a.terms_matched,
                a.score,
            ))
        });
        hits
    }
}

impl Match {
    /// At most `width` characters of the text around its first match, with `…` where it was cut,
    /// and the matches' byte ranges in that piece.
    pub fn snippet(&self, width: usize) -> (String, Vec<Range<usize>>) {
        let first = self.ranges.first().map_or(0, |range| range.start);
        let before = self.text[..first].chars().count();
        let total = self.text.chars().count();
        // Start a fifth of the width before the first match, so that it has some context.
        let skip = if total <= width {
            0
        } else {
            before.saturating_sub(width / 5).min(total - width)
        };
        let (start, end) = word_bounds(
            &self.text,
            byte_of_char(&self.text, skip),
            byte_of_char(&self.text, skip + width),
            first,
        );
        let mut piece = String::new();
        let lead = if start > 0 { "…" } else { "" };
        piece.push_str(lead);
        piece.push_str(&self.text[start..end]);
        if end < self.text.len() {
            piece.push('…');
        }
        let shift = |i: usize| i - start + lead.len();
        let ranges = self
            .ranges
            .iter()
            .filter(|range| range.start >= start && range.end <= end)
            .map(|range| shift(range.start)..shift(range.end))
            .collect();
        (piece, ranges)
    }
}

/// `start..end` moved inwards to whole words where that keeps `keep` (the first match) inside.
fn word_bounds(text: &str, start: usize, end: usize, keep: usize) -> (usize, usize) {
    let start = match text[start..keep.max(start)].find(' ') {
        Some(space) if start > 0 => start + space + 1,
        _ => start,
    };
    let end = match text[keep.max(start)..end].rfind(' ') {
        Some(space) if end < text.len() => keep.max(start) + space,
        _ => end,
    };
    (start, end)
}

fn byte_of_char(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| i)
}

#[cfg(test)]
mod tests;
mod words;

mod context;
mod texts;
pub use context::ContextHit;
use texts::texts;
