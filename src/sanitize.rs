//! Text from a dataset or the command line made safe for a terminal: control characters and
//! bidirectional overrides are shown as visible escapes (`\u{1b}`) instead of being obeyed, so a
//! dataset cannot colour, retitle, clear or write to the clipboard of the reader's terminal; and,
//! for line-oriented output, line breaks escaped too, so that no value can start a forged line.

use std::borrow::Cow;

/// `text` with every character a terminal would obey rather than show replaced by a visible
/// `\u{..}` escape. Line breaks are kept; tabs become spaces.
pub fn for_terminal(text: &str) -> Cow<'_, str> {
    // Most texts are printable ASCII: one byte scan instead of decoding every character.
    if text.bytes().all(|b| b == b'\n' || is_printable_ascii(b))
        || !text.chars().any(|c| c == '\t' || is_obeyed(c))
    {
        return Cow::Borrowed(text);
    }
    let mut safe = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' => safe.push(' '),
            c if is_obeyed(c) => safe.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => safe.push(c),
        }
    }
    Cow::Owned(safe)
}

/// `text` as [`for_terminal`] shows it, with line breaks escaped too (`\u{a}`): for outputs
/// read one line at a time (validate's `file:line:column:` findings, error messages, source
/// lists), where a value that started a new line could forge a finding or a source.
pub fn one_line(text: &str) -> Cow<'_, str> {
    if text.bytes().all(is_printable_ascii) {
        return Cow::Borrowed(text);
    }
    if !text.contains(['\n', '\r']) {
        return for_terminal(text);
    }
    let escaped = text.replace('\n', "\\u{a}");
    Cow::Owned(for_terminal(&escaped).into_owned())
}

/// How many characters of a quoted value a message shows.
const QUOTED_CHARS: usize = 160;

/// A value from the user or the dataset as a message quotes it: on one line, and cut after
/// `QUOTED_CHARS` characters with the full length named, so that a 100,000-character
/// argument gets a readable error line.
pub fn quoted(text: &str) -> String {
    let count = text.chars().count();
    if count <= QUOTED_CHARS {
        return one_line(text).into_owned();
    }
    let cut: String = text.chars().take(QUOTED_CHARS).collect();
    format!("{}… ({count} characters)", one_line(&cut))
}

/// How many words a message lists before it counts the rest.
const LISTED: usize = 20;

/// `words` joined with ", " for a message, the first `LISTED` of them and then a count of the
/// rest, so that a dataset with 50,000 topics does not print them all in one error line.
pub fn listed<S: AsRef<str>>(words: &[S]) -> String {
    let shown: Vec<String> = words
        .iter()
        .take(LISTED)
        .map(|w| quoted(w.as_ref()))
        .collect();
    let mut text = shown.join(", ");
    if words.len() > LISTED {
        text.push_str(&format!(", and {} more", words.len() - LISTED));
    }
    text
}

/// A byte of printable ASCII (space to tilde), which no terminal obeys.
fn is_printable_ascii(byte: u8) -> bool {
    (b' '..=b'~').contains(&byte)
}

/// Control characters (C0 but the line feed, DEL, C1) and the invisible marks that reorder
/// bidirectional text.
pub(crate) fn is_obeyed(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_a_terminal_would_obey() {
        let cases = [
            (
                "plain text is untouched",
                "Power of Siberia 2",
                "Power of Siberia 2",
            ),
            ("line breaks stay", "two\nlines", "two\nlines"),
            ("tabs become spaces", "a\tb", "a b"),
            (
                "colour codes",
                "\u{1b}[31mred\u{1b}[0m",
                "\\u{1b}[31mred\\u{1b}[0m",
            ),
            (
                "window title (OSC 0)",
                "\u{1b}]0;pwned\u{7}",
                "\\u{1b}]0;pwned\\u{7}",
            ),
            (
                "clipboard write (OSC 52)",
                "\u{1b}]52;c;ZXZpbA==\u{7}",
                "\\u{1b}]52;c;ZXZpbA==\\u{7}",
            ),
            ("carriage return", "safe\rfake", "safe\\u{d}fake"),
            ("NUL", "a\u{0}b", "a\\u{0}b"),
            ("C1 control (CSI)", "a\u{9b}31m", "a\\u{9b}31m"),
            ("bidi override", "abc\u{202e}fed", "abc\\u{202e}fed"),
            ("right-to-left text is kept", "مرحبا", "مرحبا"),
            ("combining marks are kept", "e\u{301}", "e\u{301}"),
        ];
        for (name, input, expected) in cases {
            assert_eq!(for_terminal(input), expected, "{name}");
        }
    }

    #[test]
    fn one_line_escapes_line_breaks_as_well() {
        let cases = [
            ("plain", "a b", "a b"),
            (
                "newline",
                "x\n/etc/passwd:1:1: error",
                "x\\u{a}/etc/passwd:1:1: error",
            ),
            ("carriage return", "x\rfake", "x\\u{d}fake"),
            ("escape", "\u{1b}[2J", "\\u{1b}[2J"),
        ];
        for (name, input, expected) in cases {
            assert_eq!(one_line(input), expected, "{name}");
        }
    }

    #[test]
    fn quoted_values_are_cut_to_a_readable_length() {
        assert_eq!(quoted("short"), "short");
        let long = "é".repeat(100_000);
        let shown = quoted(&long);
        let kept = "é".repeat(QUOTED_CHARS);
        assert_eq!(shown, format!("{kept}… (100000 characters)"));
        assert_eq!(quoted("a\nb"), "a\\u{a}b");
    }

    #[test]
    fn long_lists_are_counted_not_printed() {
        assert_eq!(listed(&["a", "b"]), "a, b");
        let many: Vec<String> = (0..50_000).map(|i| format!("t{i}")).collect();
        let text = listed(&many);
        assert!(text.starts_with("t0, t1, "), "{text}");
        assert!(text.ends_with(", t19, and 49980 more"), "{text}");
        // Exactly as many as are listed: all of them, no count.
        assert!(listed(&many[..LISTED]).ends_with(", t19"));
        assert!(listed(&many[..LISTED + 1]).ends_with(", t19, and 1 more"));
    }

    #[test]
    fn clean_text_is_not_copied() {
        for clean in ["clean", "two\nlines", "Газпром 新華社 é"] {
            assert!(matches!(for_terminal(clean), Cow::Borrowed(_)), "{clean}");
        }
        assert!(matches!(one_line("Газпром"), Cow::Borrowed(_)));
        assert!(matches!(for_terminal("a\tb"), Cow::Owned(_)));
    }
}
