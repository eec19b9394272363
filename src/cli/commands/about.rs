//! `agreements about`: the dataset, its visits, their days, context and what the leaders said.

use super::Context;
use crate::cli::{Answer, Failure, FormatArg};
use agreements::render;
use clap::Args;

/// Examples in `agreements about --help`.
pub const EXAMPLES: &str = "\
Examples:
  agreements about
  agreements about --format json | jq .dataset.version";

/// `about`: a format.
#[derive(Debug, Args)]
pub struct AboutArgs {
    #[command(flatten)]
    pub format: FormatArg,
}

pub fn run(args: &AboutArgs, context: &Context) -> Result<Answer, Failure> {
    let dataset = context.load()?;
    Ok(render::about::render(dataset, args.format.format, context.terminal).into())
}
