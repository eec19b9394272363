//! One file per command: its arguments (their doc comments are the help), its help examples and
//! its `run`, which answers without printing. Adding a command is a file here, a variant of
//! [`super::Command`] and an arm of [`run`].

mod about;
#[cfg(feature = "browse")]
mod browse;
mod cite;
mod completions;
mod convert;
mod deferred;
#[cfg(feature = "export")]
mod export;
mod graph;
mod list;
mod man;
mod parties;
mod search;
mod show;
mod summary;
mod timeline;
mod topics;
mod validate;

pub use about::AboutArgs;
#[cfg(feature = "browse")]
pub use browse::BrowseArgs;
pub use cite::CiteArgs;
pub use completions::CompletionsArgs;
pub use convert::ConvertArgs;
pub use deferred::Deferred;
#[cfg(feature = "export")]
pub use export::ExportArgs;
pub use graph::GraphArgs;
pub use list::ListArgs;
pub use search::SearchArgs;
pub use show::ShowArgs;
pub use summary::{SelectArgs, SummaryArgs};
pub use timeline::TimelineArgs;
pub use validate::ValidateArgs;

/// Each command's help examples, by command.
pub mod examples {
    pub use super::about::EXAMPLES as ABOUT;
    #[cfg(feature = "browse")]
    pub use super::browse::EXAMPLES as BROWSE;
    pub use super::cite::EXAMPLES as CITE;
    pub use super::convert::EXAMPLES as CONVERT;
    #[cfg(feature = "export")]
    pub use super::export::EXAMPLES as EXPORT;
    pub use super::graph::EXAMPLES as GRAPH;
    pub use super::list::EXAMPLES as LIST;
    pub use super::parties::EXAMPLES as PARTIES;
    pub use super::search::EXAMPLES as SEARCH;
    pub use super::show::EXAMPLES as SHOW;
    pub use super::summary::EXAMPLES as SUMMARY;
    pub use super::timeline::EXAMPLES as TIMELINE;
    pub use super::topics::EXAMPLES as TOPICS;
    pub use super::validate::EXAMPLES as VALIDATE;
}

use super::{Answer, Cli, Command, Failure, FilterArgs};
use agreements::load::{self, LoadError};
use agreements::render::{self, Format, Terminal};
use agreements::{Agreement, Dataset};
use std::path::Path;

/// Answers the command, rendered, without printing anything: `main` writes the answer once.
pub fn run(cli: &Cli, terminal: Terminal) -> Result<Answer, Failure> {
    let context = Context { cli, terminal };
    match &cli.command {
        Command::List(Deferred(args)) => list::run(args, &context),
        Command::Show(Deferred(args)) => show::run(args, &context),
        #[cfg(feature = "browse")]
        Command::Browse(Deferred(args)) => browse::run(args, &context),
        Command::Search(Deferred(args)) => search::run(args, &context),
        Command::Summary(Deferred(args)) => summary::run(args, &context),
        Command::Timeline(Deferred(args)) => timeline::run(args, &context),
        Command::Graph(Deferred(args)) => graph::run(args, &context),
        Command::Parties(Deferred(args)) => parties::run(args, &context),
        Command::Topics(Deferred(args)) => topics::run(args, &context),
        Command::Cite(Deferred(args)) => cite::run(args, &context),
        Command::About(Deferred(args)) => about::run(args, &context),
        Command::Validate(Deferred(args)) => validate::run(args, &context),
        Command::Convert(Deferred(args)) => convert::run(args, &context),
        #[cfg(feature = "export")]
        Command::Export(Deferred(args)) => export::run(args, &context),
        Command::Completions(Deferred(args)) => completions::run(args, &context),
        Command::Man => man::run(),
    }
}

/// What every command's `run` gets: the options all commands share, and the terminal.
pub struct Context<'a> {
    /// The parsed command line.
    pub cli: &'a Cli,
    /// The terminal's width and colour, decided once.
    pub terminal: Terminal,
}

impl Context<'_> {
    /// The dataset of `--data` (or the environment), or the embedded one.
    pub fn load(&self) -> Result<&'static Dataset, LoadError> {
        self.load_path(self.cli.data_path())
    }

    /// The dataset at `path`, or the embedded one. It lives until the process ends, so it is
    /// leaked rather than dropped: freeing a million records' strings one by one at exit costs
    /// a tenth of a large run (callgrind).
    pub fn load_path(&self, path: Option<&Path>) -> Result<&'static Dataset, LoadError> {
        let dataset = match path {
            Some(path) => load::from_path_limited(path, self.cli.max_size)?.dataset,
            // Built by compiled code, which parses nothing.
            None => load::embedded(),
        };
        Ok(Box::leak(Box::new(dataset)))
    }

    /// The dataset and the records that pass the filters, once the topics are known to exist.
    pub fn select(
        &self,
        filter: &FilterArgs,
    ) -> Result<(&'static Dataset, Vec<&'static Agreement>), Failure> {
        let dataset = self.load()?;
        dataset.check_topics(&filter.topic)?;
        dataset.check_events(&filter.event)?;
        let filter = filter.to_filter(&dataset.synonyms);
        Ok((dataset, dataset.select(&filter)))
    }
}

/// The line on stderr that says how many documents the official lists name that no record
/// holds ([`Dataset::scope`]), for a `format` whose output has no place for it; empty for the
/// formats that say it themselves (`said_in`), or when there are none.
fn unrecorded_note(unrecorded: usize, format: Format, said_in: &[Format]) -> String {
    match said_in.contains(&format) {
        true => String::new(),
        false => render::unrecorded_line(unrecorded, None),
    }
}
