//! Writes a synthetic dataset of N records, as TOML and as JSON, for benchmarks and scale tests:
//! `cargo run --release --example gen -- 100000 --out target/bench` writes
//! `target/bench/agreements-100000.toml` and `.json`. The same seed gives the same files.

use agreements::render;
use clap::Parser;
use std::path::PathBuf;

/// Write a synthetic dataset of N records as TOML and JSON.
#[derive(Parser)]
struct Args {
    /// How many records
    records: usize,
    /// The random seed
    #[arg(long, default_value_t = 2025)]
    seed: u64,
    /// The folder to write into
    #[arg(long, default_value = "target/bench")]
    out: PathBuf,
    /// Write only the JSON file (TOML at a million records is over a gigabyte)
    #[arg(long)]
    json_only: bool,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let dataset = agreements::synthetic::generate(args.records, args.seed);
    std::fs::create_dir_all(&args.out)?;
    let stem = args.out.join(format!("agreements-{}", args.records));
    let json = stem.with_extension("json");
    std::fs::write(&json, serde_json::to_string(&dataset)?)?;
    println!("{}", json.display());
    if !args.json_only {
        let toml = stem.with_extension("toml");
        std::fs::write(&toml, render::dataset::toml(&dataset))?;
        println!("{}", toml.display());
    }
    Ok(())
}
