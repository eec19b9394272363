//! Loading a dataset: read the file, parse it as TOML or JSON, check the rules, and report
//! every problem with the file, line and column.

mod embedded;
mod from_json;
mod from_jsonl;
mod from_toml;
mod memory;
mod problem;
mod syntax;
mod text;

use crate::model::{Dataset, borrowed};
use crate::validate::Severity;
use std::io::Read;
use std::path::Path;
use text::as_text;

pub use crate::validate::UNCONFIRMABLE_FIELDS;
pub use from_jsonl::NO_EVENT;
pub use problem::{Lines, LoadError, Location, Problem, Tally};
pub use syntax::Syntax;

/// The dataset compiled into the binary (`data/agreements.toml`).
pub const EMBEDDED_TOML: &str = include_str!("../../data/agreements.toml");

/// How the embedded dataset is named in messages.
pub const EMBEDDED_ORIGIN: &str = "<embedded data/agreements.toml>";

/// A loaded dataset with the warnings found in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The dataset.
    pub dataset: Dataset,
    /// Problems that do not stop the dataset from being used: the first [`PROBLEMS_KEPT`].
    pub warnings: Vec<Problem>,
    /// How many warnings there are in all.
    pub tally: Tally,
}

/// The embedded dataset, built by code that `build.rs` writes from [`EMBEDDED_TOML`]: nothing is
/// parsed at start-up. `agreements validate` loads [`EMBEDDED_TOML`] instead, for line numbers.
pub fn embedded() -> Dataset {
    embedded::dataset()
}

/// The path that means standard input.
pub const STDIN: &str = "-";

/// How standard input is named in messages.
pub const STDIN_ORIGIN: &str = "<stdin>";

/// How the dataset at `path` is named in messages: the path, or `<stdin>` for `-`.
pub fn origin_of(path: &Path) -> String {
    if path.as_os_str() == STDIN {
        STDIN_ORIGIN.to_string()
    } else {
        path.display().to_string()
    }
}

/// How many bytes a stream (standard input, a pipe, a device) is read to by default before the
/// load stops: 1 GiB, four times a million-record JSON dataset's share of it (see docs/dataset.md).
pub const STREAM_LIMIT: u64 = 1 << 30;

/// Reads, parses and checks the dataset at `path`: JSON when it ends in `.json`, JSON Lines in
/// `.jsonl` or `.ndjson`, TOML in `.toml`; any other file, and standard input (the path `-`) and
/// other streams, by how the text starts ([`Syntax::of_text`]). Streams are read to
/// [`STREAM_LIMIT`] bytes at most.
pub fn from_path(path: &Path) -> Result<Loaded, LoadError> {
    from_path_limited(path, STREAM_LIMIT)
}

/// [`from_path`], with streams read to `stream_limit` bytes at most: a stream that never ends
/// (`/dev/zero`, an endless pipe) stops with [`LoadError::TooLarge`] instead of filling memory,
/// and one with a NUL byte stops as soon as the byte arrives.
pub fn from_path_limited(path: &Path, stream_limit: u64) -> Result<Loaded, LoadError> {
    let origin = origin_of(path);
    let read_error = |source| LoadError::Read {
        origin: origin.clone(),
        source,
    };
    let syntax = Syntax::of_path(path);
    let parse = |text: &'static str| {
        let syntax = syntax.unwrap_or_else(|| Syntax::of_text(text));
        borrowed::from(text, || syntax.parse(text, &origin))
    };
    let mut source: Box<dyn Read> = if path.as_os_str() == STDIN {
        Box::new(std::io::stdin().lock())
    } else {
        let mut file = std::fs::File::open(path).map_err(read_error)?;
        let metadata = file.metadata().map_err(read_error)?;
        if metadata.is_dir() {
            return Err(read_error(std::io::ErrorKind::IsADirectory.into()));
        }
        if metadata.is_file() {
            let bytes = memory::read_whole(&mut file, metadata.len()).map_err(read_error)?;
            return parse(kept(bytes, &origin)?);
        }
        Box::new(file)
    };
    let bytes = read_stream(&mut source, stream_limit, &origin)?;
    parse(kept(bytes.leak(), &origin)?)
}

/// The dataset's bytes as text kept for the life of the process, so that its records can
/// borrow their strings from it instead of copying them ([`crate::model::borrowed`]): a third
/// less memory and a quarter less time on a large JSON file (BENCHMARKS.md). The price is that
/// the text is never freed, like the embedded data; a program that loads many datasets should
/// read them itself and use [`from_json_str`] or [`from_toml_str`], which copy.
fn kept(bytes: &'static [u8], origin: &str) -> Result<&'static str, LoadError> {
    as_text(bytes, origin)
}

/// Everything `source` holds, up to `limit` bytes; a NUL byte (binary data) stops the read as
/// soon as it arrives.
fn read_stream(source: &mut dyn Read, limit: u64, origin: &str) -> Result<Vec<u8>, LoadError> {
    let mut bytes = Vec::new();
    let mut chunk = vec![0; 64 * 1024];
    loop {
        let read = match source.read(&mut chunk) {
            Ok(0) => return Ok(bytes),
            Ok(read) => read,
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(source) => {
                let origin = origin.to_string();
                return Err(LoadError::Read { origin, source });
            }
        };
        bytes.extend_from_slice(&chunk[..read]);
        if chunk[..read].contains(&0) {
            // Binary: `as_text` says where the NUL byte is.
            as_text(&bytes, origin)?;
        }
        if bytes.len() as u64 > limit {
            return Err(LoadError::TooLarge {
                origin: origin.to_string(),
                limit,
            });
        }
    }
}

/// Parses and checks a TOML dataset; `origin` names it in errors.
pub fn from_toml_str(text: &str, origin: &str) -> Result<Loaded, LoadError> {
    Syntax::Toml.parse(text, origin)
}

/// Parses and checks a JSON dataset; `origin` names it in errors.
pub fn from_json_str(text: &str, origin: &str) -> Result<Loaded, LoadError> {
    Syntax::Json.parse(text, origin)
}

/// What a parser returns: the dataset with its warnings, or its problems (at least one error)
/// and how many more errors it found but did not keep.
type Parsed = Result<(Dataset, Vec<Problem>), (Vec<Problem>, usize)>;

/// The dataset when `problems` holds no error, else the problems.
fn accept(dataset: Dataset, problems: Vec<Problem>) -> Parsed {
    if problems.iter().any(|p| p.severity == Severity::Error) {
        Err((problems, 0))
    } else {
        Ok((dataset, problems))
    }
}

fn finish(parsed: Parsed, origin: &str) -> Result<Loaded, LoadError> {
    match parsed {
        Ok((dataset, warnings)) => {
            let (warnings, tally) = keep_first(warnings, 0, Severity::Warning);
            Ok(Loaded {
                dataset,
                warnings,
                tally,
            })
        }
        Err((problems, dropped)) => {
            let (problems, tally) = keep_first(problems, dropped, Severity::Error);
            Err(LoadError::Invalid {
                origin: origin.to_string(),
                problems,
                tally,
            })
        }
    }
}

/// How many problems a load keeps, in file order, like a compiler's error limit: a file that is
/// not a dataset at all (JSON Lines read as TOML) has hundreds of thousands, and nobody reads
/// past the first. `validate` prints the kept ones; other commands print fewer still.
pub const PROBLEMS_KEPT: usize = 100;

/// The first [`PROBLEMS_KEPT`] `problems`, and when there were more (with `dropped` errors that
/// a parser found but did not keep), one last problem of `severity` that counts them; and the
/// number of errors and warnings in all.
fn keep_first(
    mut problems: Vec<Problem>,
    dropped: usize,
    severity: Severity,
) -> (Vec<Problem>, Tally) {
    let errors = problems.iter().filter(|p| p.severity == Severity::Error);
    let errors = errors.count() + dropped;
    let tally = Tally {
        errors,
        warnings: problems.len() + dropped - errors,
    };
    if tally.is_cut() {
        problems.truncate(PROBLEMS_KEPT);
        let message = format!(
            "too many problems: these are the first {PROBLEMS_KEPT} of {}; fix them and check again",
            tally.total()
        );
        let mut last = Problem::error(None, None, String::new(), message);
        last.severity = severity;
        problems.push(last);
    }
    (problems, tally)
}

/// Sorts problems by line and column, so that a reader can work down the file; problems with
/// no location go last, in their order.
fn in_file_order(problems: &mut [Problem]) {
    problems.sort_by_key(|p| p.location.map_or((usize::MAX, 0), |l| (l.line, l.column)));
}

/// Text without a leading UTF-8 byte-order mark, which some editors write.
fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

#[cfg(test)]
mod tests;
