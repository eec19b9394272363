//! `agreements parties`: every signing organisation of the selected agreements, with its
//! country, its names in other languages and its documents.

use super::Context;
use super::summary::SelectArgs;
use crate::cli::{Answer, Failure};
use agreements::overview;
use agreements::render::{self, Format};

/// Examples in `agreements parties --help`.
pub const EXAMPLES: &str = "\
Examples:
  agreements parties
  agreements parties --country CN --format csv";

pub fn run(args: &SelectArgs, context: &Context) -> Result<Answer, Failure> {
    let (dataset, records) = context.select(&args.filter)?;
    let found = overview::organisations(&records, &dataset.organisations);
    let (format, terminal) = (args.format.format, context.terminal);
    let mut text = render::overview::organisations(&found, format, terminal);
    // The parties of documents no source names are unknown: a table says so under it; the other
    // formats have no row or column for it, so stderr does.
    let unrecorded = dataset.scope(&args.filter.event).unrecorded;
    if format == Format::Table {
        text.push_str(&render::unrecorded_line(unrecorded, terminal.width));
    }
    let note = super::unrecorded_note(unrecorded, format, &[Format::Table]);
    Ok(Answer::from(text).noting(&note))
}
