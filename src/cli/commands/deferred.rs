//! [`Deferred`]: clap builds a command's arguments only for the command that runs.

use clap::builder::{Resettable, StyledStr};
use clap::{ArgMatches, Args, FromArgMatches};

/// A command's arguments, added to clap's command tree only when that command is parsed
/// ([`clap::Command::defer`]). Derived clap builds every command's arguments at every start; for
/// `agreements list` that was a fifth of the instructions the process runs (callgrind).
#[derive(Debug)]
pub struct Deferred<T>(pub T);

impl<T: FromArgMatches> FromArgMatches for Deferred<T> {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches(matches).map(Self)
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(matches)
    }
}

impl<T: Args> Args for Deferred<T> {
    fn augment_args(command: clap::Command) -> clap::Command {
        command.defer(|command| keep_about(command, T::augment_args))
    }

    fn augment_args_for_update(command: clap::Command) -> clap::Command {
        command.defer(|command| keep_about(command, T::augment_args_for_update))
    }
}

/// `augment(command)` with the command's own description: a derived `Args` sets its doc comment
/// as the description, which, added late, would replace the command's.
fn keep_about(
    command: clap::Command,
    augment: fn(clap::Command) -> clap::Command,
) -> clap::Command {
    let kept =
        |text: Option<&StyledStr>| text.cloned().map_or(Resettable::Reset, Resettable::Value);
    let (about, long_about) = (kept(command.get_about()), kept(command.get_long_about()));
    augment(command).about(about).long_about(long_about)
}
