//! One way to compare words, for search, `--topic`, `--party` and did-you-mean alike: Unicode
//! full case folding (`Straße` and `STRASSE`, final and medial sigma, `Газ` and `газ` compare
//! equal) without accents or compatibility variants (`é` is `e`, `ﬁ` is `fi`), and Traditional
//! Chinese characters as their Simplified forms (`新華社` is `新华社`), by OpenCC's character
//! table (`data/opencc/`).

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
        match simple(c) {
            Some(simple) => folded.push(simple),
            None => fold_char(c, &mut folded),
        }
    }
    folded
}

/// `c` folded, for the characters whose folding is one character found without tables: ASCII,
/// the basic Cyrillic letters but Й and й (which decompose to И and a breve) and the CJK
/// unified ideographs (no case, no decomposition). A unit test holds it to [`fold_char`].
fn simple(c: char) -> Option<char> {
    match c {
        _ if c.is_ascii() => Some(c.to_ascii_lowercase()),
        'Й' | 'й' => None,
        'а'..='я' => Some(c),
        '\u{4e00}'..='\u{9fff}' => Some(simplified(c)),
        'А'..='Я' => char::from_u32(c as u32 + 0x20),
        _ => None,
    }
}

/// `c` folded, added to `folded`: its compatibility decomposition without combining marks,
/// case-folded.
fn fold_char(c: char, folded: &mut String) {
    decompose_compatible(c, |part| {
        if !is_combining_mark(part) {
            // Folding can bring a mark back (İ folds to i and a combining dot).
            let parts = std::iter::once(part).default_case_fold();
            folded.extend(parts.filter(|&c| !is_combining_mark(c)).map(simplified));
        }
    });
}

/// `c` as OpenCC's table simplifies it (the first of its Simplified forms), or `c` itself.
fn simplified(c: char) -> char {
    static TABLE: std::sync::LazyLock<std::collections::HashMap<char, char>> =
        std::sync::LazyLock::new(|| {
            let lines = include_str!("../data/opencc/TSCharacters.txt").lines();
            let pairs = lines
                .filter(|line| !line.starts_with('#'))
                .filter_map(|line| {
                    let (traditional, simplified) = line.split_once('\t')?;
                    let mut one =
                        |text: &str| text.chars().next().filter(|_| text.chars().count() == 1);
                    Some((one(traditional)?, simplified.split(' ').find_map(&mut one)?))
                });
            pairs.collect()
        });
    if c < '\u{3400}' {
        return c;
    }
    TABLE.get(&c).copied().unwrap_or(c)
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
            (
                "traditional chinese",
                "天然氣 新華社 西伯利亞力量",
                "天然气 新华社 西伯利亚力量",
            ),
            ("a compatibility ideograph", "\u{f9dc}", "隆"),
        ];
        for (name, input, expected) in cases {
            assert_eq!(fold(input), expected, "{name}");
        }
        assert!(same("Газ", "газ") && same("GAS", "gas") && !same("gas", "oil"));
    }

    #[test]
    fn the_simple_cases_fold_as_the_tables_do() {
        let mut simple_ones = 0;
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            if let Some(simple) = simple(c) {
                let mut folded = String::new();
                fold_char(c, &mut folded);
                assert_eq!(folded, simple.to_string(), "{c:?} (U+{:04X})", c as u32);
                simple_ones += 1;
            }
        }
        // ASCII, 62 Cyrillic letters and 20,992 ideographs.
        assert_eq!(simple_ones, 128 + 62 + 20_992);
    }
}
