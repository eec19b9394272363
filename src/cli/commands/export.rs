//! `agreements export`: the dataset as related tables, in SQLite, a data package or xlsx,
//! written whole to a temporary beside PATH and then put in place ([`crate::cli::destination`]),
//! so that PATH is never half-written and nothing agreements did not write is replaced.

use super::Context;
use crate::cli::destination::{Destination, Partial, Shape};
use crate::cli::vocabulary_parser::VocabularyParser;
use crate::cli::{Answer, Failure, FilterArgs};
use agreements::export::{self, Selection, Target};
use agreements::render::counted;
use clap::Args;
use std::path::PathBuf;

/// Examples in `agreements export --help`.
pub const EXAMPLES: &str = "\
Examples:
  agreements export --to sqlite agreements.db
  agreements export --to datapackage agreements-package
  agreements export --to xlsx --sector energy energy.xlsx";

/// `export`: a target, a path, and the filters of `list`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to write: sqlite (a database file), datapackage (a folder of CSV files and
    /// datapackage.json) or xlsx (a workbook)
    #[arg(long, value_name = "TARGET", value_parser = VocabularyParser::<Target>::new())]
    pub to: Target,
    /// Where to write it
    #[arg(value_name = "PATH")]
    pub path: PathBuf,
    /// Replace PATH if it exists
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub filter: FilterArgs,
}

pub fn run(args: &ExportArgs, context: &Context) -> Result<Answer, Failure> {
    let (dataset, records) = context.select(&args.filter)?;
    let tables = export::tables(&Selection {
        dataset,
        records: &records,
    })?;
    let names = export::datapackage::file_names(&tables);
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let destination = Destination::check(&args.path, shape(args.to, &names), args.force)?;
    let failed = |reason: String| Failure::Write {
        path: destination.path().to_path_buf(),
        reason,
    };
    let mut partial = destination.start().map_err(|e| failed(e.to_string()))?;
    let warnings = write(args.to, &tables, &mut partial, dataset).map_err(failed)?;
    destination.finish(partial).map_err(failed)?;
    let mut message = format!(
        "Wrote {} in {} tables to {}\n",
        counted(records.len(), "agreement"),
        tables.len(),
        agreements::sanitize::one_line(&args.path.to_string_lossy())
    );
    for warning in warnings {
        message.push_str(&warning);
        message.push('\n');
    }
    // The export's `events` table counts them; the report says so too.
    let unrecorded = dataset.scope(&args.filter.event).unrecorded;
    let note = agreements::render::unrecorded_line(unrecorded, None);
    Ok(Answer::notice(message).noting(&note))
}

/// What `to` writes at its path: a file, or a folder of `names`.
fn shape<'a>(to: Target, names: &'a [&'a str]) -> Shape<'a> {
    match to {
        Target::Sqlite | Target::Xlsx => Shape::File,
        Target::Datapackage => Shape::Folder(names),
    }
}

fn write(
    to: Target,
    tables: &[export::Table],
    partial: &mut Partial,
    dataset: &agreements::Dataset,
) -> Result<Vec<String>, String> {
    let none = |()| Vec::new();
    match to {
        Target::Sqlite => {
            (export::sqlite::write(tables, partial.path()).map(none)).map_err(|e| e.to_string())
        }
        Target::Xlsx => {
            let file = partial.file().ok_or("no file to write the workbook to")?;
            export::xlsx::write(tables, file).map_err(|e| e.to_string())
        }
        Target::Datapackage => {
            let metadata = export::package_metadata(dataset);
            (export::datapackage::write(tables, partial.path(), &metadata).map(none))
                .map_err(|e| e.to_string())
        }
    }
}
