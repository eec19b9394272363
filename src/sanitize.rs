//! Text from a dataset or the command line made safe for a terminal: control characters and
//! bidirectional overrides are shown as visible escapes (`\u{1b}`) instead of being obeyed, so a
//! dataset cannot colour, retitle, clear or write to the clipboard of the reader's terminal.

use std::borrow::Cow;

/// `text` with every character a terminal would obey rather than show replaced by a visible
/// `\u{..}` escape. Line breaks are kept; tabs become spaces.
pub fn for_terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c == '\t' || is_obeyed(c)) {
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

/// Control characters (C0 but the line feed, DEL, C1) and the invisible marks that reorder
/// bidirectional text.
fn is_obeyed(c: char) -> bool {
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
    fn clean_text_is_not_copied() {
        assert!(matches!(for_terminal("clean"), Cow::Borrowed(_)));
    }
}
