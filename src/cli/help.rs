//! The words of the help pages that are not doc comments: the page layout and the examples (run
//! by a test). The exit codes are written from [`super::Code`].

/// Help pages open with the command's purpose, then examples, then usage.
pub const HELP_TEMPLATE: &str = "\
{about-with-newline}
{before-help}{usage-heading} {usage}

{all-args}{after-help}";

pub const EXAMPLES: &str = "\
Examples:
  agreements list --sector energy
  agreements show power-of-siberia-2
  agreements search '\"power of siberia\"'
  agreements timeline --format json
  agreements list --format csv --fields id,title,signed
  agreements summary --country china";

pub const LIST_EXAMPLES: &str = "\
Examples:
  agreements list --sector energy,space --sort signed
  agreements list --party tsinghua --format json
  agreements list --topic gas --fields id,terms --format tsv
  agreements list --signed-after 2025-09-02 --not-official --limit 2";

pub const SHOW_EXAMPLES: &str = "\
Examples:
  agreements show power-of-siberia-2
  agreements show rg-xinhua --format markdown";

pub const SUMMARY_EXAMPLES: &str = "\
Examples:
  agreements summary
  agreements summary --official --format csv";

pub const GRAPH_EXAMPLES: &str = "\
Examples:
  agreements graph | dot -Tpng -o graph.png
  agreements graph --sector media --format mermaid
  agreements graph --format json";

pub const SEARCH_EXAMPLES: &str = "\
Examples:
  agreements search gazprom
  agreements search '\"power of siberia\"' --limit 3
  agreements search Газпром --format json";

pub const TIMELINE_EXAMPLES: &str = "\
Examples:
  agreements timeline
  agreements timeline --sector energy --format json";

pub const VALIDATE_EXAMPLES: &str = "\
Examples:
  agreements validate
  agreements validate data/agreements.toml --format json";

pub const CITE_EXAMPLES: &str = "\
Examples:
  agreements cite power-of-siberia-2
  agreements cite rt-smg --style bibtex >> references.bib
  agreements cite --sector energy --style line --max-sources 2
  agreements cite tass-xinhua-strategy-2026-2030 --style csl-json --accessed 2026-01-15";

pub const ABOUT_EXAMPLES: &str = "\
Examples:
  agreements about
  agreements about --format json | jq .dataset.version";

pub const CONVERT_EXAMPLES: &str = "\
Examples:
  agreements convert --to json
  agreements convert data/agreements.toml --to toml";
