//! Text fields that borrow from the dataset's own text instead of copying it. A loader that keeps
//! the text for the life of the process (a `&'static str`, as the embedded data is) runs the
//! parse inside [`from`]; then every string the parser hands over as a slice of that text (a JSON
//! string without escapes) becomes a borrowed [`Text`] of it, with no allocation. Anything else
//! (an escaped string, a TOML value, a parse outside [`from`]) is copied, as before.
//!
//! The deserializers are the fields' `deserialize_with`; the lifetime of the borrowed slice is
//! recovered safely, by finding the slice's place in the kept text, not by a cast.

use super::Text;
use serde::de::{Deserialize, Deserializer, Error, SeqAccess, Visitor};
use std::cell::Cell;
use std::marker::PhantomData;

thread_local! {
    /// The text strings may borrow from on this thread, while [`from`] runs.
    static SOURCE: Cell<&'static str> = const { Cell::new("") };
}

/// Runs `parse` with strings that are slices of `text` borrowed from it rather than copied.
/// Threads that `parse` starts borrow only if they call [`from`] with [`source`] themselves.
pub fn from<T>(text: &'static str, parse: impl FnOnce() -> T) -> T {
    /// Puts back the previous source, also when `parse` panics.
    struct Restore(&'static str);
    impl Drop for Restore {
        fn drop(&mut self) {
            SOURCE.with(|source| source.set(self.0));
        }
    }
    let _restore = Restore(SOURCE.with(|source| source.replace(text)));
    parse()
}

/// The text strings borrow from on this thread ("" outside [`from`]).
pub fn source() -> &'static str {
    SOURCE.with(Cell::get)
}

/// `slice` as the part of the kept text it is, if it is one.
fn kept(slice: &str) -> Option<&'static str> {
    let source = source();
    let start = (slice.as_ptr() as usize).checked_sub(source.as_ptr() as usize)?;
    source.get(start..start.checked_add(slice.len())?)
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a string")
    }
    fn visit_borrowed_str<E: Error>(self, value: &'de str) -> Result<Text, E> {
        Ok(kept(value).map_or_else(|| Text::Owned(value.to_owned()), Text::Borrowed))
    }
    fn visit_str<E: Error>(self, value: &str) -> Result<Text, E> {
        Ok(Text::Owned(value.to_owned()))
    }
    fn visit_string<E: Error>(self, value: String) -> Result<Text, E> {
        Ok(Text::Owned(value))
    }
}

/// A text field, borrowed where it can be.
pub fn text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
    deserializer.deserialize_str(TextVisitor)
}

/// One [`text`], for the containers below.
struct Item(Text);

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Item, D::Error> {
        text(deserializer).map(Item)
    }
}

/// An optional text field, borrowed where it can be.
pub fn optional<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Text>, D::Error> {
    Ok(Option::<Item>::deserialize(deserializer)?.map(|item| item.0))
}

/// A list of texts, each borrowed where it can be, in no more memory than it needs.
pub fn list<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Text>, D::Error> {
    let items: Vec<Item> = compact(deserializer)?;
    // Collected in place: the exact allocation is kept.
    Ok(items.into_iter().map(|item| item.0).collect())
}

/// Lists of texts (groups of synonyms), each text borrowed where it can be.
pub fn groups<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Vec<Text>>, D::Error> {
    struct Group(Vec<Text>);
    impl<'de> Deserialize<'de> for Group {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Group, D::Error> {
            list(deserializer).map(Group)
        }
    }
    let groups: Vec<Group> = compact(deserializer)?;
    Ok(groups.into_iter().map(|group| group.0).collect())
}

/// How many items a list may have to be moved into an exact allocation rather than shrunk.
const SHORT: usize = 8;

/// A list in no more memory than it needs. A JSON array does not say its length, so a `Vec`
/// read from one grows by doubling from four, moving and leaving freed holes: a record's one
/// source kept room for four, and the holes stayed in the process. Once read, a short list is
/// moved into an allocation of its exact size.
pub fn compact<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    deserializer: D,
) -> Result<Vec<T>, D::Error> {
    struct Compact<T>(PhantomData<T>);
    impl<'de, T: Deserialize<'de>> Visitor<'de> for Compact<T> {
        type Value = Vec<T>;
        fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
            formatter.write_str("a list")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
            while let Some(item) = seq.next_element()? {
                items.push(item);
            }
            if items.len() > SHORT {
                // A long list (the records of a JSON dataset): shrunk where it lies, so that it
                // is never held twice.
                items.shrink_to_fit();
                return Ok(items);
            }
            // A short list is moved into an allocation of its exact size: shrinking it where it
            // lies would leave the rest of its room as a hole in the heap.
            let mut exact = Vec::with_capacity(items.len());
            exact.extend(items);
            Ok(exact)
        }
    }
    deserializer.deserialize_seq(Compact(PhantomData))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    struct Record {
        #[serde(deserialize_with = "text")]
        plain: Text,
        #[serde(deserialize_with = "text")]
        escaped: Text,
        #[serde(default, deserialize_with = "optional")]
        place: Option<Text>,
        #[serde(deserialize_with = "list")]
        topics: Vec<Text>,
    }

    // A static, not a const: both uses must be the same text at the same address.
    static JSON: &str =
        r#"{"plain": "Газпром", "escaped": "a\"b", "place": "Beijing", "topics": ["gas"]}"#;

    #[test]
    fn strings_without_escapes_borrow_from_the_kept_text() {
        let record: Record = from(JSON, || serde_json::from_str(JSON)).unwrap();
        for borrowed in [
            &record.plain,
            record.place.as_ref().unwrap(),
            &record.topics[0],
        ] {
            assert!(matches!(borrowed, Text::Borrowed(_)), "{borrowed:?}");
        }
        assert!(matches!(record.escaped, Text::Owned(_)));
        assert_eq!(record.escaped, "a\"b");
        assert_eq!(source(), "", "the source is put back");
    }

    #[test]
    fn outside_a_kept_text_every_string_is_copied() {
        let copy = JSON.to_string();
        let record: Record = serde_json::from_str(&copy).unwrap();
        assert!(matches!(record.plain, Text::Owned(_)));
        // Another text than the kept one is copied too.
        let record: Record = from(JSON, || serde_json::from_str(&copy)).unwrap();
        assert!(matches!(record.topics[0], Text::Owned(_)));
        assert_eq!(record.plain, "Газпром");
    }

    #[test]
    fn lists_keep_no_spare_room() {
        #[derive(serde::Deserialize)]
        struct Lists {
            #[serde(deserialize_with = "list")]
            texts: Vec<Text>,
            #[serde(deserialize_with = "compact")]
            numbers: Vec<u8>,
        }
        let lists: Lists =
            serde_json::from_str(r#"{"texts": ["a"], "numbers": [1, 2, 3, 4, 5]}"#).unwrap();
        assert_eq!((lists.texts.len(), lists.texts.capacity()), (1, 1));
        assert_eq!((lists.numbers.len(), lists.numbers.capacity()), (5, 5));
    }
}
