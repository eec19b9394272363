//! `agreements completions`: a shell completion script that also completes the dataset's ids
//! and topics.

use super::Context;
use crate::cli::{Answer, Failure};
use clap::Args;

/// `completions`: the shell.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    pub shell: clap_complete::Shell,
}

pub fn run(args: &CompletionsArgs, context: &Context) -> Result<Answer, Failure> {
    let dataset = context.load()?;
    let ids: Vec<&str> = dataset.agreements.iter().map(|r| r.id.as_ref()).collect();
    let mut command = crate::cli::completion_command(&ids, &dataset.topics());
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "agreements", &mut script);
    Ok(script.into())
}
