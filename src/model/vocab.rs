//! The closed vocabularies of the dataset: sectors, kinds, countries, confidence levels and source
//! sides. Each is an enum that reads and writes as its kebab-case name and parses user input with a
//! did-you-mean error.

use crate::sanitize::{listed, quoted};
use crate::suggest;

/// A word that is not in one of the closed vocabularies, with the closest valid word if any.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} '{input}'{hint} (valid: {valid})", input = quoted(input), hint = suggest::hint(self.suggestion.as_deref()), valid = listed(valid))]
pub struct UnknownValue {
    /// What kind of word was expected ("sector", "kind"...).
    pub what: &'static str,
    /// What the user typed.
    pub input: String,
    /// The closest valid word, when one is close enough.
    pub suggestion: Option<String>,
    /// Every valid word, in vocabulary order.
    pub valid: Vec<String>,
}

/// A closed vocabulary: a fixed list of values, each with a canonical name.
pub trait Vocabulary: Copy + Eq + 'static {
    /// What one value is called in messages ("sector").
    const WHAT: &'static str;
    /// Every value, in display order.
    const ALL: &'static [Self];
    /// The canonical name, as written in the dataset and in JSON.
    fn name(self) -> &'static str;
    /// Every value's canonical name, in display order.
    fn names() -> Vec<&'static str> {
        Self::ALL.iter().map(|value| value.name()).collect()
    }

    /// Other spellings a user may type (matched case-insensitively).
    fn aliases(self) -> &'static [&'static str] {
        &[]
    }

    /// Parses user input: the canonical name or an alias, case-insensitively.
    fn parse(input: &str) -> Result<Self, UnknownValue> {
        let wanted = input.trim();
        let found = Self::ALL.iter().copied().find(|value| {
            value.name().eq_ignore_ascii_case(wanted)
                || value
                    .aliases()
                    .iter()
                    .any(|alias| alias.eq_ignore_ascii_case(wanted))
        });
        found.ok_or_else(|| {
            let mut error = UnknownValue::new(Self::WHAT, input, Self::names());
            // Aliases count as close spellings too: "rusia" suggests "russia".
            let spellings = Self::ALL.iter().flat_map(|value| {
                std::iter::once(value.name()).chain(value.aliases().iter().copied())
            });
            error.suggestion = suggest::closest(wanted, spellings).map(str::to_string);
            error
        })
    }
}

impl UnknownValue {
    /// The error for `input`, which is none of `valid`, with the closest as a suggestion.
    pub fn new<'a>(
        what: &'static str,
        input: &str,
        valid: impl IntoIterator<Item = &'a str>,
    ) -> UnknownValue {
        let valid: Vec<String> = valid.into_iter().map(str::to_string).collect();
        UnknownValue {
            what,
            input: input.to_string(),
            suggestion: suggest::closest(input, valid.iter().map(String::as_str))
                .map(str::to_string),
            valid,
        }
    }
}

/// Defines a vocabulary enum: serde names, `Display`, `FromStr` and [`Vocabulary`] from one list.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident, $what:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal $([$($alias:literal),*])? ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $text)] $variant, )+
        }

        /// Reads only the canonical name (data stays canonical), with a did-you-mean error.
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::parsed::parsed(deserializer, |text| {
                    <Self as $crate::vocab::Vocabulary>::ALL
                        .iter()
                        .copied()
                        .find(|value| $crate::vocab::Vocabulary::name(*value) == text)
                        .ok_or_else(|| {
                            let names = <Self as $crate::vocab::Vocabulary>::names();
                            $crate::vocab::UnknownValue::new($what, text, names)
                        })
                })
            }
        }

        impl $crate::vocab::Vocabulary for $name {
            const WHAT: &'static str = $what;
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            fn name(self) -> &'static str {
                match self { $(Self::$variant => $text,)+ }
            }
            fn aliases(self) -> &'static [&'static str] {
                match self { $(Self::$variant => &[$($($alias),*)?],)+ }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str($crate::vocab::Vocabulary::name(*self))
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::vocab::UnknownValue;
            fn from_str(input: &str) -> Result<Self, Self::Err> {
                <Self as $crate::vocab::Vocabulary>::parse(input)
            }
        }
    };
}
pub(crate) use vocabulary;

vocabulary! {
    /// The policy area a document belongs to.
    Sector, "sector" {
        /// Gas, oil and nuclear energy.
        Energy = "energy",
        /// Space exploration and lunar science.
        Space = "space",
        /// Public health and medicine.
        Healthcare = "healthcare",
        /// Farming, food and veterinary or phytosanitary market access.
        Agriculture = "agriculture",
        /// Development of particular territories.
        RegionalDevelopment = "regional-development" ["regional"],
        /// Research institutes and research funding.
        Science = "science",
        /// University exchange and cooperation.
        Education = "education",
        /// News agencies, newspapers and broadcasters.
        Media = "media",
        /// Technology and innovation outside research funding.
        Technology = "technology" ["tech"],
        /// Trade and investment between the two economies.
        Economy = "economy" ["trade"],
        /// Foreign policy, security and international law: what the two states say together.
        Diplomacy = "diplomacy" ["foreign-policy"],
    }
}

vocabulary! {
    /// The legal form of a document.
    Kind, "kind" {
        /// A memorandum (of understanding).
        Memorandum = "memorandum" ["mou"],
        /// An agreement (soglashenie).
        Agreement = "agreement",
        /// A contract or treaty between organisations (dogovor).
        Contract = "contract" ["treaty"],
        /// A protocol, such as a veterinary requirements protocol.
        Protocol = "protocol",
        /// A plan of measures ("roadmap").
        Roadmap = "roadmap",
        /// A multi-year cooperation strategy.
        Strategy = "strategy",
        /// A joint statement of the two heads of state.
        Statement = "statement",
        /// A joint declaration: principles the two states subscribe to.
        Declaration = "declaration",
        /// The legal form is not known.
        Unknown = "unknown",
    }
}

vocabulary! {
    /// The country an organisation belongs to, by ISO 3166-1 alpha-2 code.
    Country, "country" {
        /// Russia.
        Ru = "RU" ["russia", "russian federation"],
        /// China.
        Cn = "CN" ["china", "prc", "people's republic of china"],
        /// Mongolia.
        Mn = "MN" ["mongolia"],
    }
}

vocabulary! {
    /// What kind of body an organisation is.
    Body, "kind of body" {
        /// A ministry of a government.
        Ministry = "ministry",
        /// A state agency, service, commission or administration.
        Agency = "agency",
        /// A state corporation (Rosatom, Roscosmos).
        StateCorporation = "state-corporation",
        /// A company or bank.
        Company = "company",
        /// A news agency, newspaper or broadcaster.
        Media = "media",
        /// A university or academy.
        University = "university",
        /// A foundation or fund.
        Foundation = "foundation",
    }
}

vocabulary! {
    /// How well the sources establish that a document exists as described.
    Confidence, "confidence" {
        /// Two independent outlets, a verbatim list title or the parties' own statements.
        Confirmed = "confirmed",
        /// One outlet only.
        SingleSource = "single-source",
        /// The document's title, kind or parties are not known.
        Unresolved = "unresolved",
    }
}

vocabulary! {
    /// Whose voice a source is.
    Side, "side" {
        /// The Russian state: the Kremlin, ministries, agencies.
        RuOfficial = "ru-official",
        /// The Chinese state: ministries, state organs.
        CnOfficial = "cn-official",
        /// A signing organisation speaking for itself: company, university, fund, broadcaster.
        Company = "company",
        /// An independent or state news outlet reporting on the document.
        Media = "media",
    }
}

vocabulary! {
    /// How one document relates to another.
    Relation, "relation" {
        /// Carries out the other document (a roadmap for a concept).
        Implements = "implements",
        /// Continues or extends an earlier document.
        BuildsOn = "builds-on",
        /// Signed or announced together by the same signatories.
        SameParties = "same-parties",
        /// Has a signatory in common with the other, and is reported with it.
        SharesParty = "shares-party",
        /// Linked by the sources without saying how.
        RelatedTo = "related-to",
    }
}

impl Relation {
    /// The relation read from the other document's side: "implemented by" for "implements".
    pub fn inverse_label(self) -> &'static str {
        match self {
            Relation::Implements => "implemented by",
            Relation::BuildsOn => "built on by",
            symmetric => symmetric.name(),
        }
    }
}

mod life;
pub use life::{Level, Status, StepKind};

#[cfg(test)]
mod tests;
