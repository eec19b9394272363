//! The one integration-test crate: the real binary, run in a pinned environment (`common`), one
//! module per command or concern. One crate links once, where fourteen linked fourteen times.

mod common;
mod data;
mod output;
mod overview;

mod browse;
mod caveats;
mod cite;
mod cli;
mod datasets;
mod ecosystem;
mod exits;
mod export;
mod formats;
mod graph;
mod history;
mod hostile;
mod ordering;
mod organisations;
mod properties;
mod readme;
mod related;
mod scale;
mod schema;
mod search;
mod snapshots;
mod terminal;
mod timeline;
mod validate;
mod weak;
