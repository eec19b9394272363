//! The rows of every table, from the selected records and the dataset's metadata and event.

mod agreement;

use super::{ExportError, Selection, Table, Value, schema};
use crate::model::{Event, Source};
use crate::vocab::Vocabulary;
use std::collections::{HashMap, HashSet};

pub(super) fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}

pub(super) fn optional(s: Option<&str>) -> Value {
    s.map_or(Value::Null, text)
}

pub(super) fn number(n: usize) -> Value {
    Value::Integer(i64::try_from(n).unwrap_or(i64::MAX))
}

/// A dated step's cells, in [`schema::step_columns`]'s order.
pub(super) fn step_cells<S>(step: &crate::model::Step<S>) -> Vec<Value> {
    let also: Vec<&str> = step.also.iter().map(AsRef::as_ref).collect();
    vec![
        Value::Date(step.date),
        text(step.kind.name()),
        optional(step.country.map(Vocabulary::name)),
        text(&step.text),
        optional((!also.is_empty()).then(|| also.join(" ")).as_deref()),
        step.settles.map_or(Value::Null, Value::Date),
        Value::Boolean(step.unconfirmed),
    ]
}

/// The tables being filled, by name.
struct Tables {
    tables: Vec<Table>,
    sources: HashMap<String, usize>,
    parties: HashMap<(String, Option<String>, &'static str), usize>,
}

impl Tables {
    /// Adds `row` to the table `name`. The rows are written by position, so a row that is not
    /// one value per column of a table the schema has is a bug here, never a shifted export.
    fn push(&mut self, name: &str, row: Vec<Value>) {
        let table = self.tables.iter_mut().find(|t| t.name == name);
        let table = table.unwrap_or_else(|| panic!("the schema has no table '{name}'"));
        assert_eq!(row.len(), table.columns.len(), "a row of '{name}'");
        table.rows.push(row);
    }

    /// Adds `source` to the `sources` table, or checks it agrees with the row already there.
    fn source(&mut self, source: &Source) -> Result<(), ExportError> {
        let row = vec![
            text(&source.url),
            text(&source.publisher),
            text(source.side.name()),
            optional(source.title.as_deref()),
            source.published.map_or(Value::Null, Value::Date),
            optional(source.language.as_deref()),
            Value::Boolean(source.weak),
        ];
        let Some(&index) = self.sources.get(source.url.as_ref()) else {
            self.sources
                .insert(source.url.to_string(), self.rows("sources"));
            self.push("sources", row);
            return Ok(());
        };
        let table = self.table("sources");
        let known = &table.rows[index];
        for (i, column) in table.columns.iter().enumerate() {
            if known[i] != row[i] {
                return Err(ExportError::SourceConflict {
                    url: source.url.to_string(),
                    field: column.name,
                    first: known[i].text(),
                    second: row[i].text(),
                });
            }
        }
        Ok(())
    }

    /// A cited address no source list describes gets a row of its own, with only the address.
    fn cited(&mut self, url: &str) {
        if !self.sources.contains_key(url) {
            self.sources.insert(url.to_string(), self.rows("sources"));
            let mut row = vec![text(url)];
            row.resize(self.table("sources").columns.len(), Value::Null);
            self.push("sources", row);
        }
    }

    fn table(&self, name: &str) -> &Table {
        let found = self.tables.iter().find(|t| t.name == name);
        found.unwrap_or_else(|| &self.tables[0])
    }

    fn rows(&self, name: &str) -> usize {
        self.table(name).rows.len()
    }
}

/// The dataset's tables with the rows of `selection`: the records, their parties and sources,
/// and the whole event. Fails when one source address is described two ways.
pub fn tables(selection: &Selection) -> Result<Vec<Table>, ExportError> {
    let mut tables = Tables {
        tables: schema::all(),
        sources: HashMap::new(),
        parties: HashMap::new(),
    };
    let dataset = selection.dataset;
    let metadata = dataset.metadata.as_ref();
    // One row when the dataset describes itself; none (not a blank row) when it does not.
    if let Some(m) = metadata {
        tables.push(
            "dataset",
            vec![
                text(&m.title),
                text(&m.version),
                Value::Date(m.updated),
                text(&m.licence),
                text(&m.description),
            ],
        );
    }
    for record in selection.records {
        for source in &record.sources {
            tables.source(source)?;
        }
    }
    for event in &dataset.events {
        event_rows(&mut tables, event)?;
    }
    let exported: HashSet<&str> = selection.records.iter().map(|r| r.id.as_ref()).collect();
    for (i, record) in selection.records.iter().enumerate() {
        let event = dataset.event_of(record).map(|event| event.key());
        agreement::rows(
            &mut tables,
            record,
            optional(event.as_deref()),
            i + 1,
            &exported,
        );
    }
    Ok(tables.tables)
}

/// One event's rows: the event, its days, notes, statements and follow-ups, and their sources.
fn event_rows(tables: &mut Tables, event: &Event) -> Result<(), ExportError> {
    let key = event.key();
    let id = || text(&key);
    tables.push(
        "events",
        vec![
            id(),
            text(&event.name),
            Value::Date(event.start),
            Value::Date(event.end),
            number(event.official_list_count),
            number(event.official_list_unrecorded),
        ],
    );
    let mut owned_sources = Vec::new();
    for day in &event.days {
        owned_sources.push(("day", day.date.to_string(), &day.sources));
        let row = vec![
            id(),
            Value::Date(day.date),
            text(&day.place),
            text(&day.summary),
        ];
        tables.push("event_days", row);
    }
    for (i, note) in event.notes.iter().enumerate() {
        owned_sources.push(("note", (i + 1).to_string(), &note.sources));
        let row = vec![
            id(),
            number(i + 1),
            text(&note.title),
            text(&note.text),
            Value::Boolean(note.unconfirmed),
        ];
        tables.push("event_notes", row);
    }
    for (i, said) in event.statements.iter().enumerate() {
        owned_sources.push(("statement", (i + 1).to_string(), &said.sources));
        tables.push(
            "statements",
            vec![
                id(),
                number(i + 1),
                text(&said.speaker),
                Value::Date(said.date),
                text(&said.occasion),
                text(&said.text),
                optional(said.original.as_deref()),
                optional(said.original_lang.as_deref()),
            ],
        );
    }
    for (i, step) in event.history.iter().enumerate() {
        owned_sources.push(("follow-up", (i + 1).to_string(), &step.sources));
        let mut row = vec![id(), number(i + 1)];
        row.extend(step_cells(step));
        tables.push("event_history", row);
    }
    for (owner, owner_key, sources) in owned_sources {
        for (i, source) in sources.iter().enumerate() {
            tables.source(source)?;
            let row = vec![
                id(),
                text(owner),
                text(&owner_key),
                number(i + 1),
                text(&source.url),
            ];
            tables.push("event_sources", row);
        }
    }
    Ok(())
}
