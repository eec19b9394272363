//! The parties network: organisations as nodes, agreements as the edges between their parties.
//! A document with more than two parties is a node of its own (a hub) with an edge to each
//! party, so that the edges grow with the parties, not with their pairs.

use crate::model::Agreement;
use crate::vocab::Country;
use serde::Serialize;
use std::collections::HashMap;

/// Organisations and the agreements that connect them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Graph<'a> {
    /// One node per organisation (by name and country), in order of first appearance.
    pub nodes: Vec<Node<'a>>,
    /// One edge per two-party agreement, and one from each party of a larger one to its hub.
    pub edges: Vec<Edge<'a>>,
    /// One node per agreement with more than two parties.
    pub hubs: Vec<Hub<'a>>,
    /// Agreements with fewer than two known parties, which no edge can show.
    pub not_drawn: Vec<&'a str>,
    /// Documents the official lists name that no record holds, so not drawn: 0 from [`of`];
    /// the caller sets it from [`crate::model::Dataset::scope`].
    pub official_list_unrecorded: usize,
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

/// An agreement with more than two parties, drawn as a node joined to each of them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hub<'a> {
    /// A stable identifier for graph formats: `h0`, `h1`...
    pub id: String,
    /// The agreement's id.
    pub agreement: &'a str,
    /// The agreement's short title.
    pub label: &'a str,
    /// Whether the agreement is on the official list.
    pub official_list: bool,
    /// Whether the sources leave the agreement's parties unconfirmed (drawn dotted).
    pub parties_unconfirmed: bool,
}

/// An agreement between two organisations, or a party's link to a [`Hub`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Edge<'a> {
    /// The first party's node id.
    pub source: String,
    /// The second party's node id, or the hub's.
    pub target: String,
    /// The agreement's id.
    pub agreement: &'a str,
    /// The agreement's short title.
    pub label: &'a str,
    /// Whether the agreement is on the official list.
    pub official_list: bool,
    /// Whether the sources leave the agreement's parties unconfirmed (drawn dotted).
    pub parties_unconfirmed: bool,
    /// Whether the edge joins a party to its agreement's hub.
    pub to_hub: bool,
}

impl Node<'_> {
    /// The name to draw: the short name, or the full name.
    pub fn label(&self) -> &str {
        self.short.unwrap_or(self.name)
    }
}

/// The network of `records`: each agreement joins its two parties, or each of its parties to
/// its hub.
pub fn of<'a>(records: &[&'a Agreement]) -> Graph<'a> {
    let mut graph = Graph {
        nodes: Vec::new(),
        edges: Vec::new(),
        hubs: Vec::new(),
        not_drawn: Vec::new(),
        official_list_unrecorded: 0,
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
        let edge = |source: String, target: String, to_hub: bool| Edge {
            source,
            target,
            agreement: &record.id,
            label: &record.short_title,
            official_list: record.official_list,
            parties_unconfirmed: record.is_unconfirmed("parties"),
            to_hub,
        };
        match <[String; 2]>::try_from(ids) {
            Ok([source, target]) => graph.edges.push(edge(source, target, false)),
            Err(ids) => {
                let hub = format!("h{}", graph.hubs.len());
                graph.hubs.push(Hub {
                    id: hub.clone(),
                    agreement: &record.id,
                    label: &record.short_title,
                    official_list: record.official_list,
                    parties_unconfirmed: record.is_unconfirmed("parties"),
                });
                let edges = ids.into_iter().map(|id| edge(id, hub.clone(), true));
                graph.edges.extend(edges);
            }
        }
    }
    graph
}

#[cfg(test)]
mod tests {
    use crate::fixture::with_text;

    /// On the small fixture: a record with two parties (one edge) and one with three (a hub).
    #[test]
    fn organisations_are_nodes_and_agreements_edges() {
        let mut dataset = with_text("Plain text");
        let mut unknown = dataset.agreements[0].clone();
        unknown.id = "no-parties".into();
        unknown.parties.clear();
        dataset.agreements.push(unknown);
        let records: Vec<_> = dataset.agreements.iter().collect();
        let graph = super::of(&records);
        assert_eq!(graph.not_drawn, ["no-parties"]);
        assert_eq!(graph.nodes.len(), 5, "one node per organisation");
        assert_eq!(graph.hubs.len(), 1, "the three-party record");
        assert_eq!(
            graph.edges.len(),
            1 + 3,
            "one edge, and one per party to the hub"
        );
        assert!(!graph.edges[0].to_hub && graph.edges[1..].iter().all(|e| e.to_hub));
        // The same organisation in two records is one node.
        dataset.agreements[1].parties[0] = dataset.agreements[0].parties[0].clone();
        let records: Vec<_> = dataset.agreements.iter().collect();
        assert_eq!(super::of(&records).nodes.len(), 4);
    }

    #[test]
    fn a_record_with_many_parties_is_a_hub_with_one_edge_per_party() {
        let mut record = with_text("Plain text").agreements[0].clone();
        let party = record.parties[0].clone();
        record.parties = (0..1000)
            .map(|i| crate::model::Party {
                name: format!("Party {i}").into(),
                ..party.clone()
            })
            .collect();
        let graph = super::of(&[&record]);
        assert_eq!(graph.nodes.len(), 1000);
        assert_eq!(graph.hubs.len(), 1);
        assert_eq!(graph.edges.len(), 1000, "linear, not 1000 * 999 / 2");
        assert!(graph.edges.iter().all(|e| e.to_hub && e.target == "h0"));
    }
}
