//! One record (`show`): the detail view for people, and every field with the record's links for
//! programs.

use super::{Format, Records, Terminal, View, detail, json, markdown, render};
use crate::field::{Field, Projection};
use crate::links::Link;
use crate::model::Agreement;
use crate::vocab::Vocabulary;

/// One record in `format`: a detail view for people, with `links` (its related documents, from
/// [`Dataset::links`](crate::Dataset::links)), and every field for machines (JSON with the
/// links too).
pub fn record(record: &Agreement, links: &[Link], format: Format, terminal: Terminal) -> String {
    render(
        &Shown {
            record: Projection {
                record,
                fields: Field::ALL,
            },
            links,
        },
        format,
        terminal,
    )
}

impl View for Shown<'_> {
    fn table(&self, terminal: Terminal) -> String {
        detail::record(self.record.record, self.links, terminal)
    }
    fn json(&self) -> String {
        json::to_json(self)
    }
    fn jsonl(&self) -> String {
        json::to_lines([self])
    }
    fn flat(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let records = [self.record.record];
        Records {
            records: &records,
            scope: crate::model::Scope {
                records: 1,
                unrecorded: 0,
            },
            fields: None,
            kept: &[],
        }
        .flat()
    }
    fn markdown(&self) -> String {
        markdown::record(self.record.record, self.links)
    }
}

/// A record as `show --format json` prints it: every field, and its links from both sides.
#[derive(serde::Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    record: Projection<'a>,
    links: &'a [Link<'a>],
}
