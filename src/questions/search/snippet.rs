//! The piece of a matching text that a result shows: the first match with some context.

use super::Match;
use std::ops::Range;

impl Match {
    /// At most `width` characters of the text around its first match, with `…` where it was cut,
    /// and the matches' byte ranges in that piece.
    pub fn snippet(&self, width: usize) -> (String, Vec<Range<usize>>) {
        let first = self.ranges.first().map_or(0, |range| range.start);
        let before = self.text[..first].chars().count();
        let total = self.text.chars().count();
        // Start a fifth of the width before the first match, so that it has some context.
        let skip = if total <= width {
            0
        } else {
            before.saturating_sub(width / 5).min(total - width)
        };
        let (start, end) = word_bounds(
            &self.text,
            byte_of_char(&self.text, skip),
            byte_of_char(&self.text, skip + width),
            first,
        );
        let mut piece = String::new();
        let lead = if start > 0 { "…" } else { "" };
        piece.push_str(lead);
        piece.push_str(&self.text[start..end]);
        if end < self.text.len() {
            piece.push('…');
        }
        let shift = |i: usize| i - start + lead.len();
        let ranges = self
            .ranges
            .iter()
            .filter(|range| range.start >= start && range.end <= end)
            .map(|range| shift(range.start)..shift(range.end))
            .collect();
        (piece, ranges)
    }
}

/// `start..end` moved inwards to whole words where that keeps `keep` (the first match) inside.
fn word_bounds(text: &str, start: usize, end: usize, keep: usize) -> (usize, usize) {
    let start = match text[start..keep.max(start)].find(' ') {
        Some(space) if start > 0 => start + space + 1,
        _ => start,
    };
    let end = match text[keep.max(start)..end].rfind(' ') {
        Some(space) if end < text.len() => keep.max(start) + space,
        _ => end,
    };
    (start, end)
}

fn byte_of_char(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| i)
}
