//! `agreements browse`: the state of the interactive explorer. Keys go in ([`Browser::press`]),
//! effects the caller carries out come out ([`Effect`]: quit, open a URL, copy); [`view`]
//! draws the state with ratatui. Nothing here touches the terminal, so every behaviour is
//! tested on a plain value and every screen on ratatui's test backend.

mod detail;
pub mod facets;
mod keys;
mod moves;
pub mod view;

pub use detail::{Follow, Item};
pub use keys::{Effect, KEYS, Key};

use crate::model::{Agreement, Dataset};
use crate::query::{self, SortKey};
use crate::render::ColumnSamples;
use crate::search::SearchQuery;
use crate::vocab::Vocabulary;
use facets::Facet;
use std::time::{Duration, Instant};

/// Which pane has the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    /// The list of records.
    List,
    /// The selected record's detail.
    Detail,
}

/// What covers the panes, if anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// Nothing: the panes.
    None,
    /// The list of keys.
    Help,
    /// The facets, with the cursor on one value.
    Facets(usize),
    /// Each visit day by day, with the cursor on one document.
    Timeline(usize),
}

/// A page of the history: what was shown and which record was selected, as Back restores it.
#[derive(Debug, Clone)]
struct Visit<'a> {
    query: String,
    chosen: Vec<Facet>,
    record: Option<&'a Agreement>,
}

/// A filtering pass over the ordered records, done a chunk at a time (see [`Browser::work`]).
struct Pass<'a> {
    query: SearchQuery,
    facets: query::Filter,
    next: usize,
    found: Vec<&'a Agreement>,
}

/// How many records a pass checks between looks at the clock.
const CHUNK: usize = 2048;

/// The explorer's whole state.
pub struct Browser<'a> {
    dataset: &'a Dataset,
    /// The records the command line selected, in dataset order.
    base: Vec<&'a Agreement>,
    /// The same, in the current order.
    ordered: Vec<&'a Agreement>,
    /// Those of `ordered` that pass the typed filter and the facets.
    shown: Vec<&'a Agreement>,
    /// Documents the official lists of the events asked for name that no record holds.
    unrecorded: usize,
    pass: Option<Pass<'a>>,
    query: String,
    /// `query` parsed, with the dataset's synonyms: what the pass filters by and the list
    /// underlines, parsed once per change rather than on every frame.
    matcher: SearchQuery,
    typing: bool,
    chosen: Vec<Facet>,
    facet_counts: Vec<(Facet, usize)>,
    sort: Option<SortKey>,
    /// The index in `shown` of the selected record, and of the list's first visible row.
    selected: usize,
    top: usize,
    focus: Pane,
    overlay: Overlay,
    /// The followable item of the detail pane under the cursor (none until one is chosen), and
    /// the pane's first line.
    target: Option<usize>,
    scroll: usize,
    /// Whether the next frame must scroll the detail to the cursor.
    reveal: bool,
    /// Rows of the list and lines of the detail the last frame had room for.
    list_rows: usize,
    detail_rows: usize,
    history: Vec<Visit<'a>>,
    status: String,
    samples: ColumnSamples,
}

impl<'a> Browser<'a> {
    /// A browser over `records` of `dataset` (those the command line selected), the first
    /// selected, the list focused; `unrecorded` documents of the official lists no record holds
    /// ([`Dataset::scope`]) are named on the status line.
    pub fn new(
        dataset: &'a Dataset,
        records: Vec<&'a Agreement>,
        unrecorded: usize,
    ) -> Browser<'a> {
        let facet_counts = facets::counts(&records);
        let samples = ColumnSamples::of(&records, &[]);
        Browser {
            dataset,
            unrecorded,
            shown: records.clone(),
            ordered: records.clone(),
            base: records,
            pass: None,
            query: String::new(),
            matcher: SearchQuery::parse(""),
            typing: false,
            chosen: Vec::new(),
            facet_counts,
            sort: None,
            selected: 0,
            top: 0,
            focus: Pane::List,
            overlay: Overlay::None,
            target: None,
            scroll: 0,
            reveal: false,
            list_rows: 10,
            detail_rows: 10,
            history: Vec::new(),
            status: String::new(),
            samples,
        }
    }

    /// The records shown, in order.
    pub fn shown(&self) -> &[&'a Agreement] {
        &self.shown
    }

    /// The selected record, if any is shown.
    pub fn selected(&self) -> Option<&'a Agreement> {
        self.shown.get(self.selected).copied()
    }

    /// The filter as typed after `/`.
    pub fn query(&self) -> &str {
        &self.query
    }

    /// The facet values chosen.
    pub fn chosen(&self) -> &[Facet] {
        &self.chosen
    }

    /// Which pane has the keys.
    pub fn focus(&self) -> Pane {
        self.focus
    }

    /// What covers the panes.
    pub fn overlay(&self) -> Overlay {
        self.overlay
    }

    /// The last message for the status line ("" when there is none).
    pub fn status(&self) -> &str {
        &self.status
    }

    /// The detail pane's items for the selected record.
    pub fn items(&self) -> Vec<Item<'a>> {
        self.selected().map_or_else(Vec::new, |record| {
            detail::items(record, &self.dataset.links(record))
        })
    }

    /// Whether a filtering pass is still running.
    pub fn busy(&self) -> bool {
        self.pass.is_some()
    }

    /// Goes on with the filtering pass for at most about `budget`; true when it is done. The
    /// caller reads keys between calls, so typing stays interactive on a million records.
    pub fn work(&mut self, budget: Duration) -> bool {
        let start = Instant::now();
        let Some(pass) = self.pass.as_mut() else {
            return true;
        };
        while pass.next < self.ordered.len() {
            let end = (pass.next + CHUNK).min(self.ordered.len());
            let chunk = &self.ordered[pass.next..end];
            let matches = |r: &&Agreement| pass.facets.matches(r) && pass.query.matches_all(r);
            pass.found.extend(chunk.iter().filter(|r| matches(r)));
            pass.next = end;
            if start.elapsed() >= budget {
                return false;
            }
        }
        let found = std::mem::take(&mut pass.found);
        self.pass = None;
        self.replace_shown(found);
        true
    }

    /// Finishes the filtering pass, however long it takes (tests, and small datasets).
    pub fn finish_work(&mut self) {
        self.work(Duration::MAX);
    }

    /// How far the running pass has got, in percent.
    pub fn progress(&self) -> Option<usize> {
        let pass = self.pass.as_ref()?;
        Some(pass.next * 100 / self.ordered.len().max(1))
    }

    /// Starts filtering again after the query or the facets changed.
    fn refilter(&mut self) {
        self.matcher = SearchQuery::parse(&self.query).with_synonyms(&self.dataset.synonyms);
        self.pass = Some(Pass {
            query: self.matcher.clone(),
            facets: facets::filter(&self.chosen),
            next: 0,
            found: Vec::new(),
        });
    }

    /// Shows `records`, keeping the selected record selected when it is among them.
    fn replace_shown(&mut self, records: Vec<&'a Agreement>) {
        let kept = self.selected();
        self.shown = records;
        let same = |r: &&Agreement| kept.is_some_and(|k| std::ptr::eq(*r, k));
        match self.shown.iter().position(same) {
            // The same record: its detail stays where the reader is.
            Some(index) => self.selected = index,
            None => self.select(0),
        }
    }

    /// Orders the records by the next sort key (dataset order after the last).
    fn next_sort(&mut self) {
        let keys = SortKey::ALL;
        self.sort = match self.sort {
            None => keys.first().copied(),
            Some(key) => keys.iter().skip_while(|&&k| k != key).nth(1).copied(),
        };
        match self.sort {
            Some(key) => query::sort(&mut self.ordered, key),
            None => self.ordered.clone_from(&self.base),
        }
        self.refilter();
    }
}

#[cfg(test)]
mod tests;
