//! Small datasets for tests, so that no unit test depends on the live research data.
//!
//! [`small`] is eight made-up records for filters, search and fields. [`with_text`] puts one
//! given text in every free-text field, for the tests and fuzz targets that feed each writer's
//! output to its consumer: whatever the text, the consumer must see the structure it sees for
//! plain text. It has two records, one with two parties and one with three (a graph hub), links
//! to each other and to an outside document, an event day and a context note.

use crate::model::{Agreement, Dataset};
use crate::model::{ContextNote, Day, Event, Name, Note, OriginalTitle, Party, Related};
use crate::model::{Source, Statement, Step, Term, Text};
use crate::vocab::{Confidence, Country, Kind, Level, Relation, Sector, Side, StepKind};

/// The id of the record with two parties, a term and both kinds of link.
pub const RECORD: &str = "hostile-record";
/// The id of the record with three parties.
pub const OTHER: &str = "other-record";
/// The URL of the records' company (primary) source.
pub const COMPANY_URL: &str = "https://example.org/company";
/// The URL of the records' media source.
pub const MEDIA_URL: &str = "https://example.org/media?a=1&b=(2)";

/// The eight records of `tests/data/small.toml`: five sectors, two signing days, one unresolved
/// record without parties, Russian names for parties and a project.
pub fn small() -> Dataset {
    let text = include_str!("../tests/data/small.toml");
    crate::load::from_toml_str(text, "tests/data/small.toml")
        .expect("the small fixture is a valid dataset")
        .dataset
}

/// The dataset with `text` in every free-text field.
pub fn with_text(text: &str) -> Dataset {
    let owned = |s: String| -> crate::model::Text { s.into() };
    let source = |url: &'static str, publisher: String, side| Source {
        url: url.into(),
        publisher: owned(publisher),
        side,
        title: Some(owned(text.to_string())),
        published: Some("2025-09-02".parse().expect("a valid date")),
        language: Some("ru".into()),
        background: false,
        weak: false,
    };
    let sources = vec![
        source(COMPANY_URL, text.to_string(), Side::Company),
        source(MEDIA_URL, format!("{text} media"), Side::Media),
    ];
    let name = || Name {
        name: owned(text.to_string()),
        lang: "ru".into(),
        source: COMPANY_URL.into(),
    };
    let note = || Note {
        text: owned(text.to_string()),
        sources: vec![COMPANY_URL.into(), MEDIA_URL.into()],
        unconfirmed: false,
    };
    let date = |d: &str| d.parse().expect("a valid date");
    let party = |suffix: &str, country| Party {
        org: None,
        name: owned(format!("{text} {suffix}")),
        short: None,
        country,
        other_names: Vec::new(),
        role: None,
    };
    let record = |id: &'static str, parties: Vec<Party>, related: Vec<Related>| Agreement {
        id: id.into(),
        title: owned(text.to_string()),
        short_title: owned(format!("{text} {id}")),
        kind: Kind::Memorandum,
        sector: Sector::Energy,
        topics: vec!["gas".into(), "газ".into()],
        parties,
        signed: date("2025-09-02"),
        place: Some(owned(text.to_string())),
        summary: owned(text.to_string()),
        summary_sources: vec![MEDIA_URL.into()],
        original_titles: vec![OriginalTitle {
            lang: "ru".into(),
            text: owned(text.to_string()),
            source: MEDIA_URL.into(),
            verbatim: true,
        }],
        project_names: vec![name()],
        terms: vec![Term {
            label: owned(text.to_string()),
            value: Some(5.into()),
            unit: Some(owned(text.to_string())),
            text: Some(owned(text.to_string())),
            source: Some(COMPANY_URL.into()),
            unconfirmed: true,
        }],
        official_list: id == RECORD,
        confidence: Confidence::Confirmed,
        unconfirmed: vec!["place".into()],
        notes: vec![note(), note()],
        sources: sources.clone(),
        related,
        event: None,
        level: Some(Level::Corporate),
        binding: Some(true),
        status: None,
        checked: Some(date("2026-12-01")),
        history: vec![step(text, Text::from(MEDIA_URL))],
    };
    let link = |relation, id: Option<&'static str>, title: Option<String>| Related {
        relation,
        id: id.map(Into::into),
        title: title.map(owned),
        signed: title_date(id),
        note: Some(owned(text.to_string())),
        source: Some(COMPANY_URL.into()),
    };
    let mut first = party("A", Country::Ru);
    first.short = Some(owned(text.to_string()));
    first.other_names = vec![name()];
    Dataset {
        synonyms: vec![vec!["moon".into(), "lunar".into()]],
        metadata: Some(crate::model::Metadata {
            title: owned(text.to_string()),
            version: "1.0.0".into(),
            updated: date("2026-11-29"),
            licence: owned(text.to_string()),
            description: owned(text.to_string()),
        }),
        organisations: Vec::new(),
        events: vec![Event {
            id: None,
            name: owned(text.to_string()),
            start: date("2025-08-31"),
            end: date("2025-09-03"),
            official_list_count: 1,
            official_list_unrecorded: 0,
            days: vec![Day {
                date: date("2025-09-02"),
                place: owned(text.to_string()),
                summary: owned(text.to_string()),
                sources: sources.clone(),
            }],
            notes: vec![ContextNote {
                title: owned(text.to_string()),
                text: owned(text.to_string()),
                sources: sources.clone(),
                unconfirmed: false,
            }],
            statements: vec![Statement {
                speaker: owned(text.to_string()),
                date: date("2025-09-02"),
                occasion: owned(text.to_string()),
                text: owned(text.to_string()),
                original: Some(owned(text.to_string())),
                original_lang: Some("zh".into()),
                sources: sources.clone(),
            }],
            history: vec![step(text, sources[0].clone())],
        }],
        agreements: vec![
            record(
                RECORD,
                vec![first, party("B", Country::Cn)],
                vec![
                    link(Relation::RelatedTo, Some(OTHER), None),
                    link(Relation::BuildsOn, None, Some(text.to_string())),
                ],
            ),
            record(
                OTHER,
                vec![
                    party("C", Country::Ru),
                    party("D", Country::Cn),
                    party("E", Country::Mn),
                ],
                Vec::new(),
            ),
        ],
    }
}

/// An outside document's signing date; a record of the dataset has its own.
fn title_date(id: Option<&str>) -> Option<crate::date::Date> {
    id.is_none()
        .then(|| "2024-05-16".parse().expect("a valid date"))
}

/// A follow-up with `text`, cited to `source`.
fn step<S>(text: &str, source: S) -> Step<S> {
    Step {
        date: "2025-10-01".parse().expect("a valid date"),
        kind: StepKind::Implementing,
        country: Some(Country::Cn),
        text: text.to_string().into(),
        also: Vec::new(),
        settles: None,
        unconfirmed: true,
        sources: vec![source],
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_fixture_is_valid_for_plain_and_hostile_text() {
        for text in ["Plain text", "{ \\ `$(x)` <!-- \n # - 1. |"] {
            let findings = crate::validate::validate(&super::with_text(text));
            assert!(findings.is_empty(), "{text:?}: {findings:?}");
        }
    }
}
