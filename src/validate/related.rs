//! The rules for links between documents: each names a record of the dataset or a document
//! outside it, never both; a record id must exist and not be the record's own; a link to an outside
//! document must cite a source (which claims.rs checks against the record's sources).

use super::{FieldPath, Severity};
use crate::model::Agreement;
use crate::sanitize::quoted;
use crate::suggest;
use std::collections::HashSet;

/// Checks the `related` links of `record`; `ids` holds every id of the dataset.
pub(super) fn check(
    record: &Agreement,
    ids: &HashSet<&str>,
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
            (Some(id), None) if !ids.contains(id.as_ref()) => {
                let hint = suggest::hint(suggest::closest(id, ids.iter().copied()));
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
