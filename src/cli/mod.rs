//! Every clap definition of the command line: the commands here, the options they share in
//! `args` (with the one bridge from arguments to the library's `Query`). Doc comments are the
//! `--help` text.

use agreements::date::Date;
use agreements::field::Field;
use agreements::render::cite::CiteStyle;
use agreements::render::graph::GraphFormat;
use clap::builder::{OsStringValueParser, PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};

mod args;
mod exit;
mod help;
mod run;
mod terminal;
mod vocabulary_parser;

pub use args::{FilterArgs, FormatArg, OrderArgs};
pub use exit::{Answer, Failure};
use help::{
    CITE_EXAMPLES, CONVERT_EXAMPLES, EXAMPLES, EXIT_CODES, GRAPH_EXAMPLES, HELP_TEMPLATE,
    LIST_EXAMPLES, SEARCH_EXAMPLES, SHOW_EXAMPLES, SUMMARY_EXAMPLES, TIMELINE_EXAMPLES,
    VALIDATE_EXAMPLES,
};
pub use run::run;
pub use terminal::{ColorChoice, detect as detect_terminal};
use vocabulary_parser::VocabularyParser;

/// Explore the documents Russia and China signed during Putin's official visit to China
/// (31 Aug - 3 Sep 2025), with their sources.
#[derive(Debug, Parser)]
#[command(
    name = "agreements",
    version,
    help_template = HELP_TEMPLATE,
    before_help = EXAMPLES,
    after_help = EXIT_CODES
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

/// What to do.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List agreements: filter, sort, pick fields, choose a format
    #[command(help_template = HELP_TEMPLATE, before_help = LIST_EXAMPLES)]
    List {
        #[command(flatten)]
        filter: FilterArgs,
        #[command(flatten)]
        order: OrderArgs,
        /// Show these fields, in this order (comma list)
        #[arg(long, value_name = "FIELD", value_delimiter = ',', value_parser = VocabularyParser::<Field>::new())]
        fields: Vec<Field>,
        #[command(flatten)]
        format: FormatArg,
    },
    /// Show every field of one agreement, with its key terms, related documents and sources
    #[command(help_template = HELP_TEMPLATE, before_help = SHOW_EXAMPLES)]
    Show {
        /// The agreement's id, as `list` shows it
        id: String,
        #[command(flatten)]
        format: FormatArg,
    },
    /// Search titles, parties, key terms, summaries and notes; best matches first
    #[command(help_template = HELP_TEMPLATE, before_help = SEARCH_EXAMPLES)]
    Search {
        /// Words to look for; put a phrase in double quotes ("power of siberia")
        #[arg(required = true, value_name = "QUERY")]
        query: Vec<String>,
        /// Show at most this many results
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
        #[command(flatten)]
        format: FormatArg,
    },
    /// Count agreements by sector, kind, country and confidence
    #[command(help_template = HELP_TEMPLATE, before_help = SUMMARY_EXAMPLES)]
    Summary {
        #[command(flatten)]
        filter: FilterArgs,
        #[command(flatten)]
        format: FormatArg,
    },
    /// The visit day by day: what happened and which documents were signed each day
    #[command(help_template = HELP_TEMPLATE, before_help = TIMELINE_EXAMPLES)]
    Timeline {
        #[command(flatten)]
        filter: FilterArgs,
        #[command(flatten)]
        format: FormatArg,
    },
    /// The parties network: organisations as nodes, agreements as edges (Graphviz, Mermaid, JSON)
    #[command(help_template = HELP_TEMPLATE, before_help = GRAPH_EXAMPLES)]
    Graph {
        #[command(flatten)]
        filter: FilterArgs,
        /// Output format: dot (Graphviz), mermaid or json
        #[arg(long, value_name = "FORMAT", default_value = "dot", value_parser = VocabularyParser::<GraphFormat>::new())]
        format: GraphFormat,
    },
    /// Cite one agreement with its primary sources: text, BibTeX or CSL-JSON
    #[command(help_template = HELP_TEMPLATE, before_help = CITE_EXAMPLES)]
    Cite {
        /// The agreement's id, as `list` shows it
        id: String,
        /// Citation style: text, bibtex or csl-json
        #[arg(long, value_name = "STYLE", default_value = "text", value_parser = VocabularyParser::<CiteStyle>::new())]
        style: CiteStyle,
        /// The date you accessed the sources (YYYY-MM-DD; default: today)
        #[arg(long, value_name = "DATE")]
        accessed: Option<Date>,
    },
    /// Check a dataset and report every problem with its line and column
    #[command(help_template = HELP_TEMPLATE, before_help = VALIDATE_EXAMPLES)]
    Validate {
        /// The dataset to check (default: --data, AGREEMENTS_DATA, or the embedded one)
        path: Option<PathBuf>,
        #[command(flatten)]
        format: FormatArg,
    },
    /// Write a dataset as JSON or TOML on stdout (JSON loads several times faster)
    #[command(help_template = HELP_TEMPLATE, before_help = CONVERT_EXAMPLES)]
    Convert {
        /// The dataset to convert (default: --data, AGREEMENTS_DATA, or the embedded one)
        path: Option<PathBuf>,
        /// The format to write
        #[arg(long, value_enum)]
        to: DataFormat,
    },
    /// Print a shell completion script (agreement ids and topics included)
    Completions {
        /// The shell to complete for
        shell: clap_complete::Shell,
    },
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

/// The command line for shell completion: like [`Cli::command`], but `show` completes these ids
/// and `--topic` these topics.
pub fn completion_command(ids: &[&str], topics: &[&str]) -> clap::Command {
    let values = |words: &[&str]| {
        PossibleValuesParser::new(words.iter().map(|w| PossibleValue::new(w.to_string())))
    };
    let (ids, topics) = (values(ids), values(topics));
    Cli::command()
        .mut_subcommand("show", |show| {
            show.mut_arg("id", |arg| arg.value_parser(ids.clone()))
        })
        .mut_subcommand("cite", |cite| {
            cite.mut_arg("id", |arg| arg.value_parser(ids))
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
