//! What a consumer sees in a writer's output, for the tests and fuzz targets that compare it
//! with what it sees for plain text (tests/suite/hostile/consumers.rs and
//! consumers/programs.rs, fuzz/fuzz_targets/writers.rs).

use agreements::fixture::with_text;
use agreements::render::cite::CiteStyle;
use agreements::render::{self, Format, Terminal};

/// The shape of a CommonMark document as a parser sees it: every start and end of a block or
/// inline element, with link destinations, but not the text.
pub fn markdown_shape(markdown: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Options, Parser};
    Parser::new_ext(markdown, Options::ENABLE_TABLES)
        .filter_map(|event| match event {
            Event::Start(tag) => Some(format!("{tag:?}")),
            Event::End(tag) => Some(format!("/{tag:?}")),
            // Our own line breaks are inline `<br>`; any other HTML came from the data.
            Event::Html(html) | Event::InlineHtml(html) if html.as_ref() != "<br>" => {
                Some(format!("HTML {html}"))
            }
            Event::Code(_) => Some("code".into()),
            _ => None,
        })
        .collect()
}

/// The BibTeX entries of the fixture's record for `text`, with their keys and author counts.
pub fn bibtex_entries(text: &str) -> Vec<(String, usize)> {
    let dataset = with_text(text);
    let options = render::cite::Options {
        dataset: &dataset,
        accessed: agreements::date::Date::new(2026, 11, 28),
        max_sources: 5,
    };
    let bib = render::cite::render(&[&dataset.agreements[0]], CiteStyle::Bibtex, options);
    let parsed = biblatex::Bibliography::parse(&bib).unwrap_or_else(|e| panic!("{e:?}\n{bib}"));
    let authors = |entry: &biblatex::Entry| entry.author().map_or(0, |a| a.len());
    parsed.iter().map(|e| (e.key.clone(), authors(e))).collect()
}

/// The CommonMark shape of the fixture's record for `text` in `show --format markdown`.
pub fn record_shape(text: &str) -> Vec<String> {
    let dataset = with_text(text);
    let record = &dataset.agreements[0];
    let markdown = render::record(
        record,
        &dataset.links(record),
        Format::Markdown,
        Terminal::default(),
    );
    markdown_shape(&markdown)
}
