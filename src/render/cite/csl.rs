//! CSL-JSON items: one `document` per record, and one per cited source: a news outlet's page
//! an `article-newspaper` in the outlet (`container-title`), any other a `webpage` by its
//! publisher (`author`).

use super::{Options, caveats, cited_sources, dataset_name, kind, source_title, voice};
use crate::date::Date;
use crate::model::Agreement;
use crate::render::json;
use crate::vocab::Side;
use serde_json::{Value, json};

/// A CSL date: `{"date-parts": [[year, month, day]]}`.
fn csl_date(date: Date) -> Value {
    json!({ "date-parts": [[date.year(), date.month(), date.day()]] })
}

/// Every record's items, in one JSON array.
pub(super) fn render(records: &[&Agreement], options: Options) -> String {
    let items: Vec<Value> = records.iter().flat_map(|r| items(r, options)).collect();
    json::to_json(&items)
}

fn items(record: &Agreement, options: Options) -> Vec<Value> {
    let sources = cited_sources(record, options.max_sources);
    let urls: Vec<&str> = sources.iter().map(|s| s.url.as_ref()).collect();
    let mut item = json!({
        "id": record.id,
        "type": "document",
        "title": record.title,
        "title-short": record.short_title,
        "genre": kind(record),
        "issued": csl_date(record.signed),
        "note": format!("{} Sources: {}", caveats(record), urls.join(" ")),
        "collection-title": dataset_name(options.dataset),
        "author": record.parties.iter().map(|p| json!({ "literal": p.name })).collect::<Vec<_>>(),
    });
    if let Some(meta) = &options.dataset.metadata {
        item["version"] = json!(meta.version);
    }
    if let Some(place) = &record.place {
        item["event-place"] = json!(place);
    }
    if let Some(first) = sources.first() {
        item["URL"] = json!(first.url);
    }
    if let Some(date) = options.accessed {
        item["accessed"] = csl_date(date);
    }
    let mut items = vec![item];
    for (i, source) in sources.iter().enumerate() {
        let kind = match source.side {
            Side::Media => "article-newspaper",
            _ => "webpage",
        };
        let untitled = match source.title {
            Some(_) => "",
            None => "; its headline is not recorded",
        };
        let mut page = json!({
            "id": format!("{}-source-{}", record.id, i + 1),
            "type": kind,
            "title": source_title(source, record),
            "URL": source.url,
            "note": format!("{} for {}{untitled}", voice(source), record.id),
        });
        // A newspaper's article appears in the paper; a web page's author is its publisher
        // (named once: styles that print the publisher too would repeat it).
        match source.side {
            Side::Media => page["container-title"] = json!(source.publisher),
            _ => page["author"] = json!([{ "literal": source.publisher }]),
        }
        if let Some(date) = source.published {
            page["issued"] = csl_date(date);
        }
        if let Some(language) = &source.language {
            page["language"] = json!(language);
        }
        if let Some(date) = options.accessed {
            page["accessed"] = csl_date(date);
        }
        items.push(page);
    }
    items
}
