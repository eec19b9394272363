//! `agreements about`: what the dataset is (title, version, date, licence), the visit, its days,
//! its context notes and the leaders' statements, each with its numbered sources.

use super::{Format, PROSE_WIDTH, Terminal, Tone, View, cell, finish, json, new_table};
use crate::model::{Dataset, Event, Metadata, Source};
use crate::sanitize::one_line;
use serde::Serialize;
use serde_json::json;

/// One entry of the visit's context: a day, a note or a statement.
struct Entry<'a> {
    section: &'static str,
    heading: String,
    text: String,
    sources: &'a [Source],
}

/// The JSON shape: the dataset's metadata and the event, as a dataset file holds them.
#[derive(Serialize)]
struct About<'a> {
    dataset: &'a Option<Metadata>,
    event: &'a Event,
    records: usize,
}

/// The dataset's description and the visit in `format`.
pub fn render(dataset: &Dataset, format: Format, terminal: Terminal) -> String {
    super::render(&AboutView(dataset), format, terminal)
}

/// A dataset seen for `about`.
struct AboutView<'a>(&'a Dataset);

/// The URLs of an entry's sources.
fn urls(entry: &Entry) -> Vec<String> {
    entry.sources.iter().map(|s| s.url.to_string()).collect()
}

impl View for AboutView<'_> {
    fn table(&self, terminal: Terminal) -> String {
        text(self.0, terminal)
    }
    fn json(&self) -> String {
        json::to_json(&About {
            dataset: &self.0.metadata,
            event: &self.0.event,
            records: self.0.agreements.len(),
        })
    }
    fn jsonl(&self) -> String {
        json::to_lines(entries(&self.0.event).iter().map(|e| {
            json!({ "section": e.section, "heading": e.heading, "text": e.text, "sources": urls(e) })
        }))
    }
    fn flat(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let header = ["section", "heading", "text", "sources"]
            .map(String::from)
            .to_vec();
        let rows = entries(&self.0.event).into_iter().map(|e| {
            let sources = urls(&e).join(" ");
            vec![e.section.to_string(), e.heading, e.text, sources]
        });
        (header, rows.collect())
    }
}

/// Every day, note and statement of `event`, in that order.
fn entries(event: &Event) -> Vec<Entry<'_>> {
    let days = event.days.iter().map(|day| Entry {
        section: "day",
        heading: format!("{}, {}", day.date, day.place),
        text: day.summary.to_string(),
        sources: &day.sources,
    });
    let notes = event.notes.iter().map(|note| Entry {
        section: "note",
        heading: note.title.to_string(),
        text: note.text.to_string(),
        sources: &note.sources,
    });
    let statements = event.statements.iter().map(|said| Entry {
        section: "statement",
        heading: format!("{}, {} ({})", said.speaker, said.date, said.occasion),
        text: match (&said.original, &said.original_lang) {
            (Some(original), Some(lang)) => format!("{} Original ({lang}): {original}", said.text),
            (Some(original), None) => format!("{} Original: {original}", said.text),
            _ => said.text.to_string(),
        },
        sources: &said.sources,
    });
    days.chain(notes).chain(statements).collect()
}

/// The description, then one table per section with source numbers, then the sources.
fn text(dataset: &Dataset, terminal: Terminal) -> String {
    let mut out = String::new();
    if let Some(meta) = &dataset.metadata {
        out.push_str(&format!(
            "{}\nVersion {}, updated {}, licence {}\n{}\n\n",
            one_line(&meta.title),
            one_line(&meta.version),
            meta.updated,
            one_line(&meta.licence),
            one_line(&meta.description)
        ));
    }
    let event = &dataset.event;
    out.push_str(&format!(
        "{}, {} to {}: {}, {} on the official list\n",
        one_line(&event.name),
        event.start,
        event.end,
        super::counted(dataset.agreements.len(), "record"),
        event.official_list_count
    ));
    let width = Some(terminal.width.unwrap_or(PROSE_WIDTH));
    // Sources are numbered once across the sections, in order of first citation.
    let mut sources: Vec<&Source> = Vec::new();
    let all = entries(event);
    let sections = [
        ("day", "Days"),
        ("note", "Context"),
        ("statement", "What the leaders said"),
    ];
    for (section, title) in sections {
        let rows: Vec<&Entry> = all.iter().filter(|e| e.section == section).collect();
        if rows.is_empty() {
            continue;
        }
        let mut table = new_table(width, terminal.color);
        for entry in rows {
            let mut marks = String::new();
            for source in entry.sources {
                let n = match sources.iter().position(|s| s.url == source.url) {
                    Some(known) => known,
                    None => {
                        sources.push(source);
                        sources.len() - 1
                    }
                };
                marks.push_str(&format!("[{}]", n + 1));
            }
            table.add_row([
                cell(entry.heading.clone(), Tone::Heading),
                cell(format!("{} {marks}", entry.text), Tone::Plain),
            ]);
        }
        out.push_str(&format!("\n{title}\n{}", finish(&mut table)));
    }
    out.push_str("\nSources\n");
    for (i, source) in sources.iter().enumerate() {
        let line = super::detail::source_line(source);
        out.push_str(&format!(
            "{:>4} {}\n",
            format!("[{}]", i + 1),
            one_line(&line)
        ));
        out.push_str(&format!("     {}\n", one_line(&source.url)));
    }
    out
}
