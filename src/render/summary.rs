//! The counts of `summary`: nested objects as JSON, one `group, value, count` row per count in
//! the flat formats.

use super::{Format, Terminal, View, json, markdown, render, table};
use crate::summary::Summary;

/// A summary in `format`: nested counts as JSON, one row per count in flat formats.
pub fn summary(summary: &Summary, format: Format, terminal: Terminal) -> String {
    render(summary, format, terminal)
}

impl View for Summary {
    fn table(&self, terminal: Terminal) -> String {
        table::summary(self, terminal)
    }
    fn json(&self) -> String {
        json::to_json(self)
    }
    fn jsonl(&self) -> String {
        json::to_lines(self.rows())
    }
    fn flat(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let header = ["group", "value", "count"].map(String::from).to_vec();
        (
            header,
            self.rows().into_iter().map(|row| row.cells()).collect(),
        )
    }
    fn markdown(&self) -> String {
        markdown::summary(self)
    }
}
