//! Converts `data/agreements.toml`, the single source of truth, to JSON at build time: the binary
//! embeds both, and reads the JSON at start-up because serde_json parses it several times faster
//! than the TOML (see BENCHMARKS.md). Both are checked to load to the same records by a test.

use std::path::Path;

fn main() {
    let source = "data/agreements.toml";
    println!("cargo::rerun-if-changed={source}");
    let text = std::fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}"));
    let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{source}: {e}"));
    let json = serde_json::to_string(&value).expect("TOML values convert to JSON");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("agreements.json"), json).expect("OUT_DIR is writable");
}
