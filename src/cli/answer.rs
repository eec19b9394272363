//! What a successful run prints: its output on stdout, written whole or as it is made, and a
//! report or notes on stderr, with the exit code it ends with.

use super::Code;
use std::io::{self, Write};

/// What a successful run (or a `validate` that found errors) prints, and how it exits.
#[derive(Debug)]
pub struct Answer {
    /// Everything for stdout.
    pub stdout: Output,
    /// A report for the person on stderr (`export`'s "Wrote ..."), not output: a run whose
    /// work is done does not fail when it cannot be written.
    pub notice: Option<String>,
    /// Success, or [`Code::Dataset`] when `validate` found errors.
    pub exit_code: Code,
}

/// What a run prints on stdout: the whole text, or a writer of it for answers that can be
/// large. Either way it is made once the command has succeeded, so a failure prints nothing.
pub enum Output {
    /// The text, written at once (through the pager when one applies).
    Text(Vec<u8>),
    /// Writes the text as it is made: a large answer for a program is never held whole.
    Stream(Box<Writer>),
}

/// What writes a streamed [`Output`] to its destination.
pub type Writer = dyn FnOnce(&mut dyn Write) -> io::Result<()>;

impl Output {
    /// The whole text, for the pager.
    pub fn into_bytes(self) -> Vec<u8> {
        match self {
            Output::Text(bytes) => bytes,
            Output::Stream(write) => {
                let mut bytes = Vec::new();
                write(&mut bytes).expect("writing to memory");
                bytes
            }
        }
    }
}

impl std::fmt::Debug for Output {
    fn fmt(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            Output::Text(bytes) => formatter.debug_tuple("Text").field(bytes).finish(),
            Output::Stream(_) => formatter.write_str("Stream(..)"),
        }
    }
}

impl Answer {
    /// A successful answer that `write` writes as it is made.
    pub fn stream(write: impl FnOnce(&mut dyn Write) -> io::Result<()> + 'static) -> Answer {
        Answer {
            stdout: Output::Stream(Box::new(write)),
            notice: None,
            exit_code: Code::Success,
        }
    }

    /// The answer with `note` on stderr, after its other report, when there is one: what a
    /// format read by programs has no place for (a table says it itself).
    pub fn noting(mut self, note: &str) -> Answer {
        if !note.is_empty() {
            let notice = self.notice.get_or_insert_with(String::new);
            notice.push_str(&format!("agreements: note: {note}"));
        }
        self
    }

    /// A successful answer with nothing on stdout and `notice` on stderr.
    #[cfg(feature = "export")]
    pub fn notice(notice: String) -> Answer {
        Answer {
            notice: Some(notice),
            ..Answer::from(Vec::new())
        }
    }
}

impl From<Vec<u8>> for Answer {
    fn from(bytes: Vec<u8>) -> Answer {
        Answer {
            stdout: Output::Text(bytes),
            notice: None,
            exit_code: Code::Success,
        }
    }
}

impl From<String> for Answer {
    fn from(text: String) -> Answer {
        text.into_bytes().into()
    }
}
