//! `search`: ranked, highlighted, case- and accent-insensitive, phrases in quotes, Russian party
//! names found by English ones and the other way round.

use crate::common::{agreements, failure_of, stdout_of};
use crate::output::{Hit, ids, json_as};

/// The hits of `search ARGS --format json`.
fn hits(args: &[&str]) -> Vec<Hit> {
    let mut command = vec!["search"];
    command.extend(args);
    command.extend(["--format", "json"]);
    json_as(&command)
}

/// The ids of `search ARGS --format json`, best first (matches in the visit's context, which
/// have no id, left out).
fn ranked(args: &[&str]) -> Vec<String> {
    hits(args).into_iter().filter_map(|hit| hit.id).collect()
}

#[test]
fn title_matches_rank_over_term_and_summary_matches() {
    let alfalfa = hits(&["alfalfa"]);
    // "Alfalfa" is only in a key term of the Far East agricultural zones.
    assert_eq!(alfalfa[0].id.as_deref(), Some("far-east-agri-pilot-zones"));
    assert_eq!(alfalfa[0].matches[0].place, "term");

    let pipeline = ranked(&["pipeline"]);
    let title_hits = ["power-of-siberia-2", "power-of-siberia-1-increase"];
    assert_eq!(pipeline[..2], title_hits, "titles first: {pipeline:?}");
    assert_eq!(pipeline[2], "far-eastern-route-increase", "then a topic");
}

#[test]
fn records_matching_every_word_come_first() {
    let every_word: Vec<Hit> = hits(&["tsinghua", "innovation"]);
    assert!(
        every_word.iter().all(|hit| hit.matched_all),
        "{every_word:?}"
    );
    let hits: Vec<Hit> = hits(&["tsinghua", "innovation", "--any"])
        .into_iter()
        .filter(|hit| hit.id.is_some())
        .collect();
    let all: Vec<bool> = hits.iter().map(|h| h.matched_all).collect();
    let every = all.iter().take_while(|&&a| a).count();
    assert_eq!(every, 2, "Sberbank and FASIE with Tsinghua: {all:?}");
    assert!(all[every..].iter().all(|&a| !a), "{all:?}");
    assert!(hits.len() > every);
}

#[test]
fn quoted_phrases_match_words_in_order() {
    assert_eq!(ranked(&["\"siberia power\""]), Vec::<String>::new());
    let phrase = ranked(&["\"far eastern route\""]);
    assert_eq!(phrase[0], "far-eastern-route-increase");
    assert!(!phrase.contains(&"bauman-tsinghua-cooperation".to_string()));
}

#[test]
fn case_and_accents_do_not_matter() {
    let plain = ranked(&["gazprom"]);
    assert_eq!(ranked(&["GAZPRÓM"]), plain);
    assert_eq!(
        ranked(&["Chang'é-7"])[0],
        "roscosmos-cnsa-change7-dust-monitor"
    );
}

#[test]
fn russian_and_english_party_names_find_each_other() {
    let russian = ranked(&["Газпром"]);
    let english = ranked(&["gazprom"]);
    assert_eq!(russian.len(), 4);
    assert_eq!(russian[..], english[..4]);
    let tsinghua = ranked(&["Цинхуа"]);
    assert_eq!(tsinghua.len(), 3, "{tsinghua:?}");
    assert!(ranked(&["Tsinghua"]).starts_with(&tsinghua));
}

#[test]
fn matches_are_highlighted_only_when_colour_is_on() {
    let plain = stdout_of(&["search", "reindeer", "--limit", "1"]);
    assert!(!plain.contains('\u{1b}'), "{plain}");
    assert!(
        plain.starts_with("  1. live-reindeer-export-protocol  "),
        "{plain}"
    );
    assert!(plain.contains("     title        "), "{plain}");
    let output = agreements()
        .args(["--color", "always", "search", "reindeer", "--limit", "1"])
        .output()
        .unwrap();
    let colored = String::from_utf8(output.stdout).unwrap();
    assert!(
        colored.contains("\u{1b}[1;33mreindeer\u{1b}[0m"),
        "{colored}"
    );
    assert!(
        colored.ends_with("; showing the first 1\n"),
        "the count covers every hit: {colored}"
    );
}

#[test]
fn flat_formats_list_the_ranked_hits() {
    let csv = stdout_of(&["search", "gas", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(
        header.iter().collect::<Vec<_>>(),
        [
            "rank",
            "kind",
            "id",
            "short_title",
            "matched_all",
            "score",
            "places"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(&rows[0][0], "1");
    assert!(rows.len() >= 4);
}

#[test]
fn a_query_without_words_is_a_usage_error() {
    for query in ["", "\"\"", " - "] {
        let stderr = failure_of(agreements().args(["search", query]), 2);
        assert_eq!(
            stderr,
            "agreements: the search has no words: give a word or a \"quoted phrase\"\n"
        );
    }
    let nothing = stdout_of(&["search", "zzzz"]);
    assert_eq!(nothing, "No agreement matches 'zzzz'\n");
}

#[test]
fn the_list_filter_matches_as_search_does() {
    let mut filtered = ids(&["--search", "GAZPRÓM"]);
    let mut searched = ranked(&["gazprom"]);
    filtered.sort();
    searched.sort();
    assert_eq!(filtered, searched);
    let phrase = ids(&["--search", "\"far eastern route\""]);
    // The first increase's notes name the Far Eastern route too.
    assert_eq!(
        phrase,
        ["power-of-siberia-1-increase", "far-eastern-route-increase"]
    );
}

#[test]
fn names_in_other_languages_and_scripts_find_their_records() {
    let xinhua = &["rg-xinhua", "tass-xinhua-strategy-2026-2030", "nmg-xinhua"][..];
    // A name belongs to the organisation, so it finds every document the organisation signed,
    // whichever document's source gave it.
    let gazprom_cnpc = &[
        "gazprom-cnpc-strategic-cooperation",
        "power-of-siberia-2",
        "power-of-siberia-1-increase",
        "far-eastern-route-increase",
    ][..];
    let cnpc_named = gazprom_cnpc;
    let investment = &["investment-protection-agreement-2025"][..];
    let tsinghua = &[
        "bauman-tsinghua-cooperation",
        "fasie-tsinghua-innovation",
        "sber-tsinghua-innovation",
    ][..];
    let rg = &["rg-peoples-daily", "rg-cmg", "rg-xinhua"][..];
    let cases: [(&[&str], &[&str]); 25] = [
        (&["Росатом"], &["rosatom-caea-strategic-cooperation"]),
        (&["Синьхуа"], xinhua),
        // Simplified and Traditional find each other; Chinese matches inside a longer word.
        (&["新华社"], xinhua),
        (&["新華社"], xinhua),
        (&["新华"], xinhua),
        (
            &["\"Сила Сибири\""],
            &["power-of-siberia-2", "power-of-siberia-1-increase"],
        ),
        (&["西伯利亞力量"], &["power-of-siberia-1-increase"]),
        (&["西伯利亚力量"], &["power-of-siberia-1-increase"]),
        (&["天然气"], cnpc_named),
        (&["天然氣"], cnpc_named),
        (&["中国石油"], cnpc_named),
        (&["鹿茸"], &["deer-antler-export-protocol"]),
        // The May 2025 investment agreement, by its Russian and Chinese names.
        (&["инвестиций"], investment),
        (&["投资协定"], investment),
        (&["投資協定"], investment),
        // The parties' names in the other side's script (docs/research.md, "Names in other
        // scripts"); China Media Group's is stored in traditional script.
        (&["清华大学"], tsinghua),
        (&["清華"], tsinghua),
        (
            &["中央广播电视总台"],
            &["rg-cmg", "bigasia-cmg", "rt-cmg-mou-2025-05"],
        ),
        (&["\"Российская газета\""], rg),
        (&["俄罗斯报社"], rg),
        (&["卫生健康委"], &["health-digital-transformation"]),
        (&["俄罗斯科学基金会"], &["rsf-most-joint-funding"]),
        (&["俄罗斯天然气工业股份公司"], gazprom_cnpc),
        (&["塔斯社"], &["tass-xinhua-strategy-2026-2030"]),
        (&["Минкультуры"], &["film-coproduction-plan-2030"]),
    ];
    for (query, expected) in cases {
        assert_eq!(ranked(query), expected, "{query:?}");
    }
    // 俄氣, the Hong Kong and Taiwan press's abbreviation of Gazprom, is a synonym, not a name.
    assert_eq!(ranked(&["俄氣"]), ranked(&["gazprom"]));
    assert_eq!(ids(&["--party", "Синьхуа"]), xinhua);
    assert_eq!(
        ids(&["--party", "中国石油天然气集团有限公司"]),
        gazprom_cnpc
    );
}

#[test]
fn the_visits_context_and_the_leaders_statements_are_searched_too() {
    let visa = stdout_of(&["search", "visa"]);
    assert!(
        visa.contains("In the visit's context (agreements about):\n"),
        "{visa}"
    );
    assert!(
        visa.contains("context note China's visa-free trial for Russians"),
        "{visa}"
    );
    // Putin's opening words (Reuters, AFP) and CCTV's account of the talks (via Vedomosti).
    let said = hits(&["unprecedented"]);
    assert_eq!(said.len(), 2, "{said:?}");
    for hit in &said {
        assert_eq!((hit.kind.as_str(), hit.id.as_deref()), ("statement", None));
        assert_eq!(hit.short_title, "Vladimir Putin, 2025-09-02");
        assert_eq!(hit.matches[0].place, "statement");
    }
}

#[test]
fn common_words_do_not_count_and_partial_matches_wait_for_any() {
    // Unquoted, "of" would match nearly every record; it counts only inside quotes.
    let unquoted = ranked(&["power", "of", "siberia"]);
    assert_eq!(unquoted, ranked(&["\"power of siberia\""]));
    let table = stdout_of(&["search", "power", "of", "siberia"]);
    assert!(
        table.contains("4 agreements match 'power of siberia'\n2 more match some of the words: --any shows them\n"),
        "{table}"
    );
    let any = ranked(&["power", "of", "siberia", "--any"]);
    assert_eq!(any[..4], unquoted[..]);
    assert_eq!(any.len(), 6);
    // With no record matching every word, the best partial matches are shown.
    let partial = hits(&["gazprom", "tsinghua"]);
    assert!(partial.len() > 1 && partial.iter().all(|hit| !hit.matched_all));
    let table = stdout_of(&["search", "gazprom", "tsinghua"]);
    let last = table.lines().last().unwrap();
    assert!(
        last.starts_with("No agreement matches all of 'gazprom tsinghua'; "),
        "{last}"
    );
}

#[test]
fn ids_filters_and_suggestions() {
    assert_eq!(
        ranked(&["change7"]),
        ["roscosmos-cnsa-change7-dust-monitor"]
    );
    assert_eq!(
        ranked(&["gazprom", "--sector", "energy", "--not-official"]),
        [
            "power-of-siberia-2",
            "power-of-siberia-1-increase",
            "far-eastern-route-increase"
        ]
    );
    assert_eq!(
        stdout_of(&["search", "Gazprm"]),
        "No agreement matches 'Gazprm'; did you mean 'gazprom'?\n"
    );
    assert_eq!(
        stdout_of(&["search", "Газпрм"]),
        "No agreement matches 'Газпрм'; did you mean 'газпром'?\n"
    );
    assert_eq!(
        stdout_of(&["search", "zzzz"]),
        "No agreement matches 'zzzz'\n"
    );
}

#[test]
fn the_datasets_synonyms_widen_a_word() {
    // data/agreements.toml groups moon with lunar and atomic with nuclear.
    let lunar = [
        "lunar-power-station-mou-2025-05",
        "roscosmos-cnsa-change7-dust-monitor",
    ];
    assert_eq!(ranked(&["moon"]), lunar);
    assert_eq!(ranked(&["atomic"]), ranked(&["nuclear"]));
    let filtered = crate::output::ids(&["--search", "moon"]);
    assert_eq!(
        filtered,
        [
            "roscosmos-cnsa-change7-dust-monitor",
            "lunar-power-station-mou-2025-05"
        ]
    );
}

#[test]
fn every_hit_says_what_it_is_in_every_format() {
    // Records and the visit's context in one ranked list: each hit names its kind.
    let found = hits(&["visa"]);
    let kinds: Vec<(&str, bool)> = (found.iter())
        .map(|hit| (hit.kind.as_str(), hit.id.is_some()))
        .collect();
    assert!(
        kinds.contains(&("day", false)) && kinds.contains(&("event_note", false)),
        "{kinds:?}"
    );
    assert!(
        kinds
            .iter()
            .all(|&(kind, has_id)| has_id == (kind == "record")),
        "{kinds:?}"
    );
    let csv = stdout_of(&["search", "gas", "visa", "--any", "--format", "csv"]);
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("rank,kind,id,"), "{csv}");
    assert!(
        lines.all(|line| ["record,", "day,", "event_note,", "statement,"]
            .iter()
            .any(|k| line.split_once(',').unwrap().1.starts_with(k))),
        "{csv}"
    );
    let jsonl = stdout_of(&["search", "visa", "--format", "jsonl"]);
    assert!(
        jsonl.lines().all(|line| line.contains("\"kind\":")),
        "{jsonl}"
    );
}
