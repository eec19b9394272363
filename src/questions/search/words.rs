//! Words for search: text split into words, folded ([`crate::fold`]), and the places where a
//! query's words occur.

use crate::fold::fold;
use std::borrow::Borrow;
use std::ops::Range;
use unicode_normalization::char::is_combining_mark;

/// The words of `text`, folded (lower case, no accents), with their byte ranges in `text`.
pub(super) fn tokens(text: &str) -> Vec<(String, Range<usize>)> {
    words(text).collect()
}

/// The words of `text` one by one, as [`tokens`] lists them: a long text is never held as a
/// list of words (a 200 MB field would be gigabytes of them).
pub(super) fn words(text: &str) -> impl Iterator<Item = (String, Range<usize>)> + '_ {
    let is_word = |c: char| c.is_alphanumeric() || is_combining_mark(c);
    let mut chars = text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')));
    let mut start = None;
    std::iter::from_fn(move || {
        for (i, c) in chars.by_ref() {
            match (start, is_word(c)) {
                (None, true) => start = Some(i),
                (Some(from), false) => {
                    start = None;
                    let folded = fold(&text[from..i]);
                    if !folded.is_empty() {
                        return Some((folded, from..i));
                    }
                }
                _ => {}
            }
        }
        None
    })
}

/// Whether `term` can occur in a text that folds to `folded`: each of its words is in it. A cheap
/// test that spares most texts from being split into words.
fn may_occur(term: &[String], folded: &str) -> bool {
    term.iter().all(|word| folded.contains(word.as_str()))
}

/// Where `term` (folded words) occurs in `words`: consecutive words, the last of which may be
/// a longer word that starts with it (when it has three letters or more), or, for Chinese,
/// which writes no spaces between words, a longer word that holds it anywhere (天然气 in
/// 中国石油天然气集团有限公司). Only the last `term.len()` words are held at a time.
fn find<W: Borrow<(String, Range<usize>)>>(
    term: &[String],
    words: impl Iterator<Item = W>,
) -> Vec<Range<usize>> {
    let Some((last, whole)) = term.split_last() else {
        return Vec::new();
    };
    let chinese = last.chars().all(is_han);
    let last_matches = |word: &str| {
        word == last
            || (last.chars().count() >= 3 && word.starts_with(last.as_str()))
            || (chinese && word.contains(last.as_str()))
    };
    let mut window = std::collections::VecDeque::with_capacity(term.len());
    let mut found = Vec::new();
    for word in words {
        if window.len() == term.len() {
            window.pop_front();
        }
        window.push_back(word);
        let matches = window.len() == term.len()
            && (window.iter().zip(whole)).all(|(word, wanted)| word.borrow().0 == *wanted)
            && window
                .back()
                .is_some_and(|word| last_matches(&word.borrow().0));
        if matches {
            found.push(window[0].borrow().1.start..window[term.len() - 1].borrow().1.end);
        }
    }
    found
}

/// Whether `c` is a Chinese character (a CJK unified ideograph, with the extensions).
fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{20000}'..='\u{3134f}')
}

/// Texts up to this size keep their words once split, for the next term; longer ones are split
/// again for each term, so that no text is ever held as a list of its words.
const WORDS_KEPT_UP_TO: usize = 64 * 1024;

/// A text being searched: folded once, split into words only when some term may occur in it,
/// and then, if it is not long, only once, whatever the number of terms looked for.
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
        if self.text.len() > WORDS_KEPT_UP_TO {
            return find(term, words(self.text));
        }
        find(term, self.words.get_or_init(|| tokens(self.text)).iter())
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
