//! Which syntax a dataset is written in: by its file's extension, else by how its text starts.

use super::{LoadError, Loaded, finish, from_json, from_jsonl, from_toml, strip_bom};
use std::path::Path;

/// The syntaxes a dataset can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// TOML, like data/agreements.toml.
    Toml,
    /// One JSON object.
    Json,
    /// JSON Lines: an optional header line, then one record per line.
    JsonLines,
}

impl Syntax {
    /// The syntax a file's extension names, if it names one.
    pub fn of_path(path: &Path) -> Option<Syntax> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "toml" => Some(Syntax::Toml),
            "json" => Some(Syntax::Json),
            "jsonl" | "ndjson" => Some(Syntax::JsonLines),
            _ => None,
        }
    }

    /// The syntax of `text` by how it starts: JSON starts with `{` (a TOML dataset starts with a
    /// table, a key or a comment); it is JSON Lines when its first line is a whole object and
    /// more lines follow.
    pub fn of_text(text: &str) -> Syntax {
        let text = strip_bom(text).trim_start();
        if !text.starts_with('{') {
            return Syntax::Toml;
        }
        let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
        if first.trim_end().ends_with('}') && !rest.trim().is_empty() {
            Syntax::JsonLines
        } else {
            Syntax::Json
        }
    }

    /// Parses and checks `text` in this syntax; `origin` names it in errors.
    pub fn parse(self, text: &str, origin: &str) -> Result<Loaded, LoadError> {
        let parsed = match self {
            Syntax::Toml => from_toml::parse(strip_bom(text)),
            Syntax::Json => from_json::parse(strip_bom(text)),
            Syntax::JsonLines => from_jsonl::parse(strip_bom(text)),
        };
        finish(parsed, origin)
    }
}
