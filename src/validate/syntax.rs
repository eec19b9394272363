//! The character sets of values that become syntax in other programs' input: ids and topics
//! (shell completion scripts, BibTeX keys, DOT and Mermaid identifiers, file names) and web
//! addresses (Markdown links, BibTeX `url` fields). Free text may hold anything; these may not.

use url::Url;

/// Whether `id` is lower-case ASCII letters and digits joined by single hyphens:
/// `power-of-siberia-2`.
pub fn is_kebab_case(id: &str) -> bool {
    is_hyphenated(id, |c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// Whether `topic` is lower-case letters (of any script) and digits joined by single hyphens:
/// `gas`, `chang-e-7`, `газ`. No shell, BibTeX or Markdown gives any of these characters a
/// meaning, so a topic can be completed, quoted and listed without escaping.
pub fn is_topic(topic: &str) -> bool {
    is_hyphenated(topic, |c| {
        c.is_numeric() || (c.is_alphabetic() && !c.is_uppercase())
    })
}

/// Whether `text` is non-empty parts of `allowed` characters joined by single hyphens.
fn is_hyphenated(text: &str, allowed: impl Fn(char) -> bool) -> bool {
    !text.is_empty()
        && text
            .split('-')
            .all(|part| !part.is_empty() && part.chars().all(&allowed))
}

/// Why `text` is not an absolute http(s) web address written in the characters RFC 3986 allows
/// (what a Markdown link, a BibTeX `url` field or a terminal can carry unescaped), or `None`
/// when it is one.
pub fn url_problem(text: &str) -> Option<String> {
    if let Some(bad) = text.chars().find(|&c| !is_uri_char(c)) {
        let fix = match Url::parse(text) {
            // The URL parser drops line breaks and tabs; a fix that hid them would mislead.
            Ok(url) if !bad.is_control() && url.as_str().chars().all(is_uri_char) => {
                format!(
                    "; did you mean '{}'?",
                    crate::sanitize::quoted(url.as_str())
                )
            }
            _ => ": percent-encode it".to_string(),
        };
        let shown: String = bad.escape_debug().collect();
        return Some(format!(
            "has the character '{shown}', which a URL cannot hold{fix}"
        ));
    }
    match Url::parse(text) {
        Err(error) => Some(format!("is not a URL ({error})")),
        Ok(url) if !matches!(url.scheme(), "http" | "https") => {
            Some(format!("uses the {} scheme, not http(s)", url.scheme()))
        }
        Ok(url) if url.host_str().is_none_or(str::is_empty) => Some("names no host".into()),
        Ok(_) => return None,
    }
    .map(|problem| format!("{problem}: give the page's http(s) web address"))
}

/// The characters a URI may hold as written: unreserved, reserved and `%`.
pub fn is_uri_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topics_are_lower_case_words_joined_by_hyphens() {
        let cases = [
            ("ascii", "gas", true),
            ("hyphenated", "chang-e-7", true),
            ("cyrillic", "газ", true),
            ("chinese has no case", "天然气", true),
            ("upper case", "Gas", false),
            ("command substitution", "$(touch pwned)", false),
            ("backquote", "`id`", false),
            ("quote", "it's", false),
            ("space", "natural gas", false),
            ("double hyphen", "a--b", false),
            ("empty", "", false),
            ("newline", "gas\nx", false),
        ];
        for (name, topic, expected) in cases {
            assert_eq!(is_topic(topic), expected, "{name}");
        }
    }

    #[test]
    fn urls_are_absolute_http_addresses_in_uri_characters() {
        let cases = [
            ("https", "https://tass.com/politics/2010577", None),
            ("http with query", "http://example.org/a?b=c&d=(e)#f", None),
            (
                "a newline",
                "https://a.org/\n[2] Kremlin",
                Some("has the character '\\n', which a URL cannot hold: percent-encode it"),
            ),
            (
                "a closing angle bracket",
                "https://a.org/x>",
                Some(
                    "has the character '>', which a URL cannot hold; did you mean 'https://a.org/x%3E'?",
                ),
            ),
            (
                "a space",
                "https://a.org/a b",
                Some(
                    "has the character ' ', which a URL cannot hold; did you mean 'https://a.org/a%20b'?",
                ),
            ),
            (
                "a backslash",
                "https://a.org/x\\",
                Some(
                    "has the character '\\\\', which a URL cannot hold; did you mean 'https://a.org/x/'?",
                ),
            ),
            (
                "relative",
                "/politics/1",
                Some(
                    "is not a URL (relative URL without a base): give the page's http(s) web address",
                ),
            ),
            (
                "javascript",
                "javascript:alert(1)",
                Some(
                    "uses the javascript scheme, not http(s): give the page's http(s) web address",
                ),
            ),
            (
                "ftp",
                "ftp://a.org/x",
                Some("uses the ftp scheme, not http(s): give the page's http(s) web address"),
            ),
        ];
        for (name, url, expected) in cases {
            assert_eq!(url_problem(url).as_deref(), expected, "{name}");
        }
    }
}
