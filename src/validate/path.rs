//! Where a value is in a dataset, as keys and indexes (`agreements[3].sources[0].url`): rules
//! report paths, and the loader turns them into lines and columns.

use std::fmt;

/// One step of a [`FieldPath`]: a table key or an array index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// A key in a table.
    Key(String),
    /// A position in an array, from 0.
    Index(usize),
}

/// Where a value is in a dataset, as keys and indexes: `agreements[3].sources[0].url`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldPath(pub Vec<Step>);

impl FieldPath {
    /// The path of the record at `index`.
    pub fn record(index: usize) -> FieldPath {
        FieldPath(vec![Step::Key("agreements".into()), Step::Index(index)])
    }

    /// This path, one key deeper.
    pub fn key(&self, key: &str) -> FieldPath {
        let mut steps = self.0.clone();
        steps.push(Step::Key(key.to_string()));
        FieldPath(steps)
    }

    /// This path, one index deeper.
    pub fn index(&self, index: usize) -> FieldPath {
        let mut steps = self.0.clone();
        steps.push(Step::Index(index));
        FieldPath(steps)
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, step) in self.0.iter().enumerate() {
            match step {
                Step::Key(key) if i == 0 => write!(f, "{key}")?,
                Step::Key(key) => write!(f, ".{key}")?,
                Step::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}
