use super::*;
use crate::fixture;

/// The words and phrases of `query` as typed (each term's first alternative).
fn typed(query: &str) -> Vec<Vec<String>> {
    SearchQuery::parse(query)
        .terms
        .into_iter()
        .map(|term| term[0].clone())
        .collect()
}

fn ranked(query: &str) -> Vec<String> {
    let dataset = fixture::small();
    let records: Vec<&Agreement> = dataset.agreements.iter().collect();
    SearchQuery::parse(query)
        .rank(&records)
        .iter()
        .map(|hit| hit.record.id.to_string())
        .collect()
}

#[test]
fn queries_split_into_words_and_quoted_phrases() {
    let query = typed(r#"Gas "Power of  Siberia" chang'e-7 """#);
    let expected: Vec<Vec<&str>> = vec![
        vec!["gas"],
        vec!["power", "of", "siberia"],
        vec!["chang", "e", "7"],
    ];
    assert_eq!(query, expected);
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
    let text = Searched::new("Gazprom and gas");
    let found = |terms: &[&str]| -> Vec<(usize, usize)> {
        let term: Vec<String> = terms.iter().map(|t| t.to_string()).collect();
        text.find(&term).iter().map(|r| (r.start, r.end)).collect()
    };
    assert_eq!(found(&["gaz"]), [(0, 7)]);
    assert_eq!(found(&["ga"]), []);
    assert_eq!(found(&["gas"]), [(12, 15)]);
    assert_eq!(found(&["and", "gas"]), [(8, 15)]);
    assert_eq!(found(&["and", "ga"]), []);
}

#[test]
fn titles_rank_over_summaries() {
    // Two records have "Power of Siberia" in their titles, a third only in its summary.
    let hits = ranked(r#""power of siberia""#);
    let mut titles = hits[..2].to_vec();
    titles.sort();
    assert_eq!(titles, ["gas-pipeline-memo", "gas-supply-increase"]);
    assert_eq!(hits[2..], ["gas-strategic-cooperation"]);
    // The same with the summary's record first in the dataset: the rule, not the order, decides.
    let mut dataset = fixture::small();
    dataset.agreements.reverse();
    let records: Vec<&Agreement> = dataset.agreements.iter().collect();
    let hits = SearchQuery::parse(r#""power of siberia""#).rank(&records);
    let last = hits.last().map(|hit| hit.record.id.as_ref());
    assert_eq!(last, Some("gas-strategic-cooperation"));
    // A word in a party's name (weight 2) ranks over the same word in a summary (weight 1),
    // which ranks with a note's; a title's (3) over both.
    let weights = [Place::Title, Place::Party, Place::Summary, Place::Note].map(Place::weight);
    assert!(
        weights[0] > weights[1] && weights[1] > weights[2],
        "{weights:?}"
    );
    assert_eq!(weights[2], weights[3]);
}

#[test]
fn records_with_every_word_come_before_records_with_some() {
    assert_eq!(
        ranked("tsinghua bank"),
        ["bank-tsinghua-innovation", "university-exchange"]
    );
    let dataset = fixture::small();
    let records: Vec<&Agreement> = dataset.agreements.iter().collect();
    let all = SearchQuery::parse("tsinghua bank").rank(&records);
    let matched_all: Vec<bool> = all.iter().map(|hit| hit.matched_all).collect();
    assert_eq!(matched_all, [true, false]);
}

#[test]
fn names_in_other_languages_find_the_same_records() {
    assert_eq!(ranked("Цинхуа"), ranked("tsinghua"));
    assert_eq!(ranked("цинхуа").len(), 2);
    assert_eq!(ranked("тестовый"), ["gas-pipeline-memo"], "a party's name");
    assert_eq!(ranked("сила"), ["gas-pipeline-memo"], "a project's name");
}

#[test]
fn a_phrase_must_be_consecutive() {
    assert!(ranked(r#""siberia power""#).is_empty());
    assert_eq!(ranked(r#""chang'e-7""#), ["lunar-dust-monitor"]);
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

#[test]
fn common_words_count_only_in_phrases_or_alone() {
    assert_eq!(typed("power of the siberia"), [["power"], ["siberia"]]);
    assert_eq!(
        typed("\"power of siberia\" и"),
        [vec!["power", "of", "siberia"]]
    );
    assert_eq!(typed("of the"), [["of"], ["the"]]);
}

#[test]
fn words_standing_together_rank_first() {
    // Both supply records hold "gas" and "supply"; only one says "gas supply".
    let hits = ranked("supply gas");
    assert!(!hits.is_empty());
    let together = ranked("gas supply");
    assert_eq!(together[0], "gas-supply-increase");
}

#[test]
fn a_word_also_matches_its_synonyms_and_only_its_own_group() {
    let dataset = fixture::small();
    let records: Vec<&Agreement> = dataset.agreements.iter().collect();
    let groups: Vec<Vec<crate::model::Text>> = vec![
        vec!["moon".into(), "lunar".into()],
        vec!["bank".into(), "lender".into()],
    ];
    let ids = |query: SearchQuery| -> Vec<String> {
        query
            .rank(&records)
            .iter()
            .map(|hit| hit.record.id.to_string())
            .collect()
    };
    assert!(ids(SearchQuery::parse("moon")).is_empty());
    assert_eq!(
        ids(SearchQuery::parse("Moon").with_synonyms(&groups)),
        ["lunar-dust-monitor"]
    );
    assert_eq!(
        ids(SearchQuery::parse("lender").with_synonyms(&groups)),
        ["bank-tsinghua-innovation"]
    );
    // Inside a phrase a word stays itself.
    assert!(ids(SearchQuery::parse("\"moon dust\"").with_synonyms(&groups)).is_empty());
    // The word as typed, even in a summary, ranks above a synonym in three titles.
    let loose = [vec!["instrument".into(), "memorandum".into()]];
    let ranked = ids(SearchQuery::parse("instrument").with_synonyms(&loose));
    assert_eq!(ranked.len(), 3, "{ranked:?}");
    assert_eq!(ranked[0], "lunar-dust-monitor", "{ranked:?}");
}

#[test]
fn a_large_dataset_ranked_on_every_core_keeps_dataset_order_among_equals() {
    let dataset = crate::synthetic::generate(5000, 7);
    let records: Vec<&Agreement> = dataset.agreements.iter().collect();
    let query = SearchQuery::parse("gas pipeline");
    let hits = query.rank(&records);
    let index = |hit: &Hit| records.iter().position(|r| r.id == hit.record.id);
    let key = |hit: &Hit| {
        let synonyms = std::cmp::Reverse(hit.by_synonym_only);
        (
            hit.matched_all,
            hit.together,
            hit.terms_matched,
            synonyms,
            hit.score,
        )
    };
    assert_eq!(
        hits.len(),
        records.iter().filter(|r| query.hit(r).is_some()).count()
    );
    assert!(hits.len() > 100, "{}", hits.len());
    for pair in hits.windows(2) {
        assert!(key(&pair[0]) >= key(&pair[1]));
        if key(&pair[0]) == key(&pair[1]) {
            assert!(index(&pair[0]) < index(&pair[1]), "{:?}", pair[1].record.id);
        }
    }
}

#[test]
fn a_long_text_matches_as_a_short_one_does() {
    // Over the size whose words are kept, the text is split again for each term: the places
    // found must be the same, shifted by the filler before them.
    let short = "Сила Сибири: the Power of Siberia 2 pipeline, gasification.";
    let filler = "x ".repeat(40 * 1024);
    let long = format!("{filler}{short}");
    for query in [
        "pipeline",
        "\"power of siberia\"",
        "gas",
        "сибири",
        "siberia 2",
    ] {
        let terms = SearchQuery::parse(query).terms;
        let places = |text: &str| super::words::occurrences(&terms, text);
        let shifted: Vec<Vec<std::ops::Range<usize>>> = (places(short).into_iter())
            .map(|found| {
                let at = filler.len();
                found
                    .into_iter()
                    .map(|r| r.start + at..r.end + at)
                    .collect()
            })
            .collect();
        assert!(shifted.iter().all(|found| !found.is_empty()), "{query}");
        assert_eq!(places(&long), shifted, "{query}");
    }
}

#[test]
fn a_miss_suggests_the_closest_word_of_the_records() {
    let dataset = fixture::small();
    let records: Vec<&Agreement> = dataset.agreements.iter().collect();
    let suggest = |query: &str| SearchQuery::parse(query).did_you_mean(&records);
    assert_eq!(suggest("pipelinne").as_deref(), Some("pipeline"));
    assert_eq!(suggest("pipelinne gas").as_deref(), Some("pipeline gas"));
    assert_eq!(suggest("pipeline"), None, "a word that occurs");
    assert_eq!(suggest("zzzzzzzzzz"), None, "nothing close");
}

#[test]
fn chinese_matches_inside_a_word_and_other_scripts_do_not() {
    let text = "中國石油天然氣集團有限公司 signs a gas deal";
    let places = |query: &str| super::words::occurrences(&SearchQuery::parse(query).terms, text);
    let found = |query: &str| !places(query)[0].is_empty();
    for query in ["天然气", "天然氣", "石油", "中国石油", "集团有限公司"] {
        assert!(found(query), "{query}");
    }
    // The whole word is the place shown.
    let whole_word = 0..text.find(' ').unwrap();
    assert_eq!(places("天然气")[0], vec![whole_word]);
    // Other scripts: whole words, or a prefix of three letters or more.
    assert!(!found("as") && !found("eal") && found("dea") && found("gas"));
    assert!(!found("天然油"), "characters in order, together");
}

#[test]
fn only_words_of_a_near_length_are_scored_for_a_suggestion() {
    // The distance is at least the difference in length: at 0.7, ten letters are within reach
    // of seven to fourteen, never of two or of thirty.
    let close = super::suggest::may_be_close;
    assert!(close(10, 7) && close(10, 14) && close(10, 10));
    assert!(!close(10, 6) && !close(10, 2) && !close(10, 30));
}
