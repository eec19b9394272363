//! `agreements search`: ranked matches in the records, then in the visit's context.

use super::Context;
use crate::cli::{Answer, Failure, FilterArgs, FormatArg};
use agreements::render;
use agreements::search::SearchQuery;
use clap::Args;

/// Examples in `agreements search --help`.
pub const EXAMPLES: &str = "\
Examples:
  agreements search gazprom
  agreements search '\"power of siberia\"' --limit 3
  agreements search Газпром --format json
  agreements search power of siberia --sector energy --any";

/// `search`: the query, the list filters, a limit and a format.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to look for; put a phrase in double quotes ("power of siberia")
    #[arg(required = true, value_name = "QUERY")]
    pub query: Vec<String>,
    /// Also show the agreements that match only some of the words (by default they are shown
    /// only when none matches them all)
    #[arg(long)]
    pub any: bool,
    #[command(flatten)]
    pub filter: FilterArgs,
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
    let (dataset, records) = context.select(&args.filter)?;
    let parsed = parsed.with_synonyms(&dataset.synonyms);
    let mut hits = parsed.rank(&records);
    // Records that match every word come first; the others only when there are no such records.
    let every = hits.iter().filter(|hit| hit.matched_all).count();
    let left_out = if args.any || every == 0 {
        0
    } else {
        hits.len() - every
    };
    hits.truncate(hits.len() - left_out);
    // The context of the events asked for (`--event`), or of every event.
    let asked = &args.filter.event;
    let events = (dataset.events.iter())
        .filter(|event| asked.is_empty() || asked.iter().any(|key| event.is_called(key)));
    let context_hits = parsed.context(events);
    let suggestion = (hits.is_empty() && context_hits.is_empty())
        .then(|| parsed.did_you_mean(&records))
        .flatten();
    let found = render::search::Found {
        hits: &hits,
        context: &context_hits,
        query: &query,
        left_out,
        suggestion,
    };
    let text = render::search::render(&found, args.limit, args.format.format, context.terminal);
    Ok(text.into())
}
