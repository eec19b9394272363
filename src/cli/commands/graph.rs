//! `agreements graph`: the parties network as Graphviz DOT, Mermaid or JSON.

use super::Context;
use crate::cli::vocabulary_parser::VocabularyParser;
use crate::cli::{Answer, Failure, FilterArgs};
use agreements::render;
use agreements::render::graph::GraphFormat;
use clap::Args;

/// Examples in `agreements graph --help`.
pub const EXAMPLES: &str = "\
Examples:
  agreements graph | dot -Tpng -o graph.png
  agreements graph --sector media --format mermaid
  agreements graph --format json";

/// `graph`: filters and a graph format.
#[derive(Debug, Args)]
pub struct GraphArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Output format: Graphviz DOT, a Mermaid flowchart or JSON (values below). Without it, DOT
    /// when piped, and a readable outline in a terminal
    #[arg(long, value_name = "FORMAT", value_parser = VocabularyParser::<GraphFormat>::new())]
    pub format: Option<GraphFormat>,
}

pub fn run(args: &GraphArgs, context: &Context) -> Result<Answer, Failure> {
    let graph = agreements::graph::of(&context.select(&args.filter)?.1);
    Ok(match args.format {
        Some(format) => render::graph::render(&graph, format),
        None if context.terminal.interactive => render::graph::outline(&graph),
        None => render::graph::render(&graph, GraphFormat::Dot),
    }
    .into())
}
