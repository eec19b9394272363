//! The dataset's rules beyond its shape: unique kebab-case ids, sources for every record and
//! every number, http(s) URLs, known `unconfirmed` names, dates inside the visit, links to records
//! that exist, and the official-list count. Rules see typed records and say where, as a path, not a line: the loader
//! turns paths into lines and columns for the format it read.

use crate::field::Field;
use crate::model::{Agreement, Dataset};

/// The validator's hash sets and maps: foldhash rather than the standard SipHash, which took a
/// tenth of a 100,000-record load hashing ids and URLs (perf); still seeded per process.
pub(crate) type HashSet<T> = std::collections::HashSet<T, foldhash::fast::RandomState>;
/// See [`HashSet`].
pub(crate) type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

pub use finding::{Finding, Severity};
pub use path::{FieldPath, Step};

/// Fields that a record may mark as `unconfirmed`.
pub const UNCONFIRMABLE_FIELDS: [Field; 12] = [
    Field::Title,
    Field::ShortTitle,
    Field::Kind,
    Field::Sector,
    Field::Parties,
    Field::Signed,
    Field::Place,
    Field::OriginalTitles,
    Field::OfficialList,
    Field::Level,
    Field::Binding,
    Field::Status,
];

/// Checks every rule on `dataset` and returns every finding, in dataset order. A large
/// dataset's records are checked on every core at once; links between records, whose first
/// broken ones get a did-you-mean, are checked after, in order, so the output is the same.
pub fn validate(dataset: &Dataset) -> Vec<Finding> {
    validate_in(
        dataset,
        crate::parallel::threads_for(dataset.agreements.len()),
    )
}

/// [`validate`], with the records checked on `threads` threads at once.
fn validate_in(dataset: &Dataset, threads: usize) -> Vec<Finding> {
    let records = &dataset.agreements;
    // The index of each id's first record: for duplicates, and for links between records.
    let mut first_use: HashMap<&str, usize> =
        HashMap::with_capacity_and_hasher(records.len(), Default::default());
    for (index, record) in records.iter().enumerate() {
        first_use.entry(&record.id).or_insert(index);
    }
    let histories = history::records_histories(dataset);
    let runs = crate::parallel::in_runs(records, threads, |start, run| {
        let mut urls = event::Urls::default();
        let records = run.iter().enumerate();
        let own = records.map(|(i, record)| {
            record::findings(start + i, record, dataset, &first_use, histories, &mut urls)
        });
        (own.collect::<Vec<_>>(), urls)
    });
    let (own, mut urls): (Vec<_>, Vec<_>) = runs.into_iter().unzip();
    let ids = related::Ids::new(&first_use);
    let mut findings = Vec::new();
    for ((index, record), own) in records.iter().enumerate().zip(own.into_iter().flatten()) {
        findings.extend(own);
        let path = || FieldPath::record(index);
        related::check(record, &ids, &path, &mut reporter(&mut findings, record));
    }
    let mut organisation_urls = event::Urls::default();
    organisations::check(
        dataset,
        &mut organisation_urls,
        &mut |severity, record, path, message| {
            findings.push(Finding {
                severity,
                record: record.map(str::to_string),
                path,
                message,
            })
        },
    );
    urls.push(organisation_urls);
    let mut errors = |path, message| {
        findings.push(Finding {
            severity: Severity::Error,
            record: None,
            path,
            message,
        })
    };
    synonyms::check(&dataset.synonyms, &mut errors);
    text::check_dataset(dataset, &mut errors);
    event::check(dataset, urls, &mut |severity, path, message| {
        findings.push(Finding {
            severity,
            record: None,
            path,
            message,
        })
    });
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

mod claims;
mod described;
mod event;
mod finding;
mod formula;
mod history;
mod organisations;
mod path;
mod record;
mod related;
mod synonyms;
pub mod syntax;
#[cfg(test)]
mod tests;
mod text;
