//! Where a dataset is read from, when that goes wrong: paths that cannot be read, streams that
//! never end or carry binary data, and a file that shrinks while it is mapped.

use super::{generated, load_failure};
use crate::common::{Scratch, agreements, data, failure_of};

#[test]
fn paths_that_cannot_be_read_exit_3() {
    let directory = load_failure(&data("hostile"));
    assert!(
        directory.ends_with("cannot read the dataset: is a directory"),
        "{directory}"
    );
    let missing = load_failure(&data("no-such-file.toml"));
    assert!(
        missing.ends_with("cannot read the dataset: No such file or directory (os error 2)"),
        "{missing}"
    );
}

#[test]
fn an_unreadable_file_exits_3() {
    use std::os::unix::fs::PermissionsExt;
    let scratch = Scratch::new("unreadable");
    std::fs::set_permissions(&scratch.0, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = scratch.file(
        "secret.toml",
        std::fs::read(data("minimal.toml")).unwrap().as_slice(),
    );
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Root reads any file, so as root the binary runs as 'nobody' (setpriv, from util-linux).
    let is_root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .unwrap()
        .stdout
        == b"0\n";
    let output = if is_root {
        let binary = scratch.file(
            "agreements",
            &std::fs::read(env!("CARGO_BIN_EXE_agreements")).unwrap(),
        );
        std::fs::set_permissions(&binary, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::process::Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&binary)
            .arg("--data")
            .arg(&path)
            .arg("list")
            .output()
            .expect("setpriv (util-linux) runs the binary as nobody")
    } else {
        agreements()
            .arg("--data")
            .arg(&path)
            .arg("list")
            .output()
            .unwrap()
    };
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(3), "{stderr}");
    assert!(output.stdout.is_empty());
    assert!(
        stderr.ends_with("cannot read the dataset: Permission denied (os error 13)\n"),
        "{stderr}"
    );
}

#[test]
fn streams_are_read_to_a_limit_and_binary_stops_them_at_once() {
    // A device that never ends: the first NUL byte stops it.
    let stderr = failure_of(agreements().args(["--data", "/dev/zero", "list"]), 3);
    assert_eq!(
        stderr,
        "agreements: /dev/zero:1:1: the dataset is not text (invalid UTF-8 or a NUL byte); is it a TOML or JSON file?\n"
    );
    // Text that never ends: the limit stops it.
    let mut endless = std::process::Command::new("sh");
    endless.args(["-c", "yes '# comment' | \"$0\" --max-size 1M --data - list"]);
    endless
        .arg(env!("CARGO_BIN_EXE_agreements"))
        .env_remove("AGREEMENTS_MAX_SIZE");
    let output = endless.output().unwrap();
    assert_eq!(output.status.code(), Some(3));
    assert!(output.stdout.is_empty());
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        "agreements: <stdin>: the stream holds more than 1048576 bytes, the limit for standard input, pipes and devices; raise it with --max-size or AGREEMENTS_MAX_SIZE\n"
    );
    // The environment variable sets the limit too, and a bad size is a usage error.
    let small = generated(3, "A record.");
    let output = agreements()
        .args(["--data", "-", "list", "--format", "jsonl"])
        .env("AGREEMENTS_MAX_SIZE", "1K")
        .write_stdin(small.clone())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3), "{output:?}");
    let output = agreements()
        .args(["--data", "-", "list", "--format", "jsonl"])
        .write_stdin(small)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(output.stdout).unwrap().lines().count(), 3);
    let stderr = failure_of(agreements().args(["--max-size", "lots", "list"]), 2);
    assert!(
        stderr.contains("invalid value 'lots' for '--max-size <SIZE>'"),
        "{stderr}"
    );
}

#[test]
fn a_file_rewritten_while_agreements_runs_changes_nothing_under_it() {
    // The file is read into memory of its own before it is parsed: shrinking or rewriting it
    // meanwhile either happens before the read (a clear error, or the new file) or after it
    // (the whole old listing), never a crash or a mix.
    let scratch = Scratch::new("shrinks");
    // About 10 MB: the debug binary takes seconds to parse it, so the cut lands mid-run.
    let path = scratch.file("shrinks.toml", generated(15_000, "A record.").as_bytes());
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_agreements"))
        .arg("--data")
        .arg(&path)
        .args(["list", "--format", "jsonl"])
        .env_remove("AGREEMENTS_DATA")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_len(0)
        .unwrap();
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    match output.status.code() {
        Some(0) => {
            let listed = String::from_utf8(output.stdout).unwrap();
            assert_eq!(listed.lines().count(), 15_000, "{stderr}");
            assert!(listed.lines().all(|line| line.ends_with('}')));
        }
        Some(3) => assert!(
            output.stdout.is_empty()
                && stderr.starts_with("agreements: ")
                && stderr.lines().count() == 1,
            "{stderr}"
        ),
        other => panic!("exit {other:?}: {stderr}"),
    }
}
