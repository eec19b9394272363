//! Citations of one record (`cite`): as text, as BibTeX (biblatex fields) or as CSL-JSON, each
//! with the record's primary sources and the date the citer accessed them.
//!
//! Primary sources are the signatories' and governments' own statements (sides `company`,
//! `ru-official`, `cn-official`); a record that has none is cited with the news reports it rests on.

use super::json;
use crate::date::Date;
use crate::model::{Agreement, Source};
use crate::sanitize::one_line;
use crate::vocab::{Kind, Side, Vocabulary, vocabulary};
use serde_json::{Value, json};

vocabulary! {
    /// A citation style.
    CiteStyle, "citation style" {
        /// Plain text, for notes and articles.
        Text = "text",
        /// BibTeX (biblatex fields: `date`, `urldate`), for LaTeX.
        Bibtex = "bibtex" ["biblatex"],
        /// CSL-JSON, for Zotero, Pandoc and other CSL processors.
        CslJson = "csl-json" ["csl"],
    }
}

/// What the dataset is called in citations.
const DATASET: &str = "agreements: documents signed during Vladimir Putin's official visit to China, 31 August - 3 September 2025";

/// `record` cited in `style`, its sources marked as accessed on `accessed`.
pub fn render(record: &Agreement, style: CiteStyle, accessed: Date) -> String {
    match style {
        CiteStyle::Text => text(record, accessed),
        CiteStyle::Bibtex => bibtex(record, accessed),
        CiteStyle::CslJson => json::to_json(&csl_json(record, accessed)),
    }
}

/// The sources a citation lists: the primary ones, or every source when there is none.
pub fn primary_sources(record: &Agreement) -> Vec<&Source> {
    let primary: Vec<&Source> = record
        .sources
        .iter()
        .filter(|source| source.side != Side::Media)
        .collect();
    if primary.is_empty() {
        record.sources.iter().collect()
    } else {
        primary
    }
}

/// The parties' names joined with "; ", or "Parties unknown".
fn authors(record: &Agreement) -> String {
    if record.parties.is_empty() {
        return "Parties unknown".into();
    }
    let names: Vec<&str> = record.parties.iter().map(|p| p.name.as_ref()).collect();
    names.join("; ")
}

/// The document's kind, or "kind unknown".
fn kind(record: &Agreement) -> &'static str {
    match record.kind {
        Kind::Unknown => "kind unknown",
        kind => kind.name(),
    }
}

/// "2 September 2025"
fn long_date(date: Date) -> String {
    format!("{} {} {}", date.day(), date.month_name(), date.year())
}

/// What a reader must know: list membership and unconfirmed fields.
fn caveats(record: &Agreement) -> String {
    let mut caveats = vec![if record.official_list {
        "On the Kremlin's published list".to_string()
    } else {
        "Not on the Kremlin's published list".to_string()
    }];
    if !record.unconfirmed.is_empty() {
        caveats.push(format!("unconfirmed: {}", record.unconfirmed.join(", ")));
    }
    format!("{}.", caveats.join("; "))
}

fn text(record: &Agreement, accessed: Date) -> String {
    let place = record
        .place
        .as_deref()
        .map_or(String::new(), |place| format!("{place}, "));
    let mut out = format!(
        "{}. \"{}\" ({}). Signed {place}{}. {} Record {} in {DATASET}, version {}.",
        authors(record),
        record.title,
        kind(record),
        long_date(record.signed),
        caveats(record),
        record.id,
        env!("CARGO_PKG_VERSION"),
    );
    out = one_line(&out).into_owned();
    out.push_str("\nSources:\n");
    for source in primary_sources(record) {
        out.push_str(&format!(
            "  {} ({}). {} (accessed {}).\n",
            one_line(&source.publisher),
            source.side,
            one_line(&source.url),
            long_date(accessed)
        ));
    }
    out
}

/// `text` for a BibTeX field value in braces: the characters TeX treats specially escaped, with
/// braces balanced whatever the text. BibTeX counts braces without regard to backslashes, so a
/// lone `\{` would still open a group and swallow the rest of the file: braces become the
/// `\textbraceleft{}` commands, whose own braces are balanced.
fn tex(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => escaped.push_str("\\textbackslash{}"),
            '{' => escaped.push_str("\\textbraceleft{}"),
            '}' => escaped.push_str("\\textbraceright{}"),
            '%' | '&' | '$' | '#' | '_' => {
                escaped.push('\\');
                escaped.push(c);
            }
            '~' => escaped.push_str("\\textasciitilde{}"),
            '^' => escaped.push_str("\\textasciicircum{}"),
            c if c.is_control() => escaped.push(' '),
            c => escaped.push(c),
        }
    }
    escaped
}

/// A URL for a verbatim BibTeX field: braces would end the field and a final backslash would
/// escape its closing brace, so they are percent-encoded (validation admits no such URL; this
/// holds anyway).
fn bib_url(url: &str) -> String {
    url.replace('{', "%7B")
        .replace('}', "%7D")
        .replace('\\', "%5C")
}

fn bibtex(record: &Agreement, accessed: Date) -> String {
    let sources = primary_sources(record);
    let authors: Vec<String> = record
        .parties
        .iter()
        .map(|party| format!("{{{}}}", tex(&party.name)))
        .collect();
    let keys: Vec<String> = (1..=sources.len())
        .map(|i| format!("{}-source-{i}", record.id))
        .collect();
    let mut fields = vec![("title", format!("{{{}}}", tex(&record.title)))];
    if !authors.is_empty() {
        fields.push(("author", authors.join(" and ")));
    }
    fields.push(("shorttitle", tex(&record.short_title)));
    if record.kind != Kind::Unknown {
        fields.push(("type", tex(record.kind.name())));
    }
    fields.push(("date", record.signed.to_string()));
    if let Some(place) = &record.place {
        fields.push(("location", tex(place)));
    }
    fields.push((
        "note",
        tex(&format!(
            "{} Record {} in {DATASET}, version {}.",
            caveats(record),
            record.id,
            env!("CARGO_PKG_VERSION")
        )),
    ));
    if let Some(first) = sources.first() {
        fields.push(("url", bib_url(&first.url)));
        fields.push(("urldate", accessed.to_string()));
    }
    fields.push(("related", keys.join(",")));
    let mut out = entry("misc", &record.id, &fields);
    for (key, source) in keys.iter().zip(&sources) {
        out.push('\n');
        out.push_str(&entry(
            "online",
            key,
            &[
                ("title", format!("{{{}}}", tex(&source.publisher))),
                ("organization", tex(&source.publisher)),
                ("url", bib_url(&source.url)),
                ("urldate", accessed.to_string()),
                (
                    "note",
                    tex(&format!("{} source for {}", source.side, record.id)),
                ),
            ],
        ));
    }
    out
}

/// One `@kind{key, field = {value}, ...}` entry.
fn entry(kind: &str, key: &str, fields: &[(&str, String)]) -> String {
    let mut out = format!("@{kind}{{{key},\n");
    for (name, value) in fields {
        out.push_str(&format!("  {name} = {{{value}}},\n"));
    }
    out.push_str("}\n");
    out
}

/// A CSL date: `{"date-parts": [[year, month, day]]}`.
fn csl_date(date: Date) -> Value {
    json!({ "date-parts": [[date.year(), date.month(), date.day()]] })
}

fn csl_json(record: &Agreement, accessed: Date) -> Value {
    let sources = primary_sources(record);
    let mut item = json!({
        "id": record.id,
        "type": "document",
        "title": record.title,
        "title-short": record.short_title,
        "genre": kind(record),
        "issued": csl_date(record.signed),
        "note": format!("{} Sources: {}", caveats(record), sources.iter().map(|s| s.url.as_ref()).collect::<Vec<_>>().join(" ")),
        "collection-title": DATASET,
        "version": env!("CARGO_PKG_VERSION"),
        "author": record.parties.iter().map(|p| json!({ "literal": p.name })).collect::<Vec<_>>(),
    });
    if let Some(place) = &record.place {
        item["event-place"] = json!(place);
    }
    if let Some(first) = sources.first() {
        item["URL"] = json!(first.url);
        item["accessed"] = csl_date(accessed);
    }
    let mut items = vec![item];
    for (i, source) in sources.iter().enumerate() {
        items.push(json!({
            "id": format!("{}-source-{}", record.id, i + 1),
            "type": "webpage",
            "title": source.publisher,
            "publisher": source.publisher,
            "URL": source.url,
            "accessed": csl_date(accessed),
            "note": format!("{} source for {}", source.side, record.id),
        }));
    }
    Value::Array(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tex_specials_are_escaped() {
        assert_eq!(
            tex(r"50% & $5 #1 a_b {x} ~ ^ \"),
            r"50\% \& \$5 \#1 a\_b \textbraceleft{}x\textbraceright{} \textasciitilde{} \textasciicircum{} \textbackslash{}"
        );
        assert_eq!(bib_url("https://x.org/{a}\\"), "https://x.org/%7Ba%7D%5C");
    }

    #[test]
    fn primary_sources_are_official_or_company_ones_when_there_are_any() {
        let dataset = crate::load::embedded();
        let nmg = dataset.find("nmg-xinhua").unwrap();
        assert!(primary_sources(nmg).iter().all(|s| s.side == Side::Company));
        let rg = dataset.find("rg-xinhua").unwrap();
        assert_eq!(primary_sources(rg).len(), rg.sources.len());
    }
}
