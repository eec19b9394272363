//! `agreements topics`: every topic of the selected agreements, with how many have it.

use super::Context;
use super::summary::SelectArgs;
use crate::cli::{Answer, Failure};
use agreements::overview::{self, Grouping};

/// Examples in `agreements topics --help`.
pub const EXAMPLES: &str = "\
Examples:
  agreements topics
  agreements topics --sector energy --format json";

pub fn run(args: &SelectArgs, context: &Context) -> Result<Answer, Failure> {
    let (dataset, records) = context.select(&args.filter)?;
    let tally = overview::tally(&records, Grouping::Topic);
    let unrecorded = dataset.scope(&args.filter.event).unrecorded;
    Ok(super::summary::tally(
        tally,
        unrecorded,
        args.format.format,
        context.terminal,
    ))
}
