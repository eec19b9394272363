//! What each source backs in a record, in words: the `backs` column of `agreement_sources`.

use crate::model::Agreement;
use std::collections::HashMap;

/// What each of `record`'s sources backs, in the order of its sources: the claims that cite its
/// URL ("summary", "note 2", "term: Capacity", "original title (ru)", "name: Газпром", "link:
/// power-of-siberia-2"), or "listed" when none does. One pass over the claims, then one look-up
/// per source, so a record with thousands of sources and claims costs their sum, not product.
pub fn backs(record: &Agreement) -> Vec<String> {
    let mut claims: Vec<(&str, String)> = Vec::new();
    for url in &record.summary_sources {
        claims.push((url, "summary".to_string()));
    }
    for (i, note) in record.notes.iter().enumerate() {
        for url in &note.sources {
            claims.push((url, format!("note {}", i + 1)));
        }
    }
    for term in &record.terms {
        if let Some(url) = &term.source {
            claims.push((url, format!("term: {}", term.label)));
        }
    }
    for title in &record.original_titles {
        claims.push((&title.source, format!("original title ({})", title.lang)));
    }
    let party_names = record.parties.iter().flat_map(|p| p.other_names.iter());
    for name in party_names.chain(record.project_names.iter()) {
        claims.push((&name.source, format!("name: {}", name.name)));
    }
    for link in &record.related {
        if let Some(url) = &link.source {
            let other = link.id.as_deref().or(link.title.as_deref()).unwrap_or("");
            claims.push((url, format!("link: {other}")));
        }
    }
    let mut cited: HashMap<&str, Vec<String>> = HashMap::new();
    for (url, what) in claims {
        let said = cited.entry(url).or_default();
        // A claim that cites one URL twice (the summary, a note) is named once.
        if said.last() != Some(&what) {
            said.push(what);
        }
    }
    (record.sources.iter())
        .map(|source| match cited.get(source.url.as_ref()) {
            Some(claims) => claims.join("; "),
            None => "listed".to_string(),
        })
        .collect()
}
