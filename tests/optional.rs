//! What the suite's consumer checks need, and whether this machine has it: a test without the
//! libtest harness, so that its lines reach the `cargo test` output a user reads (a skipped
//! check inside the suite says so only under `--nocapture`). On a developer's machine a missing
//! program is listed with the checks that skip; under `CI=true` it fails, as in the suite.

use std::path::Path;
use std::process::{Command, Stdio};

/// Each program the suite feeds output to, and what skips without it.
const PROGRAMS: [(&str, &str); 11] = [
    ("jq", "the README's jq examples"),
    ("tmux", "the real-terminal checks (width, colour, browse)"),
    ("dot", "Graphviz: the graph pictures"),
    ("bibtex", "BibTeX reading the citations"),
    ("bash", "the bash completion check"),
    ("fish", "the fish completion check"),
    ("zsh", "the zsh completion check"),
    ("node", "Mermaid's parser reading the graph"),
    ("sqlite3", "sqlite3 reading the SQLite export"),
    ("datasette", "Datasette serving the export"),
    ("frictionless", "frictionless validating the data package"),
];

/// Each Python module the suite reads outputs with, and what skips without it.
const MODULES: [(&str, &str); 5] = [
    ("pandas", "pandas reading the data package"),
    ("openpyxl", "openpyxl reading the xlsx export"),
    ("jsonschema", "Python's jsonschema checking the JSON schema"),
    ("citeproc", "citeproc-py rendering the citations"),
    ("frictionless", "frictionless's Python package"),
];

fn runs(program: &str, args: &[&str]) -> bool {
    let command = Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    command.is_ok_and(|status| status.success())
}

fn main() {
    let mut missing = Vec::new();
    for (program, needed_by) in PROGRAMS {
        if Command::new(program).arg("--version").output().is_err() {
            missing.push(format!("{program} (skips {needed_by})"));
        }
    }
    for (module, needed_by) in MODULES {
        if !runs("python3", &["-c", &format!("import {module}")]) {
            missing.push(format!("python3 module {module} (skips {needed_by})"));
        }
    }
    let mermaid = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mermaid/node_modules/mermaid");
    if !mermaid.exists() {
        missing.push("Mermaid (npm ci --prefix tests/mermaid; skips Mermaid's parser)".into());
    }
    if missing.is_empty() {
        println!("optional programs: all found, every consumer check runs");
        return;
    }
    println!("optional programs missing here, so their checks skip (.ci/run installs them):");
    for line in &missing {
        println!("  {line}");
    }
    if std::env::var_os("CI").is_some() {
        eprintln!("CI=true: every optional program must be installed");
        std::process::exit(1);
    }
}
