//! What a rule says when it is broken: a finding, an error or a warning.

use super::FieldPath;
use serde::Serialize;
use std::fmt;

/// How bad a finding is: errors make a dataset invalid, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The dataset cannot be used until this is fixed.
    Error,
    /// Suspicious but usable.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// A broken rule: how bad, which record, where, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// The id of the record it is in, if any.
    pub record: Option<String>,
    /// The value it is about.
    pub path: FieldPath,
    /// What is wrong and what to do.
    pub message: String,
}
