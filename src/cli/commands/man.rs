//! `agreements man`: the manual page, as roff.

use crate::cli::{Answer, Failure};

pub fn run() -> Result<Answer, Failure> {
    let mut page = Vec::new();
    // Rendering into memory cannot fail.
    let _ = clap_mangen::Man::new(crate::cli::built_command()).render(&mut page);
    Ok(page.into())
}
