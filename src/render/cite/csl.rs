//! CSL-JSON items: one `document` per record, one `webpage` per cited source.

use super::{Options, caveats, cited_sources, dataset_name, kind};
use crate::date::Date;
use crate::model::Agreement;
use crate::render::json;
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
        let mut page = json!({
            "id": format!("{}-source-{}", record.id, i + 1),
            "type": "webpage",
            "title": source.title.as_deref().unwrap_or(&source.publisher),
            "publisher": source.publisher,
            "URL": source.url,
            "note": format!("{} source for {}", source.side, record.id),
        });
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
