//! The live research data's counts, stated once: the other tests use these names, so a change to
//! the data changes one place, and this test says which count moved.

use agreements::model::Agreement;
use agreements::vocab::{Confidence, Kind, Sector};

/// Records in the dataset: 12 of May 2025, 25 of September 2025.
pub const RECORDS: usize = 37;
/// Records of the September 2025 visit, and how many are on its list.
pub const SEPTEMBER: (usize, usize) = (25, 22);
/// Records of the May 2025 visit, and the documents its list counts that no record holds.
pub const MAY: (usize, usize) = (12, 16);
/// Records on the Kremlin's lists (12 of May 2025, 22 of September 2025).
pub const OFFICIAL: usize = 34;
/// Records with a Russian party (every record but the two whose parties are unknown).
pub const WITH_RUSSIAN_PARTY: usize = 35;
/// Edges of the parties graph: one per record with two known parties.
pub const GRAPH_EDGES: usize = 34;
/// Energy records, and how many of them are on the list.
pub const ENERGY: (usize, usize) = (5, 2);
/// Parties in the graph.
pub const GRAPH_NODES: usize = 41;
/// Documents signed on each day of the two visits: May 2025's three days, then September 2025's
/// four.
pub const SIGNED_PER_DAY: [usize; 7] = [0, 12, 0, 0, 2, 23, 0];
/// Records per sector, kind and confidence that the tests read.
pub const MEDIA: usize = 10;
pub const MEMORANDA: usize = 15;
pub const SINGLE_SOURCE: usize = 6;
/// Records whose signing date is assumed.
pub const ASSUMED_DATES: usize = 18;

#[test]
fn the_live_data_holds_these_counts() {
    let dataset = agreements::load::embedded();
    let records = &dataset.agreements;
    assert_eq!(records.len(), RECORDS);
    assert_eq!(records.iter().filter(|r| r.official_list).count(), OFFICIAL);
    let russian = records
        .iter()
        .filter(|r| r.involves(agreements::vocab::Country::Ru));
    assert_eq!(russian.count(), WITH_RUSSIAN_PARTY);
    let count = |keep: &dyn Fn(&Agreement) -> bool| records.iter().filter(|r| keep(r)).count();
    let energy = |r: &Agreement| r.sector == Sector::Energy;
    assert_eq!(
        (count(&energy), count(&|r| energy(r) && r.official_list)),
        ENERGY
    );
    assert_eq!(count(&|r| r.sector == Sector::Media), MEDIA);
    assert_eq!(count(&|r| r.kind == Kind::Memorandum), MEMORANDA);
    assert_eq!(
        count(&|r| r.confidence == Confidence::SingleSource),
        SINGLE_SOURCE
    );
    let assumed = records
        .iter()
        .filter(|r| r.is_unconfirmed("signed"))
        .count();
    assert_eq!(assumed, ASSUMED_DATES);
    let per_event = |id: &str| {
        let event = |r: &&Agreement| r.event.as_deref() == Some(id);
        let on_list = records.iter().filter(event).filter(|r| r.official_list);
        (records.iter().filter(event).count(), on_list.count())
    };
    assert_eq!(per_event("putin-china-2025-09"), SEPTEMBER);
    assert_eq!(per_event("xi-russia-2025-05").0, MAY.0);
    let may = dataset
        .events
        .iter()
        .find(|e| e.id.as_deref() == Some("xi-russia-2025-05"));
    assert_eq!(may.unwrap().official_list_unrecorded, MAY.1);
    let graph = agreements::graph::of(&records.iter().collect::<Vec<_>>());
    assert_eq!(graph.edges.len(), GRAPH_EDGES);
    assert_eq!(graph.nodes.len(), GRAPH_NODES);
    let timeline = dataset.timeline(&records.iter().collect::<Vec<_>>(), None);
    let per_day: Vec<usize> = timeline.days.iter().map(|d| d.documents.len()).collect();
    assert_eq!(per_day, SIGNED_PER_DAY);
}

#[test]
fn every_address_in_the_data_has_a_research_trail() {
    // docs/research.md lists every page the data cites with the research round that found it.
    let root = env!("CARGO_MANIFEST_DIR");
    let data = std::fs::read_to_string(format!("{root}/data/agreements.toml")).unwrap();
    let research = std::fs::read_to_string(format!("{root}/docs/research.md")).unwrap();
    let untraced: Vec<&str> = data
        .split('"')
        .filter(|part| part.starts_with("http://") || part.starts_with("https://"))
        .filter(|url| !research.contains(&format!("| <{url}> |")))
        .collect();
    assert!(
        untraced.is_empty(),
        "not in docs/research.md: {untraced:#?}"
    );
}
