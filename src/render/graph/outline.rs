//! The parties network for a person at a terminal, where DOT would be a wall of code: each
//! organisation with the organisations it signed with and the documents, then how to draw it.

use super::{any_dashed, any_dotted, by_country, marked};
use crate::graph::Graph;
use crate::render::counted;
use crate::sanitize::for_terminal;

/// Each organisation, by country, with one line per partner (another organisation, or the
/// parties of a document with more than two) listing their documents; `*` marks a document
/// announced beside the official list.
pub fn outline(graph: &Graph) -> String {
    let label = |id: &str| -> String {
        let node = graph.nodes.iter().find(|node| node.id == id);
        let hub = graph.hubs.iter().find(|hub| hub.id == id);
        match (node, hub) {
            (Some(node), _) => format!("{} ({})", node.label(), node.country),
            (None, Some(hub)) => format!("the other parties of {}", hub.agreement),
            (None, None) => id.to_string(),
        }
    };
    let documents: std::collections::BTreeSet<&str> =
        graph.edges.iter().map(|edge| edge.agreement).collect();
    let mut out = format!(
        "{}, {} between them\n",
        counted(graph.nodes.len(), "organisation"),
        counted(documents.len(), "document")
    );
    for (_, nodes) in by_country(graph) {
        for node in nodes {
            out.push_str(&format!("\n{}\n", for_terminal(&label(&node.id))));
            // Partners in the order of their first document, each with all its documents.
            let mut partners: Vec<(&str, Vec<String>)> = Vec::new();
            for edge in &graph.edges {
                let other = if edge.source == node.id {
                    &edge.target
                } else if edge.target == node.id {
                    &edge.source
                } else {
                    continue;
                };
                let mark = if edge.official_list { "" } else { " *" };
                let document =
                    format!("{}{mark}", marked(edge.agreement, edge.parties_unconfirmed));
                match partners.iter_mut().find(|(id, _)| id == other) {
                    Some((_, documents)) => documents.push(document),
                    None => partners.push((other, vec![document])),
                }
            }
            for (other, documents) in partners {
                let other = label(other);
                out.push_str(&format!(
                    "  with {}: {}\n",
                    for_terminal(&other),
                    documents.join(", ")
                ));
            }
        }
    }
    out.push('\n');
    if any_dotted(graph) {
        out.push_str("? parties the sources leave unconfirmed\n");
    }
    if any_dashed(graph) {
        out.push_str("* announced beside the Kremlin's official list\n");
    }
    if !graph.not_drawn.is_empty() {
        let left_out = graph.not_drawn.join(", ");
        out.push_str(&format!(
            "Left out (fewer than two known parties): {left_out}\n"
        ));
    }
    out.push_str(
        "To draw it: agreements graph | dot -Tsvg -o graph.svg (Graphviz), or --format mermaid|json\n",
    );
    out
}
