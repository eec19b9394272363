use super::*;

#[test]
fn unconfirmed_parties_are_drawn_dotted_and_marked_in_every_format() {
    let dataset = crate::load::embedded();
    // The September visit's media documents: every one has two known parties.
    let media: Vec<&crate::Agreement> = (dataset.agreements.iter())
        .filter(|r| r.sector == crate::vocab::Sector::Media)
        .filter(|r| r.event.as_deref() == Some("putin-china-2025-09"))
        .collect();
    let graph = crate::graph::of(&media);
    let dot = dot(&graph);
    assert!(dot.contains("label=\"Dotted lines and ?: parties the sources leave unconfirmed.\""));
    assert!(
        dot.contains(
            "[label=\"Rossiyskaya Gazeta-Xinhua ?\", tooltip=\"rg-xinhua\", style=dotted];"
        ),
        "{dot}"
    );
    assert!(dot.contains(
        "[label=\"TASS-Xinhua strategy 2026-2030\", tooltip=\"tass-xinhua-strategy-2026-2030\"];"
    ));
    let mermaid = mermaid(&graph);
    assert!(mermaid.starts_with(
        "---\ntitle: \"Dotted lines and ?: parties the sources leave unconfirmed.\"\n---\n"
    ));
    assert!(
        mermaid.contains("|\"Rossiyskaya Gazeta-Xinhua ?\"|"),
        "{mermaid}"
    );
    assert_eq!(
        mermaid.matches("stroke-dasharray:2 3").count(),
        3,
        "{mermaid}"
    );
    let outline = outline(&graph);
    assert!(outline.contains("rg-xinhua ?"), "{outline}");
    assert!(
        outline.contains("\n? parties the sources leave unconfirmed\n"),
        "{outline}"
    );
    assert!(
        !outline.contains("tass-xinhua-strategy-2026-2030 ?"),
        "{outline}"
    );
}

#[test]
fn labels_cannot_break_out_of_their_quotes() {
    assert_eq!(dot_string(r#"a "b" \c"#), r#""a \"b\" \\c""#);
    assert_eq!(dot_string("two\nlines\u{1b}"), "\"two\\nlines\\\\u{1b}\"");
    assert_eq!(
        mermaid_string("`x\"]; y#<z>"),
        "\"#96;x#quot;]; y#35;#lt;z#gt;\""
    );
}
