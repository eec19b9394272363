//! `agreements show`: every field of one agreement, its key terms, related documents and sources.

use super::Context;
use crate::cli::{Answer, Failure, FormatArg};
use agreements::render;
use clap::Args;

/// Examples in `agreements show --help`.
pub const EXAMPLES: &str = "\
Examples:
  agreements show power-of-siberia-2
  agreements show rg-xinhua --format markdown";

/// `show`: one id and a format.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The agreement's id, as `list` shows it
    pub id: String,
    #[command(flatten)]
    pub format: FormatArg,
}

pub fn run(args: &ShowArgs, context: &Context) -> Result<Answer, Failure> {
    let dataset = context.load()?;
    let record = dataset.find(&args.id)?;
    let links = dataset.links(record);
    Ok(render::record(record, &links, args.format.format, context.terminal).into())
}
