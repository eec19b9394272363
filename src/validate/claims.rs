//! Every claim a user can quote carries its source: the summary (`summary_sources`), each note,
//! each key term, each original title, each name in another language and each link cite URLs of
//! the record's `sources` (looked up in a set, so the check stays linear in the record). A source that no claim cites is a warning, unless it is marked `background` (a page
//! about an earlier or related document, which citations leave out).

use super::HashSet;
use super::{FieldPath, Severity};
use crate::model::{Agreement, Name, Text};
use crate::sanitize::quoted;

/// The claims of one record seen so far: the URLs they cite, and what is wrong with them.
struct Claims<'a> {
    listed: HashSet<&'a str>,
    cited: HashSet<&'a str>,
    findings: Vec<(Severity, FieldPath, String)>,
}

impl<'a> Claims<'a> {
    /// A claim (`what`, at `at`) that cites `urls`: each must be listed, and there must be one.
    /// What and where are worded only for a finding: most claims have none.
    fn claim(
        &mut self,
        what: &dyn Fn() -> String,
        at: &dyn Fn() -> FieldPath,
        urls: impl IntoIterator<Item = &'a Text>,
    ) {
        let mut any = false;
        for url in urls {
            any = true;
            self.cited.insert(url);
            if !self.listed.contains(url.as_ref()) {
                let message = format!(
                    "{} cites '{}', which is not in the record's sources: add it there",
                    what(),
                    quoted(url)
                );
                self.findings.push((Severity::Error, at(), message));
            }
        }
        if !any {
            let message = format!(
                "{} cites no source: every claim names the sources it rests on (sources = [\"<url>\"])",
                what()
            );
            self.findings.push((Severity::Error, at(), message));
        }
    }

    /// A language code: two or three lower-case letters (`ru`, `zh`).
    fn lang(&mut self, lang: &str, at: &dyn Fn() -> FieldPath) {
        let valid = (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
        if !valid {
            let message = format!(
                "language '{}' must be a two- or three-letter code such as 'ru' or 'zh'",
                quoted(lang)
            );
            self.findings.push((Severity::Error, at(), message));
        }
    }
}

/// A name in another language (`at`) cites a listed source and has a language code.
fn name_claims<'a>(claims: &mut Claims<'a>, name: &'a Name, at: &dyn Fn() -> FieldPath) {
    let what = || format!("the name '{}'", quoted(&name.name));
    claims.claim(&what, &|| at().key("source"), [&name.source]);
    claims.lang(&name.lang, &|| at().key("lang"));
}

/// Checks the claims of `record` and their sources; `report` receives each finding.
pub(super) fn check(
    record: &Agreement,
    path: &impl Fn() -> FieldPath,
    report: &mut impl FnMut(Severity, FieldPath, String),
) {
    let mut claims = Claims {
        listed: record.sources.iter().map(|s| s.url.as_ref()).collect(),
        cited: HashSet::default(),
        findings: Vec::new(),
    };
    for (i, term) in record.terms.iter().enumerate() {
        // A term without a source is check_record's finding; here only its URL is checked.
        if let Some(url) = &term.source {
            let what = || format!("term '{}'", quoted(&term.label));
            claims.claim(&what, &|| path().key("terms").index(i).key("source"), [url]);
        }
    }
    let summary = || path().key("summary_sources");
    claims.claim(&|| "the summary".into(), &summary, &record.summary_sources);
    for (i, note) in record.notes.iter().enumerate() {
        let at = || path().key("notes").index(i).key("sources");
        claims.claim(&|| format!("note {}", i + 1), &at, &note.sources);
    }
    for (i, title) in record.original_titles.iter().enumerate() {
        let at = || path().key("original_titles").index(i);
        let what = || "an original title".to_string();
        claims.claim(&what, &|| at().key("source"), [&title.source]);
        claims.lang(&title.lang, &|| at().key("lang"));
    }
    for (i, party) in record.parties.iter().enumerate() {
        for (j, name) in party.other_names.iter().enumerate() {
            let at = || path().key("parties").index(i).key("other_names").index(j);
            name_claims(&mut claims, name, &at);
        }
    }
    for (i, name) in record.project_names.iter().enumerate() {
        name_claims(&mut claims, name, &|| path().key("project_names").index(i));
    }
    for (i, link) in record.related.iter().enumerate() {
        // Whether a link needs a source is related::check's finding; here only its URL is checked.
        if let Some(url) = &link.source {
            let at = || path().key("related").index(i).key("source");
            claims.claim(&|| "the link".into(), &at, [url]);
        }
    }
    for (i, source) in record.sources.iter().enumerate() {
        if !source.background && !claims.cited.contains(source.url.as_ref()) {
            let message = format!(
                "source '{}' backs no claim: cite it from the summary, a note or a term, or mark it background = true",
                quoted(&source.url)
            );
            claims
                .findings
                .push((Severity::Warning, path().key("sources").index(i), message));
        }
    }
    for (severity, at, message) in claims.findings {
        report(severity, at, message);
    }
}
