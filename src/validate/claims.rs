//! Every claim a user can quote carries its source: the summary (`summary_sources`), each note,
//! each key term, each original title, each name in another language and each link cite URLs of
//! the record's `sources` (a few compared in turn, more looked up by URL, so the check stays
//! linear in the record). A source that no claim cites is a warning, unless it is marked
//! `background` (a page about an earlier or related document, which citations leave out); so is
//! a claim that rests on `weak` sources alone (mirrors, aggregators, relays) unless it is marked
//! unconfirmed where it can be.

use super::{FieldPath, Severity};
use crate::model::{Agreement, Name, Source, SourceIndex, Text};
use crate::sanitize::quoted;

/// Whether a claim resting on weak sources alone says so.
#[derive(Clone, Copy)]
pub(super) enum Marked {
    /// It can be marked unconfirmed (`how`, for the warning), and is when `marked`.
    Can { marked: bool, how: &'static str },
    /// It cannot be (a summary, a name, a link): it must rest on a source that is not weak.
    Cannot,
}

impl Marked {
    pub(super) fn can(marked: bool, how: &'static str) -> Self {
        Marked::Can { marked, how }
    }

    /// The warning for a claim (`what`) whose sources are all weak (`weak_alone`), unless it
    /// is marked unconfirmed.
    pub(super) fn warning(self, what: &dyn Fn() -> String, weak_alone: bool) -> Option<String> {
        let remedy = match self {
            Marked::Can { marked: true, .. } => return None,
            Marked::Can { how, .. } => format!(", or {how}"),
            Marked::Cannot => String::new(),
        };
        weak_alone.then(|| {
            format!(
                "{} rests on weak sources alone (mirrors, aggregators, relays): cite a stronger source{remedy}",
                what()
            )
        })
    }
}

/// The claims of one record seen so far: the sources they cite, and what is wrong with them.
struct Claims<'a> {
    listed: Listed<'a>,
    findings: Vec<(Severity, FieldPath, String)>,
}

/// A record's sources, to find the one a claim cites, and whether each is cited.
struct Listed<'a> {
    sources: &'a [Source],
    index: SourceIndex<'a>,
    /// Whether a claim cites the URL of the first source that has it.
    cited: Vec<bool>,
}

impl<'a> Listed<'a> {
    /// `sources`, none cited yet.
    fn new(sources: &'a [Source]) -> Self {
        Listed {
            sources,
            index: SourceIndex::new(sources),
            cited: vec![false; sources.len()],
        }
    }

    /// The first source with `url`.
    fn find(&self, url: &str) -> Option<usize> {
        self.index.find(url)
    }

    /// Notes a claim that cites `url`; the first source that has it.
    fn cite(&mut self, url: &str) -> Option<&Source> {
        let first = self.find(url)?;
        self.cited[first] = true;
        Some(&self.sources[first])
    }

    /// Whether a claim cites the URL of source `i`.
    fn is_cited(&self, i: usize) -> bool {
        let first = self.find(self.sources[i].url.as_ref());
        first.is_some_and(|first| self.cited[first])
    }
}

impl<'a> Claims<'a> {
    /// A claim (`what`, at `at`) that cites `urls`: each must be listed, and there must be one.
    /// What and where are worded only for a finding: most claims have none. `marked` says how
    /// the claim can be marked unconfirmed, and whether it is: one that rests on weak sources
    /// alone and is not is a warning.
    fn claim(
        &mut self,
        what: &dyn Fn() -> String,
        at: &dyn Fn() -> FieldPath,
        urls: impl IntoIterator<Item = &'a Text>,
        marked: Marked,
    ) {
        let mut any = false;
        let mut weak_alone = true;
        for url in urls {
            any = true;
            let cited = self.listed.cite(url);
            weak_alone &= cited.is_some_and(|source| source.weak);
            if cited.is_none() {
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
        if let Some(message) = marked.warning(what, any && weak_alone) {
            self.findings.push((Severity::Warning, at(), message));
        }
    }

    /// A language code ([`lang_problem`]).
    fn lang(&mut self, lang: &str, at: &dyn Fn() -> FieldPath) {
        if let Some(message) = lang_problem(lang) {
            self.findings.push((Severity::Error, at(), message));
        }
    }
}

/// What is wrong with a language code, if anything: it is two or three lower-case letters
/// (`ru`, `zh`), with a BCP 47 script subtag where the script matters (`zh-Hant`, `zh-Hans`: as
/// the page writes the text).
pub(super) fn lang_problem(lang: &str) -> Option<String> {
    let (language, script) = lang.split_once('-').unwrap_or((lang, "Latn"));
    let valid = (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_lowercase())
        && script.len() == 4
        && script.starts_with(|c: char| c.is_ascii_uppercase())
        && script[1..].bytes().all(|b| b.is_ascii_lowercase());
    (!valid).then(|| {
        format!(
            "language '{}' must be a two- or three-letter code such as 'ru' or 'zh', with its script where it matters ('zh-Hant', 'zh-Hans')",
            quoted(lang)
        )
    })
}

/// A name in another language (`at`) cites a listed source and has a language code.
fn name_claims<'a>(claims: &mut Claims<'a>, name: &'a Name, at: &dyn Fn() -> FieldPath) {
    let what = || format!("the name '{}'", quoted(&name.name));
    claims.claim(
        &what,
        &|| at().key("source"),
        [&name.source],
        Marked::Cannot,
    );
    claims.lang(&name.lang, &|| at().key("lang"));
}

/// Checks the claims of `record` and their sources; `report` receives each finding.
pub(super) fn check(
    record: &Agreement,
    path: &impl Fn() -> FieldPath,
    report: &mut impl FnMut(Severity, FieldPath, String),
) {
    let mut claims = Claims {
        listed: Listed::new(&record.sources),
        findings: Vec::new(),
    };
    for (i, term) in record.terms.iter().enumerate() {
        // A term without a source is check_record's finding; here only its URL is checked.
        if let Some(url) = &term.source {
            let what = || format!("term '{}'", quoted(&term.label));
            let at = || path().key("terms").index(i).key("source");
            let marked = Marked::can(term.unconfirmed, "mark the term unconfirmed = true");
            claims.claim(&what, &at, [url], marked);
        }
    }
    let summary = || path().key("summary_sources");
    let what = || "the summary".into();
    claims.claim(&what, &summary, &record.summary_sources, Marked::Cannot);
    for (i, step) in record.history.iter().enumerate() {
        // A search that found nothing may cite nothing; anything else rests on its sources.
        if step.kind == crate::vocab::StepKind::NotFound && step.sources.is_empty() {
            continue;
        }
        let at = || path().key("history").index(i).key("sources");
        let what = || format!("the step of {} in its history", step.date);
        let marked = Marked::can(step.unconfirmed, "mark the step unconfirmed = true");
        claims.claim(&what, &at, &step.sources, marked);
    }
    for (i, note) in record.notes.iter().enumerate() {
        let at = || path().key("notes").index(i).key("sources");
        let what = || format!("note {}", i + 1);
        let marked = Marked::can(note.unconfirmed, "mark the note unconfirmed = true");
        claims.claim(&what, &at, &note.sources, marked);
    }
    for (i, title) in record.original_titles.iter().enumerate() {
        let at = || path().key("original_titles").index(i);
        let what = || "an original title".to_string();
        let marked = Marked::can(
            record.is_unconfirmed("original_titles"),
            "list \"original_titles\" in the record's unconfirmed",
        );
        claims.claim(&what, &|| at().key("source"), [&title.source], marked);
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
            claims.claim(&|| "the link".into(), &at, [url], Marked::Cannot);
        }
    }
    for (i, source) in record.sources.iter().enumerate() {
        if !source.background && !claims.listed.is_cited(i) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::Side;

    fn sources(urls: &[String]) -> Vec<Source> {
        let source = |url: &String| Source {
            url: url.clone().into(),
            publisher: "Publisher".into(),
            side: Side::Media,
            title: None,
            published: None,
            language: None,
            background: false,
            weak: false,
        };
        urls.iter().map(source).collect()
    }

    #[test]
    fn short_and_long_source_lists_find_and_mark_the_same_sources() {
        for count in [3, 12] {
            // The last URL is listed twice: its first source is the one a claim marks.
            let mut urls: Vec<String> = (0..count).map(|i| format!("https://e.org/{i}")).collect();
            urls.push(urls[count - 1].clone());
            let sources = sources(&urls);
            let mut listed = Listed::new(&sources);
            assert_eq!(listed.index.is_indexed(), count > 8, "{count}");
            assert!(listed.cite(&urls[1]).is_some());
            assert!(listed.cite(&urls[count - 1]).is_some());
            assert!(listed.cite("https://e.org/missing").is_none());
            assert_eq!(listed.find(&urls[count]), Some(count - 1), "{count}");
            let cited: Vec<usize> = (0..=count).filter(|&i| listed.is_cited(i)).collect();
            assert_eq!(cited, [1, count - 1, count], "{count}");
        }
    }
}
