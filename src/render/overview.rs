//! The overviews: a tally of one grouping (`summary --by`, `topics`) and the organisations
//! (`parties`), for people and for programs.

use super::table::counts_table;
use super::{Format, Terminal, Tone, View, cell, counted, finish, json, new_table, render};
use crate::overview::{Grouping, Organisation, Tally};
use crate::sanitize::one_line;
use crate::vocab::Vocabulary;

/// A tally in `format`: a table with bars, `{group, total, counts}` as JSON, one
/// `group, value, count` row per value in the flat formats.
pub fn tally(tally: &Tally, format: Format, terminal: Terminal) -> String {
    render(tally, format, terminal)
}

impl View for Tally {
    fn table(&self, terminal: Terminal) -> String {
        let largest = self.counts.iter().map(|c| c.count).max().unwrap_or(0);
        let counts = self.counts.iter().map(|c| (c.value.as_str(), c.count));
        let table = counts_table(self.group.name(), counts, largest, terminal);
        // A doubtful status is counted apart as `implementing?`, and only when it occurs; a
        // party's or topic's name may end in `?` too, without meaning that.
        let doubtful =
            self.group == Grouping::Status && self.counts.iter().any(|c| c.value.ends_with('?'));
        let legend = if doubtful {
            "\n? = resting on a step the sources do not confirm\n"
        } else {
            ""
        };
        let unrecorded = super::unrecorded_line(self.official_list_unrecorded, terminal.width);
        let total = counted(self.total, "agreement");
        format!("{total}\n{unrecorded}\n{table}{legend}")
    }
    fn json(&self) -> String {
        json::to_json(self)
    }
    fn jsonl(&self) -> String {
        /// One value as a line, keyed as `summary`'s rows are.
        #[derive(serde::Serialize)]
        struct Line<'a> {
            group: Grouping,
            value: &'a str,
            count: usize,
        }
        json::to_lines(self.counts.iter().map(|count| Line {
            group: self.group,
            value: &count.value,
            count: count.count,
        }))
    }
    fn flat(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let header = ["group", "value", "count"].map(String::from).to_vec();
        let rows = self.counts.iter().map(|count| {
            let group = self.group.name().to_string();
            vec![group, count.value.clone(), count.count.to_string()]
        });
        (header, rows.collect())
    }
}

/// The organisations in `format`: one row each with its country, its names in other languages
/// and how many documents it signed (the machine formats: which ones, by id).
pub fn organisations(found: &[Organisation], format: Format, terminal: Terminal) -> String {
    render(&Organisations(found), format, terminal)
}

struct Organisations<'a>(&'a [Organisation<'a>]);

impl Organisations<'_> {
    /// How many documents, and `(N?)` for those whose parties are unconfirmed.
    fn count(organisation: &Organisation) -> String {
        match organisation.unconfirmed.len() {
            0 => organisation.documents.len().to_string(),
            assumed => format!("{} ({assumed}?)", organisation.documents.len()),
        }
    }

    fn other_names(organisation: &Organisation) -> String {
        let names = organisation.other_names.iter().map(|n| n.name.as_ref());
        names.collect::<Vec<&str>>().join("; ")
    }
}

impl View for Organisations<'_> {
    fn table(&self, terminal: Terminal) -> String {
        let mut table = new_table(terminal.width, terminal.color);
        let headings = [
            "Organisation",
            "Short",
            "Country",
            "Kind",
            "Other names",
            "Documents",
        ];
        table.set_header(headings.map(|h| cell(h, Tone::Heading)));
        for organisation in self.0 {
            table.add_row([
                cell(one_line(organisation.name), Tone::Plain),
                cell(one_line(organisation.short.unwrap_or("")), Tone::Plain),
                cell(organisation.country.name(), Tone::Plain),
                cell(organisation.body.map_or("", Vocabulary::name), Tone::Plain),
                cell(one_line(&Self::other_names(organisation)), Tone::Plain),
                cell(Self::count(organisation), Tone::Plain),
            ]);
        }
        if let Some(column) = table.column_mut(5) {
            column.set_cell_alignment(comfy_table::CellAlignment::Right);
        }
        let organisations = counted(self.0.len(), "organisation");
        let mut out = format!("{organisations}\n{}", finish(&mut table));
        if self
            .0
            .iter()
            .any(|organisation| !organisation.unconfirmed.is_empty())
        {
            out.push_str("(N?): N of its documents have parties the sources leave unconfirmed\n");
        }
        out
    }
    fn json(&self) -> String {
        json::to_json(self.0)
    }
    fn jsonl(&self) -> String {
        json::to_lines(self.0)
    }
    fn flat(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let header = [
            "org",
            "body",
            "name",
            "short",
            "country",
            "other_names",
            "count",
            "documents",
            "unconfirmed",
        ];
        let rows = self.0.iter().map(|organisation| {
            vec![
                organisation.org.unwrap_or_default().to_string(),
                organisation.body.map_or("", Vocabulary::name).to_string(),
                organisation.name.to_string(),
                organisation.short.unwrap_or_default().to_string(),
                organisation.country.name().to_string(),
                Self::other_names(organisation),
                organisation.documents.len().to_string(),
                organisation.documents.join("; "),
                organisation.unconfirmed.join("; "),
            ]
        });
        (header.map(String::from).to_vec(), rows.collect())
    }
}
