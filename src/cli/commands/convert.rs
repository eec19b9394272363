//! `agreements convert`: a dataset written as JSON, JSON Lines or TOML, without changing a record.

use super::Context;
use crate::cli::{Answer, Failure};
use agreements::render;
use clap::{Args, ValueEnum};
use std::path::PathBuf;

/// Examples in `agreements convert --help`.
pub const EXAMPLES: &str = "\
Examples:
  agreements convert --to json
  agreements convert --to jsonl > agreements.jsonl
  agreements convert data/agreements.toml --to toml";

/// A dataset file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DataFormat {
    /// JSON, as `--data file.json` reads it
    Json,
    /// JSON Lines: a header line, then one record per line, as `--data file.jsonl` reads it
    Jsonl,
    /// TOML, like data/agreements.toml
    Toml,
}

/// `convert`: a dataset path and the format to write.
#[derive(Debug, Args)]
pub struct ConvertArgs {
    /// The dataset to convert (default: --data, AGREEMENTS_DATA, or the embedded one)
    pub path: Option<PathBuf>,
    /// The format to write
    #[arg(long, value_enum)]
    pub to: DataFormat,
}

pub fn run(args: &ConvertArgs, context: &Context) -> Result<Answer, Failure> {
    let dataset = context.load_path(args.path.as_deref().or(context.cli.data_path()))?;
    // JSON is written as it is made: a converted million records are never held whole as text.
    Ok(match args.to {
        DataFormat::Json => Answer::stream(move |out| render::dataset::write_json(out, dataset)),
        DataFormat::Jsonl => Answer::stream(move |out| render::dataset::write_jsonl(out, dataset)),
        DataFormat::Toml => render::dataset::toml(dataset).into(),
    })
}
