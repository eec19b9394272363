//! `agreements cite`: citations of documents with the sources that report them.

use super::Context;
use crate::cli::vocabulary_parser::VocabularyParser;
use crate::cli::{Answer, Failure, FilterArgs};
use agreements::Agreement;
use agreements::date::Date;
use agreements::render;
use agreements::render::cite::CiteStyle;
use clap::Args;

/// Examples in `agreements cite --help`.
pub const EXAMPLES: &str = "\
Examples:
  agreements cite power-of-siberia-2
  agreements cite rt-smg --style bibtex >> references.bib
  agreements cite --sector energy --style line --max-sources 2
  agreements cite tass-xinhua-strategy-2026-2030 --style csl-json --accessed 2026-01-15";

/// `cite`: ids or filters, a style, an access date and how many sources.
#[derive(Debug, Args)]
pub struct CiteArgs {
    /// The agreements' ids, as `list` shows them (none: every agreement the filters keep)
    #[arg(value_name = "ID")]
    pub ids: Vec<String>,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Citation style (values below)
    #[arg(long, value_name = "STYLE", default_value = "text", value_parser = VocabularyParser::<CiteStyle>::new())]
    pub style: CiteStyle,
    /// The date you read the sources (YYYY-MM-DD); none is given unless you give it
    #[arg(long, value_name = "DATE")]
    pub accessed: Option<Date>,
    /// Name at most this many sources per document (primary sources first, weak ones last)
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub max_sources: usize,
}

pub fn run(args: &CiteArgs, context: &Context) -> Result<Answer, Failure> {
    let (dataset, selected) = context.select(&args.filter)?;
    let records: Vec<&Agreement> = if args.ids.is_empty() {
        selected
    } else {
        let found: Vec<&Agreement> = args
            .ids
            .iter()
            .map(|id| dataset.find(id))
            .collect::<Result<_, _>>()?;
        found.into_iter().filter(|r| selected.contains(r)).collect()
    };
    let too_early = records.iter().find(|r| Some(r.signed) > args.accessed);
    if let (Some(accessed), Some(record)) = (args.accessed, too_early) {
        let signed = record.signed;
        return Err(Failure::AccessedTooEarly { accessed, signed });
    }
    let options = render::cite::Options {
        dataset,
        accessed: args.accessed,
        max_sources: args.max_sources,
    };
    Ok(render::cite::render(&records, args.style, options).into())
}
