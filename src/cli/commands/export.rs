//! `agreements export`: the dataset as related tables, in SQLite, a data package or xlsx,
//! written whole to a temporary name beside PATH and then renamed, so that PATH is never
//! half-written.

use super::Context;
use crate::cli::vocabulary_parser::VocabularyParser;
use crate::cli::{Answer, Failure, FilterArgs};
use agreements::export::{self, Selection, Target};
use agreements::render::counted;
use clap::Args;
use std::path::{Path, PathBuf};

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
    let path = &args.path;
    if !args.force && std::fs::symlink_metadata(path).is_ok() {
        return Err(Failure::Exists(path.clone()));
    }
    let (dataset, records) = context.select(&args.filter)?;
    let tables = export::tables(&Selection {
        dataset,
        records: &records,
    })?;
    let temporary = temporary(path);
    let written =
        write(args.to, &tables, &temporary, dataset).and_then(|()| replace(&temporary, path));
    if let Err(reason) = written {
        remove(&temporary);
        return Err(Failure::Write {
            path: path.clone(),
            reason,
        });
    }
    let message = format!(
        "Wrote {} in {} tables to {}\n",
        counted(records.len(), "agreement"),
        tables.len(),
        agreements::sanitize::one_line(&path.to_string_lossy())
    );
    Ok(message.into())
}

/// A name beside `path` for the export in progress.
fn temporary(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(Default::default, |n| n.to_string_lossy().into_owned());
    path.with_file_name(format!(".{name}.{}.partial", std::process::id()))
}

fn write(
    to: Target,
    tables: &[export::Table],
    at: &Path,
    dataset: &agreements::Dataset,
) -> Result<(), String> {
    match to {
        Target::Sqlite => export::sqlite::write(tables, at).map_err(|e| e.to_string()),
        Target::Xlsx => export::xlsx::write(tables, at).map_err(|e| e.to_string()),
        Target::Datapackage => std::fs::create_dir(at)
            .and_then(|()| {
                export::datapackage::write(tables, at, &export::package_metadata(dataset))
            })
            .map_err(|e| e.to_string()),
    }
}

/// Puts the finished export at `path`, replacing what is there (a file is replaced at once; a
/// folder is removed first).
fn replace(finished: &Path, path: &Path) -> Result<(), String> {
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) {
        std::fs::remove_dir_all(path).map_err(|e| e.to_string())?;
    }
    std::fs::rename(finished, path).map_err(|e| e.to_string())
}

fn remove(path: &Path) {
    let _ = std::fs::remove_file(path).or_else(|_| std::fs::remove_dir_all(path));
}
