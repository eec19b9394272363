//! `agreements summary`: counts by sector, kind, country and confidence.

use super::Context;
use crate::cli::{Answer, Failure, FilterArgs, FormatArg};
use agreements::render;
use agreements::summary::Summary;
use clap::Args;

/// Examples in `agreements summary --help`.
pub const EXAMPLES: &str = "\
Examples:
  agreements summary
  agreements summary --official --format csv";

/// `summary` and `timeline`: filters and a format.
#[derive(Debug, Args)]
pub struct SelectArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub format: FormatArg,
}

pub fn run(args: &SelectArgs, context: &Context) -> Result<Answer, Failure> {
    let summary = Summary::of(&context.select(&args.filter)?.1);
    Ok(render::summary(&summary, args.format.format, context.terminal).into())
}
