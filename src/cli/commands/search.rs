//! `agreements search`: ranked matches in the records, then in the visit's context.

use super::Context;
use crate::cli::{Answer, Failure, FormatArg};
use agreements::Agreement;
use agreements::render;
use agreements::search::SearchQuery;
use clap::Args;

/// Examples in `agreements search --help`.
pub const EXAMPLES: &str = "\
Examples:
  agreements search gazprom
  agreements search '\"power of siberia\"' --limit 3
  agreements search Газпром --format json";

/// `search`: the query, a limit and a format.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to look for; put a phrase in double quotes ("power of siberia")
    #[arg(required = true, value_name = "QUERY")]
    pub query: Vec<String>,
    /// Show at most this many results
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    #[command(flatten)]
    pub format: FormatArg,
}

pub fn run(args: &SearchArgs, context: &Context) -> Result<Answer, Failure> {
    let query = args.query.join(" ");
    let parsed = SearchQuery::parse(&query);
    if parsed.is_empty() {
        return Err(Failure::EmptyQuery);
    }
    let dataset = context.load()?;
    let records: Vec<&Agreement> = dataset.agreements.iter().collect();
    let hits = parsed.rank(&records);
    let found = parsed.context(&dataset.event);
    let (limit, format) = (args.limit, args.format.format);
    let text = render::search::render(&hits, &found, limit, &query, format, context.terminal);
    Ok(text.into())
}
