//! `export` never destroys what it did not write: paths with no name of their own, folders for
//! files and files for folders, links, FIFOs and folders of other files are refused; a package is
//! swapped whole; temporaries have names nobody can guess and go when the export is interrupted.

use super::export;
use crate::common::{Scratch, agreements, failure_of};
use std::path::Path;
use std::process::Command;

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Runs `export --to TO ARGS...` in `dir`, which must fail with exit 2; its stderr.
fn refused_in(dir: &Path, to: &str, args: &[&str]) -> String {
    let mut command = agreements();
    command
        .current_dir(dir)
        .args(["export", "--to", to])
        .args(args);
    let stderr = failure_of(&mut command, 2);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    stderr
}

#[test]
fn paths_with_no_name_of_their_own_are_refused_and_nothing_is_deleted() {
    let scratch = Scratch::new("export-no-name");
    let inner = scratch.path("inner");
    std::fs::create_dir(&inner).unwrap();
    std::fs::write(inner.join("notes.txt"), "mine").unwrap();
    std::fs::write(scratch.path("keep.txt"), "mine too").unwrap();
    for to in ["sqlite", "xlsx", "datapackage"] {
        for path in [".", "..", "/", "inner/..", "./"] {
            let stderr = refused_in(&inner, to, &["--force", path]);
            assert!(stderr.starts_with("agreements: will not write"), "{stderr}");
        }
    }
    assert_eq!(names(&inner), ["notes.txt"]);
    assert_eq!(names(&scratch.0), ["inner", "keep.txt"]);
}

#[test]
fn only_a_regular_file_or_a_package_an_export_wrote_is_replaced() {
    let scratch = Scratch::new("export-shapes");
    let folder = scratch.path("folder");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("thesis.tex"), "years of work").unwrap();
    let file = scratch.file("file.db", b"a file");
    // A folder for a file target, a file or another folder for a package.
    let stderr = refused_in(&scratch.0, "sqlite", &["--force", "folder"]);
    assert!(stderr.contains("a folder is there"), "{stderr}");
    let stderr = refused_in(&scratch.0, "datapackage", &["--force", "file.db"]);
    assert!(stderr.contains("a file is there"), "{stderr}");
    let stderr = refused_in(&scratch.0, "datapackage", &["--force", "folder"]);
    assert!(stderr.contains("thesis.tex"), "{stderr}");
    assert_eq!(
        std::fs::read(folder.join("thesis.tex")).unwrap(),
        b"years of work"
    );
    assert_eq!(std::fs::read(&file).unwrap(), b"a file");
    // A link (even to a file), a FIFO: never replaced.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&file, scratch.path("link.db")).unwrap();
        let stderr = refused_in(&scratch.0, "sqlite", &["--force", "link.db"]);
        assert!(stderr.contains("a symbolic link is there"), "{stderr}");
        let made = Command::new("mkfifo").arg(scratch.path("fifo")).status();
        if made.is_ok_and(|status| status.success()) {
            let stderr = refused_in(&scratch.0, "xlsx", &["--force", "fifo"]);
            assert!(stderr.contains("a FIFO is there"), "{stderr}");
        }
        assert_eq!(std::fs::read(&file).unwrap(), b"a file");
    }
    // Standard output is not a file.
    let stderr = refused_in(&scratch.0, "xlsx", &["-"]);
    assert!(stderr.contains("not standard output"), "{stderr}");
    assert!(!scratch.path("-").exists());
}

#[test]
fn a_package_is_replaced_whole_and_leaves_nothing_behind() {
    let scratch = Scratch::new("export-swap");
    let package = scratch.path("package");
    export("datapackage", &package, &["--sector", "energy"]);
    let energy = std::fs::read(package.join("agreements.csv")).unwrap();
    export("datapackage", &package, &["--force"]);
    let all = std::fs::read(package.join("agreements.csv")).unwrap();
    assert!(all.len() > energy.len());
    assert!(names(&package).contains(&"datapackage.json".to_string()));
    // No temporary, no old folder aside.
    assert_eq!(names(&scratch.0), ["package"]);
    // A file the user added makes it another folder, which is kept.
    std::fs::write(package.join("README.md"), "my notes").unwrap();
    let stderr = refused_in(&scratch.0, "datapackage", &["--force", "package"]);
    assert!(stderr.contains("README.md"), "{stderr}");
    assert_eq!(std::fs::read(package.join("agreements.csv")).unwrap(), all);
}

#[test]
fn a_long_file_name_works_and_temporaries_are_not_named_after_it() {
    let scratch = Scratch::new("export-long-name");
    // 250 bytes: a valid name, which a temporary named after it would make too long.
    let name = format!("{}.xlsx", "a".repeat(245));
    let book = scratch.path(&name);
    export("xlsx", &book, &[]);
    assert!(std::fs::read(&book).unwrap().starts_with(b"PK"));
    export("xlsx", &book, &["--force", "--sector", "energy"]);
    assert_eq!(names(&scratch.0), std::slice::from_ref(&name));
    // The permissions any new file gets here, not a temporary's.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode();
        let plain = scratch.file("plain", b"");
        assert_eq!(mode(&book), mode(&plain));
    }
}

#[test]
fn the_report_goes_to_stderr_and_a_closed_stdout_does_not_fail_a_finished_export() {
    let scratch = Scratch::new("export-report");
    let db = scratch.path("out.db");
    let output = agreements()
        .args(["export", "--to", "sqlite"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert!(output.stdout.is_empty(), "{output:?}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    let wrote = format!("Wrote {} agreements in ", crate::data::RECORDS);
    assert!(stderr.starts_with(&wrote), "{stderr}");
    // Standard output closed: the export is written, and it succeeds.
    let closed = Command::new("sh")
        .arg("-c")
        .arg(r#""$0" export --to sqlite --force "$1" >&-"#)
        .arg(env!("CARGO_BIN_EXE_agreements"))
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(closed.status.code(), Some(0), "{closed:?}");
    assert!(closed.stderr.starts_with(wrote.as_bytes()), "{closed:?}");
}

#[test]
#[cfg(unix)]
fn an_interrupted_export_leaves_nothing_behind() {
    let scratch = Scratch::new("export-interrupt");
    let data = scratch.path("big.jsonl");
    let dataset = agreements::synthetic::generate(60_000, 3);
    std::fs::write(&data, agreements::render::dataset::jsonl(&dataset)).unwrap();
    let out = scratch.path("out");
    std::fs::create_dir(&out).unwrap();
    for (signal, code) in [("INT", 130), ("TERM", 143), ("HUP", 129)] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_agreements"))
            .arg("--data")
            .arg(&data)
            .args(["export", "--to", "sqlite"])
            .arg(out.join("big.db"))
            .spawn()
            .unwrap();
        // Wait for the temporary to appear, then interrupt.
        let mut seen = false;
        for _ in 0..60_000 {
            if names(&out).iter().any(|name| name.ends_with(".partial")) {
                seen = true;
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        assert!(seen, "no temporary appeared");
        let pid = child.id().to_string();
        Command::new("kill")
            .args(["-s", signal, &pid])
            .status()
            .unwrap();
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(code), "{signal}");
        assert_eq!(names(&out), Vec::<String>::new(), "{signal}");
    }
}
