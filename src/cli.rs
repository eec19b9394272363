//! Every clap definition of the command line, and the one bridge from arguments to the library's
//! [`Filter`]. Doc comments here are the `--help` text.

use agreements::Filter;
use agreements::vocab::{Country, Kind, Sector, Vocabulary};
use clap::builder::{OsStringValueParser, PossibleValue, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::ffi::OsStr;
use std::marker::PhantomData;
use std::path::{Path, PathBuf};

const AFTER_HELP: &str = "\
Examples:
  agreements list --sector energy
  agreements show power-of-siberia-2
  agreements list --party tsinghua --format json
  agreements summary

Exit codes:
  0  success (an empty list too)
  1  not found: no agreement has that id
  2  usage error: unknown option, command or value
  3  dataset error: missing, unreadable, malformed or invalid data file";

/// Explore the documents Russia and China signed during Putin's official visit to China
/// (31 Aug - 3 Sep 2025), with their sources.
#[derive(Debug, Parser)]
#[command(name = "agreements", version, after_help = AFTER_HELP)]
pub struct Cli {
    /// Read this TOML dataset instead of the embedded one (empty: the embedded one)
    #[arg(
        long,
        global = true,
        env = "AGREEMENTS_DATA",
        value_name = "PATH",
        value_parser = OsStringValueParser::new().map(PathBuf::from)
    )]
    data: Option<PathBuf>,

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
    /// List agreements, optionally filtered
    List {
        #[command(flatten)]
        filter: FilterArgs,
        /// Output format
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Show every field of one agreement, with its key terms and sources
    Show {
        /// The agreement's id, as `list` shows it (e.g. power-of-siberia-2)
        id: String,
        /// Output format
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Count agreements by sector, kind, country and confidence
    Summary {
        #[command(flatten)]
        filter: FilterArgs,
        /// Output format
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
}

/// How results are printed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A table for people
    #[default]
    Table,
    /// JSON for scripts (field names as in the README)
    Json,
}

/// The filters shared by `list` and `summary`. Repeat an option, or give a comma list, to mean
/// "any of these".
#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only agreements in this sector
    #[arg(long, value_name = "SECTOR", value_delimiter = ',', value_parser = VocabularyParser::<Sector>::new())]
    pub sector: Vec<Sector>,

    /// Only agreements of this kind
    #[arg(long, value_name = "KIND", value_delimiter = ',', value_parser = VocabularyParser::<Kind>::new())]
    pub kind: Vec<Kind>,

    /// Only agreements with a party from this country (RU, Russia, CN, China, PRC, MN...)
    #[arg(long, value_name = "COUNTRY", value_delimiter = ',', value_parser = VocabularyParser::<Country>::new())]
    pub country: Vec<Country>,

    /// Only agreements with a party whose name contains this (case-insensitive)
    #[arg(long, value_name = "NAME")]
    pub party: Option<String>,

    /// Only the documents on the Kremlin's official list
    #[arg(long, conflicts_with = "not_official")]
    pub official: bool,

    /// Only the documents announced beside the official list
    #[arg(long)]
    pub not_official: bool,

    /// Only agreements whose text contains every word of this (case-insensitive)
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
}

impl FilterArgs {
    /// The library filter these arguments describe.
    pub fn to_filter(&self) -> Filter {
        Filter {
            sectors: self.sector.clone(),
            kinds: self.kind.clone(),
            countries: self.country.clone(),
            party: self.party.clone(),
            official_list: match (self.official, self.not_official) {
                (true, _) => Some(true),
                (_, true) => Some(false),
                _ => None,
            },
            search: self.search.clone(),
        }
    }
}

/// Parses a vocabulary word with the library's did-you-mean error, and tells clap the valid
/// words for `--help` and shell completion.
#[derive(Debug, Clone, Copy)]
pub struct VocabularyParser<V>(PhantomData<V>);

impl<V> VocabularyParser<V> {
    fn new() -> Self {
        VocabularyParser(PhantomData)
    }
}

impl<V: Vocabulary + Send + Sync> TypedValueParser for VocabularyParser<V> {
    type Value = V;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<V, clap::Error> {
        let parse = |text: &str| V::parse(text);
        parse.parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            V::ALL.iter().map(|value| PossibleValue::new(value.name())),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definitions_are_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn filter_args_map_to_the_library_filter() {
        let cli = Cli::try_parse_from([
            "agreements",
            "list",
            "--sector",
            "energy,space",
            "--country",
            "china",
            "--not-official",
        ])
        .unwrap();
        let Command::List { filter, .. } = cli.command else {
            panic!("expected list");
        };
        let filter = filter.to_filter();
        assert_eq!(filter.sectors, vec![Sector::Energy, Sector::Space]);
        assert_eq!(filter.countries, vec![Country::Cn]);
        assert_eq!(filter.official_list, Some(false));
    }

    #[test]
    fn official_and_not_official_conflict() {
        let result = Cli::try_parse_from(["agreements", "list", "--official", "--not-official"]);
        assert_eq!(
            result.unwrap_err().kind(),
            clap::error::ErrorKind::ArgumentConflict
        );
    }
}
