//! How `agreements` fits into a user's system: help with runnable examples, shell completions,
//! the man page, running from any folder, and the exit code of every command.

use crate::common::{agreements, data, failure_of, installed, stdout_of, without_notes};

/// The example command lines in a help page: the indented `agreements ...` lines under
/// "Examples:".
fn examples(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|line| *line != "Examples:")
        .skip(1)
        .take_while(|line| line.starts_with("  agreements "))
        .map(|line| line.trim().to_string())
        .collect()
}

#[test]
fn help_leads_with_examples_that_work() {
    // Examples run as a user would type them: through a shell, with `agreements` on PATH, in a
    // scratch folder that holds a copy of data/ (for the examples that name it) and takes the
    // files that examples write.
    let folder = crate::common::Scratch::new("examples");
    let scratch = folder.0.clone();
    std::fs::create_dir_all(scratch.join("data")).unwrap();
    let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(
        manifest.join("data/agreements.toml"),
        scratch.join("data/agreements.toml"),
    )
    .unwrap();
    let binary = std::path::Path::new(env!("CARGO_BIN_EXE_agreements"));
    let path = format!(
        "{}:{}",
        binary.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut run = 0;
    for page in [
        &[][..],
        &["list"],
        &["show"],
        &["summary"],
        &["search"],
        &["timeline"],
        &["graph"],
        &["cite"],
        &["validate"],
        &["convert"],
    ] {
        let mut args = page.to_vec();
        args.push("--help");
        let help = stdout_of(&args);
        let first_lines: Vec<&str> = help.lines().take(4).collect();
        assert!(
            first_lines.contains(&"Examples:"),
            "{page:?} help leads with examples:\n{help}"
        );
        let found = examples(&help);
        assert!(!found.is_empty(), "{page:?}");
        for example in found {
            // Graphviz draws the pictures: `| dot`, and `--format svg` or `png`, which call it.
            let needs_dot = example.contains("| dot")
                || example.contains("--format svg")
                || example.contains("--format png");
            if needs_dot && !installed("dot") {
                continue;
            }
            let output = std::process::Command::new("sh")
                .arg("-c")
                .arg(&example)
                .current_dir(&scratch)
                .env("PATH", &path)
                .env_remove("AGREEMENTS_DATA")
                .env("NO_COLOR", "1")
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(output.status.success(), "{example} failed: {stderr}");
            assert!(
                without_notes(&stderr).is_empty(),
                "{example} wrote to stderr: {stderr}"
            );
            let writes_a_file = example.contains('>') || example.contains(" -o ");
            assert!(
                writes_a_file || !output.stdout.is_empty(),
                "{example} printed nothing"
            );
            run += 1;
        }
    }
    assert!(run >= 20, "only {run} examples");
    assert!(
        scratch.join("references.bib").exists(),
        "the BibTeX example appends to references.bib"
    );
}

#[test]
fn help_documents_exit_codes_and_the_environment() {
    let help = stdout_of(&["--help"]);
    for expected in [
        "Exit codes:",
        "1  not found",
        "2  usage error",
        "3  dataset error",
        "AGREEMENTS_DATA",
    ] {
        assert!(help.contains(expected), "help lacks {expected:?}");
    }
    let list_help = stdout_of(&["list", "--help"]);
    assert!(
        list_help.contains("[possible values: energy, space"),
        "{list_help}"
    );
    let version = stdout_of(&["--version"]);
    let data = agreements::load::embedded().metadata.unwrap().version;
    assert_eq!(
        version,
        format!("agreements {} (data {data})\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn completions_for_every_shell_include_ids_where_the_shell_can() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = stdout_of(&["completions", shell]);
        assert!(script.contains("summary"), "{shell} completes commands");
        if ["bash", "zsh", "fish"].contains(&shell) {
            assert!(
                script.contains("regional-development"),
                "{shell} completes sectors"
            );
        }
        if ["bash", "zsh"].contains(&shell) {
            assert!(
                script.contains("power-of-siberia-2"),
                "{shell} completes ids"
            );
            assert!(script.contains("veterinary"), "{shell} completes topics");
        }
    }
    let from_other_data = stdout_of(&[
        "--data",
        data("minimal.toml").to_str().unwrap(),
        "completions",
        "bash",
    ]);
    assert!(
        from_other_data.contains("test-gas-memo")
            && !from_other_data.contains("power-of-siberia-2")
    );
    let stderr = failure_of(agreements().args(["completions", "tcsh"]), 2);
    assert!(stderr.contains("invalid value 'tcsh'"), "{stderr}");
}

#[test]
fn bash_accepts_the_completion_script() {
    if !installed("bash") {
        return;
    }
    let script = stdout_of(&["completions", "bash"]);
    let checked = std::process::Command::new("bash")
        .args(["-n", "-c", &script])
        .output()
        .unwrap();
    assert!(checked.status.success(), "{checked:?}");
}

#[test]
fn man_page_is_roff_with_exit_codes() {
    let page = stdout_of(&["man"]);
    assert!(page.contains(".TH agreements 1"), "{page}");
    assert!(
        page.contains(".SH EXIT STATUS\n") && page.contains(".B 3\ndataset error"),
        "{page}"
    );
    for section in ["EXAMPLES", "ENVIRONMENT", "FILES", "SEE ALSO"] {
        assert!(
            page.contains(&format!(".SH {section}\n")),
            "{section}: {page}"
        );
    }
    assert!(
        page.contains("completions") && page.contains("summary"),
        "{page}"
    );
    // The man page needs no dataset: it works with a broken one too.
    let broken = data("malformed.toml");
    assert!(
        agreements()
            .arg("--data")
            .arg(broken)
            .arg("man")
            .output()
            .unwrap()
            .status
            .success()
    );
}

#[test]
fn works_from_any_folder_without_set_up() {
    let elsewhere = std::env::temp_dir();
    let output = agreements()
        .current_dir(&elsewhere)
        .args(["show", "power-of-siberia-2", "--format", "json"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let record: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(record["terms"][0]["value"], 50);
}
