//! Any bytes given to the loader, as TOML and as JSON, must give a dataset or an error, never a
//! panic; a dataset that loads must render in every format, and its links, timeline, graph,
//! citations and a search built from its own text must not panic either.
#![no_main]

use agreements::date::Date;
use agreements::load;
use agreements::render::cite::CiteStyle;
use agreements::render::graph::GraphFormat;
use agreements::render::{self, Format, Terminal};
use agreements::search::SearchQuery;
use agreements::vocab::Vocabulary;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for loaded in [
        load::from_toml_str(text, "fuzz.toml"),
        load::from_json_str(text, "fuzz.json"),
    ] {
        match loaded {
            Ok(loaded) => {
                let dataset = &loaded.dataset;
                let records: Vec<_> = dataset.agreements.iter().collect();
                let narrow = Terminal {
                    width: Some(40),
                    color: true,
                };
                let timeline = dataset.timeline(&records);
                // The query is the first record's title: words the data surely holds.
                let query = records.first().map_or("", |r| r.title.as_ref());
                let hits = SearchQuery::parse(query).rank(&records);
                for &format in Format::ALL {
                    render::list(&records, records.len(), None, format, narrow);
                    render::timeline::render(&timeline, format, narrow);
                    let context = SearchQuery::parse(query).context(&dataset.event);
                    render::search::render(&hits, &context, Some(3), query, format, narrow);
                    if let Some(first) = records.first() {
                        render::record(first, &dataset.links(first), format, narrow);
                    }
                }
                let graph = agreements::graph::of(&records);
                for &format in GraphFormat::ALL {
                    render::graph::render(&graph, format);
                }
                let options = render::cite::Options {
                    dataset,
                    accessed: Date::new(2026, 1, 1),
                    max_sources: 5,
                };
                let cited: Vec<_> = records.iter().copied().take(3).collect();
                for &style in CiteStyle::ALL {
                    render::cite::render(&cited, style, options);
                }
            }
            Err(error) => {
                let _ = error.to_string();
            }
        }
    }
});
