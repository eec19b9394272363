//! `agreements summary`: counts by sector, kind, country and confidence, or by one grouping.

use super::Context;
use crate::cli::vocabulary_parser::VocabularyParser;
use crate::cli::{Answer, Failure, FilterArgs, FormatArg};
use agreements::overview::{self, Grouping, Tally};
use agreements::render::{self, Format, Terminal};
use agreements::summary::Summary;
use clap::Args;

/// Examples in `agreements summary --help`.
pub const EXAMPLES: &str = "\
Examples:
  agreements summary
  agreements summary --official --format csv
  agreements summary --by party --sector energy";

/// `summary` and `timeline`: filters and a format.
#[derive(Debug, Args)]
pub struct SelectArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub format: FormatArg,
}

/// `summary`: filters, a format, and what to count by.
#[derive(Debug, Args)]
pub struct SummaryArgs {
    /// Count by this alone: sector, kind, country, confidence, party or topic
    #[arg(long, value_name = "GROUPING", value_parser = VocabularyParser::<Grouping>::new())]
    pub by: Option<Grouping>,
    #[command(flatten)]
    pub select: SelectArgs,
}

pub fn run(args: &SummaryArgs, context: &Context) -> Result<Answer, Failure> {
    let (dataset, records) = context.select(&args.select.filter)?;
    let (format, terminal) = (args.select.format.format, context.terminal);
    let unrecorded = dataset.scope(&args.select.filter.event).unrecorded;
    Ok(match args.by {
        Some(by) => tally(overview::tally(&records, by), unrecorded, format, terminal),
        None => {
            let summary = Summary::of(&records).with_unrecorded(unrecorded);
            render::summary(&summary, format, terminal).into()
        }
    })
}

/// `tally` in `format`, saying that the official lists name `unrecorded` documents no record
/// holds: under the count in a table, as `official_list_unrecorded` in JSON, and on stderr for
/// the flat formats, whose rows have no place for it. `topics` answers the same way.
pub fn tally(mut tally: Tally, unrecorded: usize, format: Format, terminal: Terminal) -> Answer {
    tally.official_list_unrecorded = unrecorded;
    let note = super::unrecorded_note(unrecorded, format, &[Format::Table, Format::Json]);
    Answer::from(render::overview::tally(&tally, format, terminal)).noting(&note)
}
