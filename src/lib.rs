//! `agreements`: the documents Russia and China signed during Vladimir Putin's official visit to
//! China (31 Aug - 3 Sep 2025), as a validated dataset with queries and renderers.
//!
//! The library never prints: [`load`] reads a dataset, [`Dataset::select`] and [`Dataset::find`]
//! answer queries, [`summary::Summary`] counts, and [`render`] turns results into text.
//!
//! ```
//! use agreements::{load, vocab::Sector, Filter};
//!
//! let dataset = load::embedded();
//! let energy = dataset.select(&Filter { sectors: vec![Sector::Energy], ..Filter::default() });
//! assert_eq!(energy.len(), 5);
//! let pos2 = dataset.find("power-of-siberia-2")?;
//! assert_eq!(pos2.terms[0].display_value(), "50 bcm/yr (in transit through Mongolia)");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

// The library reads datasets from strangers: no `unsafe` at all (the terminal code that needs
// it lives in the binary, src/cli/).
#![forbid(unsafe_code)]

#[cfg(feature = "browse")]
pub mod browse;
#[cfg(feature = "export")]
pub mod export;
// Made-up datasets for tests, benchmarks and examples: not part of the library's interface.
#[doc(hidden)]
pub mod fixture;
pub mod fold;
pub mod load;
pub mod model;
mod parallel;
mod parsed;
pub mod questions;
pub mod render;
pub mod sanitize;
pub mod suggest;
#[doc(hidden)]
pub mod synthetic;
pub mod validate;

// The layers, each a folder: the model (records, vocabularies, dates, fields), loading and
// validation, the questions (query, search, counts, timeline, graph, links), rendering, and the
// exports and the browser. Their modules keep their short paths (`agreements::vocab`,
// `agreements::search`...).
pub use model::{date, field, vocab};
pub use questions::{graph, links, overview, query, search, summary, timeline};

pub use model::{Agreement, Dataset};
pub use query::{Filter, NotFound, Query};
