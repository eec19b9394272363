//! How a run can fail, and the exit code each failure ends with. The codes are part of the
//! interface: they are listed in `--help`, the man page and the README.

use agreements::NotFound;
use agreements::load::LoadError;
use agreements::vocab::UnknownValue;

/// Why a run failed, and so which exit code it ends with (documented in `--help` and README).
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// Exit 1: the asked-for record does not exist.
    #[error("{0}\n(run 'agreements list' to see every id)")]
    NotFound(#[from] NotFound),
    /// Exit 2: a value that only the dataset can check (a topic) is unknown.
    #[error(transparent)]
    Usage(#[from] UnknownValue),
    /// Exit 2: `cite --accessed` names a day before the document was signed.
    #[error(
        "--accessed {accessed} is before the document was signed ({signed}): give the day you read its sources"
    )]
    AccessedTooEarly {
        /// The date given.
        accessed: agreements::date::Date,
        /// The document's signing date.
        signed: agreements::date::Date,
    },
    /// Exit 2: `search` was given no word to look for.
    #[error("the search has no words: give a word or a \"quoted phrase\"")]
    EmptyQuery,
    /// Exit 3: the dataset could not be loaded.
    #[error(transparent)]
    Data(#[from] LoadError),
}

/// What a successful run (or a `validate` that found errors) prints, and how it exits.
#[derive(Debug)]
pub struct Answer {
    /// Everything for stdout, written at once.
    pub stdout: Vec<u8>,
    /// 0, or 3 when `validate` found errors.
    pub exit_code: u8,
}

impl From<String> for Answer {
    fn from(text: String) -> Answer {
        Answer {
            stdout: text.into_bytes(),
            exit_code: 0,
        }
    }
}

impl Failure {
    /// The code for an invalid dataset, from `validate` too.
    pub const DATASET: u8 = 3;
    /// The code for output that could not be written (a full disk, a closed device), also for
    /// `--help` and `--version`: not 1, which means "not found".
    pub const OUTPUT: u8 = 4;

    /// 1 not found, 2 usage error, 3 dataset error (0 is success; clap exits 2 for its own usage
    /// errors).
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::NotFound(_) => 1,
            Failure::Usage(_) | Failure::AccessedTooEarly { .. } | Failure::EmptyQuery => 2,
            Failure::Data(_) => Failure::DATASET,
        }
    }
}
