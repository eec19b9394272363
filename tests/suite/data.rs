//! The live research data's counts, stated once: the other tests use these names, so a change to
//! the data changes one place, and this test says which count moved.

use agreements::model::Agreement;
use agreements::vocab::{Confidence, Kind, Sector};

/// Records in the dataset.
pub const RECORDS: usize = 25;
/// Records on the Kremlin's list.
pub const OFFICIAL: usize = 22;
/// Records with a Russian party; with a Chinese party likewise (every record but the one whose
/// parties are unknown).
pub const WITH_RUSSIAN_PARTY: usize = 24;
/// Edges of the parties graph: one per record with two parties.
pub const GRAPH_EDGES: usize = 24;
/// Energy records, and how many of them are on the list.
pub const ENERGY: (usize, usize) = (5, 2);
/// Parties in the graph.
pub const GRAPH_NODES: usize = 31;
/// Documents signed on each of the visit's four days.
pub const SIGNED_PER_DAY: [usize; 4] = [0, 2, 23, 0];
/// Records per sector, kind and confidence that the tests read.
pub const MEDIA: usize = 7;
pub const MEMORANDA: usize = 8;
pub const SINGLE_SOURCE: usize = 5;
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
