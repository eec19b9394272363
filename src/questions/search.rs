//! Ranked search: which records match a query, how well, and where. Words and "quoted phrases"
//! match whole words, or the start of a word for a word of three letters or more, in any case
//! and with or without accents (`ё` finds `е`, `e` finds `é`).
//!
//! Common words of English and Russian (`of`, `the`, `и`, `в`...) do not count on their own, only
//! inside a quoted phrase (or when the query has nothing else).
//!
//! Ranking: records that match every word and phrase come before records that match only some;
//! then those where an unquoted query's words stand together, as typed; then the more words
//! matched; then the fewer matched only through a synonym (`moon` finds the record that says
//! moon before the one that says lunar); then the better the place they matched in (the title
//! and short title over the id, parties and key terms, over the summary, topics and notes); then
//! dataset order.

use crate::fold::fold;
use crate::model::Agreement;
use serde::Serialize;
use std::borrow::Cow;
use std::ops::Range;
use words::{Searched, merged, tokens};

/// One word or quoted phrase of a query, as the words it can be: itself first, then the other
/// words of its synonym group ([`SearchQuery::with_synonyms`]).
type Term = Vec<Vec<String>>;

/// A parsed query: each item is one word, or the words of one quoted phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchQuery {
    terms: Vec<Term>,
    /// Every word of an unquoted query of two words or more, in order: a record where they
    /// stand together ranks first.
    together: Option<Vec<String>>,
}

/// Words too common to count on their own: English and Russian articles, prepositions and
/// conjunctions.
const STOP_WORDS: [&str; 34] = [
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "is", "of", "on", "or", "the", "to",
    "with", "а", "в", "во", "для", "за", "и", "из", "или", "к", "на", "но", "о", "об", "от", "по",
    "с", "со", "у",
];

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
    /// The record's id.
    Id,
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
    /// A step of the document's history after its signing.
    History,
    /// A day of the visit (context, not a record).
    Day,
    /// A context note of the visit.
    EventNote,
    /// A leader's statement.
    Statement,
    /// A follow-up of the whole event (not of one document).
    FollowUp,
}

impl Place {
    /// How much a match here counts: titles 3, parties, project names and terms 2, the rest 1.
    fn weight(self) -> u32 {
        match self {
            Place::Title | Place::ShortTitle | Place::OriginalTitle => 3,
            Place::Id | Place::Party | Place::ProjectName | Place::Term => 2,
            Place::Summary | Place::Topic | Place::Note | Place::History => 1,
            Place::Day | Place::EventNote | Place::Statement | Place::FollowUp => 1,
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
    /// Whether the words of an unquoted query stand together, in order, in one text.
    pub together: bool,
    /// How many of the query's words and phrases matched.
    pub terms_matched: usize,
    /// How many of those matched only through a synonym, not as typed.
    pub by_synonym_only: usize,
    /// The sum, over the matched words and phrases, of the best place's weight.
    pub score: u32,
    /// Every text that matched, most important place first.
    pub matches: Vec<Match>,
}

impl SearchQuery {
    /// Reads `text`: words separated by spaces, and phrases in double quotes. A word with
    /// punctuation inside (`chang'e-7`) is a phrase of its parts. Common words on their own
    /// (`STOP_WORDS`) are left out, unless the query has nothing else.
    pub fn parse(text: &str) -> SearchQuery {
        let words = |part: &str| -> Vec<String> {
            tokens(part).into_iter().map(|(word, _)| word).collect()
        };
        let terms: Vec<(bool, Vec<String>)> = text
            .split('"')
            .enumerate()
            .flat_map(|(i, part)| {
                if i % 2 == 1 {
                    vec![(true, part)]
                } else {
                    part.split_whitespace().map(|word| (false, word)).collect()
                }
            })
            .map(|(quoted, term)| (quoted, words(term)))
            .filter(|(_, words)| !words.is_empty())
            .collect();
        let common = |(quoted, words): &(bool, Vec<String>)| {
            !quoted && words.len() == 1 && STOP_WORDS.contains(&words[0].as_str())
        };
        let all_common = terms.iter().all(common);
        let unquoted = !text.contains('"');
        let every_word: Vec<String> = terms.iter().flat_map(|(_, w)| w.clone()).collect();
        SearchQuery {
            together: (unquoted && terms.len() > 1).then_some(every_word),
            terms: terms
                .into_iter()
                .filter(|term| all_common || !common(term))
                .map(|(_, words)| vec![words])
                .collect(),
        }
    }

    /// The query with each single word that belongs to one of `groups` (the dataset's
    /// synonyms) also matching the other words of its group: `moon` finds `lunar`.
    pub fn with_synonyms(mut self, groups: &[Vec<crate::model::Text>]) -> SearchQuery {
        for term in &mut self.terms {
            let [word] = term[0].as_slice() else {
                continue;
            };
            let group = groups
                .iter()
                .find(|group| group.iter().any(|w| fold(w) == *word));
            let others = group.into_iter().flatten().map(|w| fold(w));
            let others: Vec<Vec<String>> = others.filter(|w| w != word).map(|w| vec![w]).collect();
            term.extend(others);
        }
        self
    }

    /// Whether the query has no word at all (then nothing matches).
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// `record` as a hit, or `None` when no word or phrase matches it.
    pub fn hit<'a>(&self, record: &'a Agreement) -> Option<Hit<'a>> {
        let mut best = vec![0; self.terms.len()];
        let mut as_typed = vec![false; self.terms.len()];
        let mut matches = Vec::new();
        let mut together = false;
        for (place, text) in texts(record) {
            let searched = Searched::new(&text);
            together = together
                || (self.together.as_ref()).is_some_and(|words| !searched.find(words).is_empty());
            let found: Vec<_> = self.terms.iter().map(|t| searched.find_each(t)).collect();
            for (i, (places, typed)) in found.iter().enumerate() {
                if !places.is_empty() {
                    best[i] = best[i].max(place.weight());
                    as_typed[i] |= typed;
                }
            }
            let ranges = merged(found.into_iter().map(|(places, _)| places).collect());
            if !ranges.is_empty() {
                matches.push(Match {
                    place,
                    text: text.into_owned(),
                    ranges,
                });
            }
        }
        let terms_matched = best.iter().filter(|&&weight| weight > 0).count();
        let by_synonym_only = terms_matched - as_typed.iter().filter(|&&typed| typed).count();
        (terms_matched > 0).then(|| Hit {
            record,
            matched_all: terms_matched == self.terms.len(),
            together,
            terms_matched,
            by_synonym_only,
            score: best.iter().sum(),
            matches,
        })
    }

    /// Whether every word and phrase matches somewhere in `record` (the `--search` filter of
    /// `list`, `summary`, `timeline` and `graph`). A query without words matches every record.
    pub fn matches_all(&self, record: &Agreement) -> bool {
        let texts: Vec<Cow<str>> = texts(record).into_iter().map(|(_, text)| text).collect();
        let searched: Vec<Searched> = texts.iter().map(|text| Searched::new(text)).collect();
        (self.terms.iter()).all(|term| searched.iter().any(|text| !text.find_any(term).is_empty()))
    }

    /// The records that match, best first (ties keep the order of `records`). A large dataset's
    /// records are matched on every core.
    pub fn rank<'a>(&self, records: &[&'a Agreement]) -> Vec<Hit<'a>> {
        let threads = crate::parallel::threads_for(records.len());
        let hits = crate::parallel::in_runs(records, threads, |_, run| {
            run.iter().filter_map(|r| self.hit(r)).collect::<Vec<_>>()
        });
        let mut hits: Vec<Hit<'a>> = hits.into_iter().flatten().collect();
        hits.sort_by_key(|hit| {
            let synonyms = std::cmp::Reverse(hit.by_synonym_only);
            let key = (
                hit.matched_all,
                hit.together,
                hit.terms_matched,
                synonyms,
                hit.score,
            );
            std::cmp::Reverse(key)
        });
        hits
    }
}

#[cfg(test)]
mod tests;
mod words;

mod context;
mod snippet;
mod suggest;
mod texts;
pub use context::ContextHit;
use texts::texts;
