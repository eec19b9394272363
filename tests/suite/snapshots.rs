//! The people-facing layouts, snapshotted at fixed widths on a small hand-made dataset, so that
//! a layout change is visible in review (`tests/suite/snapshots/*.snap`). To accept a change on
//! purpose: `INSTA_UPDATE=always cargo test --test suite snapshots`, then read the diff.

use crate::common::{agreements, data};

/// `agreements --data tests/data/minimal.toml ARGS` at `columns`, which must succeed.
fn at_width(columns: u16, args: &[&str]) -> String {
    on(data("minimal.toml"), columns, args)
}

/// `agreements --data DATASET ARGS` at `columns`, which must succeed.
fn on(dataset: std::path::PathBuf, columns: u16, args: &[&str]) -> String {
    let output = agreements()
        .env("COLUMNS", columns.to_string())
        .arg("--data")
        .arg(dataset)
        .args(args)
        .output()
        .unwrap();
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

/// On records shaped like the live data's widest (a 38-character id, long party names): the
/// columns each width keeps, the title under the id when the ids leave no room, the notes.
#[test]
fn the_list_table_at_60_80_120_and_200_columns() {
    for columns in [60, 80, 120, 200] {
        let table = on(data("long-ids.toml"), columns, &["list"]);
        insta::assert_snapshot!(format!("list_{columns}"), table);
    }
    let filtered = on(data("long-ids.toml"), 80, &["list", "--kind", "memorandum"]);
    insta::assert_snapshot!("list_80_filtered_by_kind", filtered);
}

#[test]
fn show_and_summary_at_80_columns() {
    insta::assert_snapshot!("show_80", at_width(80, &["show", "test-gas-memo"]));
    insta::assert_snapshot!("summary_80", at_width(80, &["summary"]));
    insta::assert_snapshot!("timeline_80", at_width(80, &["timeline"]));
}

#[test]
fn the_timeline_day_by_day_at_60_and_100_columns() {
    for columns in [60, 100] {
        let timeline = on(data("small.toml"), columns, &["timeline"]);
        insta::assert_snapshot!(format!("timeline_small_{columns}"), timeline);
    }
}
