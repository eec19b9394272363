//! JSON and JSON Lines: the model's own field names, one document or one object per line, in
//! memory or written as they are made. Besides what JSON must escape (quotes, backslashes, C0
//! controls), the characters a terminal obeys (DEL, C1 controls, bidirectional overrides) are
//! written as `\uXXXX` escapes too, so that `cat`-ing the output cannot drive a terminal; a
//! JSON reader gets the same text back.

use crate::sanitize::is_obeyed;
use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter, Serializer};
use std::io::{self, Write};

/// `value` as pretty-printed JSON with a final newline.
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    in_memory(|out| write_json(out, value))
}

/// Each item as compact JSON on a line of its own.
pub fn to_lines<T: Serialize>(items: impl IntoIterator<Item = T>) -> String {
    in_memory(|out| write_lines(out, items))
}

/// [`to_json`], written to `out` as it is made, without holding the whole document.
pub fn write_json<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    let mut out = buffered(out);
    let mut serializer = Serializer::with_formatter(&mut out, Safe(PrettyFormatter::new()));
    value.serialize(&mut serializer).map_err(io::Error::from)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// [`to_lines`], written to `out` line by line.
pub fn write_lines<T: Serialize>(
    out: &mut dyn Write,
    items: impl IntoIterator<Item = T>,
) -> io::Result<()> {
    let mut out = buffered(out);
    for item in items {
        let mut serializer = Serializer::with_formatter(&mut out, Safe(CompactFormatter));
        item.serialize(&mut serializer).map_err(io::Error::from)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

/// `out` behind a buffer of a known type: serde_json's many small writes (a quote, a colon,
/// an indent) then go into the buffer inline instead of each through `dyn Write`, which made
/// a large document a sixth slower.
fn buffered(out: &mut dyn Write) -> io::BufWriter<&mut dyn Write> {
    io::BufWriter::with_capacity(1 << 16, out)
}

/// What `write` writes, as text. The model has only string map keys and plain data, so only
/// the writer could fail, and writing to memory does not.
fn in_memory(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> String {
    let mut bytes = Vec::new();
    write(&mut bytes).expect("model values always serialize to memory");
    String::from_utf8(bytes).expect("serde_json writes UTF-8")
}

/// serde_json's layout (`F`), with every character a terminal obeys written as a `\uXXXX`
/// escape, as JSON allows for any character: serde_json escapes quotes, backslashes and C0
/// controls, this the rest (DEL, C1 controls, bidirectional marks), so a JSON reader gets the
/// same text back.
struct Safe<F>(F);

impl<F: Formatter> Formatter for Safe<F> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        // Below DEL, nothing is obeyed that serde_json has not escaped already.
        if fragment.is_ascii() && !fragment.as_bytes().contains(&0x7f) {
            return writer.write_all(fragment.as_bytes());
        }
        let mut start = 0;
        for (at, c) in fragment.char_indices().filter(|&(_, c)| is_obeyed(c)) {
            writer.write_all(&fragment.as_bytes()[start..at])?;
            write!(writer, "\\u{:04x}", c as u32)?;
            start = at + c.len_utf8();
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_array(writer)
    }
    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array(writer)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array_value(writer)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object(writer)
    }
    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object(writer)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object_value(writer)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_value(writer)
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
