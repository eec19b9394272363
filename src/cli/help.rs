//! The layout of the help pages and the top-level examples (run by a test); each command's
//! examples are in its own file, and the exit codes are written from [`super::Code`].

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
