//! `cite`: text and one-line citations, BibTeX and biblatex read back by a real parser (the
//! biblatex crate), CSL-JSON validated against the CSL schema; CITATION.cff for the dataset.

use crate::common::{agreements, data, failure_of, json_value_of, stdout_of};
use crate::output::{CslDate, CslItem, json_as};
use biblatex::ChunksExt;

mod citeproc;

const ACCESSED: &str = "2026-11-28";

fn cite(id: &str, style: &str) -> String {
    stdout_of(&["cite", id, "--style", style, "--accessed", ACCESSED])
}

/// The URLs a text citation lists, in order.
fn cited_urls(text: &str) -> Vec<String> {
    text.lines()
        .skip_while(|l| *l != "Sources:")
        .skip(1)
        .map(|l| {
            l.split_whitespace()
                .find(|w| w.starts_with("http"))
                .unwrap()
                .to_string()
        })
        .collect()
}

/// The embedded data's own version, which every citation names.
fn data_version() -> String {
    let metadata = agreements::load::embedded().metadata;
    metadata.expect("the data's metadata").version.to_string()
}

#[test]
fn text_names_parties_title_date_and_each_source_with_its_access_date() {
    let text = cite("sber-tsinghua-innovation", "text");
    let first = text.lines().next().unwrap();
    assert!(
        first.starts_with("PJSC Sberbank; Tsinghua University. \"Agreement on cooperation in innovative development between PJSC Sberbank and Tsinghua University\" (agreement). Signed Tianjin, 1 September 2025. On the Kremlin's published list; unconfirmed: place."),
        "{first}"
    );
    assert!(
        first.ends_with(&format!(", version {}.", data_version())),
        "the data's version: {first}"
    );
    let sources: Vec<&str> = text
        .lines()
        .skip_while(|l| *l != "Sources:")
        .skip(1)
        .collect();
    assert!(!sources.is_empty(), "{text}");
    assert!(
        sources
            .iter()
            .all(|l| l.ends_with("(accessed 28 November 2026).")),
        "{text}"
    );
}

#[test]
fn citations_name_primary_sources_first_and_never_a_background_page() {
    let text = cite("nmg-xinhua", "text");
    let sources: Vec<&str> = text
        .lines()
        .skip_while(|l| *l != "Sources:")
        .skip(1)
        .collect();
    assert!(
        sources[0].contains("Channel Five (NMG), 1 September 2025 (company)"),
        "{text}"
    );
    assert!(
        sources.last().unwrap().contains("(media)"),
        "reports follow: {text}"
    );
    // The 2023 Rosatom programme is background: the 2025 memorandum's reports are cited.
    let urls = cited_urls(&cite("rosatom-caea-strategic-cooperation", "text"));
    assert_eq!(urls[0], "https://tass.com/politics/2010843");
    assert!(urls.iter().all(|u| !u.contains("rosatom.ru")), "{urls:?}");
    let one = stdout_of(&["cite", "power-of-siberia-2", "--max-sources", "1"]);
    assert_eq!(cited_urls(&one).len(), 1, "{one}");
}

#[test]
fn no_access_date_is_given_unless_asked_for() {
    for style in ["text", "line", "bibtex", "biblatex", "csl-json"] {
        let out = stdout_of(&["cite", "rt-smg", "--style", style]);
        assert!(
            !out.to_lowercase().contains("accessed") && !out.contains("urldate"),
            "{style}: {out}"
        );
    }
}

#[test]
fn the_line_style_is_one_line_with_outlets_dates_and_links() {
    let out = cite("power-of-siberia-2", "line");
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(
        out.starts_with("Power of Siberia 2 memorandum (Gazprom and CNPC, 2 September 2025); RIA Novosti, 2 September 2025, https://ria.ru/20250902/memorandum-2038999572.html; "),
        "{out}"
    );
    assert!(out.ends_with(" (accessed 28 November 2026)\n"), "{out}");
}

#[test]
fn several_ids_or_the_list_filters_cite_several_documents() {
    let items: Vec<CslItem> = json_as(&["cite", "--sector", "energy", "--style", "csl-json"]);
    let documents: Vec<&str> = items
        .iter()
        .filter(|item| item.kind == "document")
        .map(|item| &*item.id)
        .collect();
    assert_eq!(documents.len(), crate::data::ENERGY.0, "{documents:?}");
    let two = stdout_of(&["cite", "rt-smg", "nmg-xinhua", "--style", "line"]);
    assert_eq!(two.lines().count(), 2, "{two}");
    assert!(
        two.starts_with("RT-Shanghai Media Group memorandum"),
        "{two}"
    );
}

#[test]
fn bibtex_and_biblatex_parse_with_a_real_parser() {
    let dataset = agreements::load::embedded();
    for record in &dataset.agreements {
        for style in ["bibtex", "biblatex"] {
            let bib = cite(&record.id, style);
            let parsed = biblatex::Bibliography::parse(&bib)
                .unwrap_or_else(|e| panic!("{} {style}: {e:?}\n{bib}", record.id));
            let entry = parsed.get(&record.id).expect("the record's entry");
            let title = entry.title().unwrap().format_verbatim();
            assert_eq!(title, record.title, "{} {style}", record.id);
            let sources = agreements::render::cite::cited_sources(record, 5);
            assert_eq!(parsed.len(), 1 + sources.len(), "{} {style}", record.id);
            let authors = entry.fields.get("author").map(|_| entry.author().unwrap());
            let count = authors.map_or(0, |a| a.len());
            assert_eq!(count, record.parties.len(), "{} {style}", record.id);
        }
    }
    let bib = cite("rt-smg", "bibtex");
    assert!(
        bib.contains("  year = {2025},\n"),
        "BibTeX has a year: {bib}"
    );
    assert!(
        bib.contains("howpublished = {\\url{https://riamo.ru/"),
        "{bib}"
    );
    let bib = cite("rt-smg", "biblatex");
    assert!(
        bib.contains("  date = {2025-09-02},\n") && bib.contains("@online{rt-smg-source-1,"),
        "{bib}"
    );
}

#[test]
fn bibtex_escapes_what_tex_would_read_as_markup() {
    let dataset = data("graph-quotes.toml");
    let bib = stdout_of(&[
        "--data",
        dataset.to_str().unwrap(),
        "cite",
        "quoted-names",
        "--style",
        "biblatex",
        "--accessed",
        ACCESSED,
    ]);
    let parsed = biblatex::Bibliography::parse(&bib).unwrap_or_else(|e| panic!("{e:?}\n{bib}"));
    let entry = parsed.get("quoted-names").unwrap();
    assert_eq!(
        entry.title().unwrap().format_verbatim(),
        "Agreement \"in quotes\""
    );
    let short = r#"shorttitle = {The "quoted" deal \textbackslash{} [x]; y\#z},"#;
    assert!(bib.contains(short), "{bib}");
}

#[test]
fn csl_json_validates_against_the_csl_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../schema/csl-data.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let dataset = agreements::load::embedded();
    for record in &dataset.agreements {
        let items = json_value_of(&[
            "cite",
            &record.id,
            "--style",
            "csl-json",
            "--accessed",
            ACCESSED,
        ]);
        let errors: Vec<String> = validator
            .iter_errors(&items)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", record.id);
        let items: Vec<CslItem> = serde_json::from_value(items).unwrap();
        assert_eq!(items[0].id, record.id);
        assert_eq!(items[0].version.as_deref(), Some(data_version().as_str()));
        assert_eq!(items[0].issued.as_ref().unwrap().parts[0][0], 2025);
        assert_eq!(
            items[0].accessed,
            Some(CslDate {
                parts: vec![vec![2026, 11, 28]]
            })
        );
    }
    // The schema is not a formality: an item without a type is rejected.
    let broken = serde_json::json!([{ "id": "x", "title": "no type" }]);
    assert!(!validator.is_valid(&broken));
}

#[test]
fn unknown_ids_styles_and_dates_fail_with_their_exit_codes() {
    let stderr = failure_of(agreements().args(["cite", "power-of-siberia"]), 1);
    assert!(stderr.contains("did you mean"), "{stderr}");
    let stderr = failure_of(agreements().args(["cite", "rt-smg", "--style", "apa"]), 2);
    assert!(
        stderr.contains("(valid: text, line, bibtex, biblatex, csl-json)"),
        "{stderr}"
    );
    let stderr = failure_of(
        agreements().args(["cite", "rt-smg", "--accessed", "2026-02-30"]),
        2,
    );
    assert!(stderr.contains("invalid date '2026-02-30'"), "{stderr}");
}

#[test]
fn citation_cff_describes_this_version_of_the_dataset() {
    let cff = include_str!("../../CITATION.cff");
    let metadata = agreements::load::embedded()
        .metadata
        .expect("the data's metadata");
    assert!(cff.starts_with("cff-version: 1.2.0\n"), "{cff}");
    assert!(cff.contains("\ntype: dataset\n"), "{cff}");
    for (key, value) in [
        ("version", metadata.version.to_string()),
        ("date-released", metadata.updated.to_string()),
        ("license", metadata.licence.to_string()),
    ] {
        let line = format!("\n{key}: {value}\n");
        assert!(cff.contains(&line), "CITATION.cff must carry {line:?}");
    }
    let title: String = cff
        .split("\ntitle: >-\n")
        .nth(1)
        .unwrap()
        .lines()
        .take_while(|l| l.starts_with("  "))
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(title, metadata.title);
}

#[test]
fn an_unresolved_record_is_cited_without_inventing_parties_or_a_kind() {
    let text = cite("plastic-surgery-cooperation", "text");
    assert!(text.starts_with("Parties unknown. \""), "{text}");
    assert!(
        text.contains("\" (kind unknown). Signed 2 September 2025."),
        "{text}"
    );
    for style in ["bibtex", "biblatex"] {
        let bib = cite("plastic-surgery-cooperation", style);
        assert!(!bib.contains("author ="), "{bib}");
        assert!(!bib.contains("type ="), "{bib}");
    }
}

#[test]
fn bidirectional_controls_never_reach_a_bibliography_raw() {
    // Titles and parties with overrides and isolates, which would reorder the .bib file as an
    // editor shows it (Trojan Source): every other writer escapes them.
    let scratch = crate::common::Scratch::new("cite-bidi");
    let text = std::fs::read_to_string(data("small.toml"))
        .unwrap()
        .replace(
            "Power of Siberia 2 gas pipeline",
            "Power of \u{202e}Siberia\u{202c} 2 gas pipeline",
        )
        .replace(
            "China Test Petroleum Corporation",
            "China \u{2067}Test\u{2069} Petroleum Corporation",
        );
    let dataset = scratch.file("bidi.toml", text.as_bytes());
    for style in ["bibtex", "biblatex"] {
        let output = agreements()
            .arg("--data")
            .arg(&dataset)
            .args([
                "cite",
                "gas-pipeline-memo",
                "--style",
                style,
                "--accessed",
                "2025-09-03",
            ])
            .output()
            .unwrap();
        assert!(output.status.success(), "{style}: {output:?}");
        let bib = String::from_utf8(output.stdout).unwrap();
        let bidi = [
            '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}',
            '\u{2068}', '\u{2069}',
        ];
        assert!(!bib.contains(bidi), "{style}: {bib}");
        assert!(
            bib.contains("Power of [U+202E]Siberia[U+202C] 2"),
            "{style}: {bib}"
        );
        assert!(
            bib.contains("China [U+2067]Test[U+2069] Petroleum"),
            "{style}: {bib}"
        );
    }
}

#[test]
fn a_one_line_citation_says_which_of_its_values_are_unconfirmed() {
    // rg-xinhua's parties and date are assumed; a citation is quoted on its own.
    let line = cite("rg-xinhua", "line");
    assert!(
        line.starts_with("Rossiyskaya Gazeta-Xinhua (Rossiyskaya Gazeta and Xinhua [unconfirmed], 2 September 2025 [unconfirmed]); "),
        "{line}"
    );
    // A page kept only for a name is background, never offered as a source of the agreement.
    assert!(!line.contains("mingpao"), "{line}");
    let confirmed = cite("power-of-siberia-2", "line");
    assert!(
        confirmed
            .starts_with("Power of Siberia 2 memorandum (Gazprom and CNPC, 2 September 2025); "),
        "{confirmed}"
    );
    assert!(!confirmed.contains("[unconfirmed]"), "{confirmed}");
}

#[test]
fn weak_sources_are_cited_last_and_named_weak_in_every_style() {
    let id = "deer-antler-export-protocol";
    let cite_all = |style: &str| {
        stdout_of(&[
            "cite",
            id,
            "--style",
            style,
            "--max-sources",
            "10",
            "--accessed",
            ACCESSED,
        ])
    };
    // China Entry Hub (an aggregator) and 10100.com (a secondary aggregator), in record order.
    let weak = [
        "https://www.chinaentryhub.com/news/announcement-of-the-general-administration-of-customs-no-250-of-2025-announcement-on-quarantine-and-hygiene-requirements-for-imported-medicinal-dried-deer-antler-from-russia",
        "https://www.10100.com/article/5606216",
    ];
    let text = cite_all("text");
    let urls = cited_urls(&text);
    assert_eq!(urls.len(), 7, "{text}");
    assert_eq!(urls[5..], weak, "{text}");
    let marked: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("[weak source]"))
        .collect();
    assert_eq!(marked.len(), 2, "{text}");
    assert!(
        marked
            .iter()
            .zip(weak)
            .all(|(line, url)| line.contains(url)),
        "{text}"
    );
    // Five sources, the default, are the five stronger ones.
    let five = cited_urls(&cite(id, "text"));
    assert_eq!(five.len(), 5, "{five:?}");
    assert!(
        five.iter().all(|url| !weak.contains(&url.as_str())),
        "{five:?}"
    );
    let line = cite_all("line");
    assert_eq!(line.matches("[weak source]").count(), 2, "{line}");
    for style in ["bibtex", "biblatex", "csl-json"] {
        let out = cite_all(style);
        let notes = out.matches(&format!("weak media source for {id}")).count();
        assert_eq!(notes, 2, "{style}: {out}");
    }
}
