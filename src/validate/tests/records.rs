//! The rules about records, one row each, checked as the dataset's are ([`super::check`]).

use super::*;

#[test]
fn each_record_rule_reports_its_finding_at_its_path() {
    let cases: [Case; 26] = [
        (
            "topic a shell would run",
            |d| d.agreements[0].topics = vec!["$(touch pwned)".into()],
            Severity::Error,
            "agreements[0].topics[0]",
            "topic '$(touch pwned)' must be lower-case",
        ),
        (
            "the same party twice",
            |d| {
                let party = d.agreements[0].parties[0].clone();
                d.agreements[0].parties.push(party)
            },
            Severity::Error,
            "agreements[0].parties[1]",
            "party 'Somebody' is named twice",
        ),
        (
            "URL with a line break",
            |d| set_url(d, "https://example.org/a\n[2] Kremlin"),
            Severity::Error,
            "agreements[0].sources[0].url",
            "'https://example.org/a\\u{a}[2] Kremlin' has the character '\\n'",
        ),
        (
            "id not kebab-case",
            |d| d.agreements[0].id = "First_One".into(),
            Severity::Error,
            "agreements[0].id",
            "must be kebab-case",
        ),
        (
            "double hyphen",
            |d| d.agreements[0].id = "a--b".into(),
            Severity::Error,
            "agreements[0].id",
            "must be kebab-case",
        ),
        (
            "empty title",
            |d| d.agreements[0].title = "  ".into(),
            Severity::Error,
            "agreements[0].title",
            "title is empty",
        ),
        (
            "no parties",
            |d| d.agreements[0].parties.clear(),
            Severity::Error,
            "agreements[0].parties",
            "no parties",
        ),
        (
            "a summary without a source",
            |d| d.agreements[0].summary_sources.clear(),
            Severity::Error,
            "agreements[0].summary_sources",
            "the summary cites no source",
        ),
        (
            "a note without a source",
            |d| {
                let text = "A caveat.".into();
                d.agreements[0].notes = vec![crate::model::Note {
                    text,
                    sources: Vec::new(),
                    unconfirmed: false,
                }]
            },
            Severity::Error,
            "agreements[0].notes[0].sources",
            "note 1 cites no source",
        ),
        (
            "a source no claim cites",
            |d| {
                let mut extra = d.agreements[0].sources[0].clone();
                extra.url = "https://example.org/b".into();
                d.agreements[0].sources.push(extra)
            },
            Severity::Warning,
            "agreements[0].sources[1]",
            "source 'https://example.org/b' backs no claim",
        ),
        (
            "one page, two voices",
            |d| {
                let mut second = second_record(d);
                second.sources[0].side = Side::Company;
                d.agreements.push(second)
            },
            Severity::Error,
            "agreements[1].sources[0].side",
            "has side 'company' here and 'media' in record 'first'",
        ),
        (
            "one page, two publishers",
            |d| {
                let mut second = second_record(d);
                second.sources[0].publisher = "Some\none else".into();
                d.agreements.push(second)
            },
            Severity::Error,
            "agreements[1].sources[0].publisher",
            "has publisher 'Some\\u{a}one else' here and 'Example' in record 'first'",
        ),
        (
            "an empty party name",
            |d| d.agreements[0].parties[0].name = " ".into(),
            Severity::Error,
            "agreements[0].parties[0].name",
            "the party's name is empty",
        ),
        (
            "an empty publisher",
            |d| d.agreements[0].sources[0].publisher = "".into(),
            Severity::Error,
            "agreements[0].sources[0].publisher",
            "the source's publisher is empty",
        ),
        (
            "a name in an unknown language",
            |d| {
                let source = "https://example.org/a".into();
                let name = crate::model::Name {
                    name: "Кто-то".into(),
                    lang: "Russian".into(),
                    source,
                };
                d.agreements[0].parties[0].other_names = vec![name]
            },
            Severity::Error,
            "agreements[0].parties[0].other_names[0].lang",
            "language 'Russian' must be a two- or three-letter code",
        ),
        (
            "a script subtag in the wrong case",
            |d| {
                let source = "https://example.org/a".into();
                let name = crate::model::Name {
                    name: "新華社".into(),
                    lang: "zh-hant".into(),
                    source,
                };
                d.agreements[0].parties[0].other_names = vec![name]
            },
            Severity::Error,
            "agreements[0].parties[0].other_names[0].lang",
            "language 'zh-hant' must be a two- or three-letter code such as 'ru' or 'zh', with its script where it matters ('zh-Hant', 'zh-Hans')",
        ),
        (
            "URL not http",
            |d| set_url(d, "ftp://x"),
            Severity::Error,
            "agreements[0].sources[0].url",
            "uses the ftp scheme, not http(s)",
        ),
        (
            "number without source",
            |d| d.agreements[0].terms[0].source = None,
            Severity::Error,
            "agreements[0].terms[0].value",
            "has a number but no source",
        ),
        (
            "source not listed",
            |d| d.agreements[0].terms[0].source = Some("https://other.org".into()),
            Severity::Error,
            "agreements[0].terms[0].source",
            "not in the record's sources",
        ),
        (
            "unknown unconfirmed field",
            |d| d.agreements[0].unconfirmed = vec!["signd".into()],
            Severity::Error,
            "agreements[0].unconfirmed[0]",
            "did you mean 'signed'?",
        ),
        (
            "signed outside the visit",
            |d| d.agreements[0].signed = "2024-01-01".parse().unwrap(),
            Severity::Warning,
            "agreements[0].signed",
            "outside the visit",
        ),
        (
            "link to an unknown id",
            |d| d.agreements[0].related = vec![link(Some("frist"), None, None)],
            Severity::Error,
            "agreements[0].related[0].id",
            "'frist' is not a record of the dataset; did you mean 'first'?",
        ),
        (
            "link to itself",
            |d| d.agreements[0].related = vec![link(Some("first"), None, None)],
            Severity::Error,
            "agreements[0].related[0].id",
            "links to itself",
        ),
        (
            "link with both an id and a title",
            |d| d.agreements[0].related = vec![link(Some("first"), Some("Old"), None)],
            Severity::Error,
            "agreements[0].related[0]",
            "not both or neither",
        ),
        (
            "outside document without a source",
            |d| d.agreements[0].related = vec![link(None, Some("Old treaty"), None)],
            Severity::Error,
            "agreements[0].related[0].title",
            "has no source",
        ),
        (
            "link source not listed",
            |d| {
                let source = Some("https://other.org");
                d.agreements[0].related = vec![link(None, Some("Old treaty"), source)]
            },
            Severity::Error,
            "agreements[0].related[0].source",
            "not in the record's sources",
        ),
    ];
    check(&cases);
}
