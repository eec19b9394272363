//! What a claim rests on: sources, and the notes, original titles and names that cite them.

use super::Text;
use crate::date::Date;
use crate::vocab::Side;
use serde::{Deserialize, Serialize};

/// A note on a record, with the URLs (of the record's `sources`) it rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// The note.
    #[serde(deserialize_with = "super::borrowed::text")]
    pub text: Text,
    /// The URLs it rests on.
    #[serde(default, deserialize_with = "super::borrowed::list")]
    pub sources: Vec<Text>,
    /// True when what it says rests on one weak report or the reports conflict.
    #[serde(default)]
    pub unconfirmed: bool,
}

impl Note {
    /// The note as every view prints it: its text, and "(unconfirmed)" when it is.
    pub fn marked_text(&self) -> std::borrow::Cow<'_, str> {
        marked(&self.text, self.unconfirmed)
    }
}

/// A note's text as every view prints it: the text, and "(unconfirmed)" when it is.
pub(super) fn marked(text: &str, unconfirmed: bool) -> std::borrow::Cow<'_, str> {
    if unconfirmed {
        format!("{text} (unconfirmed)").into()
    } else {
        text.into()
    }
}

/// A document's title in its original language, as a source gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OriginalTitle {
    /// The language: `ru`, `zh`.
    #[serde(deserialize_with = "super::borrowed::text")]
    pub lang: Text,
    /// The title.
    #[serde(deserialize_with = "super::borrowed::text")]
    pub text: Text,
    /// The URL (of the record's `sources`) that gives it.
    #[serde(deserialize_with = "super::borrowed::text")]
    pub source: Text,
    /// True when the source quotes the official title word for word; false for a description.
    #[serde(default)]
    pub verbatim: bool,
}

/// A name in another language, with the source that uses it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Name {
    /// The name: `Газпром`, `中国石油天然气集团有限公司`.
    #[serde(deserialize_with = "super::borrowed::text")]
    pub name: Text,
    /// Its language: `ru`, `zh`.
    #[serde(deserialize_with = "super::borrowed::text")]
    pub lang: Text,
    /// The URL (of the record's `sources`) that uses it.
    #[serde(deserialize_with = "super::borrowed::text")]
    pub source: Text,
}

/// A published source of facts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Where it can be read.
    #[serde(deserialize_with = "super::borrowed::text")]
    pub url: Text,
    /// Who published it (`TASS`, `Gazprom`).
    #[serde(deserialize_with = "super::borrowed::text")]
    pub publisher: Text,
    /// Whose voice it is.
    pub side: Side,
    /// The page's headline, where the research records it.
    #[serde(default, deserialize_with = "super::borrowed::optional")]
    pub title: Option<Text>,
    /// When the page was published, where known (from the page or its address).
    #[serde(default)]
    pub published: Option<Date>,
    /// The page's language: `ru`, `en`, `zh`.
    #[serde(default, deserialize_with = "super::borrowed::optional")]
    pub language: Option<Text>,
    /// True for a page about an earlier or related document, kept as background: it reports
    /// no claim of this record, and citations leave it out.
    #[serde(default)]
    pub background: bool,
    /// True for a weak source: a mirror, an aggregator or a portal's relay of another
    /// publisher's report, a blog. It is named as such wherever it is shown, and a claim that
    /// rests on weak sources alone reads as unconfirmed (`validate` holds the data to it).
    #[serde(default)]
    pub weak: bool,
}

impl Source {
    /// The first attribute of the page itself (publisher, side, headline, date, language) that
    /// `other`, a citation of the same address, describes differently: one page is one thing,
    /// wherever it is cited. `background` is about the citing record, not the page.
    pub fn differs_from(&self, other: &Source) -> Option<&'static str> {
        if self.publisher != other.publisher {
            Some("publisher")
        } else if self.side != other.side {
            Some("side")
        } else if self.title != other.title {
            Some("title")
        } else if self.published != other.published {
            Some("published")
        } else if self.language != other.language {
            Some("language")
        } else if self.weak != other.weak {
            Some("weak")
        } else {
            None
        }
    }
}

/// Sources compared in turn before they are worth an index: most records have a handful, and
/// comparing a URL with each costs less than hashing it (two sets of URLs a record took about
/// 6% of a 100k-record load's CPU, half its hashing).
const SCANNED: usize = 8;

/// A record's sources, to find the one a claim cites: a few compared in turn, more looked up by
/// URL, so that finding every claim's sources stays linear in the record (20,000 sources each
/// searched by every claim made `show` and `export` take seconds).
#[derive(Debug)]
pub struct SourceIndex<'a> {
    sources: &'a [Source],
    /// The first source with each URL, when there are more than [`SCANNED`].
    index: Option<std::collections::HashMap<&'a str, usize>>,
}

impl<'a> SourceIndex<'a> {
    /// The index of `sources`.
    pub fn new(sources: &'a [Source]) -> Self {
        let index = (sources.len() > SCANNED).then(|| {
            let mut index = std::collections::HashMap::with_capacity(sources.len());
            for (i, source) in sources.iter().enumerate() {
                index.entry(source.url.as_ref()).or_insert(i);
            }
            index
        });
        SourceIndex { sources, index }
    }

    /// The position of the first source with `url`.
    pub fn find(&self, url: &str) -> Option<usize> {
        match &self.index {
            Some(index) => index.get(url).copied(),
            None => self.sources.iter().position(|s| s.url.as_ref() == url),
        }
    }

    /// Whether the sources are looked up by URL rather than compared in turn.
    pub fn is_indexed(&self) -> bool {
        self.index.is_some()
    }
}
