//! `graph`: the parties network, checked by the real Graphviz (`dot`, installed by .ci/run).

use crate::common::{agreements, data, failure_of, installed, stdout_of};
use crate::data;
use crate::output::{Graph, json_as, september_json};
use agreements::vocab::Country;
use std::io::Write;
use std::process::{Command, Stdio};

/// Runs the real `dot -T<format>` on `graph` and returns its output; fails on any complaint.
fn graphviz(graph: &str, format: &str) -> String {
    let mut dot = Command::new("dot")
        .arg(format!("-T{format}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    dot.stdin
        .take()
        .unwrap()
        .write_all(graph.as_bytes())
        .unwrap();
    let output = dot.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "dot rejected the graph: {stderr}\n{graph}"
    );
    assert!(stderr.is_empty(), "dot warned: {stderr}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn graphviz_draws_the_default_graph() {
    if !installed("dot") {
        return;
    }
    let graph = stdout_of(&["graph"]);
    let svg = graphviz(&graph, "svg");
    for expected in [
        "Gazprom",
        "CNPC",
        "Power of Siberia 2 memorandum",
        "Russia",
        "China",
    ] {
        assert!(svg.contains(expected), "{expected} not drawn");
    }
    // The layout Graphviz computed: one node per organisation and one edge per agreement.
    let plain = graphviz(&graph, "plain");
    let count = |kind: &str| plain.lines().filter(|l| l.starts_with(kind)).count();
    assert_eq!(count("node "), data::GRAPH_NODES);
    assert_eq!(count("edge "), data::GRAPH_EDGES);
}

#[test]
fn graphviz_accepts_names_with_quotes_backslashes_and_escapes() {
    if !installed("dot") {
        return;
    }
    let graph = stdout_of(&[
        "--data",
        data("graph-quotes.toml").to_str().unwrap(),
        "graph",
    ]);
    let svg = graphviz(&graph, "svg");
    assert!(
        svg.contains("The &quot;quoted&quot; deal \\ [x]; y#z"),
        "{svg}"
    );
    assert!(svg.contains("B&quot;1\\"), "{svg}");
    assert!(
        !svg.contains('\u{1b}'),
        "no escape character reaches the drawing"
    );
}

#[test]
fn mermaid_groups_organisations_by_country() {
    let mermaid = stdout_of(&["graph", "--sector", "energy", "--format", "mermaid"]);
    let lines: Vec<&str> = mermaid.lines().collect();
    // The caption is the flowchart's title, in front matter: what the dashes mean, and that the
    // May list's documents no source names are not drawn (they could be of any sector).
    assert_eq!(
        lines[..4],
        [
            "---",
            "title: \"Dashed lines: documents announced beside the Kremlin's official list. Not drawn: 16 more documents on an official list that no source found names (no record holds them).\"",
            "---",
            "flowchart LR"
        ]
    );
    assert!(lines.contains(&"  subgraph RU[\"Russia\"]"), "{mermaid}");
    assert!(lines.contains(&"  subgraph CN[\"China\"]"), "{mermaid}");
    let edges = lines.iter().filter(|l| l.contains(" ---|")).count();
    assert_eq!(edges, 5, "{mermaid}");
    let dashed = lines
        .iter()
        .filter(|l| l.starts_with("  linkStyle"))
        .count();
    assert_eq!(dashed, 3, "the three gas documents off the list: {mermaid}");
    let quoted = stdout_of(&[
        "--data",
        data("graph-quotes.toml").to_str().unwrap(),
        "graph",
        "--format",
        "mermaid",
    ]);
    assert!(
        quoted.contains("---|\"The #quot;quoted#quot; deal \\ [x]; y#35;z\"|"),
        "{quoted}"
    );
}

#[test]
fn json_lists_nodes_edges_and_what_cannot_be_drawn() {
    let graph: Graph = json_as(&["graph", "--format", "json"]);
    assert_eq!(graph.nodes.len(), data::GRAPH_NODES);
    assert_eq!(graph.edges.len(), data::GRAPH_EDGES);
    assert_eq!(
        graph.not_drawn,
        [
            "plastic-surgery-cooperation",
            "digital-economy-mou-2025-05",
            "vgtrk-memorandum-2025-05"
        ]
    );
    // Nor are the May list's documents no record holds; of September alone, there are none.
    assert_eq!(graph.official_list_unrecorded, data::MAY.1);
    assert_eq!(september_json::<Graph>("graph").official_list_unrecorded, 0);
    let edge = graph
        .edges
        .iter()
        .find(|e| e.agreement == "power-of-siberia-2")
        .unwrap();
    assert!(!edge.official_list);
    let gazprom = graph.nodes.iter().find(|n| n.id == edge.source).unwrap();
    assert_eq!(gazprom.short.as_deref(), Some("Gazprom"));
    assert_eq!(gazprom.country, Country::Ru);
}

#[test]
fn an_unknown_graph_format_lists_the_valid_ones() {
    let output = agreements()
        .args(["graph", "--format", "jpeg"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("(valid: dot, mermaid, json, svg, png)"),
        "{stderr}"
    );
}

#[test]
fn the_caption_says_what_dashes_mean_only_with_dashes_and_names_what_was_left_out() {
    let caption = |dot: &str| dot.lines().nth(1).unwrap().to_string();
    let official = stdout_of(&["graph", "--official"]);
    assert!(!official.contains("style=dashed"), "{official}");
    assert!(
        !caption(&official).contains("Dashed"),
        "{}",
        caption(&official)
    );
    let all = stdout_of(&["graph"]);
    let all_caption = caption(&all);
    assert!(all_caption.contains("Dashed lines"), "{all_caption}");
    assert!(
        all_caption
            .contains("Not drawn (fewer than two known parties): plastic-surgery-cooperation, digital-economy-mou-2025-05, vgtrk-memorandum-2025-05."),
        "{all_caption}"
    );
}

#[test]
fn pictures_are_drawn_by_graphviz_or_refused_clearly() {
    if !installed("dot") {
        return;
    }
    let svg = stdout_of(&["graph", "--format", "svg"]);
    assert!(svg.contains("<svg"), "{svg}");
    assert_eq!(svg.matches("class=\"edge\"").count(), data::GRAPH_EDGES);
    assert!(svg.contains("Power of Siberia 2 memorandum"));
    let png = agreements()
        .args(["graph", "--sector", "space", "--format", "png"])
        .output()
        .unwrap();
    assert!(png.status.success(), "{png:?}");
    assert!(png.stdout.starts_with(b"\x89PNG\r\n\x1a\n"));
    // Without Graphviz on the PATH: exit 2, what to do, nothing on stdout.
    let empty = crate::common::Scratch::new("no-dot");
    let stderr = failure_of(
        agreements()
            .env("PATH", &empty.0)
            .args(["graph", "--format", "svg"]),
        2,
    );
    assert!(
        stderr.starts_with("agreements: graph --format svg needs Graphviz: cannot run"),
        "{stderr}"
    );
    assert!(stderr.contains("install graphviz, or write DOT (--format dot)"));
}
