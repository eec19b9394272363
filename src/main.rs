//! The `agreements` binary: parse arguments, load the dataset, answer, print the answer.

mod cli;

use agreements::sanitize::for_terminal;
use cli::{Code, Output};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    // Asked before any file is opened, which could take a closed stdout's number.
    let stdout_is_open = cli::stdout_is_open();
    let cli = match cli::parse() {
        Ok(cli) => cli,
        // Help and version go to stdout, usage errors to stderr; either may fail to be written.
        Err(error) => {
            let code = if error.exit_code() == 0 {
                Code::Success
            } else {
                Code::Usage
            };
            let printed = error.print().and_then(|()| std::io::stdout().flush());
            return finish(printed, code, None);
        }
    };
    let answer = match cli::run(&cli, cli::detect_terminal(cli.color)) {
        Ok(answer) => answer,
        Err(failure) => {
            // Messages quote the dataset and the command line: show, never obey, their escapes.
            eprintln!("agreements: {}", for_terminal(&failure.to_string()));
            return failure.exit_code().into();
        }
    };
    let written = match answer.stdout {
        Output::Text(text) if text.is_empty() => Ok(()),
        _ if !stdout_is_open => Err(std::io::Error::other("standard output is closed")),
        // Straight to stdout as it is made, unless a pager may want the whole text.
        Output::Stream(write) if !cli::pager::may_page(cli.no_pager) => {
            let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            write(&mut stdout).and_then(|()| stdout.flush())
        }
        output => {
            let text = output.into_bytes();
            cli::pager::page(&text, cli.no_pager).and_then(|paged| {
                if paged {
                    return Ok(());
                }
                let mut stdout = std::io::stdout().lock();
                stdout.write_all(&text).and_then(|()| stdout.flush())
            })
        }
    };
    finish(written, answer.exit_code, answer.notice.as_deref())
}

/// `code` when the output was written, else the output error's code: the one place a write
/// error is judged. `notice`, a report and not output, follows output that reached its reader,
/// the last thing a person sees; never a failed write, whose error it would bury.
fn finish(written: std::io::Result<()>, code: Code, notice: Option<&str>) -> ExitCode {
    let code = match written {
        Ok(()) => code,
        // A reader that stops early (`agreements list | head -1`) is not an error: it got what
        // it wanted, so a closed pipe ends the program quietly and successfully.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Code::Success,
        Err(error) => {
            eprintln!(
                "agreements: cannot write output: {}",
                for_terminal(&error.to_string())
            );
            return Code::Output.into();
        }
    };
    if let Some(notice) = notice {
        let _ = std::io::stderr().write_all(for_terminal(notice).as_bytes());
    }
    code.into()
}
