//! The rules for the dataset's synonym groups: each holds two words or more and at most
//! [`MOST_SYNONYMS`], each word is one search word (lower-case letters and digits, any script, as
//! `search` folds them), and a word belongs to one group only.

use super::HashMap;
use super::{FieldPath, Step};
use crate::fold::fold;
use crate::sanitize::quoted;

/// The most words a synonym group holds. Search looks for every word of a query word's group in
/// every text, so a group of thousands made every search thousands of times slower.
pub const MOST_SYNONYMS: usize = 16;

/// Checks `groups`; `report` receives each error with its path.
pub(super) fn check(
    groups: &[Vec<crate::model::Text>],
    report: &mut impl FnMut(FieldPath, String),
) {
    let path = |steps: &[Step]| {
        let mut all = vec![Step::Key("synonyms".into())];
        all.extend_from_slice(steps);
        FieldPath(all)
    };
    let mut first: HashMap<&str, usize> = HashMap::default();
    for (i, group) in groups.iter().enumerate() {
        if group.len() < 2 {
            let message = "a synonym group needs two words or more".to_string();
            report(path(&[Step::Index(i)]), message);
        } else if group.len() > MOST_SYNONYMS {
            let message = format!(
                "a synonym group holds at most {MOST_SYNONYMS} words, and this one has {}: split it into groups of words that mean the same",
                group.len()
            );
            report(path(&[Step::Index(i)]), message);
        }
        for (j, word) in group.iter().enumerate() {
            let at = || path(&[Step::Index(i), Step::Index(j)]);
            let one_word = !word.is_empty() && word.chars().all(char::is_alphanumeric);
            if !one_word || fold(word) != word.as_ref() {
                let message = format!(
                    "synonym '{}' must be one lower-case word without accents (letters and digits)",
                    quoted(word)
                );
                report(at(), message);
            } else if let Some(&other) = first.get(word.as_ref()).filter(|&&other| other != i) {
                let message = format!(
                    "synonym '{}' is in group {} too: a word belongs to one group",
                    quoted(word),
                    other + 1
                );
                report(at(), message);
            } else {
                first.insert(word, i);
            }
        }
    }
}
