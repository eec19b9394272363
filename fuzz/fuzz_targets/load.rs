//! Any bytes given to the loader, as TOML, JSON and JSON Lines, must give a dataset or an error,
//! never a panic; a dataset that loads must render in every format, and its links, timeline,
//! graph, overviews, citations and a search built from its own text must not panic either.
#![no_main]

use agreements::date::Date;
use agreements::load;
use agreements::overview::{self, Grouping};
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
        load::Syntax::JsonLines.parse(text, "fuzz.jsonl"),
    ] {
        match loaded {
            Ok(loaded) => {
                let dataset = &loaded.dataset;
                let records: Vec<_> = dataset.agreements.iter().collect();
                let narrow = Terminal {
                    width: Some(40),
                    color: true,
                    interactive: true,
                };
                let timeline = dataset.timeline(&records, None);
                // The query is the first record's title: words the data surely holds.
                let query = records.first().map_or("", |r| r.title.as_ref());
                let parsed = SearchQuery::parse(query);
                let hits = parsed.rank(&records);
                let found = render::search::Found {
                    hits: &hits,
                    context: &parsed.context(&dataset.events),
                    query,
                    left_out: 0,
                    suggestion: parsed.did_you_mean(&records),
                };
                let organisations = overview::organisations(&records, &dataset.organisations);
                for &format in Format::ALL {
                    render::list(&records, dataset.scope(&[]), None, &[], format, narrow);
                    render::timeline::render(&timeline, format, narrow);
                    render::search::render(&found, Some(3), format, narrow);
                    render::overview::organisations(&organisations, format, narrow);
                    for &group in Grouping::ALL {
                        let tally = overview::tally(&records, group);
                        render::overview::tally(&tally, format, narrow);
                    }
                    if let Some(first) = records.first() {
                        render::record(first, &dataset.links(first), format, narrow);
                    }
                }
                let graph = agreements::graph::of(&records);
                for &format in GraphFormat::ALL {
                    render::graph::render(&graph, format);
                }
                render::graph::outline(&graph);
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
