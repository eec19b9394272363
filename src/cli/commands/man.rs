//! `agreements man`: the manual page, as roff. clap writes the name, synopsis, description and
//! options from the command line's own definitions; the commands, examples, environment, exit
//! status, files and see-also sections are written here, so that the page names only pages that
//! exist (there is no `agreements-list(1)`: each command's page is its `--help`).

use crate::cli::{Answer, Code, Failure};

/// The environment variables the program reads, with what each does.
const ENVIRONMENT: [(&str, &str); 10] = [
    (
        "AGREEMENTS_DATA",
        "Read this dataset instead of the embedded one, as --data does (the option wins); empty means the embedded one.",
    ),
    (
        "AGREEMENTS_MAX_SIZE",
        "Read at most this much from standard input, a pipe or a device, as --max-size does (default 1G).",
    ),
    (
        "AGREEMENTS_PAGER",
        "The pager for long output in a terminal; empty turns paging off. Wins over PAGER.",
    ),
    (
        "PAGER",
        "The pager when AGREEMENTS_PAGER is unset (default: less -FRX).",
    ),
    (
        "LESS",
        "Left as it is when set; otherwise less gets FRX, so that colour survives and a short page quits.",
    ),
    (
        "AGREEMENTS_OPENER",
        "The command browse opens links with (default: xdg-open, open on macOS).",
    ),
    ("NO_COLOR", "When not empty, no colour under --color auto."),
    (
        "CLICOLOR_FORCE",
        "When set and not 0, colour under --color auto even when output is not a terminal.",
    ),
    ("TERM", "dumb means no colour under --color auto."),
    (
        "COLUMNS",
        "The width to fit tables to, when a positive number; otherwise the terminal's.",
    ),
];

pub fn run() -> Result<Answer, Failure> {
    let man = clap_mangen::Man::new(crate::cli::built_command());
    let mut page = Vec::new();
    // Rendering into memory cannot fail.
    let _ = man.render_title(&mut page);
    let _ = man.render_name_section(&mut page);
    let _ = man.render_synopsis_section(&mut page);
    let _ = man.render_description_section(&mut page);
    let _ = man.render_options_section(&mut page);
    let mut page = String::from_utf8_lossy(&page).into_owned();
    page.push_str(&sections());
    Ok(page.into_bytes().into())
}

/// The sections clap does not write.
fn sections() -> String {
    let mut out = String::from(".SH COMMANDS\n");
    for command in crate::cli::built_command().get_subcommands() {
        let about = command
            .get_about()
            .map(ToString::to_string)
            .unwrap_or_default();
        let name = command.get_name();
        out.push_str(&format!(
            ".TP\n\\fBagreements {}\\fR\n{}\n",
            roff(name),
            roff(&about)
        ));
    }
    out.push_str("Each command's options and examples: \\fBagreements\\fR \\fIcommand\\fR \\fB\\-\\-help\\fR.\n");
    out.push_str(".SH EXAMPLES\n");
    for line in crate::cli::help::EXAMPLES.lines().skip(1) {
        out.push_str(&format!(".TP\n.B {}\n", roff(line.trim())));
    }
    out.push_str(".SH ENVIRONMENT\n");
    for (name, meaning) in ENVIRONMENT {
        out.push_str(&format!(".TP\n.B {name}\n{}\n", roff(meaning)));
    }
    out.push_str(".SH EXIT STATUS\n");
    for code in Code::ALL {
        out.push_str(&format!(
            ".TP\n.B {}\n{}\n",
            code as u8,
            roff(code.meaning())
        ));
    }
    out.push_str(concat!(
        ".PP\n",
        "A line on standard error that begins \"agreements: note:\" is a note, not an error: it follows ",
        "the output and leaves the exit status as it is.\n",
        ".SH FILES\n",
        "The dataset is compiled into the program; \\fB\\-\\-data\\fR reads another (TOML, JSON or JSON Lines). ",
        "\\fBagreements about\\fR says which dataset is in use, its version and its licence.\n",
        ".SH SEE ALSO\n",
        "\\fBless\\fR(1), \\fBjq\\fR(1), \\fBsqlite3\\fR(1), \\fBdot\\fR(1)\n",
        ".SH VERSION\n",
    ));
    out.push_str(&format!(
        "{}\n",
        roff(
            crate::cli::built_command()
                .get_version()
                .unwrap_or_default()
        )
    ));
    out
}

/// `text` for a roff line: backslashes and hyphens escaped, and a leading dot or quote guarded
/// so that the line is never read as a request.
fn roff(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with(['.', '\'']) {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_has_its_sections_and_names_no_page_that_does_not_exist() {
        let page = String::from_utf8(run().unwrap().stdout.into_bytes()).unwrap();
        let headings: Vec<&str> = page.lines().filter(|l| l.starts_with(".SH ")).collect();
        assert_eq!(
            headings,
            [
                ".SH NAME",
                ".SH SYNOPSIS",
                ".SH DESCRIPTION",
                ".SH OPTIONS",
                ".SH COMMANDS",
                ".SH EXAMPLES",
                ".SH ENVIRONMENT",
                ".SH EXIT STATUS",
                ".SH FILES",
                ".SH SEE ALSO",
                ".SH VERSION",
            ]
        );
        assert!(!page.contains("agreements\\-list(1)"), "{page}");
        assert!(
            page.contains(".B agreements list \\-\\-sector energy\n"),
            "{page}"
        );
        assert!(page.contains(".B AGREEMENTS_OPENER\n"), "{page}");
        assert!(page.contains(".B 3\n"), "{page}");
        assert!(
            page.contains("agreements: note:\" is a note, not an error"),
            "{page}"
        );
    }

    #[test]
    fn roff_text_never_starts_a_request() {
        assert_eq!(roff(".SH x"), "\\&.SH x");
        assert_eq!(roff("'x"), "\\&'x");
        assert_eq!(roff("a-b\\c"), "a\\-b\\ec");
    }
}
