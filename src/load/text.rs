//! A dataset's bytes as text: UTF-8 without NUL bytes (binary data), with the place where text
//! stops found when it does.

use super::{LoadError, Location};

/// The bytes as text, or where they stop being text: invalid UTF-8, or a NUL byte (binary).
pub(super) fn as_text<'a>(bytes: &'a [u8], origin: &str) -> Result<&'a str, LoadError> {
    let nul = memchr::memchr(0, bytes);
    let not_text = |valid_up_to: usize| LoadError::NotText {
        origin: origin.to_string(),
        location: Location::of_offset(&String::from_utf8_lossy(&bytes[..valid_up_to]), valid_up_to),
    };
    match (
        std::str::from_utf8(&bytes[..nul.unwrap_or(bytes.len())]),
        nul,
    ) {
        (Ok(text), None) => Ok(text),
        (Ok(_), Some(nul)) => Err(not_text(nul)),
        (Err(error), _) => Err(not_text(error.valid_up_to())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_stops_at_the_first_nul_or_invalid_byte() {
        // Three-byte characters: the column counts characters, not bytes.
        let text = "中".repeat(100_000);
        assert_eq!(as_text(text.as_bytes(), "big").unwrap().len(), text.len());
        let cases = [
            ("NUL near the start", vec![(3, 0u8)], 3),
            ("invalid byte in the middle", vec![(150_001, 0xff)], 150_000),
            ("NUL at the end", vec![(text.len() - 3, 0)], text.len() - 3),
            ("NUL before an invalid byte", vec![(30, 0), (60, 0xff)], 30),
            ("invalid byte before a NUL", vec![(30, 0xff), (60, 0)], 30),
        ];
        for (name, changes, stops_at) in cases {
            let mut bytes = text.clone().into_bytes();
            for (at, bad) in changes {
                bytes[at] = bad;
            }
            let Err(LoadError::NotText { location, .. }) = as_text(&bytes, "big") else {
                panic!("{name}: taken as text");
            };
            assert_eq!(location.column, 1 + stops_at / 3, "{name}");
        }
    }
}
