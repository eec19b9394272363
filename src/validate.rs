//! The dataset's rules beyond its shape: unique kebab-case ids, sources for every record and
//! every number, http(s) URLs, known `unconfirmed` names, dates inside the visit, links to records
//! that exist, and the official-list count. Rules see typed records and say where, as a path, not a line: the loader
//! turns paths into lines and columns for the format it read.

use crate::field::Field;
use crate::model::{Agreement, Dataset};
use crate::sanitize::quoted;
use crate::suggest;
use crate::vocab::Confidence;
use crate::vocab::Vocabulary;

/// The validator's hash sets and maps: foldhash rather than the standard SipHash, which took a
/// tenth of a 100,000-record load hashing ids and URLs (perf); still seeded per process.
pub(crate) type HashSet<T> = std::collections::HashSet<T, foldhash::fast::RandomState>;
/// See [`HashSet`].
pub(crate) type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

pub use finding::{Finding, Severity};
pub use path::{FieldPath, Step};

/// Fields that a record may mark as `unconfirmed`.
pub const UNCONFIRMABLE_FIELDS: [Field; 7] = [
    Field::Title,
    Field::ShortTitle,
    Field::Kind,
    Field::Sector,
    Field::Parties,
    Field::Signed,
    Field::Place,
];

/// Checks every rule on `dataset` and returns every finding, in dataset order. A large
/// dataset's records are checked on every core at once; links between records, whose first
/// broken ones get a did-you-mean, are checked after, in order, so the output is the same.
pub fn validate(dataset: &Dataset) -> Vec<Finding> {
    let records = &dataset.agreements;
    // The index of each id's first record: for duplicates, and for links between records.
    let mut first_use: HashMap<&str, usize> =
        HashMap::with_capacity_and_hasher(records.len(), Default::default());
    for (index, record) in records.iter().enumerate() {
        first_use.entry(&record.id).or_insert(index);
    }
    let own = crate::parallel::in_runs(records, |start, run| {
        // URLs found to be web addresses: a page cited by many records is parsed once.
        let mut valid_urls = HashSet::default();
        let records = run.iter().enumerate();
        let own = records.map(|(i, record)| {
            record_findings(start + i, record, dataset, &first_use, &mut valid_urls)
        });
        own.collect::<Vec<_>>()
    });
    let ids = related::Ids::new(&first_use);
    let mut findings = Vec::new();
    for ((index, record), own) in records.iter().enumerate().zip(own.into_iter().flatten()) {
        findings.extend(own);
        let path = || FieldPath::record(index);
        related::check(record, &ids, &path, &mut reporter(&mut findings, record));
    }
    let mut errors = |path, message| {
        findings.push(Finding {
            severity: Severity::Error,
            record: None,
            path,
            message,
        })
    };
    synonyms::check(&dataset.synonyms, &mut errors);
    event::check(dataset, &mut HashSet::default(), &mut errors);
    findings
}

/// A `report` that adds findings about `record` to `findings`.
fn reporter<'f>(
    findings: &'f mut Vec<Finding>,
    record: &'f Agreement,
) -> impl FnMut(Severity, FieldPath, String) + 'f {
    move |severity, path, message| {
        findings.push(Finding {
            severity,
            record: Some(record.id.to_string()),
            path,
            message,
        })
    }
}

/// The findings of the rules that look at the record at `index` alone, and at whether its id
/// is first used by another (`first_use`).
fn record_findings<'a>(
    index: usize,
    record: &'a Agreement,
    dataset: &Dataset,
    first_use: &HashMap<&str, usize>,
    valid_urls: &mut HashSet<&'a str>,
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
    check_record(record, dataset, valid_urls, &path, &mut report);
    formula::check(record, &path, &mut report);
    claims::check(record, &path, &mut report);
    drop(report);
    findings
}

/// The rules for one record; `report` receives each finding.
fn check_record<'a>(
    record: &'a Agreement,
    dataset: &Dataset,
    valid_urls: &mut HashSet<&'a str>,
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
    for (key, value) in [
        ("title", &record.title),
        ("short_title", &record.short_title),
        ("summary", &record.summary),
    ] {
        if value.trim().is_empty() {
            report(
                Error,
                path().key(key),
                format!("{key} is empty: write it, or remove the record"),
            );
        }
    }
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
    event::check_sources(&record.sources, valid_urls, &sources_path, report);
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
    let event = &dataset.event;
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

mod claims;
mod event;
mod finding;
mod formula;
mod path;
mod related;
mod synonyms;
pub mod syntax;
#[cfg(test)]
mod tests;
