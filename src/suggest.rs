//! Did-you-mean suggestions: one method for ids, vocabulary words and field names.

/// How similar (Jaro-Winkler, 0 to 1) a candidate must be to be suggested.
const THRESHOLD: f64 = 0.8;

/// Candidates that look like `input`, best first: close in spelling, or containing it.
pub fn ranked<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let wanted = crate::fold::fold(input.trim());
    if wanted.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .filter_map(|candidate| {
            let lower = crate::fold::fold(candidate);
            let score = strsim::jaro_winkler(&wanted, &lower);
            let contains = lower.contains(&wanted) || wanted.contains(&lower);
            (score >= THRESHOLD || contains).then_some((score, candidate))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    scored.into_iter().map(|(_, candidate)| candidate).collect()
}

/// The single closest candidate, if any is close enough.
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    ranked(input, candidates).into_iter().next()
}

/// The "; did you mean 'x'?" part of a message, or nothing.
pub fn hint(suggestion: Option<&str>) -> String {
    suggestion.map_or_else(String::new, |s| {
        format!("; did you mean '{}'?", crate::sanitize::quoted(s))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDS: [&str; 4] = [
        "power-of-siberia-2",
        "pos1-38-to-44-supply-increase",
        "rg-xinhua",
        "rg-cmg",
    ];

    #[test]
    fn ranks_candidates_by_similarity() {
        let cases = [
            ("typo", "power-of-siberia-3", vec!["power-of-siberia-2"]),
            ("prefix", "power-of-siberia", vec!["power-of-siberia-2"]),
            ("substring", "siberia", vec!["power-of-siberia-2"]),
            ("transposed letters", "rg-xinhau", vec!["rg-xinhua"]),
            (
                "shared prefix, two matches",
                "rg-",
                vec!["rg-cmg", "rg-xinhua"],
            ),
            ("nothing close", "qqqq", vec![]),
            ("empty input", "", vec![]),
        ];
        for (name, input, expected) in cases {
            assert_eq!(ranked(input, IDS), expected, "{name}");
        }
    }

    #[test]
    fn hint_is_empty_without_a_suggestion() {
        assert_eq!(hint(None), "");
        assert_eq!(hint(Some("energy")), "; did you mean 'energy'?");
    }
}
