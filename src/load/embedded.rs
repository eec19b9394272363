//! The embedded dataset, compiled into the binary as code by `build.rs` from
//! `data/agreements.toml`: building it borrows its strings from the binary and parses only its
//! dates, numbers and vocabulary words.

use crate::date::Date;
use crate::model::{
    Agreement, ContextNote, Dataset, Day, Event, Metadata, Name, Note, OriginalTitle, Party,
    Related, Source, Statement, Term, Text,
};
use crate::vocab::Vocabulary;

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

// The helpers below read values that come from data/agreements.toml at build time, never from a
// user; a test loads the TOML and compares, so a bad value fails the tests, not a user's run.

fn s(text: &'static str) -> Text {
    Text::Borrowed(text)
}

fn date(text: &str) -> Date {
    text.parse()
        .expect("data/agreements.toml holds valid dates")
}

fn word<T: Vocabulary>(name: &str) -> T {
    T::parse(name).expect("data/agreements.toml holds vocabulary words")
}

fn number(text: &str) -> serde_json::Number {
    text.parse().expect("data/agreements.toml holds numbers")
}
