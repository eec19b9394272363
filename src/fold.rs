//! One way to compare words, for search, `--topic`, `--party` and did-you-mean alike: Unicode
//! full case folding (`Straße` and `STRASSE`, final and medial sigma, `Газ` and `газ` compare
//! equal) without accents or compatibility variants (`é` is `e`, `ﬁ` is `fi`).

use caseless::Caseless;
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// `text` folded: each character's compatibility decomposition without its combining marks,
/// then case-folded (as NFKD, whose reordering of marks does not matter once they are dropped).
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            folded.push(c.to_ascii_lowercase());
            continue;
        }
        decompose_compatible(c, |part| {
            if !is_combining_mark(part) {
                // Folding can bring a mark back (İ folds to i and a combining dot).
                let parts = std::iter::once(part).default_case_fold();
                folded.extend(parts.filter(|&c| !is_combining_mark(c)));
            }
        });
    }
    folded
}

/// Whether `a` and `b` are the same once folded.
pub fn same(a: &str, b: &str) -> bool {
    (a.is_ascii() && b.is_ascii() && a.eq_ignore_ascii_case(b)) || fold(a) == fold(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_is_full_case_folding_without_accents() {
        let cases = [
            ("ascii", "Power", "power"),
            ("sharp s", "Straße", "strasse"),
            ("capital sharp s", "STRAẞE", "strasse"),
            ("final sigma", "ΟΔΟΣ οδος", "οδοσ οδοσ"),
            ("cyrillic", "Газ", "газ"),
            ("accents", "Émigré", "emigre"),
            ("dotted capital I", "İstanbul", "istanbul"),
            ("ligature", "ﬁnance", "finance"),
            ("no case", "天然气", "天然气"),
        ];
        for (name, input, expected) in cases {
            assert_eq!(fold(input), expected, "{name}");
        }
        assert!(same("Газ", "газ") && same("GAS", "gas") && !same("gas", "oil"));
    }
}
