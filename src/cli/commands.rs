//! Each command's own arguments, and [`Deferred`], which has clap build them only for the
//! command that runs.

use super::vocabulary_parser::VocabularyParser;
use super::{DataFormat, FilterArgs, FormatArg, OrderArgs};
use agreements::date::Date;
use agreements::field::Field;
use agreements::render::cite::CiteStyle;
use agreements::render::graph::GraphFormat;
use clap::builder::{Resettable, StyledStr};
use clap::{ArgMatches, Args, FromArgMatches};
use std::path::PathBuf;

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

/// `list`: filters, order, fields and format.
#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub order: OrderArgs,
    /// Show these fields, in this order (comma list; a field named twice is shown once)
    #[arg(long, value_name = "FIELD", value_delimiter = ',', value_parser = VocabularyParser::<Field>::new())]
    pub fields: Vec<Field>,
    #[command(flatten)]
    pub format: FormatArg,
}

/// `show`: one id and a format.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The agreement's id, as `list` shows it
    pub id: String,
    #[command(flatten)]
    pub format: FormatArg,
}

/// `search`: the query, a limit and a format.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to look for; put a phrase in double quotes ("power of siberia")
    #[arg(required = true, value_name = "QUERY")]
    pub query: Vec<String>,
    /// Show at most this many results
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    #[command(flatten)]
    pub format: FormatArg,
}

/// `summary` and `timeline`: filters and a format.
#[derive(Debug, Args)]
pub struct SelectArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub format: FormatArg,
}

/// `graph`: filters and a graph format.
#[derive(Debug, Args)]
pub struct GraphArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Output format: dot (Graphviz), mermaid or json
    #[arg(long, value_name = "FORMAT", default_value = "dot", value_parser = VocabularyParser::<GraphFormat>::new())]
    pub format: GraphFormat,
}

/// `cite`: ids or filters, a style, an access date and how many sources.
#[derive(Debug, Args)]
pub struct CiteArgs {
    /// The agreements' ids, as `list` shows them (none: every agreement the filters keep)
    #[arg(value_name = "ID")]
    pub ids: Vec<String>,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Citation style: text, line, bibtex, biblatex or csl-json
    #[arg(long, value_name = "STYLE", default_value = "text", value_parser = VocabularyParser::<CiteStyle>::new())]
    pub style: CiteStyle,
    /// The date you read the sources (YYYY-MM-DD); none is given unless you give it
    #[arg(long, value_name = "DATE")]
    pub accessed: Option<Date>,
    /// Name at most this many sources per document (primary sources first)
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub max_sources: usize,
}

/// `about`: a format.
#[derive(Debug, Args)]
pub struct AboutArgs {
    #[command(flatten)]
    pub format: FormatArg,
}

/// `validate`: a dataset path and a format.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The dataset to check (default: --data, AGREEMENTS_DATA, or the embedded one)
    pub path: Option<PathBuf>,
    #[command(flatten)]
    pub format: FormatArg,
}

/// `convert`: a dataset path and the format to write.
#[derive(Debug, Args)]
pub struct ConvertArgs {
    /// The dataset to convert (default: --data, AGREEMENTS_DATA, or the embedded one)
    pub path: Option<PathBuf>,
    /// The format to write
    #[arg(long, value_enum)]
    pub to: DataFormat,
}

/// `completions`: the shell.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    pub shell: clap_complete::Shell,
}
