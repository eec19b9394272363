//! The `agreements` binary: parse arguments, load the dataset, answer, print once.

mod cli;

use agreements::render::{Terminal, detail, json::to_json, table};
use agreements::summary::Summary;
use agreements::{Dataset, load};
use clap::Parser;
use cli::{Cli, Command, Format};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

/// Why a run failed, and so which exit code it ends with (documented in `--help` and README).
#[derive(Debug, thiserror::Error)]
enum Failure {
    /// Exit 1: the asked-for record does not exist.
    #[error("{0}\n(run 'agreements list' to see every id)")]
    NotFound(#[from] agreements::NotFound),
    /// Exit 3: the dataset could not be loaded.
    #[error(transparent)]
    Data(#[from] load::LoadError),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let output = match run(&cli, terminal()) {
        Ok(output) => output,
        Err(failure) => {
            eprintln!("agreements: {failure}");
            return ExitCode::from(match failure {
                Failure::NotFound(_) => 1,
                Failure::Data(_) => 3,
            });
        }
    };
    match std::io::stdout().lock().write_all(output.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        // A reader that stops early (`agreements list | head -1`) is not an error: it got what
        // it wanted, so a closed pipe ends the program quietly and successfully.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("agreements: cannot write output: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Answers the command, rendered, without printing anything.
fn run(cli: &Cli, terminal: Terminal) -> Result<String, Failure> {
    let dataset: Dataset = match cli.data_path() {
        Some(path) => load::from_path(path)?,
        None => load::embedded()?,
    };
    Ok(match &cli.command {
        Command::List { filter, format } => {
            let records = dataset.select(&filter.to_filter());
            match format {
                Format::Table => table::list(&records, dataset.agreements.len(), terminal),
                Format::Json => to_json(&records),
            }
        }
        Command::Show { id, format } => {
            let record = dataset.find(id)?;
            match format {
                Format::Table => detail::record(record, terminal),
                Format::Json => to_json(record),
            }
        }
        Command::Summary { filter, format } => {
            let summary = Summary::of(&dataset.select(&filter.to_filter()));
            match format {
                Format::Table => table::summary(&summary, terminal),
                Format::Json => to_json(&summary),
            }
        }
    })
}

/// The terminal's shape: `COLUMNS` when it is a positive number, else the width of stdout when
/// it is a terminal.
fn terminal() -> Terminal {
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|&c: &u16| c > 0);
    let stdout = std::io::stdout();
    let measured = || {
        stdout
            .is_terminal()
            .then(|| terminal_size::terminal_size_of(&stdout))
            .flatten()
            .map(|(width, _)| width.0)
    };
    Terminal {
        width: columns.or_else(measured),
    }
}
