//! BibTeX and biblatex entries: the record as `@misc`, and each cited source as an entry of its
//! own that the record's entry names in `related` (biblatex) or its `note` (BibTeX). Field
//! values are escaped so that braces stay balanced whatever the data (see [`tex`]).

use super::{
    Options, accessed, caveats, cited_sources, dataset_name, long_date, source_title, voice,
};
use crate::model::{Agreement, Source};
use crate::vocab::{Kind, Vocabulary};

/// The record and its sources as classic BibTeX `@misc` entries, which every BibTeX style reads:
/// `year`, `howpublished = {\url{...}}` and a `note` with the date, place and caveats.
pub(super) fn bibtex(record: &Agreement, options: Options) -> String {
    let sources = cited_sources(record, options.max_sources);
    let keys = source_keys(record, &sources);
    let place = record
        .place
        .as_deref()
        .map_or(String::new(), |p| format!(", {p}"));
    let mut note = format!(
        "{}. Signed {}{place}. {} Record {} in {}.",
        kind_name(record),
        long_date(record.signed),
        caveats(record),
        record.id,
        dataset_name(options.dataset)
    );
    if !keys.is_empty() {
        note.push_str(&format!(" Sources: {}.", keys.join(", ")));
    }
    if let Some(date) = options.accessed {
        note.push_str(&format!(" Accessed {}.", long_date(date)));
    }
    let mut fields = vec![("title", format!("{{{}}}", tex(&record.title)))];
    fields.extend(authors(record));
    fields.push(("year", record.signed.year().to_string()));
    if let Some(first) = sources.first() {
        fields.push((
            "howpublished",
            format!("\\url{{{}}}", url_in_tex(&first.url)),
        ));
    }
    fields.push(("note", tex(&note)));
    let mut out = entry("misc", &record.id, &fields);
    for (key, source) in keys.iter().zip(&sources) {
        let mut fields = vec![(
            "title",
            format!("{{{}}}", tex(&source_title(source, record))),
        )];
        fields.push(("organization", tex(&source.publisher)));
        if let Some(date) = source.published {
            fields.push(("year", date.year().to_string()));
        }
        fields.push((
            "howpublished",
            format!("\\url{{{}}}", url_in_tex(&source.url)),
        ));
        let note = format!("{} for {}{}", voice(source), record.id, accessed(options));
        fields.push(("note", tex(&note)));
        out.push('\n');
        out.push_str(&entry("misc", key, &fields));
    }
    out
}

/// The record and its sources as biblatex entries: `@misc` with `date`, `location`, `url`,
/// `urldate` and `related`, and an `@online` entry per source.
pub(super) fn biblatex(record: &Agreement, options: Options) -> String {
    let sources = cited_sources(record, options.max_sources);
    let keys = source_keys(record, &sources);
    let mut fields = vec![("title", format!("{{{}}}", tex(&record.title)))];
    fields.extend(authors(record));
    fields.push(("shorttitle", tex(&record.short_title)));
    if record.kind != Kind::Unknown {
        fields.push(("type", tex(record.kind.name())));
    }
    fields.push(("date", record.signed.to_string()));
    if let Some(place) = &record.place {
        fields.push(("location", tex(place)));
    }
    let note = format!(
        "{} Record {} in {}.",
        caveats(record),
        record.id,
        dataset_name(options.dataset)
    );
    fields.push(("note", tex(&note)));
    if let Some(first) = sources.first() {
        fields.push(("url", bib_url(&first.url)));
        fields.extend(options.accessed.map(|date| ("urldate", date.to_string())));
    }
    fields.push(("related", keys.join(",")));
    let mut out = entry("misc", &record.id, &fields);
    for (key, source) in keys.iter().zip(&sources) {
        let mut fields = vec![
            (
                "title",
                format!("{{{}}}", tex(&source_title(source, record))),
            ),
            ("organization", tex(&source.publisher)),
        ];
        fields.extend(source.published.map(|date| ("date", date.to_string())));
        fields.extend(source.language.as_ref().map(|lang| ("langid", tex(lang))));
        fields.push(("url", bib_url(&source.url)));
        fields.extend(options.accessed.map(|date| ("urldate", date.to_string())));
        fields.push(("note", tex(&format!("{} for {}", voice(source), record.id))));
        out.push('\n');
        out.push_str(&entry("online", key, &fields));
    }
    out
}

/// `record-source-1`, `record-source-2`...
fn source_keys(record: &Agreement, sources: &[&Source]) -> Vec<String> {
    (1..=sources.len())
        .map(|i| format!("{}-source-{i}", record.id))
        .collect()
}

/// The `author` field: each party in braces (an organisation, not a person), when known.
fn authors(record: &Agreement) -> Option<(&'static str, String)> {
    let names: Vec<String> = record
        .parties
        .iter()
        .map(|party| format!("{{{}}}", tex(&party.name)))
        .collect();
    (!names.is_empty()).then(|| ("author", names.join(" and ")))
}

/// "Memorandum", or "Document (kind unknown)".
fn kind_name(record: &Agreement) -> String {
    match record.kind {
        Kind::Unknown => "Document (kind unknown)".into(),
        kind => {
            let name = kind.name();
            name[..1].to_uppercase() + &name[1..]
        }
    }
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

/// `text` for a BibTeX field value in braces: the characters TeX treats specially escaped, with
/// braces balanced whatever the text. BibTeX counts braces without regard to backslashes, so a
/// lone `\{` would still open a group and swallow the rest of the file: braces become the
/// `\textbraceleft{}` commands, whose own braces are balanced. Control characters become
/// spaces, and bidirectional controls (U+202E...), which would reorder the file as an editor
/// shows it, a visible `[U+202E]`.
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
            c if crate::sanitize::is_obeyed(c) => {
                escaped.push_str(&format!("[U+{:04X}]", u32::from(c)));
            }
            c => escaped.push(c),
        }
    }
    escaped
}

/// A URL for a verbatim biblatex field: braces would end the field and a final backslash would
/// escape its closing brace, so they are percent-encoded (validation admits no such URL; this
/// holds anyway).
fn bib_url(url: &str) -> String {
    url.replace('{', "%7B")
        .replace('}', "%7D")
        .replace('\\', "%5C")
}

/// A URL inside `\url{...}` in a classic BibTeX field, which TeX reads from the .bbl file: `%`
/// and `#` escaped as the url package accepts them, the rest as for [`bib_url`].
fn url_in_tex(url: &str) -> String {
    bib_url(url).replace('%', "\\%").replace('#', "\\#")
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
        assert_eq!(
            tex("a\u{202e}b\u{2066}c\u{200f}d\u{7}e"),
            "a[U+202E]b[U+2066]c[U+200F]d e"
        );
        assert_eq!(bib_url("https://x.org/{a}\\"), "https://x.org/%7Ba%7D%5C");
        assert_eq!(url_in_tex("https://x.org/%E5#f"), r"https://x.org/\%E5\#f");
    }
}
