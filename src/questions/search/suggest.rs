//! A did-you-mean for a query that matches nothing: each of its words that occurs nowhere,
//! replaced by the closest word of the records' own texts, in any script.

use super::{SearchQuery, texts};
use crate::fold::fold;
use crate::model::Agreement;
use std::collections::HashSet;
use unicode_normalization::char::is_combining_mark;

/// How close (normalised Damerau-Levenshtein, 0 to 1) a word must be to be suggested.
const THRESHOLD: f64 = 0.7;

impl SearchQuery {
    /// The query with each word that none of `records` holds replaced by the closest word they
    /// do hold; `None` when every word occurs, or when a missing word has nothing close.
    ///
    /// Each text is folded once and split into borrowed words; only words whose length could
    /// put them within the threshold of a query word are kept (the distance is at least the
    /// difference in length), so the work is one pass over the texts and memory holds the
    /// near words, not every word.
    pub fn did_you_mean(&self, records: &[&Agreement]) -> Option<String> {
        let typed: Vec<&[String]> = self.terms.iter().map(|term| term[0].as_slice()).collect();
        let single: Vec<(&str, usize)> = (typed.iter())
            .filter_map(|words| match words {
                [word] => Some((word.as_str(), word.chars().count())),
                _ => None,
            })
            .collect();
        let mut present = HashSet::new();
        let mut near: HashSet<String> = HashSet::new();
        for record in records {
            for (_, text) in texts(record) {
                let folded = fold(&text);
                let is_word = |c: char| c.is_alphanumeric() || is_combining_mark(c);
                for word in folded
                    .split(|c: char| !is_word(c))
                    .filter(|w| !w.is_empty())
                {
                    if let Some(&(wanted, _)) = single.iter().find(|(wanted, _)| *wanted == word) {
                        present.insert(wanted);
                    } else if !near.contains(word) {
                        let count = word.chars().count();
                        if single
                            .iter()
                            .any(|&(_, length)| may_be_close(length, count))
                        {
                            near.insert(word.to_string());
                        }
                    }
                }
            }
        }
        let mut changed = false;
        let mut words = Vec::new();
        for term in typed {
            match term {
                [word] if !present.contains(word.as_str()) => {
                    words.push(closest(word, &near)?.to_string());
                    changed = true;
                }
                typed => words.push(typed.join(" ")),
            }
        }
        changed.then(|| words.join(" "))
    }
}

/// Whether words of `a` and `b` characters can be within the threshold of each other.
pub(super) fn may_be_close(a: usize, b: usize) -> bool {
    1.0 - a.abs_diff(b) as f64 / a.max(b) as f64 >= THRESHOLD
}

/// The word of `near` closest to `word`, if it is close enough; of equally close words, the
/// first in alphabetical order.
fn closest<'v>(word: &str, near: &'v HashSet<String>) -> Option<&'v str> {
    let length = word.chars().count();
    near.iter()
        .filter(|candidate| may_be_close(length, candidate.chars().count()))
        .map(|candidate| {
            (
                strsim::normalized_damerau_levenshtein(word, candidate),
                candidate,
            )
        })
        .filter(|(score, _)| *score >= THRESHOLD)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, candidate)| candidate.as_str())
}
