//! JSON and JSON Lines: the model's own field names, one document or one object per line.
//! Besides what JSON must escape (quotes, backslashes, C0 controls), the characters a terminal
//! obeys (DEL, C1 controls, bidirectional overrides) are written as `\uXXXX` escapes too, so
//! that `cat`-ing the output cannot drive a terminal; a JSON reader gets the same text back.

use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};
use std::io::{self, Write};

/// `value` as pretty-printed JSON with a final newline.
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    let mut text = write(value, PrettyFormatter::new());
    text.push('\n');
    text
}

/// Each item as compact JSON on a line of its own.
pub fn to_lines<T: Serialize>(items: impl IntoIterator<Item = T>) -> String {
    items
        .into_iter()
        .map(|item| write(&item, CompactFormatter) + "\n")
        .collect()
}

/// `value` as JSON through `formatter`, with the terminal's characters escaped.
fn write<T: Serialize + ?Sized>(value: &T, formatter: impl Formatter) -> String {
    let mut bytes = Vec::with_capacity(128);
    let mut serializer = serde_json::Serializer::with_formatter(&mut bytes, Escaping(formatter));
    // The model has only string map keys and plain data, so serializing cannot fail.
    value
        .serialize(&mut serializer)
        .expect("model values always serialize");
    String::from_utf8(bytes).expect("serde_json writes UTF-8")
}

/// A formatter that writes strings with [`crate::sanitize::is_obeyed`] characters escaped and
/// leaves the layout to `F`.
struct Escaping<F>(F);

impl<F: Formatter> Formatter for Escaping<F> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        text: &str,
    ) -> io::Result<()> {
        // Most text is printable ASCII: one byte scan decides.
        if text.bytes().all(|b| (0x20..0x7f).contains(&b)) {
            return w.write_all(text.as_bytes());
        }
        let mut start = 0;
        for (i, c) in text.char_indices() {
            if crate::sanitize::is_obeyed(c) {
                w.write_all(&text.as_bytes()[start..i])?;
                write!(w, "\\u{:04x}", c as u32)?;
                start = i + c.len_utf8();
            }
        }
        w.write_all(&text.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
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
        let text = "a\u{7f}b\u{9b}31m\u{202e}c\u{1b}d é \"q\"";
        let line = to_lines([text]);
        assert_eq!(
            line,
            "\"a\\u007fb\\u009b31m\\u202ec\\u001bd é \\\"q\\\"\"\n"
        );
        let back: String = serde_json::from_str(&line).unwrap();
        assert_eq!(back, text);
        assert_eq!(to_json(&[text]), format!("[\n  {}\n]\n", line.trim_end()));
    }
}
