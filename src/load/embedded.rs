//! The embedded dataset, compiled into the binary as code by `build.rs` from
//! `data/agreements.toml`: building it borrows its strings from the binary and parses only its
//! dates, numbers and vocabulary words.

use crate::date::Date;
use crate::model::{
    Agreement, ContextNote, Dataset, Day, Event, Metadata, Name, Note, Organisation, OriginalTitle,
    Party, Related, Source, Statement, Step, Term, Text,
};
use crate::vocab::Vocabulary;

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

// The helpers below read values that come from data/agreements.toml at build time, never from a
// user; the build has already read them into the model, and a test loads the TOML and compares.

/// A value written as text in the data: a text, a date or a vocabulary word.
trait Literal {
    fn literal(text: &'static str) -> Self;
}

fn lit<T: Literal>(text: &'static str) -> T {
    T::literal(text)
}

impl Literal for Text {
    fn literal(text: &'static str) -> Self {
        Text::Borrowed(text)
    }
}

impl Literal for Date {
    fn literal(text: &'static str) -> Self {
        text.parse().expect("the build read this date")
    }
}

impl<T: Vocabulary> Literal for T {
    fn literal(text: &'static str) -> Self {
        T::parse(text).expect("the build read this word")
    }
}

/// A whole number: a count or a term's value.
fn int<T: TryFrom<N>, N>(number: N) -> T {
    T::try_from(number)
        .ok()
        .expect("the build read this number from its field")
}

/// A term's fractional value.
fn float(number: f64) -> serde_json::Number {
    serde_json::Number::from_f64(number).expect("the build read a finite number")
}
