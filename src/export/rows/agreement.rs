//! One record's rows: the agreement, its topics, parties, names, titles, terms, claims,
//! notes, sources and links.

use super::{Tables, number, optional, text};
use crate::export::Value;
use crate::export::schema::{AgreementColumn, agreement_columns};
use crate::field::Field;
use crate::model::Agreement;
use crate::vocab::Vocabulary;

/// One record's rows in every table.
pub(super) fn rows(
    tables: &mut Tables,
    record: &Agreement,
    event_id: Value,
    position: usize,
    exported: &std::collections::HashSet<&str>,
) {
    let id = || text(&record.id);
    let row = agreement_columns().map(|column| match column {
        AgreementColumn::Position => number(position),
        AgreementColumn::Field(Field::Event) => event_id.clone(),
        AgreementColumn::Field(field) => field.value(record).map_or(Value::Null, Value::from),
    });
    tables.push("agreements", row.collect());
    for (i, step) in record.history.iter().enumerate() {
        let mut row = vec![id(), number(i + 1)];
        row.extend(super::step_cells(step));
        tables.push("history", row);
    }
    for (i, topic) in record.topics.iter().enumerate() {
        tables.push("topics", vec![id(), number(i + 1), text(topic)]);
    }
    for field in record.unconfirmed_fields() {
        tables.push("unconfirmed", vec![id(), text(field)]);
    }
    for (i, party) in record.parties.iter().enumerate() {
        let key = (
            party.name.to_string(),
            party.short.as_deref().map(String::from),
            party.country.name(),
        );
        let next = tables.parties.len() + 1;
        let party_id = *tables.parties.entry(key).or_insert(next);
        if party_id == next {
            tables.push(
                "parties",
                vec![
                    number(party_id),
                    text(&party.name),
                    optional(party.short.as_deref()),
                    text(party.country.name()),
                    optional(party.org.as_deref()),
                ],
            );
        }
        tables.push(
            "agreement_parties",
            vec![
                id(),
                number(i + 1),
                number(party_id),
                optional(party.role.as_deref()),
            ],
        );
        for (j, name) in party.other_names.iter().enumerate() {
            names(tables, record, Some(i + 1), j, name);
        }
    }
    for (j, name) in record.project_names.iter().enumerate() {
        names(tables, record, None, j, name);
    }
    for (i, title) in record.original_titles.iter().enumerate() {
        tables.cited(&title.source);
        tables.push(
            "original_titles",
            vec![
                id(),
                number(i + 1),
                text(&title.lang),
                text(&title.text),
                Value::Boolean(title.verbatim),
                text(&title.source),
            ],
        );
    }
    for (i, term) in record.terms.iter().enumerate() {
        if let Some(source) = &term.source {
            tables.cited(source);
        }
        tables.push(
            "terms",
            vec![
                id(),
                number(i + 1),
                text(&term.label),
                term.value.clone().map_or(Value::Null, Value::Number),
                optional(term.unit.as_deref()),
                optional(term.text.as_deref()),
                optional(term.source.as_deref()),
                Value::Boolean(term.unconfirmed),
            ],
        );
    }
    let claims = std::iter::once(("summary", 0, &record.summary_sources)).chain(
        record
            .notes
            .iter()
            .enumerate()
            .map(|(i, n)| ("note", i + 1, &n.sources)),
    );
    let steps = (record.history.iter().enumerate()).map(|(i, s)| ("history", i + 1, &s.sources));
    let claims = claims.chain(steps);
    for (claim, claim_position, urls) in claims {
        for (i, url) in urls.iter().enumerate() {
            tables.cited(url);
            tables.push(
                "claim_sources",
                vec![
                    id(),
                    text(claim),
                    number(claim_position),
                    number(i + 1),
                    text(url),
                ],
            );
        }
    }
    for (i, note) in record.notes.iter().enumerate() {
        let row = vec![
            id(),
            number(i + 1),
            text(&note.text),
            Value::Boolean(note.unconfirmed),
        ];
        tables.push("notes", row);
    }
    let backs = crate::export::backs::backs(record);
    for (i, (source, backs)) in record.sources.iter().zip(backs).enumerate() {
        tables.push(
            "agreement_sources",
            vec![
                id(),
                number(i + 1),
                text(&source.url),
                Value::Boolean(source.background),
                Value::Text(backs),
            ],
        );
    }
    for (i, link) in record.related.iter().enumerate() {
        if let Some(source) = &link.source {
            tables.cited(source);
        }
        let target = link.id.as_deref().filter(|id| exported.contains(id));
        tables.push(
            "links",
            vec![
                id(),
                number(i + 1),
                text(link.relation.name()),
                optional(link.id.as_deref()),
                optional(target),
                optional(link.title.as_deref()),
                link.signed.map_or(Value::Null, Value::Date),
                optional(link.note.as_deref()),
                optional(link.source.as_deref()),
            ],
        );
    }
}

fn names(
    tables: &mut Tables,
    record: &Agreement,
    party: Option<usize>,
    index: usize,
    name: &crate::model::Name,
) {
    tables.cited(&name.source);
    let name_id = tables.rows("names") + 1;
    tables.push(
        "names",
        vec![
            number(name_id),
            text(&record.id),
            party.map_or(Value::Null, number),
            number(index + 1),
            text(&name.name),
            text(&name.lang),
            text(&name.source),
        ],
    );
}
