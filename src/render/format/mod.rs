//! The format primitives the answers are written with: comfy-table tables for people, the
//! `list` table's layout, CSV and TSV, JSON and JSON Lines. Each answer (a file of its own in
//! `render/`) picks from these in its `View`.

pub(super) mod comfy;
pub mod delimited;
pub mod json;
pub(super) mod list_columns;
pub(super) mod list_layout;
pub(super) mod list_table;
