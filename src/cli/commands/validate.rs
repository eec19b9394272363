//! `agreements validate`: every problem of a dataset, located; exit 3 when it has errors.

use super::Context;
use crate::cli::{Answer, Code, Failure, FormatArg};
use agreements::load::{self, LoadError};
use agreements::render::problems;
use clap::Args;
use std::path::PathBuf;

/// Examples in `agreements validate --help`.
pub const EXAMPLES: &str = "\
Examples:
  agreements validate
  agreements validate data/agreements.toml --format json";

/// `validate`: a dataset path and a format.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The dataset to check (default: --data, AGREEMENTS_DATA, or the embedded one)
    pub path: Option<PathBuf>,
    #[command(flatten)]
    pub format: FormatArg,
}

pub fn run(args: &ValidateArgs, context: &Context) -> Result<Answer, Failure> {
    let path = args.path.as_deref().or(context.cli.data_path());
    let origin = path.map_or(load::EMBEDDED_ORIGIN.to_string(), load::origin_of);
    // The embedded dataset is read from its TOML source here, so that problems point at lines
    // of data/agreements.toml.
    let loaded = match path {
        Some(path) => load::from_path_limited(path, context.cli.max_size),
        None => load::from_toml_str(load::EMBEDDED_TOML, load::EMBEDDED_ORIGIN),
    };
    let (problems, tally, records) = match loaded {
        Ok(loaded) => (
            loaded.warnings,
            loaded.tally,
            Some(loaded.dataset.agreements.len()),
        ),
        Err(LoadError::Invalid {
            problems, tally, ..
        }) => (problems, tally, None),
        Err(other) => return Err(other.into()),
    };
    let report = problems::report(&origin, &problems, tally, records, args.format.format);
    let exit_code = if records.is_some() {
        Code::Success
    } else {
        Code::Dataset
    };
    Ok(Answer {
        exit_code,
        ..Answer::from(report.into_bytes())
    })
}
