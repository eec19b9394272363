//! `agreements browse`: the interactive explorer, over the records `list`'s filters select.

use super::Context;
use crate::cli::{Answer, Failure, FilterArgs, tui};
use agreements::browse::Browser;
use agreements::browse::view::Look;
use clap::Args;
use std::io::IsTerminal;

/// Examples in `agreements browse --help`.
pub const EXAMPLES: &str = "\
Examples:
  agreements browse
  agreements browse --sector energy
  agreements --data big.json browse --country MN";

/// `browse`: the filters of `list`.
#[derive(Debug, Args)]
pub struct BrowseArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
}

pub fn run(args: &BrowseArgs, context: &Context) -> Result<Answer, Failure> {
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        return Err(Failure::NotATerminal);
    }
    let (dataset, records) = context.select(&args.filter)?;
    // Counted as `list` counts them (see `timeline`).
    let unrecorded = dataset.scope(&args.filter.event).unrecorded;
    let mut browser = Browser::new(dataset, records, unrecorded);
    let look = Look {
        color: context.terminal.color,
    };
    tui::run(&mut browser, look).map_err(Failure::Terminal)?;
    Ok(String::new().into())
}
