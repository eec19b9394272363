//! The `agreements` binary: parse arguments, load the dataset, answer, print once.

mod cli;

use agreements::render::{self, Terminal};
use agreements::summary::Summary;
use agreements::{Dataset, load};
use clap::{CommandFactory, Parser};
use cli::{Cli, Command, Failure};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let output = match run(&cli, cli::detect_terminal(cli.color)) {
        Ok(output) => output,
        Err(failure) => {
            eprintln!("agreements: {failure}");
            return ExitCode::from(failure.exit_code());
        }
    };
    match std::io::stdout().lock().write_all(&output) {
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
fn run(cli: &Cli, terminal: Terminal) -> Result<Vec<u8>, Failure> {
    let load = || -> Result<Dataset, load::LoadError> {
        match cli.data_path() {
            Some(path) => load::from_path(path),
            None => load::embedded(),
        }
    };
    let text = match &cli.command {
        Command::List {
            filter,
            order,
            fields,
            format,
        } => {
            let dataset = load()?;
            dataset.check_topics(&filter.topic)?;
            let records = dataset.query(&order.to_query(filter));
            let fields = (!fields.is_empty()).then_some(fields.as_slice());
            render::list(
                &records,
                dataset.agreements.len(),
                fields,
                format.format,
                terminal,
            )
        }
        Command::Show { id, format } => render::record(load()?.find(id)?, format.format, terminal),
        Command::Summary { filter, format } => {
            let dataset = load()?;
            dataset.check_topics(&filter.topic)?;
            let summary = Summary::of(&dataset.select(&filter.to_filter()));
            render::summary(&summary, format.format, terminal)
        }
        Command::Completions { shell } => {
            let dataset = load()?;
            let ids: Vec<&str> = dataset.agreements.iter().map(|r| r.id.as_str()).collect();
            let mut command = cli::completion_command(&ids, &dataset.topics());
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut command, "agreements", &mut script);
            return Ok(script);
        }
        Command::Man => {
            let mut page = Vec::new();
            // Rendering into memory cannot fail.
            let _ = clap_mangen::Man::new(Cli::command()).render(&mut page);
            return Ok(page);
        }
    };
    Ok(text.into_bytes())
}
