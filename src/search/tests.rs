use super::*;
use crate::load;

fn ranked(query: &str) -> Vec<String> {
    let dataset = load::embedded();
    let records: Vec<&Agreement> = dataset.agreements.iter().collect();
    SearchQuery::parse(query)
        .rank(&records)
        .iter()
        .map(|hit| hit.record.id.to_string())
        .collect()
}

#[test]
fn queries_split_into_words_and_quoted_phrases() {
    let query = SearchQuery::parse(r#"Gas "Power of  Siberia" chang'e-7 """#);
    let expected: Vec<Vec<&str>> = vec![
        vec!["gas"],
        vec!["power", "of", "siberia"],
        vec!["chang", "e", "7"],
    ];
    assert_eq!(query.terms, expected);
    assert!(SearchQuery::parse("  \"\" ").is_empty());
}

#[test]
fn folding_ignores_case_and_accents() {
    assert_eq!(fold("Électricité"), "electricite");
    assert_eq!(fold("Ёлка"), "елка");
    assert_eq!(fold("ＡＢＣ"), "abc", "full-width letters");
    let words: Vec<String> = tokens("Cafe\u{301}, naïve")
        .into_iter()
        .map(|(w, _)| w)
        .collect();
    assert_eq!(words, ["cafe", "naive"]);
}

#[test]
fn words_match_whole_or_as_a_prefix_of_three_letters_or_more() {
    let words = tokens("Gazprom and gas");
    let found = |terms: &[&str]| -> Vec<(usize, usize)> {
        let term: Vec<String> = terms.iter().map(|t| t.to_string()).collect();
        find(&term, &words)
            .iter()
            .map(|r| (r.start, r.end))
            .collect()
    };
    assert_eq!(found(&["gaz"]), [(0, 7)]);
    assert_eq!(found(&["ga"]), []);
    assert_eq!(found(&["gas"]), [(12, 15)]);
    assert_eq!(found(&["and", "gas"]), [(8, 15)]);
    assert_eq!(found(&["and", "ga"]), []);
}

#[test]
fn titles_rank_over_terms_over_summaries() {
    // "Power of Siberia 2" is in the titles of the memorandum and of the first increase, and in
    // the summary or notes of others.
    let hits = ranked(r#""power of siberia""#);
    assert_eq!(hits[0], "power-of-siberia-2");
    assert_eq!(hits[1], "power-of-siberia-1-increase");
    assert!(hits.contains(&"gazprom-cnpc-strategic-cooperation".to_string()));
}

#[test]
fn records_with_every_word_come_before_records_with_some() {
    let hits = ranked("tsinghua sberbank");
    assert_eq!(hits[0], "sber-tsinghua-innovation");
    assert!(
        hits.len() > 2,
        "the other Tsinghua records follow: {hits:?}"
    );
    let dataset = load::embedded();
    let records: Vec<&Agreement> = dataset.agreements.iter().collect();
    let query = SearchQuery::parse("tsinghua sberbank");
    let all = query.rank(&records);
    assert!(all[0].matched_all);
    let some = all.iter().position(|hit| !hit.matched_all).unwrap();
    assert!(
        some > 0 && all[some..].iter().all(|hit| !hit.matched_all),
        "{all:?}"
    );
}

#[test]
fn russian_party_names_find_the_same_records_as_english_ones() {
    assert_eq!(ranked("Газпром"), ranked("gazprom")[..4]);
    assert_eq!(ranked("цинхуа").len(), 3);
}

#[test]
fn a_phrase_must_be_consecutive() {
    assert!(ranked(r#""siberia power""#).is_empty());
    assert_eq!(
        ranked(r#""chang'e-7""#)[0],
        "roscosmos-cnsa-change7-dust-monitor"
    );
}

#[test]
fn snippets_keep_the_first_match_in_view() {
    let text = format!("{} needle {}", "a".repeat(300), "b".repeat(300));
    let found = Match {
        place: Place::Summary,
        ranges: vec![Range {
            start: 301,
            end: 307,
        }],
        text,
    };
    let (piece, ranges) = found.snippet(60);
    assert!(piece.starts_with('…') && piece.ends_with('…'), "{piece}");
    assert_eq!(&piece[ranges[0].clone()], "needle");
    assert!(piece.chars().count() <= 62, "{piece}");
    let short = Match {
        place: Place::Title,
        ranges: vec![Range { start: 0, end: 5 }],
        text: "short text".into(),
    };
    assert_eq!(
        short.snippet(60),
        ("short text".to_string(), short.ranges.clone())
    );
}
