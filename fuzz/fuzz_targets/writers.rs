//! Any text, in every free-text field of a small dataset: BibTeX must read as the same entries
//! (the biblatex crate) and Markdown as the same blocks and links (pulldown-cmark, CommonMark)
//! as for plain text. The checks are the integration tests' own (tests/suite/hostile/shape.rs).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/suite/hostile/shape.rs"]
mod shape;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // Blank text leaves fields empty, which changes the structure by design ("not reported").
    if text.trim().is_empty() {
        return;
    }
    assert_eq!(shape::bibtex_entries(text), shape::bibtex_entries("Plain text"), "{text:?}");
    assert_eq!(shape::record_shape(text), shape::record_shape("Plain text"), "{text:?}");
});
