//! The questions the library answers about a selection of records: which records
//! ([`query`], [`search`]), how many of each kind ([`summary`], [`overview`]), when
//! ([`timeline`]), who signed with whom ([`graph`]) and how documents relate ([`links`]).

pub mod graph;
pub mod links;
pub mod overview;
pub mod query;
pub mod search;
pub mod summary;
pub mod timeline;
