//! GitHub-flavoured Markdown: tables for lists and summaries, a small document for one record.

use super::{DETAIL_FIELDS, display_text, is_unconfirmed};
use crate::field::Field;
use crate::links::Link;
use crate::model::Agreement;
use crate::model::SourceIndex;
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
    let sources = SourceIndex::new(&record.sources);
    let mut out = format!(
        "## {} (`{}`)\n\n",
        inline(&record.short_title),
        inline(&record.id)
    );
    for field in DETAIL_FIELDS {
        let value = match field {
            crate::field::Field::Status => record.current_status().describe().to_string(),
            _ => field.text(record),
        };
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
    let marks = source_links(
        record,
        &sources,
        record.summary_sources.iter().map(AsRef::as_ref),
    );
    out.push_str(&format!("\n{}{marks}\n", inline(&record.summary)));
    for title in &record.original_titles {
        let how = if title.verbatim {
            "verbatim"
        } else {
            "as described"
        };
        let marks = source_links(record, &sources, [title.source.as_ref()]);
        out.push_str(&format!(
            "\n- **Original title ({}, {how}):** {}{marks}\n",
            inline(&title.lang),
            inline(&title.text)
        ));
    }
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
            let marks = source_links(record, &sources, note.sources.iter().map(AsRef::as_ref));
            out.push_str(&format!("- {}{marks}\n", inline(&note.marked_text())));
        }
    }
    if !record.history.is_empty() {
        out.push_str("\n### History since the signing\n\n");
        for step in &record.history {
            let marks = source_links(record, &sources, step.sources.iter().map(AsRef::as_ref));
            let flag = if step.unconfirmed {
                " (unconfirmed)"
            } else {
                ""
            };
            let line = format!("{} {}: {}{flag}", step.date, step.kind, step.text);
            out.push_str(&format!("- {}{marks}\n", inline(&line)));
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
            "{}. [{}](<{}>) ({}{})\n",
            i + 1,
            inline(&source.publisher),
            destination(&source.url),
            source.side,
            if source.weak { ", weak source" } else { "" }
        ));
    }
    out
}

/// ` [1](url) [3](url)`: the claim's sources, numbered as in the Sources list and linked.
fn source_links<'u>(
    record: &Agreement,
    sources: &SourceIndex,
    urls: impl IntoIterator<Item = &'u str>,
) -> String {
    super::source_numbers(sources, urls)
        .into_iter()
        .map(|n| match n {
            Some(n) => format!(" [{n}](<{}>)", destination(&record.sources[n - 1].url)),
            None => " \\[?\\]".to_string(),
        })
        .collect()
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

/// Text as CommonMark shows it literally, wherever it stands (a paragraph, a list item, a table
/// cell, a link's text): on one line (line breaks as `<br>`), every character that could start
/// markup (emphasis, code, links, raw HTML, entities, pipes) backslash-escaped, no block start
/// (`#`, `-`, `+`, `1.`, indentation) at its head, and nothing a terminal would obey.
fn inline(text: &str) -> String {
    let shown = crate::sanitize::for_terminal(text);
    let shown = shown.trim_start();
    let mut out = String::with_capacity(shown.len() + 8);
    // A list marker or heading at the head of the text: `1.` or `1)` after digits, or these.
    let digits = shown.len() - shown.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    for (i, c) in shown.char_indices() {
        let block_start = (i == 0 && matches!(c, '#' | '-' | '+' | '='))
            || (i == digits && i > 0 && matches!(c, '.' | ')'));
        match c {
            '\n' => out.push_str("<br>"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c if block_start => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// A URL as a link destination in `<...>`: any character a URL may not hold is percent-encoded,
/// so the destination cannot end early (validation admits only such URLs; this holds anyway).
fn destination(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        if crate::validate::syntax::is_uri_char(c) {
            out.push(c);
        } else {
            let mut bytes = [0; 4];
            for byte in c.encode_utf8(&mut bytes).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_cannot_start_markup() {
        let cases = [
            ("plain", "Power of Siberia 2", "Power of Siberia 2"),
            ("code fence", "```\nx", "\\`\\`\\`<br>x"),
            ("comment", "<!-- x", "\\<\\!-- x"),
            ("raw HTML", "<b>x</b>", "\\<b\\>x\\</b\\>"),
            ("link", "[a](https://e.org)", "\\[a\\](https://e.org)"),
            ("heading", "# x", "\\# x"),
            ("bullet", "- x", "\\- x"),
            ("ordered list", "12. x", "12\\. x"),
            ("indented code", "    x", "x"),
            ("entity", "&lt;", "\\&lt;"),
            ("escape sequence", "\u{1b}[31m", "\\\\u{1b}\\[31m"),
            ("hyphen inside", "a-b 1.5", "a-b 1.5"),
        ];
        for (name, input, expected) in cases {
            assert_eq!(inline(input), expected, "{name}");
        }
        assert_eq!(
            destination("https://e.org/a>b c"),
            "https://e.org/a%3Eb%20c"
        );
    }

    #[test]
    fn cells_cannot_break_the_table() {
        let rows = vec![vec!["a | b".to_string(), "two\nlines".to_string()]];
        let out = table(vec!["X".into(), "Y".into()], rows.into_iter());
        assert_eq!(out, "| X | Y |\n|---|---|\n| a \\| b | two<br>lines |\n");
    }
}
