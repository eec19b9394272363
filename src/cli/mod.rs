//! Every clap definition of the command line: the commands here, each command's own arguments
//! in `commands`, the options they share in `args` (with the one bridge from arguments to the
//! library's `Query`). Doc comments are the `--help` text.

use agreements::validate::syntax;
use clap::builder::{OsStringValueParser, PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};

mod args;
mod commands;
mod exit;
mod help;
mod run;
#[cfg(unix)]
pub mod sigbus;
mod size;
mod terminal;
mod vocabulary_parser;

pub use args::{FilterArgs, FormatArg, OrderArgs};
pub use commands::{
    AboutArgs, CiteArgs, CompletionsArgs, ConvertArgs, Deferred, GraphArgs, ListArgs, SearchArgs,
    SelectArgs, ShowArgs, ValidateArgs,
};
pub use exit::{Answer, Code, Failure};
use help::{
    ABOUT_EXAMPLES, CITE_EXAMPLES, CONVERT_EXAMPLES, EXAMPLES, GRAPH_EXAMPLES, HELP_TEMPLATE,
    LIST_EXAMPLES, SEARCH_EXAMPLES, SHOW_EXAMPLES, SUMMARY_EXAMPLES, TIMELINE_EXAMPLES,
    VALIDATE_EXAMPLES,
};
pub use run::run;
pub use terminal::{ColorChoice, detect as detect_terminal};

/// Explore the documents Russia and China signed during Putin's official visit to China
/// (31 Aug - 3 Sep 2025), with their sources.
#[derive(Debug, Parser)]
#[command(
    name = "agreements",
    version,
    help_template = HELP_TEMPLATE,
    before_help = EXAMPLES,
    after_help = Code::help()
)]
pub struct Cli {
    /// Read this dataset (TOML, or JSON if it ends in .json; - for stdin) instead of the embedded one
    #[arg(
        long,
        global = true,
        display_order = 100,
        env = "AGREEMENTS_DATA",
        value_name = "PATH",
        value_parser = OsStringValueParser::new().map(PathBuf::from)
    )]
    data: Option<PathBuf>,

    /// Read at most this much from standard input, a pipe or a device (bytes, or with K, M or G)
    #[arg(
        long,
        global = true,
        display_order = 100,
        env = "AGREEMENTS_MAX_SIZE",
        value_name = "SIZE",
        default_value = "1G",
        value_parser = size::parse
    )]
    pub max_size: u64,

    /// When to colour tables
    #[arg(
        long,
        global = true,
        value_name = "WHEN",
        value_enum,
        default_value_t,
        display_order = 100
    )]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// The dataset file to read, or `None` for the embedded dataset. An empty `--data` or
    /// `AGREEMENTS_DATA` means the embedded one, so `AGREEMENTS_DATA= agreements ...` works.
    pub fn data_path(&self) -> Option<&Path> {
        self.data
            .as_deref()
            .filter(|path| !path.as_os_str().is_empty())
    }
}

/// What to do. Each command's arguments are [`Deferred`]: clap builds them only for the command
/// that runs.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List agreements: filter, sort, pick fields, choose a format
    #[command(help_template = HELP_TEMPLATE, before_help = LIST_EXAMPLES)]
    List(Deferred<ListArgs>),
    /// Show every field of one agreement, with its key terms, related documents and sources
    #[command(help_template = HELP_TEMPLATE, before_help = SHOW_EXAMPLES)]
    Show(Deferred<ShowArgs>),
    /// Search titles, parties, key terms, summaries and notes; best matches first
    #[command(help_template = HELP_TEMPLATE, before_help = SEARCH_EXAMPLES)]
    Search(Deferred<SearchArgs>),
    /// Count agreements by sector, kind, country and confidence
    #[command(help_template = HELP_TEMPLATE, before_help = SUMMARY_EXAMPLES)]
    Summary(Deferred<SelectArgs>),
    /// The visit day by day: what happened and which documents were signed each day
    #[command(help_template = HELP_TEMPLATE, before_help = TIMELINE_EXAMPLES)]
    Timeline(Deferred<SelectArgs>),
    /// The parties network: organisations as nodes, agreements as edges (Graphviz, Mermaid, JSON)
    #[command(help_template = HELP_TEMPLATE, before_help = GRAPH_EXAMPLES)]
    Graph(Deferred<GraphArgs>),
    /// Cite one agreement with its primary sources: text, BibTeX or CSL-JSON
    #[command(help_template = HELP_TEMPLATE, before_help = CITE_EXAMPLES)]
    Cite(Deferred<CiteArgs>),
    /// The dataset and the visit: version, licence, days, context and what the leaders said
    #[command(help_template = HELP_TEMPLATE, before_help = ABOUT_EXAMPLES)]
    About(Deferred<AboutArgs>),
    /// Check a dataset and report every problem with its line and column
    #[command(help_template = HELP_TEMPLATE, before_help = VALIDATE_EXAMPLES)]
    Validate(Deferred<ValidateArgs>),
    /// Write a dataset as JSON or TOML on stdout (JSON loads several times faster)
    #[command(help_template = HELP_TEMPLATE, before_help = CONVERT_EXAMPLES)]
    Convert(Deferred<ConvertArgs>),
    /// Print a shell completion script (agreement ids and topics included)
    Completions(Deferred<CompletionsArgs>),
    /// Print the manual page (roff); view it with `agreements man | man -l -`
    Man,
}

/// A dataset file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DataFormat {
    /// JSON, as `--data file.json` reads it
    Json,
    /// TOML, like data/agreements.toml
    Toml,
}

/// Parses the command line. clap's own help and errors follow `--color` too: `never` wins over
/// `CLICOLOR_FORCE`, as it does for tables.
pub fn parse() -> Result<Cli, clap::Error> {
    let mut command = Cli::command();
    command = match requested_color(std::env::args_os()) {
        Some(ColorChoice::Never) => command.color(clap::ColorChoice::Never),
        Some(ColorChoice::Always) => command.color(clap::ColorChoice::Always),
        Some(ColorChoice::Auto) | None => command,
    };
    let matches = command.try_get_matches_from_mut(std::env::args_os())?;
    Cli::from_arg_matches(&matches).map_err(|error| error.format(&mut command))
}

/// The last `--color WHEN` or `--color=WHEN` among `args`, read before clap parses them so that
/// clap's own output can follow it.
fn requested_color(args: impl IntoIterator<Item = std::ffi::OsString>) -> Option<ColorChoice> {
    let args: Vec<String> = args
        .into_iter()
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    let mut choice = None;
    // After `--`, words are values (a search for "--color"), not options.
    let options = args.iter().take_while(|arg| *arg != "--");
    for (i, arg) in options.enumerate() {
        let value = match arg.strip_prefix("--color") {
            Some("") => args.get(i + 1).map(String::as_str),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        if let Some(parsed) = value.and_then(|v| ColorChoice::from_str(v, true).ok()) {
            choice = Some(parsed);
        }
    }
    choice
}

/// [`Cli::command`] with every command's arguments in place, as completion scripts and the
/// manual page need them ([`Deferred`] leaves them out until a command is parsed).
pub fn built_command() -> clap::Command {
    let mut command = Cli::command();
    command.build();
    command
}

/// The command line for shell completion: like [`Cli::command`], but `show` completes these ids
/// and `--topic` these topics. The scripts carry the words unescaped, so only words in the
/// character sets that validation enforces (no quote, `$`, backquote or space) are kept: a loaded
/// dataset has no other, and this holds even if a caller skipped validation.
pub fn completion_command(ids: &[&str], topics: &[&str]) -> clap::Command {
    let values = |words: &[&str], safe: fn(&str) -> bool| {
        let safe_words = words.iter().filter(|w| safe(w));
        PossibleValuesParser::new(safe_words.map(|w| PossibleValue::new(w.to_string())))
    };
    let ids = values(ids, syntax::is_kebab_case);
    let topics = values(topics, syntax::is_topic);
    built_command()
        .mut_subcommand("show", |show| {
            show.mut_arg("id", |arg| arg.value_parser(ids.clone()))
        })
        .mut_subcommand("cite", |cite| {
            cite.mut_arg("ids", |arg| arg.value_parser(ids))
                .mut_arg("topic", |arg| arg.value_parser(topics.clone()))
        })
        .mut_subcommand("list", |list| {
            list.mut_arg("topic", |arg| arg.value_parser(topics.clone()))
        })
        .mut_subcommand("summary", |summary| {
            summary.mut_arg("topic", |arg| arg.value_parser(topics.clone()))
        })
        .mut_subcommand("timeline", |timeline| {
            timeline.mut_arg("topic", |arg| arg.value_parser(topics.clone()))
        })
        .mut_subcommand("graph", |graph| {
            graph.mut_arg("topic", |arg| arg.value_parser(topics))
        })
}

#[cfg(test)]
mod tests;
