//! TOML datasets: one fast parse, and only when it fails, a second pass over the syntax tree that
//! finds every problem (syntax, unknown or missing keys, wrong types, unknown words) with its line
//! and column. Rule findings are located through the same tree.

use super::{Lines, PROBLEMS_KEPT, Parsed, Problem, accept, in_file_order};
use crate::date::Date;
use crate::field::Field;
use crate::model::{Dataset, Event, Metadata, Organisation, Party, Related, Source, Term};
use crate::validate;
use crate::vocab::{Confidence, Kind, Sector, UnknownValue, Vocabulary};
use serde::de::DeserializeOwned;
use spans::{entry, locate};
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

mod spans;

type Node<'i> = Spanned<DeValue<'i>>;

/// Parses and checks `text` as a TOML dataset.
pub(super) fn parse(text: &str) -> Parsed {
    match toml::from_str::<Dataset>(text) {
        Ok(mut dataset) => {
            dataset.resolve();
            let findings = validate::validate(&dataset);
            let problems = if findings.is_empty() {
                Vec::new()
            } else {
                locate(findings, text)
            };
            accept(dataset, problems)
        }
        Err(error) => Err((diagnose(text, &error), 0)),
    }
}

/// Every problem that stops `text` from parsing; `first` is the fast parser's error, reported
/// when the second pass finds nothing more precise.
fn diagnose(text: &str, first: &toml::de::Error) -> Vec<Problem> {
    let (tree, syntax_errors) = DeTable::parse_recoverable(text);
    let lines = Lines::new(text);
    let at = |span: Option<Range<usize>>| span.map(|span| lines.locate(span.start));
    if !syntax_errors.is_empty() {
        // Only the problems that will be kept are located (see `PROBLEMS_KEPT`).
        return syntax_errors
            .iter()
            .enumerate()
            .map(|(i, error)| {
                Problem::error(
                    at(error.span().filter(|_| i < PROBLEMS_KEPT)),
                    None,
                    String::new(),
                    clean(error.message()),
                )
            })
            .collect();
    }
    let mut problems = Vec::new();
    let mut report =
        |span: Option<Range<usize>>, record: Option<&str>, field: String, message: String| {
            problems.push(Problem::error(
                at(span),
                record.map(str::to_string),
                field,
                message,
            ));
        };
    let root = tree.get_ref();
    for (key, value) in root.iter() {
        // Each table's own problems, named by its key: an error inside [dataset] is not an
        // unknown [dataset].
        let mut check = |name: &str, checked: Result<(), toml::de::Error>| {
            if let Err(error) = checked {
                let message = format!("[{name}]: {}", clean(error.message()));
                report(error.span(), None, name.into(), message);
            }
        };
        match key.get_ref().as_ref() {
            "event" => check("event", check_value::<Event>(value)),
            "events" => check("events", check_value::<Vec<Event>>(value)),
            "dataset" => check("dataset", check_value::<Metadata>(value)),
            "synonyms" => check("synonyms", check_value::<Vec<Vec<String>>>(value)),
            "organisations" => check("organisations", check_value::<Vec<Organisation>>(value)),
            "agreements" => check_records(value, &mut report),
            other => {
                let valid = [
                    "dataset",
                    "synonyms",
                    "event",
                    "events",
                    "organisations",
                    "agreements",
                ];
                let unknown = UnknownValue::new("top-level key", other, valid);
                report(
                    Some(key.span()),
                    None,
                    other.to_string(),
                    unknown.to_string(),
                );
            }
        }
    }
    if entry(root, "event").is_none() && entry(root, "events").is_none() {
        report(
            Some(0..0),
            None,
            "event".into(),
            "missing the [event] table: add one with name, start, end and official_list_count"
                .into(),
        );
    }
    if problems.is_empty() {
        problems.push(Problem::error(
            at(first.span()),
            None,
            String::new(),
            clean(first.message()),
        ));
    }
    in_file_order(&mut problems);
    problems
}

type Report<'a> = dyn FnMut(Option<Range<usize>>, Option<&str>, String, String) + 'a;

/// Checks each `[[agreements]]` table key by key, so that one record's problems are all found.
fn check_records(value: &Node, report: &mut Report) {
    let DeValue::Array(records) = value.get_ref() else {
        report(
            Some(value.span()),
            None,
            "agreements".into(),
            "agreements must be an array of tables: write each record under [[agreements]]".into(),
        );
        return;
    };
    for (index, record) in records.iter().enumerate() {
        let path = format!("agreements[{index}]");
        let DeValue::Table(table) = record.get_ref() else {
            report(
                Some(record.span()),
                None,
                path,
                "each record must be a table under [[agreements]]".into(),
            );
            continue;
        };
        let id = entry(table, "id").and_then(|value| match value.get_ref() {
            DeValue::String(id) => Some(id.to_string()),
            _ => None,
        });
        let id = id.as_deref();
        // Required keys that a misspelt key already suggests: one problem is enough.
        let mut suggested = Vec::new();
        for (key, value) in table.iter() {
            let name = key.get_ref().as_ref();
            match Field::ALL.iter().find(|field| field.name() == name) {
                Some(&field) => {
                    if let Err(error) = check_field(field, value) {
                        report(
                            error.span().or(Some(value.span())),
                            id,
                            format!("{path}.{name}"),
                            clean(error.message()),
                        );
                    }
                }
                None => {
                    let unknown = UnknownValue::new("key", name, Field::names());
                    suggested.extend(unknown.suggestion.clone());
                    report(
                        Some(key.span()),
                        id,
                        format!("{path}.{name}"),
                        unknown.to_string(),
                    );
                }
            }
        }
        for field in Field::ALL.iter().filter(|field| field.is_required()) {
            let present = entry(table, field.name()).is_some();
            if !present && !suggested.iter().any(|name| name == field.name()) {
                report(
                    Some(record.span()),
                    id,
                    format!("{path}.{field}"),
                    format!("missing required key '{field}'"),
                );
            }
        }
    }
}

/// Whether `value` reads as the type of `field`.
fn check_field(field: Field, value: &Node) -> Result<(), toml::de::Error> {
    match field {
        Field::Id | Field::Title | Field::ShortTitle | Field::Summary | Field::Place => {
            check_value::<String>(value)
        }
        Field::Kind => check_value::<Kind>(value),
        Field::Sector => check_value::<Sector>(value),
        Field::Confidence => check_value::<Confidence>(value),
        Field::Topics | Field::Unconfirmed | Field::SummarySources => {
            check_value::<Vec<String>>(value)
        }
        Field::Notes => check_value::<Vec<crate::model::Note>>(value),
        Field::OriginalTitles => check_value::<Vec<crate::model::OriginalTitle>>(value),
        Field::ProjectNames => check_value::<Vec<crate::model::Name>>(value),
        Field::Parties => check_value::<Vec<Party>>(value),
        Field::Signed => check_value::<Date>(value),
        Field::Terms => check_value::<Vec<Term>>(value),
        Field::OfficialList => check_value::<bool>(value),
        Field::Sources => check_value::<Vec<Source>>(value),
        Field::Related => check_value::<Vec<Related>>(value),
        Field::Event => check_value::<String>(value),
        Field::Level => check_value::<crate::vocab::Level>(value),
        Field::Binding => check_value::<bool>(value),
        Field::Status => check_value::<crate::vocab::Status>(value),
        Field::Checked => check_value::<Date>(value),
        Field::History => check_value::<Vec<crate::model::Step<String>>>(value),
    }
}

fn check_value<T: DeserializeOwned>(value: &Node) -> Result<(), toml::de::Error> {
    let mut owned = value.clone();
    owned.get_mut().make_owned();
    T::deserialize(ValueDeserializer::from(owned)).map(drop)
}

/// A parser message on one line.
fn clean(message: &str) -> String {
    message.trim_end().replace('\n', "; ")
}
