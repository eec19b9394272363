//! `agreements timeline`: the visit day by day, with the documents signed each day.

use super::{Context, SelectArgs};
use crate::cli::{Answer, Failure};
use agreements::render;

/// Examples in `agreements timeline --help`.
pub const EXAMPLES: &str = "\
Examples:
  agreements timeline
  agreements timeline --sector energy --format json";

pub fn run(args: &SelectArgs, context: &Context) -> Result<Answer, Failure> {
    let (dataset, records) = context.select(&args.filter)?;
    let timeline = dataset.timeline(&records);
    Ok(render::timeline::render(&timeline, args.format.format, context.terminal).into())
}
