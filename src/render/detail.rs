//! The detail view of one record (`show`): every field, its key terms and its numbered sources.

use super::{Terminal, finish, new_table};
use crate::model::Agreement;

/// The width used when the terminal's is unknown: prose stays readable in a pager or a file.
const DEFAULT_WIDTH: u16 = 80;

/// Every field of `record`, with its terms and sources, fitted to the terminal (or 80 columns).
pub fn record(record: &Agreement, terminal: Terminal) -> String {
    let width = Some(terminal.width.unwrap_or(DEFAULT_WIDTH));
    let source_number = |url: &str| {
        record
            .sources
            .iter()
            .position(|source| source.url == url)
            .map_or_else(String::new, |i| format!("[{}]", i + 1))
    };
    let flag = |field: &str, value: String| {
        if record.is_unconfirmed(field) {
            format!("{value} (unconfirmed)")
        } else {
            value
        }
    };

    let mut fields = new_table(width);
    let parties = if record.parties.is_empty() {
        "unknown".to_string()
    } else {
        let lines: Vec<String> = record
            .parties
            .iter()
            .map(|party| match &party.short {
                Some(short) => format!("{} ({short}), {}", party.name, party.country),
                None => format!("{}, {}", party.name, party.country),
            })
            .collect();
        lines.join("\n")
    };
    let official = if record.official_list { "yes" } else { "no" };
    let rows = [
        ("ID", record.id.clone()),
        ("Title", flag("title", record.title.clone())),
        ("Short title", record.short_title.clone()),
        ("Kind", flag("kind", record.kind.to_string())),
        ("Sector", record.sector.to_string()),
        ("Topics", record.topics.join(", ")),
        ("Parties", flag("parties", parties)),
        ("Signed", flag("signed", record.signed.to_string())),
        (
            "Place",
            flag(
                "place",
                record
                    .place
                    .clone()
                    .unwrap_or_else(|| "not reported".into()),
            ),
        ),
        ("Official list", official.to_string()),
        ("Confidence", record.confidence.to_string()),
        ("Summary", record.summary.clone()),
    ];
    for (name, value) in rows {
        fields.add_row([name.to_string(), value]);
    }
    if !record.notes.is_empty() {
        let notes: Vec<String> = record
            .notes
            .iter()
            .map(|note| format!("• {note}"))
            .collect();
        fields.add_row(["Notes".to_string(), notes.join("\n")]);
    }
    let mut out = finish(&fields);

    if !record.terms.is_empty() {
        let mut terms = new_table(width);
        terms.set_header(["Key term", "Value", "Source"]);
        for term in &record.terms {
            let value = if term.unconfirmed {
                format!("{} (unconfirmed)", term.display_value())
            } else {
                term.display_value()
            };
            let source = term
                .source
                .as_deref()
                .map_or_else(String::new, source_number);
            terms.add_row([term.label.clone(), value, source]);
        }
        out.push_str("\nKey terms\n");
        out.push_str(&finish(&terms));
    }

    out.push_str("\nSources\n");
    for (i, source) in record.sources.iter().enumerate() {
        let number = format!("[{}]", i + 1);
        out.push_str(&format!(
            "{number:>4} {} ({})\n     {}\n",
            source.publisher, source.side, source.url
        ));
    }
    out
}
