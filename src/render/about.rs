//! `agreements about`: what the dataset is (title, version, date, licence), the visit, its days,
//! its context notes and the leaders' statements, each with its numbered sources.

use super::{Format, PROSE_WIDTH, Terminal, Tone, View, cell, finish, json, new_table};
use crate::model::{Dataset, Event, Metadata, Source};
use crate::sanitize::one_line;
use serde::Serialize;
use serde_json::json;

/// One entry of an event's context: a day, a note, a statement or a follow-up.
struct Entry<'a> {
    event: String,
    section: &'static str,
    heading: String,
    text: String,
    sources: &'a [Source],
}

/// The JSON shape: the dataset's metadata and the event, as a dataset file holds them.
#[derive(Serialize)]
struct About<'a> {
    dataset: &'a Option<Metadata>,
    events: &'a [Event],
    records: usize,
    /// The earliest and latest dates on which records' histories were checked.
    checked: Option<[crate::date::Date; 2]>,
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
            events: &self.0.events,
            records: self.0.agreements.len(),
            checked: checked(self.0),
        })
    }
    fn jsonl(&self) -> String {
        json::to_lines(entries(self.0).iter().map(|e| {
            json!({ "event": e.event, "section": e.section, "heading": e.heading, "text": e.text, "sources": urls(e) })
        }))
    }
    fn flat(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let header = ["event", "section", "heading", "text", "sources"]
            .map(String::from)
            .to_vec();
        let rows = entries(self.0).into_iter().map(|e| {
            let sources = urls(&e).join(" ");
            vec![e.event, e.section.to_string(), e.heading, e.text, sources]
        });
        (header, rows.collect())
    }
}

/// Every day, note, statement and follow-up of every event, event by event.
fn entries(dataset: &Dataset) -> Vec<Entry<'_>> {
    dataset.events.iter().flat_map(event_entries).collect()
}

/// Every day, note, statement and follow-up of `event`, in that order.
fn event_entries(event: &Event) -> Vec<Entry<'_>> {
    let key = event.key().to_string();
    let days = event.days.iter().map(|day| Entry {
        event: key.clone(),
        section: "day",
        heading: format!("{}, {}", day.date, day.place),
        text: day.summary.to_string(),
        sources: &day.sources,
    });
    let notes = event.notes.iter().map(|note| Entry {
        event: key.clone(),
        section: "note",
        heading: note.title.to_string(),
        text: note.marked_text().into_owned(),
        sources: &note.sources,
    });
    let statements = event.statements.iter().map(|said| Entry {
        event: key.clone(),
        section: "statement",
        heading: format!("{}, {} ({})", said.speaker, said.date, said.occasion),
        text: match (&said.original, &said.original_lang) {
            (Some(original), Some(lang)) => format!("{} Original ({lang}): {original}", said.text),
            (Some(original), None) => format!("{} Original: {original}", said.text),
            _ => said.text.to_string(),
        },
        sources: &said.sources,
    });
    let history = event.history.iter().map(|step| Entry {
        event: key.clone(),
        section: "follow-up",
        heading: format!("{}, {}", step.date, step.kind),
        text: step.text.to_string(),
        sources: &step.sources,
    });
    days.chain(notes).chain(statements).chain(history).collect()
}

/// The earliest and latest dates on which records' histories were checked, if any was.
fn checked(dataset: &Dataset) -> Option<[crate::date::Date; 2]> {
    let dates = dataset
        .agreements
        .iter()
        .filter_map(|record| record.checked);
    Some([dates.clone().min()?, dates.max()?])
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
    out.push_str(&checked_line(dataset));
    let width = Some(terminal.width.unwrap_or(PROSE_WIDTH));
    // Sources are numbered once across the sections, in order of first citation.
    let mut sources: Vec<&Source> = Vec::new();
    let per_event = dataset.records_per_event(&dataset.agreements);
    for (event, &records) in dataset.events.iter().zip(&per_event) {
        let id = match &event.id {
            Some(id) => format!(" [{}]", one_line(id)),
            None => String::new(),
        };
        let unrecorded = match event.official_list_unrecorded {
            0 => String::new(),
            n => format!(" ({n} of them not recorded: no source found names them)"),
        };
        out.push_str(&format!(
            "\n{}{id}, {} to {}: {}, {} on the official list{unrecorded}\n",
            one_line(&event.name),
            event.start,
            event.end,
            super::counted(records, "record"),
            event.official_list_count
        ));
        let all = event_entries(event);
        let sections = [
            ("day", "Days"),
            ("note", "Context"),
            ("statement", "What the leaders said"),
            ("follow-up", "Follow-ups of the visit"),
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

/// When the records' histories were last checked against the sources, as a line.
fn checked_line(dataset: &Dataset) -> String {
    let unchecked = dataset
        .agreements
        .iter()
        .filter(|r| r.checked.is_none())
        .count();
    match checked(dataset) {
        None => "Follow-ups: not checked since the signing\n".into(),
        Some([first, last]) => {
            let when = if first == last {
                format!("on {last}")
            } else {
                format!("between {first} and {last}")
            };
            let missing = match unchecked {
                0 => String::new(),
                n => format!("; {} never", super::counted(n, "record")),
            };
            format!("Follow-ups checked against the sources {when}{missing}\n")
        }
    }
}
