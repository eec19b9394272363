//! A value read from a string (a date, a word of a vocabulary) without copying the string:
//! below the model, so that the model's own types can use it.

use serde::de::{Deserializer, Visitor};

/// A value read from a string by `parse` (a date, a word of a vocabulary), without copying the
/// string first: serde's `String` and `Cow<str>` would allocate one for every value.
pub fn parsed<'de, D: Deserializer<'de>, T, E: std::fmt::Display>(
    deserializer: D,
    parse: impl FnOnce(&str) -> Result<T, E>,
) -> Result<T, D::Error> {
    struct Parsed<F>(F);
    impl<'de, T, E: std::fmt::Display, F: FnOnce(&str) -> Result<T, E>> Visitor<'de> for Parsed<F> {
        type Value = T;
        fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
            formatter.write_str("a string")
        }
        fn visit_str<Error: serde::de::Error>(self, value: &str) -> Result<T, Error> {
            (self.0)(value).map_err(Error::custom)
        }
    }
    deserializer.deserialize_str(Parsed(parse))
}
