//! `timeline`: the visit's days, what happened on each and the documents signed on it.

use crate::common::{agreements, failure_of, stdout_of};
use crate::data;
use crate::output::{Timeline, json_as, september_json};

#[test]
fn json_places_every_document_on_its_day() {
    let timeline: Timeline = json_as(&["timeline", "--format", "json"]);
    let dates: Vec<String> = (timeline.days.iter())
        .map(|d| d.day.date.to_string())
        .collect();
    assert_eq!(
        dates,
        [
            "2025-05-07",
            "2025-05-08",
            "2025-05-09",
            "2025-08-31",
            "2025-09-01",
            "2025-09-02",
            "2025-09-03"
        ]
    );
    let counts: Vec<usize> = timeline.days.iter().map(|d| d.documents.len()).collect();
    assert_eq!(counts, data::SIGNED_PER_DAY);
    // The May list's documents no record holds are on no day, and the timeline says so; a
    // timeline of September alone has none.
    assert_eq!(timeline.official_list_unrecorded, data::MAY.1);
    assert_eq!(
        september_json::<Timeline>("timeline").official_list_unrecorded,
        0
    );
    // As `list` counts them: the unnamed documents could be of any sector, so a sector of the
    // September visit alone still names the May list's.
    let energy = ["timeline", "--sector", "energy", "--format", "json"];
    assert_eq!(
        json_as::<Timeline>(&energy).official_list_unrecorded,
        data::MAY.1
    );
    // The September visit's four days.
    let days = &timeline.days[3..];
    assert!(timeline.other_dates.is_empty());
    let first_of_september: Vec<&str> = days[1].documents.iter().map(|d| &*d.id).collect();
    assert_eq!(
        first_of_september,
        ["nmg-xinhua", "sber-tsinghua-innovation"]
    );
    // NMG-Xinhua's date is only reported, Sberbank-Tsinghua's is confirmed.
    assert!(days[1].documents[0].date_unconfirmed);
    assert!(!days[1].documents[1].date_unconfirmed);
    assert_eq!(days[0].day.place, "Tianjin");
    assert!(days[2].day.summary.contains("Great Hall"));
    assert!(days[2].day.sources.len() >= 2);
}

#[test]
fn the_table_shows_the_days_then_the_documents() {
    let table = stdout_of(&["timeline"]);
    let count = format!(
        "{} documents on 7 days, {} on an assumed date (?)\n{} more documents are on an official list",
        data::RECORDS,
        data::ASSUMED_DATES,
        data::MAY.1
    );
    for expected in [
        "2025-08-31, Tianjin\n What happened  Putin arrives",
        "\n Sources:\n   http://www.en.special.kremlin.ru/events/president/news/77885 (Kremlin)\n",
        " No document of the selection was signed this day.\n\n2025-09-01, Tianjin\n",
        "2025-09-03, Beijing\n",
        "sber-tsinghua-innovation",
        &count,
    ] {
        assert!(table.contains(expected), "{expected}: {table}");
    }
    // Each day's documents come under it: the 1 September ones before the 2 September heading.
    let first = table.find("nmg-xinhua").unwrap();
    assert!(
        first < table.find("2025-09-02, Beijing").unwrap(),
        "{table}"
    );
    // Prose wraps at 80 columns when the width is unknown (piped into a file or a pager); source
    // lines start with their URL and are never cut.
    let day = table.split("\n\n").next().unwrap();
    assert!(day.lines().count() > 6, "{day}");
    let prose = day
        .lines()
        .filter(|line| !line.trim_start().starts_with("http"));
    assert!(
        prose.into_iter().all(|line| line.chars().count() <= 80),
        "{day}"
    );
}

#[test]
fn filters_narrow_the_documents_but_keep_the_days() {
    let csv = stdout_of(&["timeline", "--sector", "energy", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let all: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    // The visit's rows first (only the visit the energy documents were signed at); then the
    // follow-ups, which name their step.
    let (rows, after): (Vec<_>, Vec<_>) = all.into_iter().partition(|row| row[8].is_empty());
    let ids: Vec<&str> = rows.iter().map(|row| &row[4]).collect();
    assert_eq!(
        ids,
        [
            "",
            "",
            "rosatom-caea-strategic-cooperation",
            "gazprom-cnpc-strategic-cooperation",
            "power-of-siberia-2",
            "power-of-siberia-1-increase",
            "far-eastern-route-increase",
            ""
        ]
    );
    assert_eq!(&rows[4][0], "2025-09-02");
    assert_eq!(
        &rows[4][7], "false",
        "Power of Siberia 2 is not on the list"
    );
    // Every row keeps its day's account and sources (a JSON array, as in every list cell).
    assert!(rows[4][2].starts_with("The 7th Russia-China-Mongolia summit"));
    let sources: Vec<String> = serde_json::from_str(&rows[4][3]).unwrap();
    assert!(sources.len() >= 2 && sources[0].starts_with("https://"));
    // The follow-ups are the energy records' (and the visit's), in date order.
    let energy = [
        "rosatom-caea-strategic-cooperation",
        "gazprom-cnpc-strategic-cooperation",
        "power-of-siberia-2",
        "power-of-siberia-1-increase",
        "far-eastern-route-increase",
        "",
    ];
    assert!(after.len() > 5, "{after:?}");
    assert!(
        after.iter().all(|row| energy.contains(&&row[4])),
        "{after:?}"
    );
    assert!(
        after.windows(2).all(|pair| pair[0][0] <= pair[1][0]),
        "{after:?}"
    );
    let lines = stdout_of(&["timeline", "--official", "--format", "jsonl"]);
    let visit = lines.lines().filter(|line| line.contains("\"step\":null"));
    assert_eq!(
        visit.count(),
        data::OFFICIAL + 4,
        "the documents on the lists and each visit's two empty days"
    );
}

#[test]
fn follow_ups_run_past_the_visit_to_the_date_asked_and_mark_expectations() {
    let timeline: Timeline = json_as(&["timeline", "--format", "json"]);
    let dates: Vec<&str> = timeline.after.iter().map(|f| f.date.as_str()).collect();
    assert!(dates.windows(2).all(|pair| pair[0] <= pair[1]), "{dates:?}");
    assert!(dates.iter().any(|date| *date > "2026-01-01"), "{dates:?}");
    assert!(timeline.after.iter().all(|f| f.kind != "not-found"));
    let until: Timeline = json_as(&["timeline", "--until", "2025-12-31", "--format", "json"]);
    assert!(until.after.len() < timeline.after.len());
    assert!(until.after.iter().all(|f| f.date.as_str() <= "2025-12-31"));
    let table = stdout_of(&["timeline", "--until", "2025-12-31"]);
    assert!(table.contains("After the signing"), "{table}");
    assert!(table.contains("expected, not a fact"), "{table}");
    let open = |f: &&crate::output::FollowUp| f.kind == "expected" && f.settled.is_none();
    let expected = until.after.iter().filter(open).count();
    // However narrow the terminal, every id after the visit stays whole, on its date's line.
    let narrow = agreements()
        .env("COLUMNS", "50")
        .args(["timeline", "--until", "2025-12-31"])
        .output()
        .unwrap();
    let narrow = String::from_utf8(narrow.stdout).unwrap();
    for follow_up in &until.after {
        let id = follow_up.id.as_deref().unwrap_or(&follow_up.event);
        let line = format!(" {}  {id}", follow_up.date);
        assert!(
            narrow.lines().any(|l| l.starts_with(&line)),
            "{line}\n{narrow}"
        );
    }
    assert!(
        table.contains(&format!(
            "{} follow-ups after the signing ({expected} expected, not facts)",
            until.after.len()
        )),
        "{table}"
    );
}

#[test]
fn an_unknown_topic_is_a_usage_error() {
    let stderr = failure_of(agreements().args(["timeline", "--topic", "gaz"]), 2);
    assert!(stderr.contains("did you mean 'gas'?"), "{stderr}");
}
