//! The parties network (`graph`) as Graphviz DOT, as a Mermaid flowchart, or as JSON. Each
//! country is a cluster with its own fill colour; agreements off the official list are dashed.

use super::json;
use crate::graph::{Graph, Node};
use crate::sanitize::for_terminal;
use crate::vocab::{Country, vocabulary};

vocabulary! {
    /// A graph format.
    GraphFormat, "graph format" {
        /// Graphviz DOT: `agreements graph | dot -Tpng -o graph.png`.
        Dot = "dot" ["graphviz"],
        /// A Mermaid flowchart, for a ```mermaid block in Markdown.
        Mermaid = "mermaid",
        /// JSON: nodes, edges and the agreements not drawn.
        Json = "json",
        /// An SVG picture, drawn by Graphviz's `dot` (which must be installed).
        Svg = "svg",
        /// A PNG picture, drawn by Graphviz's `dot` (which must be installed).
        Png = "png",
    }
}

impl GraphFormat {
    /// The `dot -T` format that draws this one from DOT, for the pictures.
    pub fn drawn_by_graphviz(self) -> Option<&'static str> {
        match self {
            GraphFormat::Svg => Some("svg"),
            GraphFormat::Png => Some("png"),
            GraphFormat::Dot | GraphFormat::Mermaid | GraphFormat::Json => None,
        }
    }
}

/// `graph` in `format`; for a picture (SVG, PNG), the DOT that Graphviz draws it from: the
/// library runs no program.
pub fn render(graph: &Graph, format: GraphFormat) -> String {
    match format {
        GraphFormat::Dot | GraphFormat::Svg | GraphFormat::Png => dot(graph),
        GraphFormat::Mermaid => mermaid(graph),
        GraphFormat::Json => json::to_json(graph),
    }
}

/// A country's name and fill colour.
fn style(country: Country) -> (&'static str, &'static str) {
    match country {
        Country::Ru => ("Russia", "#f4cccc"),
        Country::Cn => ("China", "#fff2cc"),
        Country::Mn => ("Mongolia", "#d9ead3"),
    }
}

/// The countries that have nodes, in vocabulary order, with their nodes.
fn by_country<'g, 'a>(graph: &'g Graph<'a>) -> Vec<(Country, Vec<&'g Node<'a>>)> {
    use crate::vocab::Vocabulary;
    Country::ALL
        .iter()
        .map(|&country| {
            let nodes = graph.nodes.iter().filter(|n| n.country == country);
            (country, nodes.collect::<Vec<_>>())
        })
        .filter(|(_, nodes)| !nodes.is_empty())
        .collect()
}

/// `text` in double quotes, each character that `escape` names replaced by its escape.
/// Control characters and bidirectional overrides are first shown as visible `\u{1b}` escapes
/// ([`for_terminal`]), so that a label of them is not drawn blank.
fn quoted(text: &str, escape: impl Fn(char) -> Option<&'static str>) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in for_terminal(text).chars() {
        match escape(c) {
            Some(escaped) => quoted.push_str(escaped),
            None => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// `text` as a DOT double-quoted string.
fn dot_string(text: &str) -> String {
    quoted(text, |c| match c {
        '"' => Some("\\\""),
        '\\' => Some("\\\\"),
        '\n' => Some("\\n"),
        c if c.is_control() => Some(" "),
        _ => None,
    })
}

mod legend;
mod outline;
use legend::{any_dashed, any_dotted, caption, marked};
pub use outline::outline;

fn dot(graph: &Graph) -> String {
    let mut out = format!(
        "graph agreements {{\n  graph [rankdir=LR, fontname=\"Helvetica\", nodesep=0.2, ranksep=2, labelloc=b, fontsize=10, label={}];\n  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];\n  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];\n",
        dot_string(&caption(graph))
    );
    for id in &graph.not_drawn {
        out.push_str(&format!(
            "  // not drawn (fewer than two known parties): {id}\n"
        ));
    }
    for (country, nodes) in by_country(graph) {
        let (name, fill) = style(country);
        out.push_str(&format!(
            "  subgraph cluster_{country} {{\n    label={};\n    labelloc=t;\n    style=rounded;\n    color=\"#999999\";\n    node [fillcolor=\"{fill}\"];\n",
            dot_string(name)
        ));
        for node in nodes {
            out.push_str(&format!(
                "    {} [label={}, tooltip={}];\n",
                node.id,
                dot_string(node.label()),
                dot_string(node.name)
            ));
        }
        out.push_str("  }\n");
    }
    let pattern = |official_list: bool, parties_unconfirmed: bool| match () {
        _ if parties_unconfirmed => ", style=dotted",
        _ if !official_list => ", style=dashed",
        _ => "",
    };
    for hub in &graph.hubs {
        out.push_str(&format!(
            "  {} [label={}, tooltip={}, shape=ellipse, fillcolor=\"#ffffff\"{}];\n",
            hub.id,
            dot_string(&marked(hub.label, hub.parties_unconfirmed)),
            dot_string(hub.agreement),
            pattern(hub.official_list, hub.parties_unconfirmed)
        ));
    }
    for edge in &graph.edges {
        // An edge to a hub needs no label: the hub carries it.
        let label = if edge.to_hub {
            String::new()
        } else {
            let text = marked(edge.label, edge.parties_unconfirmed);
            format!("label={}, ", dot_string(&text))
        };
        out.push_str(&format!(
            "  {} -- {} [{label}tooltip={}{}];\n",
            edge.source,
            edge.target,
            dot_string(edge.agreement),
            pattern(edge.official_list, edge.parties_unconfirmed)
        ));
    }
    out.push_str("}\n");
    out
}

/// `text` as a Mermaid quoted label: quotes and markup characters as entity codes (a backquote
/// would open a Markdown string).
fn mermaid_string(text: &str) -> String {
    quoted(text, |c| match c {
        '"' => Some("#quot;"),
        '`' => Some("#96;"),
        '#' => Some("#35;"),
        '<' => Some("#lt;"),
        '>' => Some("#gt;"),
        c if c.is_control() => Some(" "),
        _ => None,
    })
}

fn mermaid(graph: &Graph) -> String {
    // A flowchart has no caption: what the line patterns mean, and what was left out, is its
    // title (front matter; a JSON string is a YAML double-quoted scalar).
    let caption = caption(graph);
    let mut out = if caption.is_empty() {
        String::new()
    } else {
        let title = serde_json::to_string(&caption.replace('\n', " ")).expect("a string");
        format!("---\ntitle: {title}\n---\n")
    };
    out.push_str("flowchart LR\n");
    for id in &graph.not_drawn {
        out.push_str(&format!(
            "  %% not drawn (fewer than two known parties): {id}\n"
        ));
    }
    for (country, nodes) in by_country(graph) {
        let (name, fill) = style(country);
        out.push_str(&format!("  subgraph {country}[{}]\n", mermaid_string(name)));
        for node in &nodes {
            out.push_str(&format!(
                "    {}[{}]\n",
                node.id,
                mermaid_string(node.label())
            ));
        }
        out.push_str("  end\n");
        out.push_str(&format!(
            "  classDef country{country} fill:{fill},stroke:#999999\n"
        ));
        let ids: Vec<&str> = nodes.iter().map(|node| node.id.as_str()).collect();
        out.push_str(&format!("  class {} country{country}\n", ids.join(",")));
    }
    for hub in &graph.hubs {
        let label = marked(hub.label, hub.parties_unconfirmed);
        out.push_str(&format!("  {}([{}])\n", hub.id, mermaid_string(&label)));
    }
    for (i, edge) in graph.edges.iter().enumerate() {
        if edge.to_hub {
            out.push_str(&format!("  {} --- {}\n", edge.source, edge.target));
        } else {
            out.push_str(&format!(
                "  {} ---|{}| {}\n",
                edge.source,
                mermaid_string(&marked(edge.label, edge.parties_unconfirmed)),
                edge.target
            ));
        }
        if edge.parties_unconfirmed {
            out.push_str(&format!("  linkStyle {i} stroke-dasharray:2 3\n"));
        } else if !edge.official_list {
            out.push_str(&format!("  linkStyle {i} stroke-dasharray:5 5\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests;
