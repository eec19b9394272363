//! A clap value parser for the library's closed vocabularies, so that every vocabulary option
//! gets the same did-you-mean error and lists its values in `--help` and completions.

use agreements::vocab::Vocabulary;
use clap::builder::{PossibleValue, TypedValueParser};
use std::ffi::OsStr;
use std::marker::PhantomData;

/// Parses a vocabulary word with the library's did-you-mean error, and tells clap the valid
/// words for `--help` and shell completion.
#[derive(Debug, Clone, Copy)]
pub struct VocabularyParser<V>(PhantomData<V>);

impl<V> VocabularyParser<V> {
    pub fn new() -> Self {
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
