//! `agreements list`: filter, sort, pick fields, choose a format.

use super::Context;
use crate::cli::vocabulary_parser::VocabularyParser;
use crate::cli::{Answer, Failure, FilterArgs, FormatArg, OrderArgs};
use agreements::field::Field;
use agreements::render::{self, Format};
use clap::Args;

/// Examples in `agreements list --help`.
pub const EXAMPLES: &str = "\
Examples:
  agreements list --sector energy,space --sort signed
  agreements list --party tsinghua --format json
  agreements list --topic gas --fields id,terms --format tsv
  agreements list --signed-after 2025-09-02 --not-official --limit 2
  agreements list --wide | less -S";

/// `list`: filters, order, fields and format.
#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub order: OrderArgs,
    /// Show these fields, in this order (comma list; a field named twice is shown once)
    #[arg(long, value_name = "FIELD", value_delimiter = ',', value_parser = VocabularyParser::<Field>::new())]
    pub fields: Vec<Field>,
    /// In a table, show every default column, however wide the terminal (no hiding, no wrapping)
    #[arg(long)]
    pub wide: bool,
    #[command(flatten)]
    pub format: FormatArg,
}

pub fn run(args: &ListArgs, context: &Context) -> Result<Answer, Failure> {
    let dataset = context.load()?;
    dataset.check_topics(&args.filter.topic)?;
    dataset.check_events(&args.filter.event)?;
    let query = args.order.to_query(&args.filter, &dataset.synonyms);
    let records = dataset.query(&query);
    let fields = (!args.fields.is_empty()).then(|| args.fields.clone());
    // Counts are of the events asked for ("3 of 4 agreements" of that event), else of all.
    let scope = dataset.scope(&query.filter.events);
    let mut terminal = context.terminal;
    if args.wide {
        terminal.width = None;
    }
    let mut kept = query.filter.fields();
    // A selection across events says which event each record belongs to.
    let per_event = dataset.records_per_event(records.iter().copied());
    if per_event.iter().filter(|&&count| count > 0).count() > 1 && !kept.contains(&Field::Event) {
        kept.push(Field::Event);
    }
    let format = args.format.format;
    // A table and Markdown say it under the list; a format programs read has no place for it.
    let note = super::unrecorded_note(scope.unrecorded, format, &[Format::Table, Format::Markdown]);
    // Written as it is made: a selection of a million records is never held whole as text.
    let answer = Answer::stream(move |out| {
        let fields = fields.as_deref();
        render::write_list(out, &records, scope, fields, &kept, format, terminal)
    });
    Ok(answer.noting(&note))
}
