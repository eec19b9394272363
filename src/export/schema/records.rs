//! The agreements table and the tables of a record's parts: topics, parties, names, terms,
//! notes, sources and links.

use super::vocabulary;
use super::{ID, URL, agreement_key, column, event_key, key, of_agreement, source_key, table};
use crate::export::{Column, Table, Type};
use crate::field::{Field, Form, Presence};
use crate::vocab::Vocabulary as _;
use crate::vocab::{Country, Relation};

/// A column of the agreements table: a field of the record that holds one value, or the
/// record's place in the dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::export) enum AgreementColumn {
    /// A field that holds one value; the event is the column `event_id`, a key of the events.
    Field(Field),
    /// The record's order in the dataset, from 1.
    Position,
}

/// The agreements table's columns in order: every field that holds one value, in field order,
/// with the position after the id (the fields that hold lists have tables of their own).
pub(in crate::export) fn agreement_columns() -> impl Iterator<Item = AgreementColumn> {
    Field::ALL
        .iter()
        .filter(|field| !field.is_list())
        .flat_map(|&field| {
            let position = (field == Field::Id).then_some(AgreementColumn::Position);
            std::iter::once(AgreementColumn::Field(field)).chain(position)
        })
}

/// An agreements column as the schema describes it, from the field's [`Part`].
fn agreement_column(of: AgreementColumn) -> Column {
    let AgreementColumn::Field(field) = of else {
        return column(
            "position",
            Type::Integer,
            true,
            "order in the dataset, from 1",
        );
    };
    let part = field.part();
    let (kind, values) = match part.form {
        Form::Date => (Type::Date, None),
        Form::Boolean => (Type::Boolean, None),
        Form::Word(names) => (Type::Text, Some(names())),
        Form::Prose | Form::Id | Form::List => (Type::Text, None),
    };
    let name = match field {
        Field::Event => "event_id",
        _ => field.name(),
    };
    Column {
        values,
        ..column(
            name,
            kind,
            part.presence != Presence::Optional,
            part.meaning,
        )
    }
}

/// The record tables, each after those it refers to.
pub(super) fn tables() -> Vec<Table> {
    use Type::{Boolean, Date, Integer, Number, Text, Url};
    vec![
        table(
            "agreements",
            "one row per document",
            agreement_columns().map(agreement_column).collect(),
            ID,
            vec![event_key()],
        ),
        of_agreement(
            "topics",
            "an agreement's topics",
            vec![column("topic", Text, true, "the topic")],
            vec![],
        ),
        table(
            "unconfirmed",
            "fields of an agreement the sources do not confirm",
            vec![
                column("agreement_id", Text, true, "the agreement's id"),
                column("field", Text, true, "the field's name"),
            ],
            &["agreement_id", "field"],
            vec![agreement_key()],
        ),
        table(
            "parties",
            "every signing organisation, once",
            vec![
                column("party_id", Integer, true, "a number for the organisation"),
                column("name", Text, true, "its name, in English"),
                column("short", Text, false, "its short name"),
                vocabulary::<Country>("country", true, "its country"),
                column(
                    "org",
                    Text,
                    false,
                    "the id of the dataset's organisation it is, if the dataset lists organisations",
                ),
            ],
            &["party_id"],
            vec![],
        ),
        of_agreement(
            "agreement_parties",
            "the parties of each agreement, in order",
            vec![
                column("party_id", Integer, true, "the party"),
                column(
                    "role",
                    Text,
                    false,
                    "what it does in this agreement, where sources say",
                ),
            ],
            vec![key(&["party_id"], "parties", &["party_id"])],
        ),
        table(
            "names",
            "names of a party or of a project in other languages, as one agreement's sources give them",
            vec![
                column("name_id", Integer, true, "a number for the row"),
                column("agreement_id", Text, true, "the agreement's id"),
                column(
                    "party_position",
                    Integer,
                    false,
                    "the party's position in the agreement; none for a project name",
                ),
                column(
                    "position",
                    Integer,
                    true,
                    "order among the names of the party or project",
                ),
                column("name", Text, true, "the name"),
                column("lang", Text, true, "its language"),
                column("source", Url, true, "the source that gives it"),
            ],
            &["name_id"],
            vec![agreement_key(), source_key(&["source"])],
        ),
        of_agreement(
            "original_titles",
            "titles in the original languages",
            vec![
                column("lang", Text, true, "the language"),
                column("text", Text, true, "the title"),
                column("verbatim", Boolean, true, "quoted as written, or described"),
                column("source", Url, true, "the source that gives it"),
            ],
            vec![source_key(&["source"])],
        ),
        of_agreement(
            "terms",
            "key terms: figures and conditions",
            vec![
                column("label", Text, true, "what the term is"),
                column("value", Number, false, "its figure"),
                column("unit", Text, false, "the figure's unit"),
                column("text", Text, false, "the term in words"),
                column("source", Url, false, "the source that gives it"),
                column(
                    "unconfirmed",
                    Boolean,
                    true,
                    "whether the sources leave it unconfirmed",
                ),
            ],
            vec![source_key(&["source"])],
        ),
        of_agreement(
            "history",
            "what happened to each agreement after its signing, in date order",
            super::step_columns(),
            vec![],
        ),
        of_agreement(
            "notes",
            "notes on an agreement",
            vec![
                column("text", Text, true, "the note"),
                super::note_unconfirmed(),
            ],
            vec![],
        ),
        table(
            "claim_sources",
            "the sources of an agreement's summary, of each note and of each step of its history",
            vec![
                column("agreement_id", Text, true, "the agreement's id"),
                column("claim", Text, true, "summary, note or history"),
                column(
                    "claim_position",
                    Integer,
                    true,
                    "the note's or step's position (0 for the summary)",
                ),
                column("position", Integer, true, "order among the claim's sources"),
                column("url", Url, true, "the source"),
            ],
            &["agreement_id", "claim", "claim_position", "position"],
            vec![agreement_key(), source_key(URL)],
        ),
        of_agreement(
            "agreement_sources",
            "each agreement's sources, in order, with what each backs",
            vec![
                column("url", Url, true, "the source"),
                column(
                    "background",
                    Boolean,
                    true,
                    "background only (an earlier document, a name)",
                ),
                column("backs", Text, true, "what the source backs in this record"),
            ],
            vec![source_key(URL)],
        ),
        of_agreement(
            "links",
            "links between documents, as each record declares them",
            vec![
                vocabulary::<Relation>("relation", true, "how the documents relate"),
                column(
                    "declared_id",
                    Text,
                    false,
                    "the other document's id, as declared",
                ),
                column(
                    "target_id",
                    Text,
                    false,
                    "the same, when that record is in this export",
                ),
                column("title", Text, false, "an outside document's title"),
                column("signed", Date, false, "an outside document's signing date"),
                column("note", Text, false, "what the link means"),
                column("source", Url, false, "the source that reports it"),
            ],
            vec![
                key(&["target_id"], "agreements", ID),
                source_key(&["source"]),
            ],
        ),
    ]
}
