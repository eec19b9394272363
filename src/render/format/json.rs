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

/// [`to_json`] of a list, its items rendered on every core ([`write_json_list`]).
pub fn list_to_json<T: Serialize + Sync>(items: &[T]) -> String {
    in_memory(|out| write_json_list(out, items))
}

/// [`to_lines`] of a list, its lines rendered on every core ([`write_lines_list`]).
pub fn list_to_lines<T: Serialize + Sync>(items: &[T]) -> String {
    in_memory(|out| write_lines_list(out, items))
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
    each_on_a_line(&mut out, items)?;
    out.flush()
}

/// Each item as compact JSON and a line break, written to `out`.
fn each_on_a_line<T: Serialize>(
    out: &mut impl Write,
    items: impl IntoIterator<Item = T>,
) -> io::Result<()> {
    for item in items {
        let mut serializer = Serializer::with_formatter(&mut *out, Safe(CompactFormatter));
        item.serialize(&mut serializer).map_err(io::Error::from)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// Items rendered by a thread at a time in the lists below: enough to dwarf starting the
/// thread, few enough that a round holds a megabyte or two of text a thread.
const CHUNK: usize = 256;

/// [`write_json`] of a list, its items rendered on every core, written in order. Each chunk is
/// rendered as an array and written without its brackets, so its items are laid out, indent
/// and all, as in the whole array.
pub fn write_json_list<T: Serialize + Sync>(out: &mut dyn Write, items: &[T]) -> io::Result<()> {
    if items.is_empty() {
        return write_json(out, items);
    }
    let mut out = buffered(out);
    out.write_all(b"[")?;
    let pretty = |chunk: &[T], bytes: &mut Vec<u8>| {
        let mut serializer = Serializer::with_formatter(bytes, Safe(PrettyFormatter::new()));
        chunk.serialize(&mut serializer).map_err(io::Error::from)
    };
    let mut first = true;
    crate::parallel::render_in_order(items, CHUNK, pretty, |array| {
        // "[\n  item,\n  item\n]": the items, after the "[" and before the "\n]".
        let items = array
            .get(1..array.len().saturating_sub(2))
            .unwrap_or_default();
        if !std::mem::take(&mut first) {
            out.write_all(b",")?;
        }
        out.write_all(items)
    })?;
    out.write_all(b"\n]\n")?;
    out.flush()
}

/// [`write_lines`] of a list, its lines rendered on every core, written in order.
pub fn write_lines_list<T: Serialize + Sync>(out: &mut dyn Write, items: &[T]) -> io::Result<()> {
    let mut out = buffered(out);
    let lines = |chunk: &[T], bytes: &mut Vec<u8>| each_on_a_line(bytes, chunk);
    crate::parallel::render_in_order(items, CHUNK, lines, |lines| out.write_all(lines))?;
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
        // Below DEL, nothing is obeyed that serde_json has not escaped already. The largest
        // byte is found in one pass without an early exit, which compiles to vector code.
        if fragment.bytes().fold(0, u8::max) < 0x7f {
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
    fn lists_made_in_chunks_on_every_core_read_as_one_document() {
        // Enough items for several rounds of chunks on several threads.
        let items: Vec<_> = (0..10_000).map(|i| [("id", i)]).collect();
        let items: Vec<std::collections::BTreeMap<_, _>> =
            items.into_iter().map(Into::into).collect();
        for items in [&items[..], &items[..0], &items[..1], &items[..CHUNK + 1]] {
            let mut json = Vec::new();
            write_json_list(&mut json, items).unwrap();
            assert_eq!(String::from_utf8(json).unwrap(), to_json(items));
            let mut lines = Vec::new();
            write_lines_list(&mut lines, items).unwrap();
            assert_eq!(String::from_utf8(lines).unwrap(), to_lines(items));
        }
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
        // DEL in otherwise plain ASCII, where the writer's quick check decides alone.
        assert_eq!(to_lines(["a\u{7f}b"]), "\"a\\u007fb\"\n");
    }
}
