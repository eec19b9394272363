//! Running a command: load the dataset, ask the library, render the answer. Nothing is printed
//! here; `main` writes the answer once.

use super::{
    Answer, Cli, Code, Command, CompletionsArgs, ConvertArgs, DataFormat, Deferred, Failure,
    FilterArgs, GraphArgs, ListArgs, SearchArgs, SelectArgs, ShowArgs, ValidateArgs,
};
use agreements::load::{self, LoadError};
use agreements::render::{self, Terminal, problems};
use agreements::search::SearchQuery;
use agreements::summary::Summary;
use agreements::{Agreement, Dataset};
use std::path::Path;

/// Answers the command, rendered, without printing anything.
pub fn run(cli: &Cli, terminal: Terminal) -> Result<Answer, Failure> {
    // The dataset lives until the process ends, so it is leaked rather than dropped: freeing a
    // million records' strings one by one at exit costs a tenth of a large run (callgrind).
    let load_path = |path: Option<&Path>| -> Result<&'static Dataset, LoadError> {
        let loaded = load_from(path, Purpose::Use, cli.max_size)?;
        Ok(Box::leak(Box::new(loaded.dataset)))
    };
    let load = || load_path(cli.data_path());
    // The dataset and the records that pass the filters, once the topics are known to exist.
    let select =
        |filter: &FilterArgs| -> Result<(&'static Dataset, Vec<&'static Agreement>), Failure> {
            let dataset = load()?;
            dataset.check_topics(&filter.topic)?;
            Ok((dataset, dataset.select(&filter.to_filter())))
        };
    Ok(match &cli.command {
        Command::List(Deferred(list)) => {
            let ListArgs {
                filter,
                order,
                format,
                ..
            } = list;
            let dataset = load()?;
            dataset.check_topics(&filter.topic)?;
            let records = dataset.query(&order.to_query(filter));
            let fields = (!list.fields.is_empty()).then_some(list.fields.as_slice());
            render::list(
                &records,
                dataset.agreements.len(),
                fields,
                format.format,
                terminal,
            )
            .into()
        }
        Command::Show(Deferred(ShowArgs { id, format })) => {
            let dataset = load()?;
            let record = dataset.find(id)?;
            render::record(record, &dataset.links(record), format.format, terminal).into()
        }
        Command::Cite(Deferred(cite)) => {
            let (dataset, selected) = select(&cite.filter)?;
            let records = if cite.ids.is_empty() {
                selected
            } else {
                let found: Vec<&Agreement> = cite
                    .ids
                    .iter()
                    .map(|id| dataset.find(id))
                    .collect::<Result<_, _>>()?;
                found.into_iter().filter(|r| selected.contains(r)).collect()
            };
            if let (Some(accessed), Some(record)) = (
                cite.accessed,
                records.iter().find(|r| Some(r.signed) > cite.accessed),
            ) {
                let signed = record.signed;
                return Err(Failure::AccessedTooEarly { accessed, signed });
            }
            let options = render::cite::Options {
                dataset,
                accessed: cite.accessed,
                max_sources: cite.max_sources,
            };
            render::cite::render(&records, cite.style, options).into()
        }
        Command::Summary(Deferred(SelectArgs { filter, format })) => {
            let summary = Summary::of(&select(filter)?.1);
            render::summary(&summary, format.format, terminal).into()
        }
        Command::Search(Deferred(SearchArgs {
            query,
            limit,
            format,
        })) => {
            let query = query.join(" ");
            let parsed = SearchQuery::parse(&query);
            if parsed.is_empty() {
                return Err(Failure::EmptyQuery);
            }
            let dataset = load()?;
            let records: Vec<&Agreement> = dataset.agreements.iter().collect();
            let hits = parsed.rank(&records);
            let context = parsed.context(&dataset.event);
            let format = format.format;
            render::search::render(&hits, &context, *limit, &query, format, terminal).into()
        }
        Command::Graph(Deferred(GraphArgs { filter, format })) => {
            let graph = agreements::graph::of(&select(filter)?.1);
            render::graph::render(&graph, *format).into()
        }
        Command::Timeline(Deferred(SelectArgs { filter, format })) => {
            let (dataset, records) = select(filter)?;
            let timeline = dataset.timeline(&records);
            render::timeline::render(&timeline, format.format, terminal).into()
        }
        Command::About(Deferred(about)) => {
            render::about::render(load()?, about.format.format, terminal).into()
        }
        Command::Validate(Deferred(ValidateArgs { path, format })) => {
            let path = path.as_deref().or(cli.data_path());
            let origin = path.map_or(load::EMBEDDED_ORIGIN.to_string(), load::origin_of);
            let (problems, records) = match load_from(path, Purpose::Check, cli.max_size) {
                Ok(loaded) => (loaded.warnings, Some(loaded.dataset.agreements.len())),
                Err(LoadError::Invalid { problems, .. }) => (problems, None),
                Err(other) => return Err(other.into()),
            };
            let report = problems::report(&origin, &problems, records, format.format);
            let exit_code = if records.is_some() {
                Code::Success
            } else {
                Code::Dataset
            };
            Answer {
                stdout: report.into_bytes(),
                exit_code,
            }
        }
        Command::Convert(Deferred(ConvertArgs { path, to })) => {
            let dataset = load_path(path.as_deref().or(cli.data_path()))?;
            match to {
                DataFormat::Json => render::dataset::json(dataset),
                DataFormat::Toml => render::dataset::toml(dataset),
            }
            .into()
        }
        Command::Completions(Deferred(CompletionsArgs { shell })) => {
            let dataset = load()?;
            let ids: Vec<&str> = dataset.agreements.iter().map(|r| r.id.as_ref()).collect();
            let mut command = super::completion_command(&ids, &dataset.topics());
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut command, "agreements", &mut script);
            Answer {
                stdout: script,
                exit_code: Code::Success,
            }
        }
        Command::Man => {
            let mut page = Vec::new();
            // Rendering into memory cannot fail.
            let _ = clap_mangen::Man::new(super::built_command()).render(&mut page);
            Answer {
                stdout: page,
                exit_code: Code::Success,
            }
        }
    })
}

/// The dataset at `path`, or the embedded one: built by compiled code, which parses nothing, or,
/// for `validate`, from its TOML source, so that problems point at lines of data/agreements.toml.
/// Streams are read to `max_size` bytes.
fn load_from(
    path: Option<&Path>,
    purpose: Purpose,
    max_size: u64,
) -> Result<load::Loaded, LoadError> {
    match (path, purpose) {
        (Some(path), _) => load::from_path_limited(path, max_size),
        (None, Purpose::Use) => Ok(load::Loaded {
            dataset: load::embedded(),
            warnings: Vec::new(),
        }),
        (None, Purpose::Check) => load::from_toml_str(load::EMBEDDED_TOML, load::EMBEDDED_ORIGIN),
    }
}

/// Why a dataset is loaded.
#[derive(Clone, Copy)]
enum Purpose {
    /// To answer a question.
    Use,
    /// To report its problems.
    Check,
}
