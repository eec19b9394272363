//! The detail pane's content: everything `show` prints about a record, as headed items, some
//! of which lead somewhere (a related record, a source's URL).

use crate::links::{Link, Target};
use crate::model::Agreement;
use crate::model::SourceIndex;
use crate::render::detail::{field_text, names, original_titles, source_line};
use crate::render::{DETAIL_FIELDS, source_marks};
use crate::vocab::Vocabulary;

/// Where an item of the detail pane leads when it is followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Follow<'a> {
    /// Another record of the dataset, by id.
    Record(&'a str),
    /// A source's address, opened in the system's browser.
    Url(&'a str),
}

/// One item of the detail pane: a heading (empty to continue the one above), its text, and
/// where it leads, if anywhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item<'a> {
    /// The heading in the left column ("Title", "Key terms", "Sources"...), or "".
    pub heading: &'static str,
    /// The text, possibly over several lines; not yet made safe for a terminal.
    pub text: String,
    /// Whether the sources leave the value unconfirmed.
    pub unconfirmed: bool,
    /// Where following the item leads.
    pub follow: Option<Follow<'a>>,
}

impl<'a> Item<'a> {
    fn plain(heading: &'static str, text: String) -> Item<'a> {
        Item {
            heading,
            text,
            unconfirmed: false,
            follow: None,
        }
    }
}

/// The items of `record`'s detail pane, in `show`'s order: fields, original titles, project
/// names, summary, notes, key terms, history, related documents, sources.
pub fn items<'a>(record: &'a Agreement, links: &[Link<'a>]) -> Vec<Item<'a>> {
    let sources = SourceIndex::new(&record.sources);
    let mut items: Vec<Item> = DETAIL_FIELDS
        .iter()
        .map(|&field| Item {
            heading: field.heading(),
            text: field_text(field, record),
            unconfirmed: record.is_unconfirmed(field.name()),
            follow: None,
        })
        .collect();
    if !record.original_titles.is_empty() {
        items.push(Item::plain("Original titles", original_titles(record)));
    }
    if !record.project_names.is_empty() {
        let text = names(record, &record.project_names);
        items.push(Item::plain("Project names", text));
    }
    let marks = source_marks(&sources, record.summary_sources.iter().map(AsRef::as_ref));
    items.push(Item::plain(
        "Summary",
        format!("{} {marks}", record.summary),
    ));
    for (i, note) in record.notes.iter().enumerate() {
        let marks = source_marks(&sources, note.sources.iter().map(AsRef::as_ref));
        let heading = if i == 0 { "Notes" } else { "" };
        items.push(Item::plain(
            heading,
            format!("• {} {marks}", note.marked_text()),
        ));
    }
    for (i, term) in record.terms.iter().enumerate() {
        let marks = source_marks(&sources, term.source.as_deref());
        let doubt = if term.unconfirmed {
            " (unconfirmed)"
        } else {
            ""
        };
        items.push(Item {
            heading: if i == 0 { "Key terms" } else { "" },
            text: format!("{}: {}{doubt} {marks}", term.label, term.display_value()),
            unconfirmed: term.unconfirmed,
            follow: None,
        });
    }
    for (i, step) in record.history.iter().enumerate() {
        let marks = source_marks(&sources, step.sources.iter().map(AsRef::as_ref));
        let doubt = if step.unconfirmed {
            " (unconfirmed)"
        } else {
            ""
        };
        items.push(Item {
            heading: if i == 0 { "History" } else { "" },
            text: format!("{} {}: {}{doubt} {marks}", step.date, step.kind, step.text),
            unconfirmed: step.unconfirmed,
            follow: None,
        });
    }
    for (i, link) in links.iter().enumerate() {
        let mut text = format!("{}: {}", link.relation(), link.describe());
        if let Some(note) = &link.declared.note {
            text.push_str(&format!("\n{note}"));
        }
        items.push(Item {
            heading: if i == 0 { "Related" } else { "" },
            text,
            unconfirmed: false,
            follow: match link.target {
                Target::Record(other) => Some(Follow::Record(&other.id)),
                Target::Outside => None,
            },
        });
    }
    for (i, source) in record.sources.iter().enumerate() {
        let mut text = format!("[{}] {}", i + 1, source_line(source));
        if let Some(title) = &source.title {
            text.push_str(&format!("\n\"{title}\""));
        }
        text.push_str(&format!("\n{}", source.url));
        items.push(Item {
            heading: if i == 0 { "Sources" } else { "" },
            text,
            unconfirmed: false,
            follow: Some(Follow::Url(&source.url)),
        });
    }
    items
}
