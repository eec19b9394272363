//! `agreements timeline`: each visit day by day, with the documents signed each day, then what
//! happened after the signing, to the documents and to the visits, in date order.

use super::{Context, SelectArgs};
use crate::cli::{Answer, Failure};
use agreements::date::Date;
use agreements::render::{self, Format};
use clap::Args;

/// Examples in `agreements timeline --help`.
pub const EXAMPLES: &str = "\
Examples:
  agreements timeline
  agreements timeline --until 2025-12-31
  agreements timeline --sector energy --format json";

/// `timeline`: filters, a format, and how far past the visit to go.
#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// Follow-ups up to this date (YYYY-MM-DD); every one when left out
    #[arg(long, value_name = "DATE")]
    pub until: Option<Date>,
    #[command(flatten)]
    pub select: SelectArgs,
}

pub fn run(args: &TimelineArgs, context: &Context) -> Result<Answer, Failure> {
    let (dataset, records) = context.select(&args.select.filter)?;
    // Of the events asked for, else of all, as `list` counts them: an unnamed document could be
    // of any sector or party, so a filter other than `--event` does not rule it out.
    let unrecorded = dataset.scope(&args.select.filter.event).unrecorded;
    let mut timeline = dataset.timeline(&records, args.until);
    timeline.official_list_unrecorded = unrecorded;
    let format = args.select.format.format;
    // A table says it under the count and JSON has a field; a row of a day has no place for it.
    let note = super::unrecorded_note(unrecorded, format, &[Format::Table, Format::Json]);
    let text = render::timeline::render(&timeline, format, context.terminal);
    Ok(Answer::from(text).noting(&note))
}
