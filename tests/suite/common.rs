//! The one harness for the integration tests: the real binary in a pinned environment, and
//! helpers that assert exit code, stdout and stderr together.
#![allow(dead_code)] // Each test file uses a different part of the harness.

use assert_cmd::Command;
use serde_json::Value;
use std::path::PathBuf;

/// The binary with an environment that cannot leak in from the caller's shell.
pub fn agreements() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_agreements"));
    command
        .env_remove("AGREEMENTS_DATA")
        .env_remove("AGREEMENTS_MAX_SIZE")
        .env_remove("COLUMNS")
        .env_remove("CLICOLOR_FORCE")
        .env("NO_COLOR", "1");
    command
}

/// A hand-made dataset in `tests/data/`.
pub fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// Runs a command that must succeed with nothing on stderr but notes (what a format read by
/// programs has no place for: `agreements: note: ...`), and returns its stdout.
pub fn stdout_of(args: &[&str]) -> String {
    let output = agreements().args(args).output().unwrap();
    assert!(output.status.success(), "{args:?} failed: {output:?}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.lines().all(|line| line.starts_with(NOTE)),
        "{args:?} wrote to stderr: {stderr}"
    );
    String::from_utf8(output.stdout).unwrap()
}

/// How a note on stderr begins.
pub const NOTE: &str = "agreements: note: ";

/// `stderr` without its notes: what a test of something else must find empty.
pub fn without_notes(stderr: &str) -> String {
    let lines = stderr.lines().filter(|line| !line.starts_with(NOTE));
    lines.map(|line| format!("{line}\n")).collect()
}

/// Runs a command that must succeed and parses its stdout as untyped JSON: only for checks of
/// the JSON itself (a schema, the set of keys); tests read values through `output`'s types.
pub fn json_value_of(args: &[&str]) -> Value {
    serde_json::from_str(&stdout_of(args)).unwrap_or_else(|e| panic!("{args:?}: not JSON: {e}"))
}

/// Runs a command that must fail with `code`, print nothing on stdout, and say why on stderr.
/// Returns stderr.
pub fn failure_of(command: &mut Command, code: i32) -> String {
    let output = command.output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(code), "stderr: {stderr}");
    assert!(
        output.stdout.is_empty(),
        "stdout not empty: {:?}",
        output.stdout
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

/// The path of a program on `PATH`, when it is installed. Tests that need one skip without it on
/// a developer's machine, and fail without it under CI, which installs it (`.ci/run`).
pub fn installed(program: &str) -> bool {
    let found = std::process::Command::new(program)
        .arg("--version")
        .output()
        .is_ok();
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install {program} (.ci/run)"
        );
        eprintln!("{program} is not installed: test skipped");
    }
    found
}

/// A temporary folder of the test's own: made fresh under a random name, and removed when
/// dropped, also when the test panics (so a failing run, or `cargo mutants`, leaves nothing).
pub struct Scratch(pub PathBuf, tempfile::TempDir);

impl Scratch {
    /// A fresh folder whose name begins with `name`.
    pub fn new(name: &str) -> Scratch {
        let prefix = format!("agreements-{name}-");
        let dir = tempfile::Builder::new().prefix(&prefix).tempdir().unwrap();
        Scratch(dir.path().to_path_buf(), dir)
    }

    /// The path of `name` in the folder (nothing is written).
    pub fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    /// Writes `contents` to `name` in the folder and returns its path.
    pub fn file(&self, name: &str, contents: &[u8]) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, contents).unwrap();
        path
    }
}

/// Whether python3 can import `module`. Like [`installed`]: a developer's machine skips without
/// it, CI (which installs it in a virtualenv on `PATH`) fails.
pub fn python_has(module: &str) -> bool {
    let found = std::process::Command::new("python3")
        .args(["-c", &format!("import {module}")])
        // A missing module is a skip, not a traceback on the user's screen.
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install the Python package {module} (.ci/run)"
        );
        eprintln!("python3 cannot import {module}: test skipped");
    }
    found
}
