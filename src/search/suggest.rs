//! A did-you-mean for a query that matches nothing: each of its words that occurs nowhere,
//! replaced by the closest word of the records' own texts, in any script.

use super::{SearchQuery, texts, tokens};
use crate::model::Agreement;
use std::collections::BTreeSet;

/// How close (normalised Damerau-Levenshtein, 0 to 1) a word must be to be suggested.
const THRESHOLD: f64 = 0.7;

impl SearchQuery {
    /// The query with each word that none of `records` holds replaced by the closest word they
    /// do hold; `None` when every word occurs, or when a missing word has nothing close.
    pub fn did_you_mean(&self, records: &[&Agreement]) -> Option<String> {
        let mut vocabulary = BTreeSet::new();
        for record in records {
            for (_, text) in texts(record) {
                vocabulary.extend(tokens(&text).into_iter().map(|(word, _)| word));
            }
        }
        let mut changed = false;
        let mut words = Vec::new();
        for term in &self.terms {
            // The words as typed: a term's first alternative.
            match term[0].as_slice() {
                [word] if !vocabulary.contains(word) => {
                    words.push(closest(word, &vocabulary)?.to_string());
                    changed = true;
                }
                typed => words.push(typed.join(" ")),
            }
        }
        changed.then(|| words.join(" "))
    }
}

/// The word of `vocabulary` closest to `word`, if it is close enough.
fn closest<'v>(word: &str, vocabulary: &'v BTreeSet<String>) -> Option<&'v str> {
    vocabulary
        .iter()
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
