//! The rules about organisations and the parties that name them.

use super::*;
use crate::model::{Name, Organisation, Source};
use crate::vocab::{Body, Country};

const PAGE: &str = "https://example.org/names";

/// The valid dataset with its one party written as organisation `somebody`, with one name.
fn with_organisation() -> Dataset {
    let mut data = dataset();
    let page = Source {
        url: PAGE.into(),
        publisher: "Names".into(),
        side: Side::Media,
        title: None,
        published: None,
        language: None,
        background: false,
        weak: false,
    };
    data.organisations.push(Organisation {
        id: "somebody".into(),
        name: "Somebody".into(),
        short: None,
        country: Country::Ru,
        body: Body::Company,
        other_names: vec![Name {
            name: "Некто".into(),
            lang: "ru".into(),
            source: PAGE.into(),
        }],
        sources: vec![page],
    });
    let party = &mut data.agreements[0].parties[0];
    party.org = Some("somebody".into());
    party.name = "".into();
    data.resolve_organisations();
    data
}

/// The findings of the dataset with organisations, changed by `change`.
fn findings(change: impl FnOnce(&mut Dataset)) -> Vec<Finding> {
    let mut data = with_organisation();
    change(&mut data);
    validate(&data)
}

#[test]
fn a_party_naming_an_organisation_takes_its_names_and_a_source_for_them() {
    let data = with_organisation();
    assert_eq!(validate(&data), []);
    let record = &data.agreements[0];
    assert_eq!(record.parties[0].other_names[0].name, "Некто");
    assert_eq!(record.sources[1].url, PAGE);
    assert!(record.sources[1].background);
}

#[test]
fn a_party_that_disagrees_with_its_organisation_in_any_field_is_an_error() {
    let changes: [fn(&mut crate::model::Party); 4] = [
        |party| party.name = "Somebody Else".into(),
        |party| party.short = Some("SE".into()),
        |party| party.country = Country::Cn,
        |party| party.other_names.clear(),
    ];
    for (i, change) in changes.into_iter().enumerate() {
        let found = findings(|d| change(&mut d.agreements[0].parties[0]));
        assert_eq!(found.len(), 1, "{i}: {found:?}");
        assert_eq!(found[0].path.to_string(), "agreements[0].parties[0].org");
        assert!(found[0].message.contains("gives another name"), "{i}");
    }
}

#[test]
fn an_unknown_organisation_is_an_error_unless_records_alone_carry_their_names() {
    let unknown = |d: &mut Dataset| d.agreements[0].parties[0].org = Some("somebodee".into());
    // (The organisation it meant is then named by no record: a warning besides.)
    let found: Vec<Finding> = (findings(unknown).into_iter())
        .filter(|f| f.severity == Severity::Error)
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        (found[0].message).contains("unknown organisation 'somebodee'; did you mean 'somebody'?"),
        "{}",
        found[0].message
    );
    // Without organisations, a party carrying its names keeps its id as a label...
    assert_eq!(
        findings(|d| {
            unknown(d);
            d.organisations.clear();
        }),
        []
    );
    // ... but one that carries nothing is still unknown.
    let found = findings(|d| {
        unknown(d);
        d.organisations.clear();
        d.agreements[0].parties[0].name = "".into();
    });
    assert!(
        found[0].message.contains("unknown organisation"),
        "{found:?}"
    );
}

#[test]
fn only_the_first_unknown_organisations_get_a_did_you_mean() {
    let found = findings(|d| {
        let party = d.agreements[0].parties[0].clone();
        d.agreements[0].parties = (0..25)
            .map(|i| {
                let mut party = party.clone();
                party.org = Some("somebodee".into());
                party.name = format!("Party {i}").into();
                party
            })
            .collect();
    });
    let hinted = |finding: &Finding| finding.message.contains("did you mean");
    let unknown: Vec<&Finding> = (found.iter())
        .filter(|f| f.message.contains("unknown organisation"))
        .collect();
    assert_eq!(unknown.len(), 25);
    assert!(unknown[..20].iter().all(|f| hinted(f)));
    assert!(!unknown[20..].iter().any(|f| hinted(f)));
}

#[test]
fn each_organisation_rule_reports_its_finding_at_its_path() {
    let cases: [Case; 5] = [
        (
            "no record names it",
            |d| {
                let mut other = d.organisations[0].clone();
                other.id = "nobody".into();
                d.organisations.push(other);
            },
            Severity::Warning,
            "organisations[1]",
            "no record names organisation 'nobody'",
        ),
        (
            "an id twice",
            |d| {
                let again = d.organisations[0].clone();
                d.organisations.push(again);
            },
            Severity::Error,
            "organisations[1].id",
            "duplicate organisation id 'somebody'",
        ),
        (
            "a name citing a page the organisation does not list",
            |d| d.organisations[0].other_names[0].source = "https://example.org/other".into(),
            Severity::Error,
            "organisations[0].other_names[0].source",
            "which is not in the organisation's sources",
        ),
        (
            "a page no name cites",
            |d| {
                let mut page = d.organisations[0].sources[0].clone();
                page.url = "https://example.org/unused".into();
                d.organisations[0].sources.push(page);
            },
            Severity::Warning,
            "organisations[0].sources[1]",
            "backs no name of the organisation",
        ),
        (
            "a bad language tag",
            |d| d.organisations[0].other_names[0].lang = "Russian".into(),
            Severity::Error,
            "organisations[0].other_names[0].lang",
            "language 'Russian' must be",
        ),
    ];
    for (name, change, severity, path, message) in cases {
        let found = findings(change);
        let finding = (found.iter()).find(|f| f.message.contains(message));
        let finding = finding.unwrap_or_else(|| panic!("{name}: {found:?}"));
        assert_eq!(finding.severity, severity, "{name}");
        assert_eq!(finding.path.to_string(), path, "{name}");
    }
    // A page listed twice, cited once, is not reported.
    let found = findings(|d| {
        let again = d.organisations[0].sources[0].clone();
        d.organisations[0].sources.push(again);
    });
    assert_eq!(found, []);
}
