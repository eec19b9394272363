//! Text that a spreadsheet would run as a formula. CSV and TSV keep the data exactly as it is
//! (they are for programs, and a prefixed quote would change it), so `validate` warns instead:
//! a cell that starts with `=`, `+`, `-` or `@` is read as a formula when a CSV file is opened
//! in a spreadsheet (OWASP's "CSV injection"). Numbers such as `-5` are left alone.

use super::{FieldPath, Severity};
use crate::model::Agreement;

/// Whether a spreadsheet would read `text`, as a CSV cell, as a formula.
pub fn looks_like_formula(text: &str) -> bool {
    let mut chars = text.chars();
    match chars.next() {
        Some('=' | '+' | '@') => true,
        Some('-') => chars
            .next()
            .is_some_and(|c| !(c.is_ascii_digit() || c == ' ')),
        _ => false,
    }
}

/// Warns about each text field of `record` that a spreadsheet would run.
pub(super) fn check(
    record: &Agreement,
    path: &impl Fn() -> FieldPath,
    report: &mut impl FnMut(Severity, FieldPath, String),
) {
    // Paths are built only for a text that is reported: most records have none.
    let mut check = |text: &str, at: &dyn Fn() -> FieldPath| {
        if looks_like_formula(text) {
            let message = "starts like a spreadsheet formula (=, +, -, @): a spreadsheet that opens the CSV output would run it";
            report(Severity::Warning, at(), message.into());
        }
    };
    check(&record.title, &|| path().key("title"));
    check(&record.short_title, &|| path().key("short_title"));
    check(&record.summary, &|| path().key("summary"));
    if let Some(place) = &record.place {
        check(place, &|| path().key("place"));
    }
    for (i, note) in record.notes.iter().enumerate() {
        check(&note.text, &|| path().key("notes").index(i).key("text"));
    }
    for (i, party) in record.parties.iter().enumerate() {
        check(&party.name, &|| path().key("parties").index(i).key("name"));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn formulas_are_told_from_text_and_numbers() {
        let cases = [
            ("formula", "=HYPERLINK(\"https://e.org\")", true),
            ("plus", "+1+1", true),
            ("at", "@SUM(A1)", true),
            ("minus command", "-cmd|' /C calc'!A0", true),
            ("negative number", "-5 bcm", false),
            ("dash and space", "- a list", false),
            ("text", "Power of Siberia 2", false),
            ("empty", "", false),
        ];
        for (name, text, expected) in cases {
            assert_eq!(super::looks_like_formula(text), expected, "{name}");
        }
    }
}
