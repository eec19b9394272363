//! The live research data's counts, stated once: the other tests use these names, so a change to
//! the data changes one place, and this test says which count moved.

use crate::common::json_of;

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
    let energy = json_of(&["list", "--sector", "energy", "--format", "json"]);
    let energy = energy.as_array().unwrap();
    let on_list = energy.iter().filter(|r| r["official_list"] == true).count();
    assert_eq!((energy.len(), on_list), ENERGY);
    let assumed = records
        .iter()
        .filter(|r| r.is_unconfirmed("signed"))
        .count();
    assert_eq!(assumed, ASSUMED_DATES);
    let graph = agreements::graph::of(&records.iter().collect::<Vec<_>>());
    assert_eq!(graph.edges.len(), GRAPH_EDGES);
}
