//! Citations (`cite`): of one or several records, as text, as one line for an article, as BibTeX
//! (`@misc`, for any BibTeX style), as biblatex (`@online`, with dates) or as CSL-JSON. Each
//! cites the sources that report the document, primary ones first, and names the dataset by its
//! own title and version.
//!
//! Primary sources are the signatories' and governments' own statements (sides `company`,
//! `ru-official`, `cn-official`). A background source (an earlier document, a page used only for
//! a name) is never cited. No access date is given unless the citer gives one: the tool cannot
//! know when a page was read.

mod bibtex;
mod csl;

use crate::date::Date;
use crate::model::{Agreement, Dataset, Source};
use crate::sanitize::one_line;
use crate::vocab::{Kind, Side, Vocabulary, vocabulary};

vocabulary! {
    /// A citation style.
    CiteStyle, "citation style" {
        /// Plain text, for notes and reference lists.
        Text = "text",
        /// One line for an article: the document, then each outlet with its date and link.
        Line = "line",
        /// BibTeX `@misc` entries (`year`, `howpublished`, `note`), for any BibTeX style.
        Bibtex = "bibtex",
        /// biblatex `@online` entries (`date`, `url`, `urldate`), for biber.
        Biblatex = "biblatex",
        /// CSL-JSON, for Zotero, Pandoc and other CSL processors.
        CslJson = "csl-json" ["csl"],
    }
}

/// What a citation needs besides the records.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    /// The dataset the records come from, for its title and version.
    pub dataset: &'a Dataset,
    /// When the citer read the sources, if they say.
    pub accessed: Option<Date>,
    /// How many sources each citation names at most.
    pub max_sources: usize,
}

/// `records` cited in `style`.
pub fn render(records: &[&Agreement], style: CiteStyle, options: Options) -> String {
    let each = |cite: fn(&Agreement, Options) -> String, separator: &str| {
        let items: Vec<String> = records.iter().map(|r| cite(r, options)).collect();
        items.join(separator)
    };
    match style {
        CiteStyle::Text => each(text, "\n"),
        CiteStyle::Line => each(line, ""),
        CiteStyle::Bibtex => each(bibtex::bibtex, "\n"),
        CiteStyle::Biblatex => each(bibtex::biblatex, "\n"),
        CiteStyle::CslJson => csl::render(records, options),
    }
}

/// The sources a citation names: those that report the document (not background), primary
/// ones first and weak ones last, at most `max`.
pub fn cited_sources(record: &Agreement, max: usize) -> Vec<&Source> {
    let mut reports: Vec<&Source> = (record.sources.iter())
        .filter(|source| !source.background)
        .collect();
    // A stable sort: within each rank the record's order stands.
    reports.sort_by_key(|source| (source.weak, source.side == Side::Media));
    reports.truncate(max);
    reports
}

/// "media source", or "weak media source" for a mirror or relay: what a citation says a
/// source is.
fn voice(source: &Source) -> String {
    let weak = if source.weak { "weak " } else { "" };
    format!("{weak}{} source", source.side)
}

/// The dataset as citations name it: its title and version, or the event's name.
fn dataset_name(dataset: &Dataset) -> String {
    match &dataset.metadata {
        Some(meta) => format!("{}, version {}", meta.title, meta.version),
        None => {
            let names: Vec<&str> = dataset.events.iter().map(|e| e.name.as_ref()).collect();
            format!("dataset on {}", names.join("; "))
        }
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

/// A source's headline as the page writes it; where the dataset does not record one, a
/// description in square brackets, as citation styles write an untitled work's ("[Report on
/// the Power of Siberia 2 memorandum]"), never the publisher's name again.
fn source_title(source: &Source, record: &Agreement) -> String {
    match &source.title {
        Some(headline) => headline.to_string(),
        None => format!("[Report on the {}]", record.short_title),
    }
}

/// "RIA Novosti, 2 September 2025": an outlet with the date of its page, when known, and
/// "[weak source]" after a mirror or relay.
fn outlet(source: &Source) -> String {
    let mut outlet = match source.published {
        Some(date) => format!("{}, {}", source.publisher, long_date(date)),
        None => source.publisher.to_string(),
    };
    if source.weak {
        outlet.push_str(" [weak source]");
    }
    outlet
}

/// " (accessed 28 November 2026)", or nothing.
fn accessed(options: Options) -> String {
    options.accessed.map_or_else(String::new, |date| {
        format!(" (accessed {})", long_date(date))
    })
}

fn text(record: &Agreement, options: Options) -> String {
    let place = record
        .place
        .as_deref()
        .map_or(String::new(), |place| format!("{place}, "));
    let mut out = format!(
        "{}. \"{}\" ({}). Signed {place}{}. {} Record {} in {}.",
        authors(record),
        record.title,
        kind(record),
        long_date(record.signed),
        caveats(record),
        record.id,
        dataset_name(options.dataset),
    );
    out = one_line(&out).into_owned();
    out.push_str("\nSources:\n");
    for source in cited_sources(record, options.max_sources) {
        out.push_str(&format!(
            "  {} ({}). {}{}.\n",
            one_line(&outlet(source)),
            source.side,
            one_line(&source.url),
            accessed(options)
        ));
    }
    out
}

/// `Short title (Party A and Party B, 2 September 2025); Outlet, date, link; ...` on one line,
/// each value the sources leave unconfirmed followed by `[unconfirmed]`: a citation is quoted
/// on its own, without the record's caveats beside it.
fn line(record: &Agreement, options: Options) -> String {
    let marked = |text: String, fields: &[&str]| {
        if fields.iter().any(|field| record.is_unconfirmed(field)) {
            format!("{text} [unconfirmed]")
        } else {
            text
        }
    };
    let parties: Vec<&str> = record.parties.iter().map(|p| p.display_name()).collect();
    let parties = if parties.is_empty() {
        "parties unknown".to_string()
    } else {
        marked(parties.join(" and "), &["parties"])
    };
    let mut out = format!(
        "{} ({parties}, {})",
        marked(record.short_title.to_string(), &["short_title", "title"]),
        marked(long_date(record.signed), &["signed"])
    );
    for source in cited_sources(record, options.max_sources) {
        out.push_str(&format!("; {}, {}", outlet(source), source.url));
    }
    out.push_str(&accessed(options));
    format!("{}\n", one_line(&out))
}

#[cfg(test)]
mod tests;
