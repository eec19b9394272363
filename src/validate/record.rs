//! The rules that look at one record alone (and at whether its id was used before): its id,
//! texts, parties, topics, sources, terms, `unconfirmed` names and date, then its formulas and
//! its claims' sources.

use super::{FieldPath, Finding, HashMap, HashSet, Severity, UNCONFIRMABLE_FIELDS};
use super::{claims, event, formula, reporter, syntax, text};
use crate::field::Field;
use crate::model::{Agreement, Dataset};
use crate::sanitize::quoted;
use crate::suggest;
use crate::vocab::{Confidence, Vocabulary};

/// The findings of the rules that look at the record at `index` alone, and at whether its id
/// is first used by another (`first_use`).
pub(super) fn findings<'a>(
    index: usize,
    record: &'a Agreement,
    dataset: &Dataset,
    first_use: &HashMap<&str, usize>,
    histories: bool,
    urls: &mut event::Urls<'a>,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    // Paths are built only when there is something to report: most records have nothing.
    let path = || FieldPath::record(index);
    let mut report = reporter(&mut findings, record);
    match first_use.get(record.id.as_ref()) {
        Some(&first) if first != index => {
            report(
                Severity::Error,
                FieldPath::record(first).key("id"),
                format!(
                    "duplicate id: record {} uses it again; ids must be unique",
                    index + 1
                ),
            );
            report(
                Severity::Error,
                path().key("id"),
                format!(
                    "duplicate id: record {} has it too; ids must be unique",
                    first + 1
                ),
            );
        }
        _ => {}
    }
    check_record(record, dataset, urls, &path, &mut report);
    formula::check(record, &path, &mut report);
    claims::check(record, &path, &mut report);
    super::history::check(record, histories, first_use, &path, &mut report);
    drop(report);
    findings
}

/// The rules for one record; `report` receives each finding.
fn check_record<'a>(
    record: &'a Agreement,
    dataset: &Dataset,
    urls: &mut event::Urls<'a>,
    path: &impl Fn() -> FieldPath,
    report: &mut impl FnMut(Severity, FieldPath, String),
) {
    use Severity::{Error, Warning};
    if !syntax::is_kebab_case(&record.id) {
        report(
            Error,
            path().key("id"),
            "id must be kebab-case: lower-case letters and digits joined by single '-'".into(),
        );
    }
    text::check_record(record, path, &mut |at, message| report(Error, at, message));
    if record.parties.is_empty() && record.confidence != Confidence::Unresolved {
        report(
            Error,
            path().key("parties"),
            "no parties: name at least one, or mark the record confidence = \"unresolved\"".into(),
        );
    }
    if record.sources.is_empty() {
        report(
            Error,
            path().key("sources"),
            "no sources: every record needs at least one { url, publisher, side }".into(),
        );
    }
    for (i, topic) in record.topics.iter().enumerate() {
        if !syntax::is_topic(topic) {
            report(
                Error,
                path().key("topics").index(i),
                format!(
                    "topic '{}' must be lower-case letters and digits joined by single '-' (like 'supply-volume')",
                    quoted(topic)
                ),
            );
        }
    }
    let mut parties = HashSet::default();
    for (i, party) in record.parties.iter().enumerate() {
        if !parties.insert((party.name.as_ref(), party.country)) {
            report(
                Error,
                path().key("parties").index(i),
                format!(
                    "party '{}' is named twice: list each party once",
                    quoted(&party.name)
                ),
            );
        }
    }
    let sources_path = || path().key("sources");
    event::check_sources(&record.sources, urls, &sources_path, report);
    for (i, term) in record.terms.iter().enumerate() {
        let term_path = || path().key("terms").index(i);
        match &term.source {
            None if term.value.is_some() => report(
                Error,
                term_path().key("value"),
                format!(
                    "term '{}' has a number but no source: add source = \"<url>\"",
                    quoted(&term.label)
                ),
            ),
            None => report(
                Error,
                term_path(),
                format!(
                    "term '{}' has no source: add source = \"<url>\"",
                    quoted(&term.label)
                ),
            ),
            // Whether the URL is among the record's sources is checked with the other claims.
            Some(_) => {}
        }
    }
    let unconfirmable = UNCONFIRMABLE_FIELDS.map(Field::name);
    for (i, field) in record.unconfirmed.iter().enumerate() {
        if !unconfirmable.contains(&field.as_ref()) {
            let hint = suggest::hint(suggest::closest(field, unconfirmable));
            report(
                Error,
                path().key("unconfirmed").index(i),
                format!(
                    "unconfirmed names unknown field '{}'{hint} (valid: {})",
                    quoted(field),
                    unconfirmable.join(", ")
                ),
            );
        }
    }
    let Some(event) = dataset.event_of(record) else {
        let (message, at) = match &record.event {
            Some(key) => {
                let keys: Vec<_> = dataset.events.iter().map(|e| e.key()).collect();
                let unknown =
                    crate::vocab::UnknownValue::new("event", key, keys.iter().map(|k| k.as_ref()));
                (unknown.to_string(), path().key("event"))
            }
            None => (
                "the dataset holds several events: name this record's with `event = \"<id>\"`"
                    .to_string(),
                path(),
            ),
        };
        report(Error, at, message);
        return;
    };
    // An event whose dates run backwards is one error of its own, not a warning on every record.
    if event.start <= event.end && (record.signed < event.start || record.signed > event.end) {
        report(
            Warning,
            path().key("signed"),
            format!(
                "signed {} is outside the visit ({} to {}): check the date",
                record.signed, event.start, event.end
            ),
        );
    }
}
