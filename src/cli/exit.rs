//! How a run can fail, and the exit code each failure ends with. The codes are part of the
//! interface: they are listed in `--help`, the man page and docs/usage.md.

use agreements::NotFound;
use agreements::load::LoadError;
use agreements::vocab::UnknownValue;

/// Why a run failed, and so which exit code it ends with (documented in `--help` and docs/usage.md).
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
    /// Exit 2: a picture format needs Graphviz, which could not draw it.
    #[error(
        "graph --format {picture} needs Graphviz: {reason}; install graphviz, or write DOT (--format dot)"
    )]
    Graphviz {
        /// The picture format asked for.
        picture: &'static str,
        /// Why it could not be drawn.
        reason: String,
    },
    /// Exit 2: a binary picture would be written to a terminal.
    #[error(
        "a {0} picture is binary and stdout is a terminal: redirect it to a file (> graph.{0})"
    )]
    BinaryToTerminal(&'static str),
    /// Exit 2: `browse` needs a person at a terminal.
    #[cfg(feature = "browse")]
    #[error(
        "browse needs a terminal on stdin and stdout; in scripts and pipes use 'agreements list' or 'agreements show'"
    )]
    NotATerminal,
    /// Exit 4: the terminal could not be driven (or written to) while browsing.
    #[cfg(feature = "browse")]
    #[error("the terminal failed while browsing: {0}")]
    Terminal(std::io::Error),
    /// Exit 2: `export` would replace a file or folder without `--force`.
    #[cfg(feature = "export")]
    #[error("{} exists: give --force to replace it", agreements::sanitize::quoted(&.0.to_string_lossy()))]
    Exists(std::path::PathBuf),
    /// Exit 2: `export` will not write at this path (no name of its own, standard output, or
    /// something there that an export does not replace).
    #[cfg(feature = "export")]
    #[error("will not write {}: {reason}", agreements::sanitize::quoted(&.path.to_string_lossy()))]
    Refused {
        /// The path given.
        path: std::path::PathBuf,
        /// Why not.
        reason: String,
    },
    /// Exit 3: the dataset cannot be exported as related tables.
    #[cfg(feature = "export")]
    #[error(transparent)]
    Export(#[from] agreements::export::ExportError),
    /// Exit 4: the export could not be written.
    #[cfg(feature = "export")]
    #[error("cannot write {}: {reason}", agreements::sanitize::quoted(&.path.to_string_lossy()))]
    Write {
        /// Where it was to go.
        path: std::path::PathBuf,
        /// Why it failed.
        reason: String,
    },
    /// Exit 3: the dataset could not be loaded; the message ends with what to do next.
    #[error("{error}{step}", error = .0, step = next_step(.0))]
    Data(#[from] LoadError),
}

/// The exit codes, listed once: `--help`, the man page and (checked by a test) docs/usage.md's
/// table are written from this list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// Success, an empty result too; also when the reader closes the pipe early.
    Success = 0,
    /// No agreement has the id asked for.
    NotFound = 1,
    /// An unknown command, option, value, field or topic; a search with no words; a picture
    /// format without Graphviz; `browse` without a terminal.
    Usage = 2,
    /// The dataset is missing, unreadable, malformed or invalid.
    Dataset = 3,
    /// Standard output could not be written.
    Output = 4,
}

impl Code {
    /// Every code, in order.
    pub const ALL: [Code; 5] = [
        Code::Success,
        Code::NotFound,
        Code::Usage,
        Code::Dataset,
        Code::Output,
    ];

    /// What the code means, as `--help` says it.
    pub fn meaning(self) -> &'static str {
        match self {
            Code::Success => "success: an empty list too, and a reader that closes the pipe early",
            Code::NotFound => "not found: no agreement has that id",
            Code::Usage => {
                "usage error: unknown option, command, value, field or topic, a picture without Graphviz, or browse without a terminal"
            }
            Code::Dataset => "dataset error: missing, unreadable, malformed or invalid data file",
            Code::Output => {
                "output error: stdout could not be written (a full disk, a closed device)"
            }
        }
    }

    /// The `Exit codes:` section of `--help` and the man page.
    pub fn help() -> String {
        let lines: Vec<String> = Code::ALL
            .iter()
            .map(|&code| format!("  {}  {}", code as u8, code.meaning()))
            .collect();
        format!("Exit codes:\n{}", lines.join("\n"))
    }
}

impl From<Code> for std::process::ExitCode {
    fn from(code: Code) -> Self {
        std::process::ExitCode::from(code as u8)
    }
}

/// What the user can do about a load error, in the words of the command line.
fn next_step(error: &LoadError) -> String {
    match error {
        LoadError::TooLarge { .. } => "; raise it with --max-size or AGREEMENTS_MAX_SIZE".into(),
        LoadError::Invalid { origin, tally, .. } if error.is_cut() => {
            // Standard input cannot be read twice: name the command that reads it.
            let path = if origin == agreements::load::STDIN_ORIGIN {
                agreements::load::STDIN.to_string()
            } else {
                agreements::sanitize::one_line(origin).into_owned()
            };
            let which = if tally.is_cut() {
                format!("the first {}", agreements::load::PROBLEMS_KEPT)
            } else {
                "them all".to_string()
            };
            format!(": run 'agreements validate {path}' to see {which}")
        }
        _ => String::new(),
    }
}

impl Failure {
    /// The code the failure ends with (clap exits with [`Code::Usage`] for its own errors).
    pub fn exit_code(&self) -> Code {
        match self {
            Failure::NotFound(_) => Code::NotFound,
            Failure::Usage(_)
            | Failure::AccessedTooEarly { .. }
            | Failure::EmptyQuery
            | Failure::Graphviz { .. }
            | Failure::BinaryToTerminal(_) => Code::Usage,
            #[cfg(feature = "browse")]
            Failure::NotATerminal => Code::Usage,
            #[cfg(feature = "browse")]
            Failure::Terminal(_) => Code::Output,
            #[cfg(feature = "export")]
            Failure::Exists(_) | Failure::Refused { .. } => Code::Usage,
            #[cfg(feature = "export")]
            Failure::Write { .. } => Code::Output,
            #[cfg(feature = "export")]
            Failure::Export(_) => Code::Dataset,
            Failure::Data(_) => Code::Dataset,
        }
    }
}
