//! Which sources a citation names, on small hand-made records.

use super::*;
use crate::fixture::{COMPANY_URL, MEDIA_URL, with_text};

#[test]
fn citations_name_reports_primary_first_and_never_background_pages() {
    let mut dataset = with_text("Plain text");
    let record = &mut dataset.agreements[0];
    record.sources.swap(0, 1);
    assert_eq!(
        record.sources[0].url, MEDIA_URL,
        "the media source is listed first"
    );
    let urls = |record: &Agreement, max| -> Vec<String> {
        cited_sources(record, max)
            .iter()
            .map(|s| s.url.to_string())
            .collect()
    };
    assert_eq!(urls(record, 5), [COMPANY_URL, MEDIA_URL], "primary first");
    assert_eq!(urls(record, 1), [COMPANY_URL], "at most max");
    record.sources[1].background = true;
    assert_eq!(
        urls(record, 5),
        [MEDIA_URL],
        "a background page is never cited"
    );
}

#[test]
fn the_dataset_is_named_by_its_own_title_and_version() {
    let mut dataset = with_text("Plain text");
    let meta = dataset.metadata.as_mut().unwrap();
    meta.title = "Another dataset".into();
    meta.version = "3.2.1".into();
    let options = Options {
        dataset: &dataset,
        accessed: None,
        max_sources: 5,
    };
    let record = &dataset.agreements[0];
    let text = render(&[record], CiteStyle::Text, options);
    assert!(
        text.contains("Record hostile-record in Another dataset, version 3.2.1."),
        "{text}"
    );
    assert!(
        !text.contains("accessed"),
        "no access date unless given: {text}"
    );
    dataset.metadata = None;
    let options = Options {
        dataset: &dataset,
        accessed: None,
        max_sources: 5,
    };
    let text = render(&[&dataset.agreements[0]], CiteStyle::Text, options);
    assert!(text.contains("in dataset on Plain text."), "{text}");
}
