//! What one source backs in a record, in words: the `backs` column of `agreement_sources`.

use crate::model::Agreement;

/// The claims of `record` that cite `url`: "summary", "note 2", "term: Capacity", "original
/// title (ru)", "name: Газпром", "link: power-of-siberia-2"; "listed" when none cites it.
pub fn backs(record: &Agreement, url: &str) -> String {
    let mut claims = Vec::new();
    if record.summary_sources.iter().any(|u| **u == *url) {
        claims.push("summary".to_string());
    }
    for (i, note) in record.notes.iter().enumerate() {
        if note.sources.iter().any(|u| **u == *url) {
            claims.push(format!("note {}", i + 1));
        }
    }
    for term in &record.terms {
        if term.source.as_deref() == Some(url) {
            claims.push(format!("term: {}", term.label));
        }
    }
    for title in &record.original_titles {
        if *title.source == *url {
            claims.push(format!("original title ({})", title.lang));
        }
    }
    let party_names = record.parties.iter().flat_map(|p| p.other_names.iter());
    for name in party_names.chain(record.project_names.iter()) {
        if *name.source == *url {
            claims.push(format!("name: {}", name.name));
        }
    }
    for link in &record.related {
        if link.source.as_deref() == Some(url) {
            let other = link.id.as_deref().or(link.title.as_deref()).unwrap_or("");
            claims.push(format!("link: {other}"));
        }
    }
    if claims.is_empty() {
        "listed".to_string()
    } else {
        claims.join("; ")
    }
}
