//! The detail view of one record (`show`): every field, its key terms and its numbered sources.

use super::list_layout::wrap;
use super::source_marks;
use super::{DETAIL_FIELDS, PROSE_WIDTH, Terminal, Tone, cell, finish, is_unconfirmed, new_table};
use crate::field::{Field, Scalar};
use crate::links::Link;
use crate::model::SourceIndex;
use crate::model::{Agreement, Name, Source};
use crate::sanitize::one_line;

/// One party per line, with its names in other languages and the sources that use them.
fn parties(record: &Agreement) -> String {
    let lines: Vec<String> = record
        .parties
        .iter()
        .map(|party| {
            let short = party.short.as_ref().map(|s| format!(" ({s})"));
            let mut line = format!(
                "{}{}, {}",
                party.name,
                short.unwrap_or_default(),
                party.country
            );
            if let Some(role) = &party.role {
                line.push_str(&format!(", as {role}"));
            }
            if !party.other_names.is_empty() {
                line.push_str(&format!("; also {}", names(record, &party.other_names)));
            }
            line
        })
        .collect();
    lines.join("\n")
}

/// Names in other languages with their language and source: `Газпром (ru) [2], ...`.
pub fn names(record: &Agreement, names: &[Name]) -> String {
    let sources = SourceIndex::new(&record.sources);
    let names: Vec<String> = names
        .iter()
        .map(|name| {
            let mark = source_marks(&sources, [name.source.as_ref()]);
            format!("{} ({}) {mark}", name.name, name.lang)
        })
        .collect();
    names.join(", ")
}

/// The original titles, one per line: `ru, verbatim [1]: «...»`.
pub fn original_titles(record: &Agreement) -> String {
    let sources = SourceIndex::new(&record.sources);
    let lines: Vec<String> = record
        .original_titles
        .iter()
        .map(|title| {
            let how = if title.verbatim {
                "verbatim"
            } else {
                "as described"
            };
            let mark = source_marks(&sources, [title.source.as_ref()]);
            format!("{}, {how} {mark}: {}", title.lang, title.text)
        })
        .collect();
    lines.join("\n")
}

/// One of [`DETAIL_FIELDS`] as the detail view shows it, "(unconfirmed)" after a value the
/// record lists as unconfirmed.
pub fn field_text(field: Field, record: &Agreement) -> String {
    let value = match field {
        Field::Parties if record.parties.is_empty() => "unknown".to_string(),
        Field::Parties => parties(record),
        Field::Place if record.place.is_none() => "not reported".to_string(),
        Field::Topics => Field::Topics.text(record).replace(';', ","),
        Field::OfficialList => if record.official_list { "yes" } else { "no" }.to_string(),
        Field::Event | Field::Level if field.value(record) == Some(Scalar::Null) => {
            "not recorded".to_string()
        }
        Field::Binding => match record.binding {
            Some(true) => "yes, a source says so".to_string(),
            Some(false) => "no, a source says so".to_string(),
            None => "no source says".to_string(),
        },
        Field::Status => record.current_status().describe().to_string(),
        Field::Checked if record.checked.is_none() => "never".to_string(),
        _ => field.text(record),
    };
    if is_unconfirmed(field, record) {
        format!("{value} (unconfirmed)")
    } else {
        value
    }
}

/// Every field of `record`, with its terms, related documents and sources, fitted to the terminal
/// (or 80 columns).
pub fn record(record: &Agreement, links: &[Link], terminal: Terminal) -> String {
    let sources = SourceIndex::new(&record.sources);
    let width = Some(terminal.width.unwrap_or(PROSE_WIDTH));
    let mut fields = new_table(width, terminal.color);
    for field in DETAIL_FIELDS {
        let value = field_text(field, record);
        let tone = if is_unconfirmed(field, record) {
            Tone::Doubtful
        } else {
            Tone::Plain
        };
        fields.add_row([cell(field.heading(), Tone::Heading), cell(value, tone)]);
    }
    if !record.original_titles.is_empty() {
        fields.add_row([
            cell("Original titles", Tone::Heading),
            cell(original_titles(record), Tone::Plain),
        ]);
    }
    if !record.project_names.is_empty() {
        fields.add_row([
            cell("Project names", Tone::Heading),
            cell(names(record, &record.project_names), Tone::Plain),
        ]);
    }
    let summary_marks = source_marks(&sources, record.summary_sources.iter().map(AsRef::as_ref));
    fields.add_row([
        cell("Summary", Tone::Heading),
        cell(format!("{} {summary_marks}", record.summary), Tone::Plain),
    ]);
    if !record.notes.is_empty() {
        let notes: Vec<String> = record
            .notes
            .iter()
            .map(|note| {
                let marks = source_marks(&sources, note.sources.iter().map(AsRef::as_ref));
                format!("• {} {marks}", note.marked_text())
            })
            .collect();
        fields.add_row([
            cell("Notes", Tone::Heading),
            cell(notes.join("\n"), Tone::Plain),
        ]);
    }
    let mut out = finish(&mut fields);

    if !record.terms.is_empty() {
        let mut terms = new_table(width, terminal.color);
        terms.set_header(["Key term", "Value", "Source"].map(|h| cell(h, Tone::Heading)));
        for term in &record.terms {
            let (value, tone) = if term.unconfirmed {
                (
                    format!("{} (unconfirmed)", term.display_value()),
                    Tone::Doubtful,
                )
            } else {
                (term.display_value(), Tone::Plain)
            };
            let source = source_marks(&sources, term.source.as_deref());
            terms.add_row([
                cell(term.label.to_string(), Tone::Plain),
                cell(value, tone),
                cell(source, Tone::Plain),
            ]);
        }
        out.push_str("\nKey terms\n");
        out.push_str(&finish(&mut terms));
    }

    if !record.history.is_empty() {
        out.push_str("\nHistory since the signing\n");
        out.push_str(&super::history::table(
            record,
            &sources,
            width,
            terminal.color,
        ));
    }

    if !links.is_empty() {
        let mut related = new_table(width, terminal.color);
        related.set_header(["Relation", "Document"].map(|h| cell(h, Tone::Heading)));
        for link in links {
            let mut document = link.describe();
            if let Some(note) = &link.declared.note {
                document.push('\n');
                document.push_str(note);
            }
            related.add_row([
                cell(link.relation(), Tone::Plain),
                cell(document, Tone::Plain),
            ]);
        }
        out.push_str("\nRelated documents\n");
        out.push_str(&finish(&mut related));
    }

    out.push_str("\nSources\n");
    // Each source's lines under its number, wrapped as the fields above are: to the terminal, or
    // to the prose width in a pager or a file (a URL is never broken).
    const INDENT: &str = "     ";
    let width = terminal.width.unwrap_or(PROSE_WIDTH);
    let lines = |text: &str| wrap(text, width, INDENT);
    for (i, source) in record.sources.iter().enumerate() {
        let number = format!("[{}]", i + 1);
        let described = lines(&one_line(&source_line(source)));
        let described = described.strip_prefix(INDENT).unwrap_or(&described);
        out.push_str(&format!("{number:>4} {described}\n"));
        if let Some(title) = &source.title {
            out.push_str(&lines(&format!("\"{}\"", one_line(title))));
            out.push('\n');
        }
        out.push_str(&format!("{INDENT}{}\n", one_line(&source.url)));
    }
    out
}

/// A source as its list shows it: publisher, side, date, language, background, weak (the
/// headline, when known, goes on a line of its own).
pub fn source_line(source: &Source) -> String {
    let mut line = format!("{} ({})", source.publisher, source.side);
    if let Some(published) = source.published {
        line.push_str(&format!(", {published}"));
    }
    if let Some(language) = &source.language {
        line.push_str(&format!(", in {language}"));
    }
    if source.background {
        line.push_str(" (background)");
    }
    if source.weak {
        line.push_str(" (weak source)");
    }
    line
}
