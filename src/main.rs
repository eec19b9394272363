//! The `agreements` binary: parse arguments, load the dataset, answer, print once.

mod cli;

use agreements::sanitize::for_terminal;
use clap::Parser;
use cli::Cli;
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    #[cfg(unix)]
    cli::sigbus::install();
    let cli = Cli::parse();
    let answer = match cli::run(&cli, cli::detect_terminal(cli.color)) {
        Ok(answer) => answer,
        Err(failure) => {
            // Messages quote the dataset and the command line: show, never obey, their escapes.
            eprintln!("agreements: {}", for_terminal(&failure.to_string()));
            return ExitCode::from(failure.exit_code());
        }
    };
    match std::io::stdout().lock().write_all(&answer.stdout) {
        Ok(()) => ExitCode::from(answer.exit_code),
        // A reader that stops early (`agreements list | head -1`) is not an error: it got what
        // it wanted, so a closed pipe ends the program quietly and successfully.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("agreements: cannot write output: {error}");
            ExitCode::FAILURE
        }
    }
}
