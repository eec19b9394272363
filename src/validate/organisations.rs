//! The dataset's organisations and the parties that name them: unique kebab-case ids, names
//! that say something, in a valid language, each citing one of the organisation's sources;
//! every party's `org` names a listed organisation (with a did-you-mean) and agrees with it; an
//! organisation that no record names is a warning. Records read without their organisations
//! (JSON Lines of records alone) keep the names each party carries, and their ids as labels.

use super::{FieldPath, HashMap, Severity, claims, event, syntax};
use crate::model::{Dataset, Organisation};
use crate::sanitize::quoted;
use crate::suggest;

/// How many unknown organisation ids get a did-you-mean: each is a pass over every id.
const HINTED: usize = 20;

/// Checks the organisations of `dataset` and the parties that name them; the organisations'
/// sources are noted in `urls`; `report` receives each finding.
pub(super) fn check<'a>(
    dataset: &'a Dataset,
    urls: &mut event::Urls<'a>,
    report: &mut impl FnMut(Severity, Option<&str>, FieldPath, String),
) {
    let mut ids: HashMap<&str, usize> = HashMap::default();
    for (i, organisation) in dataset.organisations.iter().enumerate() {
        let path = || FieldPath::default().key("organisations").index(i);
        if let Some(first) = ids.insert(&organisation.id, i) {
            let message = format!(
                "duplicate organisation id '{}': organisation {} has it too; ids must be unique",
                quoted(&organisation.id),
                first + 1
            );
            report(Severity::Error, None, path().key("id"), message);
        }
        check_one(organisation, &path, urls, &mut |severity, at, message| {
            report(severity, None, at, message)
        });
    }
    let mut named = vec![false; dataset.organisations.len()];
    let mut hints_left = HINTED;
    for (r, record) in dataset.agreements.iter().enumerate() {
        for (p, party) in record.parties.iter().enumerate() {
            let Some(id) = &party.org else { continue };
            let at = || FieldPath::record(r).key("parties").index(p).key("org");
            let Some(&i) = ids.get(id.as_ref()) else {
                if dataset.organisations.is_empty() && !party.awaits_organisation() {
                    // Records without their dataset's organisations (`list --format jsonl`):
                    // each party carries its names, and the id only labels it.
                    continue;
                }
                let hint = if hints_left > 0 {
                    hints_left -= 1;
                    suggest::hint(suggest::closest(id, ids.keys().copied()))
                } else {
                    String::new()
                };
                let message = format!(
                    "unknown organisation '{}'{hint}: list it under [[organisations]], or write the party's name and country",
                    quoted(id)
                );
                report(Severity::Error, Some(&record.id), at(), message);
                continue;
            };
            named[i] = true;
            let organisation = &dataset.organisations[i];
            if !party.agrees_with(organisation) {
                let message = format!(
                    "the party names organisation '{}' but gives another name, short name, country or other names: leave them out and the organisation's are used",
                    quoted(id)
                );
                report(Severity::Error, Some(&record.id), at(), message);
            }
        }
    }
    for (i, organisation) in dataset.organisations.iter().enumerate() {
        if !named[i] {
            let message = format!(
                "no record names organisation '{}': name it as a party ({{ org = \"{}\" }}) or remove it",
                quoted(&organisation.id),
                quoted(&organisation.id)
            );
            let at = FieldPath::default().key("organisations").index(i);
            report(Severity::Warning, None, at, message);
        }
    }
}

/// The rules for one organisation, at `path`.
fn check_one<'a>(
    organisation: &'a Organisation,
    path: &impl Fn() -> FieldPath,
    urls: &mut event::Urls<'a>,
    report: &mut impl FnMut(Severity, FieldPath, String),
) {
    use Severity::{Error, Warning};
    if !syntax::is_kebab_case(&organisation.id) {
        let message =
            "id must be kebab-case: lower-case letters and digits joined by single '-'".into();
        report(Error, path().key("id"), message);
    }
    if organisation.name.trim().is_empty() {
        let message = "the organisation's name is empty: write it".into();
        report(Error, path().key("name"), message);
    }
    let sources = &organisation.sources;
    let mut cited = vec![false; sources.len()];
    for (j, name) in organisation.other_names.iter().enumerate() {
        let at = || path().key("other_names").index(j);
        if name.name.trim().is_empty() {
            report(
                Error,
                at().key("name"),
                "the name is empty: write it, or remove it".into(),
            );
        }
        if let Some(message) = claims::lang_problem(&name.lang) {
            report(Error, at().key("lang"), message);
        }
        match sources.iter().position(|source| source.url == name.source) {
            Some(k) => cited[k] = true,
            None => {
                let message = format!(
                    "the name '{}' cites '{}', which is not in the organisation's sources: add it there",
                    quoted(&name.name),
                    quoted(&name.source)
                );
                report(Error, at().key("source"), message);
            }
        }
    }
    let sources_path = || path().key("sources");
    event::check_sources(sources, urls, &sources_path, report);
    for (k, source) in sources.iter().enumerate() {
        if !cited[k] && !sources[..k].iter().any(|other| other.url == source.url) {
            let message = format!(
                "source '{}' backs no name of the organisation: cite it from a name, or remove it",
                quoted(&source.url)
            );
            report(Warning, sources_path().index(k), message);
        }
    }
}
