//! Every clap definition of the command line, and the one bridge from arguments to the library's
//! [`Query`]. Doc comments here are the `--help` text.

use agreements::date::Date;
use agreements::field::Field;
use agreements::query::SortKey;
use agreements::render::Format;
use agreements::render::cite::CiteStyle;
use agreements::render::graph::GraphFormat;
use agreements::vocab::{Country, Kind, Sector};
use agreements::{Filter, Query};
use clap::builder::{OsStringValueParser, PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};

mod exit;
mod help;
mod run;
mod terminal;
mod vocabulary_parser;

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
    /// Show every field of one agreement, with its key terms and sources
    #[command(help_template = HELP_TEMPLATE, before_help = SHOW_EXAMPLES)]
    Show {
        /// The agreement's id, as `list` shows it
        id: String,
        #[command(flatten)]
        format: FormatArg,
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
    /// Count agreements by sector, kind, country and confidence
    #[command(help_template = HELP_TEMPLATE, before_help = SUMMARY_EXAMPLES)]
    Summary {
        #[command(flatten)]
        filter: FilterArgs,
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
    /// The parties network: organisations as nodes, agreements as edges (Graphviz, Mermaid, JSON)
    #[command(help_template = HELP_TEMPLATE, before_help = GRAPH_EXAMPLES)]
    Graph {
        #[command(flatten)]
        filter: FilterArgs,
        /// Output format: dot (Graphviz), mermaid or json
        #[arg(long, value_name = "FORMAT", default_value = "dot", value_parser = VocabularyParser::<GraphFormat>::new())]
        format: GraphFormat,
    },
    /// The visit day by day: what happened and which documents were signed each day
    #[command(help_template = HELP_TEMPLATE, before_help = TIMELINE_EXAMPLES)]
    Timeline {
        #[command(flatten)]
        filter: FilterArgs,
        #[command(flatten)]
        format: FormatArg,
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

/// The output format option, shared by every command that prints records.
#[derive(Debug, Args)]
pub struct FormatArg {
    /// Output format: a table for people, or json, jsonl, csv, tsv, markdown
    #[arg(long, value_name = "FORMAT", default_value = "table", value_parser = VocabularyParser::<Format>::new())]
    pub format: Format,
}

/// The filters shared by `list`, `summary`, `timeline` and `graph`. Repeat an option, or give a comma list, to mean
/// "any of these"; different options must all match.
#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only agreements in this sector
    #[arg(long, value_name = "SECTOR", value_delimiter = ',', value_parser = VocabularyParser::<Sector>::new())]
    sector: Vec<Sector>,

    /// Only agreements of this kind
    #[arg(long, value_name = "KIND", value_delimiter = ',', value_parser = VocabularyParser::<Kind>::new())]
    kind: Vec<Kind>,

    /// Only agreements with a party from this country (RU, Russia, CN, China, PRC, MN...)
    #[arg(long, value_name = "COUNTRY", value_delimiter = ',', value_parser = VocabularyParser::<Country>::new())]
    country: Vec<Country>,

    /// Only agreements with this topic (gas, nuclear, lunar, veterinary...)
    #[arg(long, value_name = "TOPIC", value_delimiter = ',')]
    pub topic: Vec<String>,

    /// Only agreements with a party whose name contains this (case-insensitive)
    #[arg(long, value_name = "NAME")]
    party: Option<String>,

    /// Only agreements signed on or after this date (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    signed_after: Option<Date>,

    /// Only agreements signed on or before this date (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    signed_before: Option<Date>,

    /// Only the documents on the Kremlin's official list
    #[arg(long, conflicts_with = "not_official")]
    official: bool,

    /// Only the documents announced beside the official list
    #[arg(long)]
    not_official: bool,

    /// Only agreements whose text contains every word of this (case-insensitive)
    #[arg(long, value_name = "TEXT")]
    search: Option<String>,
}

/// Ordering and truncation for `list`.
#[derive(Debug, Args)]
pub struct OrderArgs {
    /// Order by this field (ties keep dataset order)
    #[arg(long, value_name = "KEY", value_parser = VocabularyParser::<SortKey>::new())]
    sort: Option<SortKey>,

    /// Reverse the order
    #[arg(long)]
    reverse: bool,

    /// Show at most this many agreements
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
}

impl FilterArgs {
    /// The library filter these arguments describe.
    pub fn to_filter(&self) -> Filter {
        Filter {
            sectors: self.sector.clone(),
            kinds: self.kind.clone(),
            countries: self.country.clone(),
            topics: self.topic.clone(),
            party: self.party.clone(),
            signed_after: self.signed_after,
            signed_before: self.signed_before,
            official_list: match (self.official, self.not_official) {
                (true, _) => Some(true),
                (_, true) => Some(false),
                _ => None,
            },
            search: self.search.clone(),
        }
    }
}

impl OrderArgs {
    /// The library query for `filter` in this order.
    pub fn to_query(&self, filter: &FilterArgs) -> Query {
        Query {
            filter: filter.to_filter(),
            sort: self.sort,
            reverse: self.reverse,
            limit: self.limit,
        }
    }
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
