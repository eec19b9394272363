//! Related documents: `show` lists a record's links from both sides, and validation rejects a link
//! to a record that does not exist.

use crate::common::{agreements, data, failure_of, stdout_of};
use crate::output::{ids, records, shown};
use agreements::vocab::Relation;

/// The "Related documents" section of `show ID`, one line per row.
fn related_section(id: &str) -> String {
    let detail = stdout_of(&["show", id]);
    let start = detail
        .find("\nRelated documents\n")
        .unwrap_or_else(|| panic!("{id}: no related documents in {detail}"));
    let end = detail.find("\nSources\n").unwrap();
    detail[start..end].to_string()
}

#[test]
fn power_of_siberia_2_lists_the_strategic_agreement_and_both_increases() {
    let related = related_section("power-of-siberia-2");
    for expected in [
        "related-to",
        "gazprom-cnpc-strategic-cooperation",
        "power-of-siberia-1-increase",
        "far-eastern-route-increase",
    ] {
        assert!(related.contains(expected), "{expected}: {related}");
    }
    // The link is declared once, on Power of Siberia 2, and shows from the other side too.
    let strategic = related_section("gazprom-cnpc-strategic-cooperation");
    assert!(strategic.contains("power-of-siberia-2"), "{strategic}");
    let increase = related_section("far-eastern-route-increase");
    assert!(increase.contains("power-of-siberia-2"), "{increase}");
    assert!(
        increase.contains("power-of-siberia-1-increase"),
        "{increase}"
    );
}

#[test]
fn the_three_rossiyskaya_gazeta_agreements_link_to_each_other() {
    let rg = ["rg-peoples-daily", "rg-cmg", "rg-xinhua"];
    for id in rg {
        let related = related_section(id);
        for other in rg.iter().filter(|&&other| other != id) {
            assert!(related.contains(other), "{id} -> {other}: {related}");
        }
    }
}

#[test]
fn the_bolshoy_ussuriysky_roadmap_implements_the_2024_concept_with_its_source() {
    let related = related_section("bolshoy-ussuriysky-roadmap");
    assert!(related.contains("implements"), "{related}");
    assert!(related.contains("Unified Concept"), "{related}");
    assert!(related.contains("2024-05-16"), "{related}");
    let record = shown("bolshoy-ussuriysky-roadmap").record;
    let link = &record.related[0];
    assert_eq!(link.relation, Relation::Implements);
    assert_eq!(
        link.source.as_deref(),
        Some("https://1prime.ru/amp/20240516/kontseptsiya-848226165.html")
    );
    let markdown = stdout_of(&["show", "bolshoy-ussuriysky-roadmap", "--format", "markdown"]);
    assert!(
        markdown.contains("### Related\n\n- implements: Unified Concept"),
        "{markdown}"
    );
}

#[test]
fn a_link_to_an_unknown_id_or_an_unsourced_document_is_invalid() {
    let output = agreements()
        .arg("validate")
        .arg(data("bad-related.toml"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
    let report = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = report.lines().collect();
    assert!(
        lines[0].ends_with(
            "bad-related.toml:42:37: error: record 'test-media-deal': related id 'test-gas-mem' is not a record of the dataset; did you mean 'test-gas-memo'?"
        ),
        "{report}"
    );
    assert!(lines[1].contains(":43:37: error:"), "{report}");
    assert!(lines[1].contains("has no source"), "{report}");
    // Any command refuses the dataset, not only validate.
    let stderr = failure_of(
        agreements()
            .arg("--data")
            .arg(data("bad-related.toml"))
            .arg("list"),
        3,
    );
    assert!(stderr.contains("related id 'test-gas-mem'"), "{stderr}");
}

#[test]
fn parties_are_found_by_their_russian_names() {
    assert_eq!(
        ids(&["--party", "Газпром"]),
        [
            "gazprom-cnpc-strategic-cooperation",
            "power-of-siberia-2",
            "power-of-siberia-1-increase",
            "far-eastern-route-increase"
        ]
    );
    let detail = stdout_of(&["show", "power-of-siberia-2"]);
    assert!(detail.contains("also Газпром"), "{detail}");
}

#[test]
fn show_json_carries_the_links_from_both_sides() {
    let strategic = shown("gazprom-cnpc-strategic-cooperation");
    assert!(strategic.record.related.is_empty());
    let incoming = &strategic.links;
    assert_eq!(incoming.len(), 1, "{incoming:?}");
    assert_eq!(incoming[0].id.as_deref(), Some("power-of-siberia-2"));
    assert_eq!(incoming[0].relation, Relation::RelatedTo);
    assert!(incoming[0].incoming);
    assert_eq!(incoming[0].signed.unwrap().to_string(), "2025-09-02");

    // The same link from the side that declares it.
    let pos2 = shown("power-of-siberia-2");
    let outgoing = pos2
        .links
        .iter()
        .find(|link| link.id.as_deref() == Some("gazprom-cnpc-strategic-cooperation"))
        .unwrap();
    assert!(!outgoing.incoming);
    assert_eq!(outgoing.note, incoming[0].note);
    assert_eq!(pos2.links.len(), pos2.record.related.len());

    // A document outside the dataset: no id, the title and date the link gives.
    let roadmap = shown("bolshoy-ussuriysky-roadmap");
    let outside = &roadmap.links[0];
    assert_eq!(outside.id, None);
    assert!(outside.title.as_ref().unwrap().contains("Unified Concept"));
    assert_eq!(outside.signed.unwrap().to_string(), "2024-05-16");

    // `list` prints records as stored: no computed links (the record type refuses other keys).
    assert!(!records(&[]).is_empty());
}
