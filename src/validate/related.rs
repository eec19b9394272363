//! The rules for links between documents: each names a record of the dataset or a document
//! outside it, never both; a record id must exist and not be the record's own; a link to an outside
//! document must cite a source (which claims.rs checks against the record's sources).

use super::HashMap;
use super::{FieldPath, Severity};
use crate::model::Agreement;
use crate::sanitize::quoted;
use crate::suggest;
use std::cell::Cell;

/// How many links to missing ids get a did-you-mean. Each hint is a pass over every id, so a
/// dataset whose ids were renamed (thousands of broken links) gets hints for the first few and
/// stays linear, where one hint each was quadratic.
pub(super) const HINTED_LINKS: usize = 20;

/// The dataset's ids (with the index of the record that first uses each), and how many more
/// broken links get a hint.
pub(super) struct Ids<'a> {
    set: &'a HashMap<&'a str, usize>,
    hints_left: Cell<usize>,
}

impl<'a> Ids<'a> {
    pub(super) fn new(set: &'a HashMap<&'a str, usize>) -> Ids<'a> {
        Ids {
            set,
            hints_left: Cell::new(HINTED_LINKS),
        }
    }

    /// The "; did you mean" part for a missing `id`, while hints are left.
    fn hint(&self, id: &str) -> String {
        let Some(left) = self.hints_left.get().checked_sub(1) else {
            return String::new();
        };
        self.hints_left.set(left);
        suggest::hint(suggest::closest(id, self.set.keys().copied()))
    }
}

/// Checks the `related` links of `record`; `ids` holds every id of the dataset.
pub(super) fn check(
    record: &Agreement,
    ids: &Ids,
    path: &impl Fn() -> FieldPath,
    report: &mut impl FnMut(Severity, FieldPath, String),
) {
    for (i, link) in record.related.iter().enumerate() {
        let link_path = || path().key("related").index(i);
        match (&link.id, &link.title) {
            (Some(_), Some(_)) | (None, None) => report(
                Severity::Error,
                link_path(),
                "a link names either a record (id = \"...\") or a document outside the dataset (title = \"...\"), not both or neither".into(),
            ),
            (Some(id), None) if id == &record.id => report(
                Severity::Error,
                link_path().key("id"),
                format!(
                    "the record links to itself ('{}'): name another record",
                    quoted(id)
                ),
            ),
            (Some(id), None) if !ids.set.contains_key(id.as_ref()) => {
                let hint = ids.hint(id);
                report(
                    Severity::Error,
                    link_path().key("id"),
                    format!(
                        "related id '{}' is not a record of the dataset{hint}",
                        quoted(id)
                    ),
                );
            }
            (None, Some(title)) if link.source.is_none() => report(
                Severity::Error,
                link_path().key("title"),
                format!(
                    "the outside document '{}' has no source: add source = \"<url>\"",
                    quoted(title)
                ),
            ),
            _ => {}
        }
    }
}
