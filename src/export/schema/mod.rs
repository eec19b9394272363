//! Every table's columns and keys, without rows: the schema SQLite, the data package and the
//! spreadsheet share.

mod records;

pub(super) use records::{AgreementColumn, agreement_columns};

use super::{Column, ForeignKey, Table, Type};
use crate::vocab::{Country, Side, StepKind, Vocabulary};

pub(super) fn column(
    name: &'static str,
    kind: Type,
    required: bool,
    description: &'static str,
) -> Column {
    Column {
        name,
        kind,
        required,
        values: None,
        description,
    }
}

pub(super) fn vocabulary<V: Vocabulary>(
    name: &'static str,
    required: bool,
    description: &'static str,
) -> Column {
    Column {
        values: Some(V::names()),
        ..column(name, Type::Text, required, description)
    }
}

pub(super) fn key(
    columns: &'static [&'static str],
    table: &'static str,
    references: &'static [&'static str],
) -> ForeignKey {
    ForeignKey {
        columns,
        table,
        references,
    }
}

pub(super) fn table(
    name: &'static str,
    description: &'static str,
    columns: Vec<Column>,
    primary_key: &'static [&'static str],
    foreign_keys: Vec<ForeignKey>,
) -> Table {
    Table {
        name,
        description,
        columns,
        primary_key,
        foreign_keys,
        rows: Vec::new(),
    }
}

pub(super) const AGREEMENT: &[&str] = &["agreement_id"];
pub(super) const ID: &[&str] = &["id"];
pub(super) const URL: &[&str] = &["url"];

pub(super) fn agreement_key() -> ForeignKey {
    key(AGREEMENT, "agreements", ID)
}

pub(super) fn event_key() -> ForeignKey {
    key(&["event_id"], "events", ID)
}

/// The columns of a dated step of a history (an agreement's or an event's), after its owner and
/// position.
pub(super) fn step_columns() -> Vec<Column> {
    use Type::{Boolean, Date, Text};
    let when = "when it happened, was said or was searched";
    vec![
        column("date", Date, true, when),
        vocabulary::<StepKind>("kind", true, "what kind of step"),
        vocabulary::<Country>("country", false, "the side that took it"),
        column("text", Text, true, "what happened"),
        column(
            "also",
            Text,
            false,
            "agreements it (also) concerns, by id, space-separated",
        ),
        column(
            "settles",
            Date,
            false,
            "the date of the expectation it settles",
        ),
        column(
            "unconfirmed",
            Boolean,
            true,
            "whether it rests on one report, or a weak one",
        ),
    ]
}

/// Whether a note (an agreement's or an event's) is unconfirmed.
pub(super) fn note_unconfirmed() -> Column {
    let what = "whether it rests on one weak report, or the reports conflict";
    column("unconfirmed", Type::Boolean, true, what)
}

pub(super) fn source_key(column: &'static [&'static str]) -> ForeignKey {
    key(column, "sources", URL)
}

pub(super) fn of_agreement(
    name: &'static str,
    description: &'static str,
    mut columns: Vec<Column>,
    mut keys: Vec<ForeignKey>,
) -> Table {
    let mut all = vec![
        column("agreement_id", Type::Text, true, "the agreement's id"),
        column(
            "position",
            Type::Integer,
            true,
            "order within the agreement, from 1",
        ),
    ];
    all.append(&mut columns);
    keys.insert(0, agreement_key());
    table(name, description, all, &["agreement_id", "position"], keys)
}

/// Every table, in an order where a table comes after those it refers to.
pub fn all() -> Vec<Table> {
    use Type::{Boolean, Date, Integer, Text, Url};
    let mut tables = vec![
        table(
            "dataset",
            "the dataset (one row)",
            vec![
                column("title", Text, false, "the dataset's title"),
                column("version", Text, false, "its version"),
                column("updated", Date, false, "when it was last updated"),
                column("licence", Text, false, "its licence"),
                column("description", Text, false, "what it holds"),
            ],
            &[],
            vec![],
        ),
        table(
            "sources",
            "every source address, once",
            vec![
                column("url", Url, true, "the address"),
                column(
                    "publisher",
                    Text,
                    false,
                    "who published it (none when only cited)",
                ),
                vocabulary::<Side>("side", false, "whose voice it is"),
                column("title", Text, false, "its headline"),
                column("published", Date, false, "when it was published"),
                column("language", Text, false, "its language"),
                column(
                    "weak",
                    Boolean,
                    false,
                    "a mirror, an aggregator or a relay (none when only cited)",
                ),
            ],
            URL,
            vec![],
        ),
        table(
            "events",
            "the visits and meetings the documents were signed at",
            vec![
                column(
                    "id",
                    Text,
                    true,
                    "the event's id (its first day when it has none)",
                ),
                column("name", Text, true, "what it is called"),
                column("start", Date, true, "its first day"),
                column("end", Date, true, "its last day"),
                column(
                    "official_list_count",
                    Integer,
                    true,
                    "documents on the official (Kremlin) list",
                ),
                column(
                    "official_list_unrecorded",
                    Integer,
                    true,
                    "documents of that list no source found names, so no record holds them",
                ),
            ],
            ID,
            vec![],
        ),
        table(
            "event_days",
            "each event day by day",
            vec![
                column("event_id", Text, true, "the event"),
                column("date", Date, true, "the day"),
                column("place", Text, true, "where"),
                column("summary", Text, true, "what happened"),
            ],
            &["event_id", "date"],
            vec![event_key()],
        ),
        table(
            "event_notes",
            "context notes on each event",
            vec![
                column("event_id", Text, true, "the event"),
                column("position", Integer, true, "order, from 1"),
                column("title", Text, true, "a heading"),
                column("text", Text, true, "the note"),
                note_unconfirmed(),
            ],
            &["event_id", "position"],
            vec![event_key()],
        ),
        table(
            "statements",
            "what the leaders said",
            vec![
                column("event_id", Text, true, "the event"),
                column("position", Integer, true, "order, from 1"),
                column("speaker", Text, true, "who"),
                column("date", Date, true, "when"),
                column("occasion", Text, true, "where or at what"),
                column("text", Text, true, "what, in English"),
                column("original", Text, false, "the original words"),
                column("original_lang", Text, false, "their language"),
            ],
            &["event_id", "position"],
            vec![event_key()],
        ),
        table(
            "event_history",
            "follow-ups of each event that are not documents (a visa-free regime)",
            vec![
                column("event_id", Text, true, "the event"),
                column("position", Integer, true, "order, from 1"),
            ]
            .into_iter()
            .chain(step_columns())
            .collect(),
            &["event_id", "position"],
            vec![event_key()],
        ),
        table(
            "event_sources",
            "the sources of each day, context note, statement and follow-up",
            vec![
                column("event_id", Text, true, "the event"),
                column("owner", Text, true, "day, note, statement or follow-up"),
                column(
                    "owner_key",
                    Text,
                    true,
                    "the day's date, or the note's, statement's or follow-up's position",
                ),
                column("position", Integer, true, "order among its sources"),
                column("url", Url, true, "the source"),
            ],
            &["event_id", "owner", "owner_key", "position"],
            vec![event_key(), source_key(URL)],
        ),
    ];
    let event = tables.split_off(3);
    tables.extend(records::tables());
    tables.extend(event);
    tables
}

#[cfg(test)]
mod tests;
