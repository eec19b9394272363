//! The parties network: organisations as nodes, agreements as the edges between their parties.

use crate::model::Agreement;
use crate::vocab::Country;
use serde::Serialize;
use std::collections::HashMap;

/// Organisations and the agreements that connect them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Graph<'a> {
    /// One node per organisation (by name and country), in order of first appearance.
    pub nodes: Vec<Node<'a>>,
    /// One edge per pair of parties of an agreement.
    pub edges: Vec<Edge<'a>>,
    /// Agreements with fewer than two known parties, which no edge can show.
    pub not_drawn: Vec<&'a str>,
}

/// An organisation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Node<'a> {
    /// A stable identifier for graph formats: `n0`, `n1`...
    pub id: String,
    /// The full name.
    pub name: &'a str,
    /// The short name, when there is one.
    pub short: Option<&'a str>,
    /// The country.
    pub country: Country,
}

/// An agreement between two organisations.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Edge<'a> {
    /// The first party's node id.
    pub source: String,
    /// The second party's node id.
    pub target: String,
    /// The agreement's id.
    pub agreement: &'a str,
    /// The agreement's short title.
    pub label: &'a str,
    /// Whether the agreement is on the official list.
    pub official_list: bool,
}

impl Node<'_> {
    /// The name to draw: the short name, or the full name.
    pub fn label(&self) -> &str {
        self.short.unwrap_or(self.name)
    }
}

/// The network of `records`: each agreement joins every pair of its parties.
pub fn of<'a>(records: &[&'a Agreement]) -> Graph<'a> {
    let mut graph = Graph {
        nodes: Vec::new(),
        edges: Vec::new(),
        not_drawn: Vec::new(),
    };
    // Node index by organisation, so that each party is found in constant time.
    let mut index: HashMap<(&str, Country), usize> = HashMap::new();
    for record in records {
        if record.parties.len() < 2 {
            graph.not_drawn.push(&record.id);
            continue;
        }
        let ids: Vec<String> = record
            .parties
            .iter()
            .map(|party| {
                let key = (party.name.as_ref(), party.country);
                let position = *index.entry(key).or_insert_with(|| {
                    graph.nodes.push(Node {
                        id: format!("n{}", graph.nodes.len()),
                        name: &party.name,
                        short: party.short.as_deref(),
                        country: party.country,
                    });
                    graph.nodes.len() - 1
                });
                graph.nodes[position].id.clone()
            })
            .collect();
        for (i, source) in ids.iter().enumerate() {
            for target in &ids[i + 1..] {
                graph.edges.push(Edge {
                    source: source.clone(),
                    target: target.clone(),
                    agreement: &record.id,
                    label: &record.short_title,
                    official_list: record.official_list,
                });
            }
        }
    }
    graph
}

#[cfg(test)]
mod tests {
    use crate::{Filter, load};

    #[test]
    fn organisations_are_nodes_and_agreements_edges() {
        let dataset = load::embedded();
        let graph = super::of(&dataset.select(&Filter::default()));
        assert_eq!(graph.not_drawn, ["plastic-surgery-cooperation"]);
        assert_eq!(graph.edges.len(), 24, "every other record has two parties");
        let gazprom = graph.nodes.iter().find(|n| n.label() == "Gazprom").unwrap();
        let gas = graph
            .edges
            .iter()
            .filter(|e| e.source == gazprom.id)
            .count();
        assert_eq!(gas, 4, "Gazprom-CNPC: four documents, one node each");
        let names: std::collections::HashSet<_> = graph.nodes.iter().map(|n| n.name).collect();
        assert_eq!(names.len(), graph.nodes.len(), "no organisation twice");
    }
}
