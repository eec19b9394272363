//! `agreements parties`: every signing organisation of the selected agreements, with its
//! country, its names in other languages and its documents.

use super::Context;
use super::summary::SelectArgs;
use crate::cli::{Answer, Failure};
use agreements::overview;
use agreements::render;

/// Examples in `agreements parties --help`.
pub const EXAMPLES: &str = "\
Examples:
  agreements parties
  agreements parties --country CN --format csv";

pub fn run(args: &SelectArgs, context: &Context) -> Result<Answer, Failure> {
    let (dataset, records) = context.select(&args.filter)?;
    let found = overview::organisations(&records, &dataset.organisations);
    Ok(render::overview::organisations(&found, args.format.format, context.terminal).into())
}
