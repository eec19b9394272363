//! A dataset's bytes as text: UTF-8 without NUL bytes (binary data), checked on every core for
//! a large file, with the place where text stops found only on the error path.

use super::{LoadError, Location};

/// The bytes as text, or where they stop being text: invalid UTF-8, or a NUL byte (binary).
/// Both checks are vectorised (memchr, simdutf8) and a large file's pieces are checked on every
/// core; positions are found only on the error path.
pub(super) fn as_text<'a>(bytes: &'a [u8], origin: &str) -> Result<&'a str, LoadError> {
    if is_text(bytes) {
        // SAFETY: `is_text` found every piece of `bytes` to be UTF-8, and UTF-8 strings joined
        // are UTF-8: each character is whole within its piece.
        return Ok(unsafe { std::str::from_utf8_unchecked(bytes) });
    }
    let not_text = |valid_up_to: usize| LoadError::NotText {
        origin: origin.to_string(),
        location: Location::of_offset(&String::from_utf8_lossy(&bytes[..valid_up_to]), valid_up_to),
    };
    if let Some(nul) = memchr::memchr(0, bytes) {
        let valid = std::str::from_utf8(&bytes[..nul]).map_or_else(|e| e.valid_up_to(), |_| nul);
        return Err(not_text(valid));
    }
    std::str::from_utf8(bytes).map_err(|error| not_text(error.valid_up_to()))
}

/// Whether `bytes` are UTF-8 without a NUL byte. Pieces are cut before a byte that starts a
/// character, so that text is never refused for where it was cut; as many as the threads take
/// runs ([`crate::parallel::RUNS_PER_THREAD`]), as the JSON Lines reader cuts its text, so that a
/// thread the machine slows down leaves pieces to the others.
fn is_text(bytes: &[u8]) -> bool {
    let threads = crate::parallel::threads_for(bytes.len() / PIECE_BYTES);
    let count = threads * crate::parallel::RUNS_PER_THREAD;
    let starts_character = |at: usize| {
        bytes[at..]
            .iter()
            .take_while(|&&b| b & 0xc0 == 0x80)
            .count()
            + at
    };
    let pieces: Vec<&[u8]> = crate::parallel::cut(bytes, count, starts_character)
        .into_iter()
        .map(|range| &bytes[range])
        .collect();
    let is_text = |piece: &[u8]| {
        memchr::memchr(0, piece).is_none() && simdutf8::basic::from_utf8(piece).is_ok()
    };
    let checked = crate::parallel::in_runs(&pieces, threads, |_, pieces| {
        pieces.iter().all(|piece| is_text(piece))
    });
    checked.into_iter().all(|text| text)
}

/// Bytes per item, for [`crate::parallel::threads_for`], when checking text: files under 4 MB
/// (4,096 items of 1 KB) are checked on one core.
pub(super) const PIECE_BYTES: usize = 1024;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_texts_are_checked_in_pieces_cut_between_characters() {
        // Over the size checked on one core, of three-byte characters, so that an even cut would
        // fall inside one.
        let text = "中".repeat(PIECE_BYTES * 4096 / 3 + 1);
        assert!(is_text(text.as_bytes()));
        assert_eq!(as_text(text.as_bytes(), "big").unwrap().len(), text.len());
        for (at, bad) in [(3, 0u8), (text.len() / 2 + 1, 0xff), (text.len() - 3, 0)] {
            let mut bytes = text.clone().into_bytes();
            bytes[at] = bad;
            assert!(!is_text(&bytes), "{bad} at {at}");
            let Err(LoadError::NotText { location, .. }) = as_text(&bytes, "big") else {
                panic!("{bad} at {at}: taken as text");
            };
            assert_eq!(location.column, 1 + at / 3, "{bad} at {at}");
        }
    }
}
