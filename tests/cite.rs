//! `cite`: text, BibTeX read back by a real BibTeX parser (the biblatex crate), and CSL-JSON
//! validated against the CSL schema; CITATION.cff for the dataset.

mod common;

use biblatex::ChunksExt;
use common::{agreements, data, failure_of, json_of, stdout_of};

const ACCESSED: &str = "2026-11-28";

fn cite(id: &str, style: &str) -> String {
    stdout_of(&["cite", id, "--style", style, "--accessed", ACCESSED])
}

#[test]
fn text_names_parties_title_date_and_each_source_with_its_access_date() {
    let text = cite("sber-tsinghua-innovation", "text");
    let first = text.lines().next().unwrap();
    assert!(
        first.starts_with("PJSC Sberbank; Tsinghua University. \"Agreement on cooperation in technological innovation between PJSC Sberbank and Tsinghua University\" (agreement). Signed Tianjin, 1 September 2025. On the Kremlin's published list."),
        "{first}"
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
fn citations_use_primary_sources_when_the_record_has_them() {
    let text = cite("nmg-xinhua", "text");
    assert!(text.contains("Channel Five (NMG) (company)"), "{text}");
    assert!(
        !text.contains("vedomosti"),
        "media reports are left out: {text}"
    );
}

#[test]
fn bibtex_parses_with_a_real_parser() {
    let dataset = agreements::load::embedded();
    for record in &dataset.agreements {
        let bib = cite(&record.id, "bibtex");
        let parsed = biblatex::Bibliography::parse(&bib)
            .unwrap_or_else(|e| panic!("{}: {e:?}\n{bib}", record.id));
        let entry = parsed.get(&record.id).expect("the record's entry");
        let title = entry.title().unwrap().format_verbatim();
        assert_eq!(title, record.title, "{}", record.id);
        assert_eq!(entry.url().unwrap(), entry_url(&bib), "{}", record.id);
        let sources = agreements::render::cite::primary_sources(record);
        assert_eq!(parsed.len(), 1 + sources.len(), "{}", record.id);
        let authors = entry.fields.get("author").map(|_| entry.author().unwrap());
        assert_eq!(
            authors.map_or(0, |a| a.len()),
            record.parties.len(),
            "{}",
            record.id
        );
    }
}

/// The `url` field of the first entry, as written.
fn entry_url(bib: &str) -> String {
    let line = bib.lines().find(|l| l.starts_with("  url = {")).unwrap();
    line["  url = {".len()..line.len() - 2].to_string()
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
        "bibtex",
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
        serde_json::from_str(include_str!("schema/csl-data.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let dataset = agreements::load::embedded();
    for record in &dataset.agreements {
        let items = json_of(&[
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
        assert_eq!(items[0]["id"], &*record.id);
        assert_eq!(items[0]["issued"]["date-parts"][0][0], 2025);
        assert_eq!(
            items[0]["accessed"],
            serde_json::json!({ "date-parts": [[2026, 11, 28]] })
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
        stderr.contains("(valid: text, bibtex, csl-json)"),
        "{stderr}"
    );
    let stderr = failure_of(
        agreements().args(["cite", "rt-smg", "--accessed", "2026-02-30"]),
        2,
    );
    assert!(stderr.contains("invalid date '2026-02-30'"), "{stderr}");
}

#[test]
fn the_access_date_defaults_to_today() {
    let text = stdout_of(&["cite", "rt-smg"]);
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        / 86_400;
    let today = agreements::date::Date::from_days_since_epoch(days as i64).unwrap();
    let expected = format!(
        "(accessed {} {} {})",
        today.day(),
        today.month_name(),
        today.year()
    );
    assert!(text.contains(&expected), "{expected}: {text}");
}

#[test]
fn citation_cff_describes_this_version_of_the_dataset() {
    let cff = include_str!("../CITATION.cff");
    assert!(cff.starts_with("cff-version: 1.2.0\n"), "{cff}");
    assert!(cff.contains("\ntype: dataset\n"), "{cff}");
    let version = format!("\nversion: {}\n", env!("CARGO_PKG_VERSION"));
    assert!(cff.contains(&version), "CITATION.cff must carry {version}");
}

#[test]
fn an_unresolved_record_is_cited_without_inventing_parties_or_a_kind() {
    let text = cite("plastic-surgery-cooperation", "text");
    assert!(text.starts_with("Parties unknown. \""), "{text}");
    assert!(
        text.contains("\" (kind unknown). Signed 2 September 2025."),
        "{text}"
    );
    let bib = cite("plastic-surgery-cooperation", "bibtex");
    assert!(!bib.contains("author ="), "{bib}");
    assert!(!bib.contains("type ="), "{bib}");
}
