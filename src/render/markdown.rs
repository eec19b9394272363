//! GitHub-flavoured Markdown: tables for lists and summaries, a small document for one record.

use super::{DETAIL_FIELDS, display_text, is_unconfirmed};
use crate::field::Field;
use crate::links::Link;
use crate::model::Agreement;
use crate::summary::Summary;

/// Records as a Markdown table with one column per field.
pub fn records(records: &[&Agreement], fields: &[Field]) -> String {
    let header: Vec<String> = fields
        .iter()
        .map(|field| field.heading().to_string())
        .collect();
    let rows = records.iter().map(|record| {
        fields
            .iter()
            .map(|&field| display_text(field, record))
            .collect()
    });
    table(header, rows)
}

/// A summary as one Markdown table of `group | value | count` rows.
pub fn summary(summary: &Summary) -> String {
    let header = ["Group", "Value", "Records"].map(String::from).to_vec();
    let rows = summary.rows().into_iter().map(|row| row.cells());
    table(header, rows)
}

/// One record as a Markdown document: fields, key terms, notes, related documents and numbered
/// sources.
pub fn record(record: &Agreement, links: &[Link]) -> String {
    let mut out = format!(
        "## {} (`{}`)\n\n",
        inline(&record.short_title),
        inline(&record.id)
    );
    for field in DETAIL_FIELDS {
        let value = field.text(record);
        let value = if value.is_empty() {
            "not reported".to_string()
        } else {
            value
        };
        let flag = if is_unconfirmed(field, record) {
            " (unconfirmed)"
        } else {
            ""
        };
        out.push_str(&format!(
            "- **{}:** {}{flag}\n",
            field.heading(),
            inline(&value)
        ));
    }
    out.push_str(&format!("\n{}\n", inline(&record.summary)));
    if !record.terms.is_empty() {
        let header = ["Key term", "Value", "Source"].map(String::from).to_vec();
        let rows = record.terms.iter().map(|term| {
            let flag = if term.unconfirmed {
                " (unconfirmed)"
            } else {
                ""
            };
            let source = term.source.as_deref().unwrap_or("");
            vec![
                term.label.to_string(),
                format!("{}{flag}", term.display_value()),
                source.to_string(),
            ]
        });
        out.push_str(&format!("\n### Key terms\n\n{}", table(header, rows)));
    }
    if !record.notes.is_empty() {
        out.push_str("\n### Notes\n\n");
        for note in &record.notes {
            out.push_str(&format!("- {}\n", inline(note)));
        }
    }
    if !links.is_empty() {
        out.push_str("\n### Related\n\n");
        for link in links {
            let note = link.declared.note.as_deref().unwrap_or_default();
            out.push_str(&format!(
                "- {}: {}. {}\n",
                link.relation(),
                inline(&link.describe()),
                inline(note)
            ));
        }
    }
    out.push_str("\n### Sources\n\n");
    for (i, source) in record.sources.iter().enumerate() {
        out.push_str(&format!(
            "{}. [{}](<{}>) ({})\n",
            i + 1,
            inline(&source.publisher),
            inline(&source.url),
            source.side
        ));
    }
    out
}

/// A header and rows as a Markdown table.
pub(super) fn table(header: Vec<String>, rows: impl Iterator<Item = Vec<String>>) -> String {
    let line = |cells: Vec<String>| {
        let cells: Vec<String> = cells.iter().map(|c| inline(c)).collect();
        format!("| {} |\n", cells.join(" | "))
    };
    let rule = format!("|{}\n", "---|".repeat(header.len()));
    let mut out = line(header);
    out.push_str(&rule);
    out.extend(rows.map(line));
    out
}

/// Text that stays on one line and inside its table cell (pipes escaped, line breaks as `<br>`)
/// and that a terminal shows rather than obeys.
fn inline(text: &str) -> String {
    let one_line = text
        .replace('|', "\\|")
        .replace("\r\n", "<br>")
        .replace('\n', "<br>");
    crate::sanitize::for_terminal(&one_line).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cannot_break_the_table() {
        let rows = vec![vec!["a | b".to_string(), "two\nlines".to_string()]];
        let out = table(vec!["X".into(), "Y".into()], rows.into_iter());
        assert_eq!(out, "| X | Y |\n|---|---|\n| a \\| b | two<br>lines |\n");
    }
}
