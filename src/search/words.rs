//! Words for search: text split into words, folded ([`crate::fold`]), and the places where a
//! query's words occur.

use crate::fold::fold;
use std::ops::Range;
use unicode_normalization::char::is_combining_mark;

/// The words of `text`, folded (lower case, no accents), with their byte ranges in `text`.
pub(super) fn tokens(text: &str) -> Vec<(String, Range<usize>)> {
    let mut words = Vec::new();
    let mut start = None;
    let is_word = |c: char| c.is_alphanumeric() || is_combining_mark(c);
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (start, is_word(c)) {
            (None, true) => start = Some(i),
            (Some(from), false) => {
                let folded = fold(&text[from..i]);
                if !folded.is_empty() {
                    words.push((folded, from..i));
                }
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// Whether `term` can occur in a text that folds to `folded`: each of its words is in it. A cheap
/// test that spares most texts from being split into words.
fn may_occur(term: &[String], folded: &str) -> bool {
    term.iter().all(|word| folded.contains(word.as_str()))
}

/// Where `term` (folded words) occurs in `words`: consecutive words, the last of which may be
/// a longer word that starts with it (when it has three letters or more).
fn find(term: &[String], words: &[(String, Range<usize>)]) -> Vec<Range<usize>> {
    let Some((last, whole)) = term.split_last() else {
        return Vec::new();
    };
    let last_matches =
        |word: &str| word == last || (last.chars().count() >= 3 && word.starts_with(last.as_str()));
    words
        .windows(term.len())
        .filter(|window| {
            window
                .iter()
                .zip(whole)
                .all(|((word, _), wanted)| word == wanted)
                && last_matches(&window[term.len() - 1].0)
        })
        .map(|window| window[0].1.start..window[term.len() - 1].1.end)
        .collect()
}

/// A text being searched: folded once, split into words only when some term may occur in it,
/// and then only once, whatever the number of terms looked for.
pub(super) struct Searched<'t> {
    text: &'t str,
    folded: String,
    words: std::cell::OnceCell<Vec<(String, Range<usize>)>>,
}

impl<'t> Searched<'t> {
    pub(super) fn new(text: &'t str) -> Searched<'t> {
        Searched {
            text,
            folded: fold(text),
            words: std::cell::OnceCell::new(),
        }
    }

    /// Where the words `term` occur together ([`find`]); empty when they cannot.
    pub(super) fn find(&self, term: &[String]) -> Vec<Range<usize>> {
        if !may_occur(term, &self.folded) {
            return Vec::new();
        }
        find(term, self.words.get_or_init(|| tokens(self.text)))
    }

    /// Where `term` occurs in any of its alternatives.
    pub(super) fn find_any(&self, term: &super::Term) -> Vec<Range<usize>> {
        term.iter().flat_map(|words| self.find(words)).collect()
    }

    /// Where `term` occurs in any of its alternatives, and whether it occurs as typed (its
    /// first alternative), not only as a synonym.
    pub(super) fn find_each(&self, term: &super::Term) -> (Vec<Range<usize>>, bool) {
        let mut places = Vec::new();
        let mut typed = false;
        for (i, words) in term.iter().enumerate() {
            let found = self.find(words);
            typed |= i == 0 && !found.is_empty();
            places.extend(found);
        }
        (places, typed)
    }
}

/// Where each term occurs in `text`: one list per term, empty where it does not. A text in
/// which no term can occur is not split into words.
pub(super) fn occurrences(terms: &[super::Term], text: &str) -> Vec<Vec<Range<usize>>> {
    let searched = Searched::new(text);
    terms.iter().map(|term| searched.find_any(term)).collect()
}

/// The places of every term, in the order of the text, each once.
pub(super) fn merged(found: Vec<Vec<Range<usize>>>) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = found.into_iter().flatten().collect();
    ranges.sort_by_key(|range| range.start);
    ranges.dedup();
    ranges
}
