//! The command line: the top-level options and the list of commands here; each command in its
//! own file under `commands/` (its arguments, help examples and `run`); the options commands
//! share in `args` (with the one bridge from arguments to the library's `Query`); exit codes in
//! `exit`. Doc comments are the `--help` text.

use agreements::validate::syntax;
use clap::builder::{OsStringValueParser, PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};

mod answer;
mod args;
mod commands;
#[cfg(feature = "export")]
mod destination;
mod exit;
pub(crate) mod help;
#[cfg(feature = "export")]
pub mod interrupt;
pub mod pager;
mod size;
mod terminal;
#[cfg(feature = "browse")]
mod tui;
mod vocabulary_parser;

pub use answer::{Answer, Output};
pub use args::{FilterArgs, FormatArg, OrderArgs};
#[cfg(feature = "browse")]
pub use commands::BrowseArgs;
#[cfg(feature = "export")]
pub use commands::ExportArgs;
use commands::examples;
pub use commands::{
    AboutArgs, CiteArgs, CompletionsArgs, ConvertArgs, Deferred, GraphArgs, ListArgs, SearchArgs,
    SelectArgs, ShowArgs, SummaryArgs, TimelineArgs, ValidateArgs, run,
};
pub use exit::{Code, Failure};
use help::{EXAMPLES, HELP_TEMPLATE};
pub use terminal::{ColorChoice, detect as detect_terminal, stdout_is_open};

/// Explore the documents Russia and China signed at Xi Jinping's visit to Moscow (7-10 May 2025)
/// and Putin's visit to China (31 Aug - 3 Sep 2025), with their sources.
#[derive(Debug, Parser)]
#[command(
    name = "agreements",
    // The program's version and the embedded dataset's (data/agreements.toml's own `version`):
    // the two are released together but counted apart (CHANGELOG.md).
    version = concat!(env!("CARGO_PKG_VERSION"), " (data ", env!("AGREEMENTS_DATA_VERSION"), ")"),
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

    /// Never send long output to a pager (by default a terminal gets $AGREEMENTS_PAGER, $PAGER
    /// or `less -FRX` when the output is taller than the screen)
    #[arg(long, global = true, display_order = 100)]
    pub no_pager: bool,

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
    #[command(help_template = HELP_TEMPLATE, before_help = examples::LIST)]
    List(Deferred<ListArgs>),
    /// Show every field of one agreement, with its key terms, related documents and sources
    #[command(help_template = HELP_TEMPLATE, before_help = examples::SHOW)]
    Show(Deferred<ShowArgs>),
    /// Explore interactively: filter as you type, follow related documents, open sources
    #[cfg(feature = "browse")]
    #[command(help_template = HELP_TEMPLATE, before_help = examples::BROWSE)]
    Browse(Deferred<BrowseArgs>),
    /// Search titles, parties, key terms, summaries and notes; best matches first
    #[command(help_template = HELP_TEMPLATE, before_help = examples::SEARCH)]
    Search(Deferred<SearchArgs>),
    /// Count agreements by sector, kind, country and confidence, or by one grouping (--by)
    #[command(help_template = HELP_TEMPLATE, before_help = examples::SUMMARY)]
    Summary(Deferred<SummaryArgs>),
    /// Every signing organisation with its country, other names and documents
    #[command(help_template = HELP_TEMPLATE, before_help = examples::PARTIES)]
    Parties(Deferred<SelectArgs>),
    /// Every topic with how many agreements have it
    #[command(help_template = HELP_TEMPLATE, before_help = examples::TOPICS)]
    Topics(Deferred<SelectArgs>),
    /// Each visit day by day, the documents signed each day, then what happened after the signing
    #[command(help_template = HELP_TEMPLATE, before_help = examples::TIMELINE)]
    Timeline(Deferred<TimelineArgs>),
    /// The parties network: organisations as nodes, agreements as edges (Graphviz, Mermaid, JSON)
    #[command(help_template = HELP_TEMPLATE, before_help = examples::GRAPH)]
    Graph(Deferred<GraphArgs>),
    /// Cite one agreement with its primary sources: text, BibTeX or CSL-JSON
    #[command(help_template = HELP_TEMPLATE, before_help = examples::CITE)]
    Cite(Deferred<CiteArgs>),
    /// The dataset and its visits: version, licence, days, context and what the leaders said
    #[command(help_template = HELP_TEMPLATE, before_help = examples::ABOUT)]
    About(Deferred<AboutArgs>),
    /// Check a dataset and report every problem with its line and column
    #[command(help_template = HELP_TEMPLATE, before_help = examples::VALIDATE)]
    Validate(Deferred<ValidateArgs>),
    /// Write a dataset as JSON, JSON Lines or TOML on stdout (JSON loads several times faster)
    #[command(help_template = HELP_TEMPLATE, before_help = examples::CONVERT)]
    Convert(Deferred<ConvertArgs>),
    /// Write related tables (agreements, parties, terms, sources, links...) as SQLite, a data
    /// package or xlsx
    #[cfg(feature = "export")]
    #[command(help_template = HELP_TEMPLATE, before_help = examples::EXPORT)]
    Export(Deferred<ExportArgs>),
    /// Print a shell completion script (agreement ids and topics included)
    Completions(Deferred<CompletionsArgs>),
    /// Print the manual page (roff); view it with `agreements man | man -l -`
    Man,
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

/// The command line for shell completion: like [`Cli::command`], but every command's `id` or
/// `ids` completes these ids and every `--topic` these topics (found by walking clap's command
/// tree, so a new command gets them without a line here). The scripts carry the words
/// unescaped, so only words in the character sets that validation enforces (no quote, `$`,
/// backquote or space) are kept: a loaded dataset has no other, and this holds even if a
/// caller skipped validation.
pub fn completion_command(ids: &[&str], topics: &[&str]) -> clap::Command {
    let values = |words: &[&str], safe: fn(&str) -> bool| {
        let safe_words = words.iter().filter(|w| safe(w));
        PossibleValuesParser::new(safe_words.map(|w| PossibleValue::new(w.to_string())))
    };
    let ids = values(ids, syntax::is_kebab_case);
    let topics = values(topics, syntax::is_topic);
    let mut command = built_command();
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for name in names {
        command = command.mut_subcommand(name, |mut sub| {
            let has = |sub: &clap::Command, id: &str| sub.get_arguments().any(|a| a.get_id() == id);
            for arg in ["id", "ids"] {
                if has(&sub, arg) {
                    sub = sub.mut_arg(arg, |a| a.value_parser(ids.clone()));
                }
            }
            if has(&sub, "topic") {
                sub = sub.mut_arg("topic", |a| a.value_parser(topics.clone()));
            }
            sub
        });
    }
    command
}

#[cfg(test)]
mod tests;
