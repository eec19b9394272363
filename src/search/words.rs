//! Words for search: text split into words, folded to lower case without accents, and the
//! places where a query's words occur.

use std::ops::Range;
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

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

/// Lower case without accents: each character's compatibility decomposition without its
/// combining marks (as NFKD, whose reordering of marks does not matter once they are dropped).
pub(super) fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            folded.push(c.to_ascii_lowercase());
        } else {
            decompose_compatible(c, |part| {
                if !is_combining_mark(part) {
                    folded.extend(part.to_lowercase());
                }
            });
        }
    }
    folded
}

/// Whether `term` can occur in a text that folds to `folded`: each of its words is in it. A cheap
/// test that spares most texts from being split into words.
pub(super) fn may_occur(term: &[String], folded: &str) -> bool {
    term.iter().all(|word| folded.contains(word.as_str()))
}

/// Where `term` (folded words) occurs in `words`: consecutive words, the last of which may be
/// a longer word that starts with it (when it has three letters or more).
pub(super) fn find(term: &[String], words: &[(String, Range<usize>)]) -> Vec<Range<usize>> {
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
