//! Where in a TOML file a rule finding points: the span of the value its path names, found in
//! the file's syntax tree, as a line and column.

use super::Node;
use crate::load::{Lines, Problem, in_file_order};
use crate::validate::{Finding, Step};
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// Rule findings with the line and column of the value each is about.
pub(super) fn locate(findings: Vec<Finding>, text: &str) -> Vec<Problem> {
    let tree = DeTable::parse(text).ok();
    let lines = Lines::new(text);
    let mut problems: Vec<Problem> = findings
        .into_iter()
        .map(|finding| {
            let span = tree
                .as_ref()
                .and_then(|tree| span_of(tree, &finding.path.0));
            let location = span.map(|span| lines.locate(span.start));
            Problem::from_finding(finding, location)
        })
        .collect();
    in_file_order(&mut problems);
    problems
}

/// The span of the value at `path`, or of the deepest part of it that exists.
fn span_of(tree: &Spanned<DeTable>, path: &[Step]) -> Option<Range<usize>> {
    let mut table = tree.get_ref();
    let mut node: Option<&Node> = None;
    for step in path {
        let next = match (step, node.map(Spanned::get_ref)) {
            // A dataset written for one event has `[event]` where the model has `events[0]`.
            (Step::Key(key), None) if key == "events" => {
                entry(table, key).or_else(|| entry(table, "event"))
            }
            (Step::Key(key), None) => entry(table, key),
            (Step::Index(0), Some(DeValue::Table(_))) => node,
            (Step::Key(key), Some(DeValue::Table(inner))) => {
                table = inner;
                entry(table, key)
            }
            (Step::Index(i), Some(DeValue::Array(items))) => items.get(*i),
            _ => None,
        };
        match next {
            Some(found) => node = Some(found),
            None => break,
        }
    }
    node.map(Spanned::span)
}

/// The value under `key` in `table`.
pub(super) fn entry<'t, 'i>(table: &'t DeTable<'i>, key: &str) -> Option<&'t Node<'i>> {
    table
        .iter()
        .find(|(k, _)| k.get_ref() == key)
        .map(|(_, value)| value)
}
