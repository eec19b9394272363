//! A claim that rests on weak sources alone (mirrors, aggregators, relays) is a warning unless it
//! is marked unconfirmed where it can be; beside a stronger source it is none.

use super::*;
use crate::model::{Note, OriginalTitle};

const WEAK: &str = "https://example.org/a";
const STRONG: &str = "https://example.org/strong";

/// The valid dataset with its first record's source marked weak and a stronger one beside it:
/// the summary cites both, the term (on the weak one alone) is marked unconfirmed. No findings.
fn with_weak_source() -> Dataset {
    let mut data = dataset();
    weaken(&mut data);
    data
}

/// See [`with_weak_source`].
fn weaken(data: &mut Dataset) {
    let record = &mut data.agreements[0];
    strong_beside_weak(record);
    record.terms[0].unconfirmed = true;
}

/// `record`'s first source marked weak, and a stronger one beside it that the summary cites.
fn strong_beside_weak(record: &mut crate::model::Agreement) {
    record.sources[0].weak = true;
    let mut strong = record.sources[0].clone();
    strong.url = STRONG.into();
    strong.weak = false;
    record.sources.push(strong);
    record.summary_sources.push(STRONG.into());
}

fn note(urls: &[&'static str], unconfirmed: bool) -> Note {
    Note {
        text: "A caveat.".into(),
        sources: urls.iter().map(|&url| url.into()).collect(),
        unconfirmed,
    }
}

fn title() -> OriginalTitle {
    OriginalTitle {
        lang: "ru".into(),
        text: "Меморандум".into(),
        source: WEAK.into(),
        verbatim: true,
    }
}

/// A page of the event, weak (a mirror), described as the record's weak page is.
fn mirror(data: &Dataset) -> crate::model::Source {
    let mut weak = data.agreements[0].sources[0].clone();
    weak.url = "https://example.org/mirror".into();
    weak
}

/// A note of the event that rests on [`mirror`] alone.
fn event_note(data: &Dataset, unconfirmed: bool) -> crate::model::ContextNote {
    crate::model::ContextNote {
        title: "Reported".into(),
        text: "A mirror reports it.".into(),
        sources: vec![mirror(data)],
        unconfirmed,
    }
}

#[test]
fn a_claim_marked_unconfirmed_or_beside_a_stronger_source_is_no_finding() {
    let mut data = with_weak_source();
    assert_eq!(validate(&data), []);
    let record = &mut data.agreements[0];
    record.notes = vec![note(&[WEAK], true), note(&[WEAK, STRONG], false)];
    record.original_titles = vec![title()];
    record.unconfirmed.push("original_titles".into());
    data.events[0].notes = vec![event_note(&data, true)];
    assert_eq!(validate(&data), []);
}

/// Each change to [`with_weak_source`] and the one warning it must give.
#[test]
fn each_claim_on_weak_sources_alone_is_a_warning_until_marked() {
    let cases: [Case; 7] = [
        (
            "the summary",
            |d| {
                weaken(d);
                // The stronger source backs a note instead, so that it backs a claim.
                d.agreements[0].summary_sources = vec![WEAK.into()];
                d.agreements[0].notes = vec![note(&[STRONG], false)];
            },
            Severity::Warning,
            "agreements[0].summary_sources",
            "the summary rests on weak sources alone (mirrors, aggregators, relays): cite a stronger source",
        ),
        (
            "a note",
            |d| {
                weaken(d);
                d.agreements[0].notes = vec![note(&[WEAK], false)];
            },
            Severity::Warning,
            "agreements[0].notes[0].sources",
            "note 1 rests on weak sources alone (mirrors, aggregators, relays): cite a stronger source, or mark the note unconfirmed = true",
        ),
        (
            "a term",
            |d| {
                weaken(d);
                d.agreements[0].terms[0].unconfirmed = false;
            },
            Severity::Warning,
            "agreements[0].terms[0].source",
            "or mark the term unconfirmed = true",
        ),
        (
            "an original title",
            |d| {
                weaken(d);
                d.agreements[0].original_titles = vec![title()];
            },
            Severity::Warning,
            "agreements[0].original_titles[0].source",
            "or list \"original_titles\" in the record's unconfirmed",
        ),
        (
            "one page, weak in one record only",
            |d| {
                let mut second = second_record(d);
                second.terms.clear();
                strong_beside_weak(&mut second);
                d.agreements.push(second)
            },
            Severity::Error,
            "agreements[1].sources[0].weak",
            "has weak 'true' here and 'false' in record 'first'",
        ),
        (
            "a note of the event",
            |d| {
                weaken(d);
                d.events[0].notes = vec![event_note(d, false)];
            },
            Severity::Warning,
            "events[0].notes[0].sources",
            "note 1 of the event rests on weak sources alone (mirrors, aggregators, relays): cite a stronger source, or mark it unconfirmed = true",
        ),
        (
            "a statement at the event",
            |d| {
                weaken(d);
                d.events[0].statements = vec![crate::model::Statement {
                    speaker: "A leader".into(),
                    date: "2025-09-02".parse().unwrap(),
                    occasion: "talks".into(),
                    text: "Words.".into(),
                    original: None,
                    original_lang: None,
                    sources: vec![mirror(d)],
                }];
            },
            Severity::Warning,
            "events[0].statements[0].sources",
            "statement 1 of the event rests on weak sources alone (mirrors, aggregators, relays): cite a stronger source",
        ),
    ];
    check(&cases);
}
