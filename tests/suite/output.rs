//! The JSON outputs as a script reads them, typed: a renamed, retyped or (where the shape is
//! closed) added key fails the test that reads it. Records are the library's own `Agreement`,
//! which refuses unknown keys.
// Every key of a closed shape is declared so that serde checks it, whether or not a test reads it.
#![allow(dead_code)]

use crate::common::stdout_of;
use agreements::date::Date;
use agreements::model::{Agreement, Day, Event, Metadata};
use agreements::vocab::{Country, Relation};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;

/// Runs a command that must succeed and reads its JSON output as `T`.
pub fn json_as<T: DeserializeOwned>(args: &[&str]) -> T {
    let text = stdout_of(args);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{args:?}: not the expected JSON: {e}"))
}

/// What `command --format json` prints for the September 2025 visit alone, whose official list
/// is whole (no document of it unrecorded).
pub fn september_json<T: DeserializeOwned>(command: &str) -> T {
    json_as(&[
        command,
        "--event",
        "putin-china-2025-09",
        "--format",
        "json",
    ])
}

/// The records that `list --format json` (with `args` after `list`) prints.
pub fn records(args: &[&str]) -> Vec<Agreement> {
    let mut command = vec!["list", "--format", "json"];
    command.extend_from_slice(args);
    json_as(&command)
}

/// The ids of those records, in order.
pub fn ids(args: &[&str]) -> Vec<String> {
    records(args)
        .into_iter()
        .map(|r| r.id.into_owned())
        .collect()
}

/// `show ID --format json`: the record, and its links from both sides.
pub fn shown(id: &str) -> Shown {
    json_as(&["show", id, "--format", "json"])
}

/// A record as `show` prints it.
#[derive(Debug, Deserialize)]
pub struct Shown {
    #[serde(flatten)]
    pub record: Agreement,
    pub links: Vec<Link>,
}

/// One link in `show`'s JSON.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub relation: Relation,
    pub incoming: bool,
    pub id: Option<String>,
    pub title: Option<String>,
    pub signed: Option<Date>,
    pub note: Option<String>,
    pub source: Option<String>,
}

/// `summary --format json`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    pub total: usize,
    pub official_list: usize,
    pub official_list_unrecorded: usize,
    pub by_sector: BTreeMap<String, usize>,
    pub by_kind: BTreeMap<String, usize>,
    pub by_country: BTreeMap<String, usize>,
    pub by_confidence: BTreeMap<String, usize>,
}

/// `timeline --format json`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Timeline {
    pub days: Vec<TimelineDay>,
    pub other_dates: Vec<Signing>,
    pub after: Vec<FollowUp>,
    pub official_list_unrecorded: usize,
}

/// A step after the visit in the timeline.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    pub date: String,
    pub id: Option<String>,
    pub event: String,
    pub about: String,
    pub kind: String,
    pub text: String,
    pub unconfirmed: bool,
    pub settled: Option<String>,
    pub sources: Vec<String>,
}

/// A day of the timeline: the event's day and the documents signed on it.
#[derive(Debug, Deserialize)]
pub struct TimelineDay {
    #[serde(flatten)]
    pub day: Day,
    pub documents: Vec<Signing>,
}

/// A document in the timeline.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signing {
    pub id: String,
    pub short_title: String,
    pub signed: Date,
    pub date_unconfirmed: bool,
    pub official_list: bool,
}

/// `graph --format json`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Graph {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    pub hubs: Vec<Hub>,
    pub not_drawn: Vec<String>,
    pub official_list_unrecorded: usize,
}

/// A party in the graph.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Node {
    pub id: String,
    pub name: String,
    pub short: Option<String>,
    pub country: Country,
}

/// A record with more than two parties, drawn as a node of its own.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hub {
    pub id: String,
    pub agreement: String,
    pub label: String,
    pub official_list: bool,
    pub parties_unconfirmed: bool,
}

/// A record between two parties (or a party and a hub).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Edge {
    pub source: String,
    pub target: String,
    pub agreement: String,
    pub label: String,
    pub official_list: bool,
    pub parties_unconfirmed: bool,
    pub to_hub: bool,
}

/// One hit of `search --format json`; a match in the visit's context has no id.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hit {
    pub rank: usize,
    pub kind: String,
    pub id: Option<String>,
    pub short_title: String,
    pub title: String,
    pub matched_all: bool,
    pub terms_matched: usize,
    pub score: u32,
    pub matches: Vec<HitMatch>,
}

/// Where a hit matched.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HitMatch {
    pub place: String,
    pub snippet: String,
    pub matched: Vec<String>,
}

/// `about --format json`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct About {
    pub dataset: Option<Metadata>,
    pub events: Vec<Event>,
    pub records: usize,
    /// The earliest and latest days the records' histories were checked.
    pub checked: Option<[String; 2]>,
}

/// The fields of a CSL-JSON item that the tests read (CSL has many more).
#[derive(Debug, Deserialize)]
pub struct CslItem {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub version: Option<String>,
    pub issued: Option<CslDate>,
    pub accessed: Option<CslDate>,
}

/// A CSL date: `{"date-parts": [[2025, 9, 2]]}`.
#[derive(Debug, PartialEq, Deserialize)]
pub struct CslDate {
    #[serde(rename = "date-parts")]
    pub parts: Vec<Vec<u16>>,
}

/// One problem of `validate --format json`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Problem {
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub severity: String,
    pub record: Option<String>,
    pub field: String,
    pub message: String,
}

/// `summary --by X --format json` and `topics --format json`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tally {
    pub group: String,
    pub total: usize,
    pub counts: Vec<TallyCount>,
    pub official_list_unrecorded: usize,
}

/// One value of a tally.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TallyCount {
    pub value: String,
    pub count: usize,
}

/// One organisation of `parties --format json`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub org: Option<String>,
    pub body: Option<String>,
    pub name: String,
    pub short: Option<String>,
    pub country: Country,
    pub other_names: Vec<agreements::model::Name>,
    pub documents: Vec<String>,
    pub unconfirmed: Vec<String>,
}
