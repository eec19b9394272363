//! What the graph's line patterns and marks mean: dotted lines and `?` for documents whose
//! parties the sources leave unconfirmed, dashed lines for documents off the official list, and
//! the caption (DOT's label, Mermaid's title, the outline's legend) that says so.

use crate::graph::Graph;

/// Whether any document drawn is off the official list (drawn dashed).
pub(super) fn any_dashed(graph: &Graph) -> bool {
    let edges = graph.edges.iter().any(|edge| !edge.official_list);
    edges || graph.hubs.iter().any(|hub| !hub.official_list)
}

/// Whether any document drawn has parties the sources leave unconfirmed (drawn dotted).
pub(super) fn any_dotted(graph: &Graph) -> bool {
    let edges = graph.edges.iter().any(|edge| edge.parties_unconfirmed);
    edges || graph.hubs.iter().any(|hub| hub.parties_unconfirmed)
}

/// A document's label, with `?` when its parties are unconfirmed.
pub(super) fn marked(label: &str, parties_unconfirmed: bool) -> String {
    if parties_unconfirmed {
        format!("{label} ?")
    } else {
        label.to_string()
    }
}

/// What the graph's line patterns mean, for its caption or legend: dotted and `?`, parties the
/// sources leave unconfirmed (before dashed: a dotted line may be off the list too).
const DOTTED: &str = "Dotted lines and ?: parties the sources leave unconfirmed.";

/// The graph's caption: what dotted and dashed lines mean, when there are any, and which
/// documents were left out and why.
pub(super) fn caption(graph: &Graph) -> String {
    let mut lines = Vec::new();
    if any_dotted(graph) {
        lines.push(DOTTED.to_string());
    }
    if any_dashed(graph) {
        lines.push("Dashed lines: documents announced beside the Kremlin's official list.".into());
    }
    if !graph.not_drawn.is_empty() {
        lines.push(format!(
            "Not drawn (fewer than two known parties): {}.",
            graph.not_drawn.join(", ")
        ));
    }
    if graph.official_list_unrecorded > 0 {
        let more = crate::render::counted(graph.official_list_unrecorded, "more document");
        lines.push(format!(
            "Not drawn: {more} on an official list that no source found names (no record holds them)."
        ));
    }
    lines.join("\n")
}
