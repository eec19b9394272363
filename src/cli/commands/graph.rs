//! `agreements graph`: the parties network as Graphviz DOT, Mermaid or JSON.

use super::Context;
use crate::cli::vocabulary_parser::VocabularyParser;
use crate::cli::{Answer, Failure, FilterArgs};
use agreements::render;
use agreements::render::graph::GraphFormat;
use clap::Args;
use std::io::Write;
use std::process::{Command, Stdio};

/// Examples in `agreements graph --help`.
pub const EXAMPLES: &str = "\
Examples:
  agreements graph | dot -Tpng -o graph.png
  agreements graph --sector media --format mermaid
  agreements graph --format json
  agreements graph --sector energy --format svg > energy.svg";

/// `graph`: filters and a graph format.
#[derive(Debug, Args)]
pub struct GraphArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Output format: Graphviz DOT, a Mermaid flowchart, JSON, or a picture drawn by Graphviz
    /// (values below). Without it, DOT when piped, and a readable outline in a terminal
    #[arg(long, value_name = "FORMAT", value_parser = VocabularyParser::<GraphFormat>::new())]
    pub format: Option<GraphFormat>,
}

pub fn run(args: &GraphArgs, context: &Context) -> Result<Answer, Failure> {
    let (dataset, records) = context.select(&args.filter)?;
    let mut graph = agreements::graph::of(&records);
    // Named in the caption and the JSON, counted as `list` counts them.
    graph.official_list_unrecorded = dataset.scope(&args.filter.event).unrecorded;
    let text = match args.format {
        Some(format) => render::graph::render(&graph, format),
        None if context.terminal.interactive => render::graph::outline(&graph),
        None => render::graph::render(&graph, GraphFormat::Dot),
    };
    match args.format.and_then(GraphFormat::drawn_by_graphviz) {
        Some("png") if context.terminal.interactive => Err(Failure::BinaryToTerminal("png")),
        Some(picture) => Ok(draw(&text, picture)?.into()),
        None => Ok(text.into()),
    }
}

/// `dot` drawn by Graphviz as `picture` (`svg`, `png`).
fn draw(dot: &str, picture: &'static str) -> Result<Vec<u8>, Failure> {
    let missing = |reason: String| Failure::Graphviz { picture, reason };
    let mut child = Command::new("dot")
        .arg(format!("-T{picture}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| missing(format!("cannot run Graphviz's dot ({error})")))?;
    // dot reads all its input before it writes: feeding it from this thread cannot deadlock.
    if let Some(mut input) = child.stdin.take() {
        input
            .write_all(dot.as_bytes())
            .map_err(|error| missing(format!("dot stopped reading ({error})")))?;
    }
    let output = child
        .wait_with_output()
        .map_err(|error| missing(format!("dot did not finish ({error})")))?;
    if !output.status.success() {
        let said = String::from_utf8_lossy(&output.stderr);
        let first = said.lines().next().unwrap_or("no message").to_string();
        return Err(missing(format!("dot failed: {first}")));
    }
    Ok(output.stdout)
}
