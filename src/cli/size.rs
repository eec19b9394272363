//! Sizes on the command line: `1000000`, `500K`, `200M`, `2G` (powers of 1024).

/// Parses a size in bytes, with an optional K, M or G suffix (any case).
pub fn parse(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let (digits, unit) = match text.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => (&text[..i], c.to_ascii_uppercase()),
        _ => (text, 'B'),
    };
    let shift = match unit {
        'B' => 0,
        'K' => 10,
        'M' => 20,
        'G' => 30,
        _ => return Err("the unit must be K, M or G (e.g. 2G)".into()),
    };
    let number: u64 = digits
        .parse()
        .map_err(|_| "give a whole number of bytes, or one with K, M or G (e.g. 2G)".to_string())?;
    number
        .checked_mul(1 << shift)
        .ok_or_else(|| "that is more bytes than this machine can count".to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes_take_a_unit() {
        let cases = [
            ("bytes", "1000", Ok(1000)),
            ("kibibytes", "4k", Ok(4096)),
            ("mebibytes", "2M", Ok(2 << 20)),
            ("gibibytes", "1G", Ok(1 << 30)),
            (
                "unknown unit",
                "3T",
                Err("the unit must be K, M or G (e.g. 2G)"),
            ),
            (
                "not a number",
                "lots",
                Err("the unit must be K, M or G (e.g. 2G)"),
            ),
            (
                "empty",
                "",
                Err("give a whole number of bytes, or one with K, M or G (e.g. 2G)"),
            ),
            (
                "overflow",
                "99999999999999999999G",
                Err("give a whole number of bytes, or one with K, M or G (e.g. 2G)"),
            ),
        ];
        for (name, input, expected) in cases {
            assert_eq!(
                super::parse(input),
                expected.map_err(String::from),
                "{name}"
            );
        }
    }
}
