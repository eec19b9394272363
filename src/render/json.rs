//! JSON and JSON Lines: the model's own field names, one document or one object per line.
//! Besides what JSON must escape (quotes, backslashes, C0 controls), the characters a terminal
//! obeys (DEL, C1 controls, bidirectional overrides) are written as `\uXXXX` escapes too, so
//! that `cat`-ing the output cannot drive a terminal; a JSON reader gets the same text back.

use crate::sanitize::is_obeyed;
use serde::Serialize;

/// `value` as pretty-printed JSON with a final newline.
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    // The model has only string map keys and plain data, so serializing cannot fail.
    let mut text = serde_json::to_string_pretty(value).expect("model values always serialize");
    text.push('\n');
    escape_obeyed(text)
}

/// Each item as compact JSON on a line of its own.
pub fn to_lines<T: Serialize>(items: impl IntoIterator<Item = T>) -> String {
    let text: String = items
        .into_iter()
        .map(|item| serde_json::to_string(&item).expect("model values always serialize") + "\n")
        .collect();
    escape_obeyed(text)
}

/// `json` with every character a terminal obeys written as a `\uXXXX` escape. Such characters
/// can only stand inside JSON strings (the structure is ASCII), where the escape means the same
/// character. Done once over the whole output, and only where one can start: at DEL and at the
/// lead bytes 0xC2 (C1 controls), 0xD8 (U+061C) and 0xE2 (U+200E..U+2069), found by vectorised
/// scans; lead bytes are never inside another character, so each is a character's start.
fn escape_obeyed(json: String) -> String {
    let bytes = json.as_bytes();
    let candidates =
        memchr::memchr3_iter(0x7f, 0xc2, 0xd8, bytes).chain(memchr::memchr_iter(0xe2, bytes));
    let mut found: Vec<(usize, char)> = candidates
        .filter_map(|at| {
            json[at..]
                .chars()
                .next()
                .filter(|&c| is_obeyed(c))
                .map(|c| (at, c))
        })
        .collect();
    if found.is_empty() {
        return json;
    }
    found.sort_unstable_by_key(|&(at, _)| at);
    let mut escaped = String::with_capacity(json.len() + 6 * found.len());
    let mut start = 0;
    for (at, c) in found {
        escaped.push_str(&json[start..at]);
        escaped.push_str(&format!("\\u{:04x}", c as u32));
        start = at + c.len_utf8();
    }
    escaped.push_str(&json[start..]);
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_list_is_an_empty_array_or_nothing() {
        let records: Vec<&crate::model::Agreement> = Vec::new();
        assert_eq!(to_json(&records), "[]\n");
        assert_eq!(to_lines(records), "");
    }

    #[test]
    fn lines_are_one_object_each() {
        assert_eq!(to_lines([1, 2]), "1\n2\n");
    }

    #[test]
    fn what_a_terminal_obeys_is_escaped_and_reads_back_unchanged() {
        let text = "a\u{7f}b\u{9b}31m\u{202e}c\u{1b}d é – \"q\"";
        let line = to_lines([text]);
        assert_eq!(
            line,
            "\"a\\u007fb\\u009b31m\\u202ec\\u001bd é – \\\"q\\\"\"\n"
        );
        let back: String = serde_json::from_str(&line).unwrap();
        assert_eq!(back, text);
        assert_eq!(to_json(&[text]), format!("[\n  {}\n]\n", line.trim_end()));
    }
}
