//! Moving around: the selection, the detail's cursor, focus, following links and the history.

use super::facets::Facet;
use super::{Browser, Follow, Key, Pane, Visit};
use crate::model::Agreement;

/// Where a movement key takes a cursor in `0..=last`, `page` rows at a time; `None` for a key
/// that does not move.
pub(super) fn moved(key: Key, cursor: usize, last: usize, page: usize) -> Option<usize> {
    let page = page.max(1);
    Some(match key {
        Key::Up | Key::Char('k') => cursor.saturating_sub(1),
        Key::Down | Key::Char('j') => (cursor + 1).min(last),
        Key::PageUp => cursor.saturating_sub(page),
        Key::PageDown => (cursor + page).min(last),
        Key::Home | Key::Char('g') => 0,
        Key::End | Key::Char('G') => last,
        _ => return None,
    })
}

/// `chosen` with `facet` added, or removed when it was there.
fn toggled(chosen: &[Facet], facet: Facet) -> Vec<Facet> {
    if chosen.contains(&facet) {
        chosen.iter().copied().filter(|&f| f != facet).collect()
    } else {
        chosen.iter().copied().chain([facet]).collect()
    }
}

impl<'a> Browser<'a> {
    /// Selects the record at `index` of the shown ones (the last when past the end), and reads its
    /// detail from the top, no link chosen.
    pub(super) fn select(&mut self, index: usize) {
        self.selected = index.min(self.shown.len().saturating_sub(1));
        self.target = None;
        self.scroll = 0;
    }

    /// Moves the list's selection or the detail's cursor for a movement key.
    pub(super) fn move_by(&mut self, key: Key) {
        match self.focus {
            Pane::List => {
                let last = self.shown.len().saturating_sub(1);
                if let Some(index) = moved(key, self.selected, last, self.list_rows) {
                    self.select(index);
                }
            }
            Pane::Detail => self.move_in_detail(key),
        }
    }

    /// In the detail, `j`/`k` go from link to link (the first `j` to the first link) or, with
    /// no link chosen or none to choose, a line at a time; the page keys scroll.
    fn move_in_detail(&mut self, key: Key) {
        let links = self.follows().len();
        let page = self.detail_rows.max(1);
        let down = matches!(key, Key::Down | Key::Char('j'));
        match (key, self.target) {
            (Key::PageDown, _) => self.scroll += page,
            (Key::PageUp, _) => self.scroll = self.scroll.saturating_sub(page),
            (_, None) if down && links > 0 => {
                self.target = Some(0);
                self.reveal = true;
            }
            (key, Some(target)) => {
                self.target = moved(key, target, links.saturating_sub(1), 1).or(Some(target));
                self.reveal = true;
            }
            (Key::Down | Key::Char('j'), None) => self.scroll += 1,
            (Key::Up | Key::Char('k'), None) => self.scroll = self.scroll.saturating_sub(1),
            (Key::Home | Key::Char('g'), None) => self.scroll = 0,
            (Key::End | Key::Char('G'), None) => self.scroll = usize::MAX,
            _ => {}
        }
    }

    /// The mouse wheel scrolls the pane under the pointer by three rows.
    pub(super) fn wheel(&mut self, up: bool, over_list: bool) {
        if over_list {
            let index = if up {
                self.selected.saturating_sub(3)
            } else {
                self.selected + 3
            };
            self.select(index);
        } else if up {
            self.scroll = self.scroll.saturating_sub(3);
        } else {
            self.scroll += 3;
        }
    }

    pub(super) fn toggle_focus(&mut self) {
        match self.focus {
            Pane::List => self.focus_detail(),
            Pane::Detail => self.focus = Pane::List,
        }
    }

    pub(super) fn focus_detail(&mut self) {
        if self.selected().is_some() {
            self.focus = Pane::Detail;
        }
    }

    /// Where the detail's followable items lead, in order.
    pub(super) fn follows(&self) -> Vec<Follow<'a>> {
        self.items()
            .into_iter()
            .filter_map(|item| item.follow)
            .collect()
    }

    /// Where the item under the detail's cursor leads.
    pub(super) fn current_follow(&self) -> Option<Follow<'a>> {
        self.follows().get(self.target?).copied()
    }

    /// Index of the detail's cursor among the followable items, once one is chosen.
    pub fn target(&self) -> Option<usize> {
        self.target
    }

    /// Follows the item under the detail's cursor: another record, or a source to open.
    pub(super) fn follow(&mut self) -> super::Effect {
        match self.current_follow() {
            Some(Follow::Record(id)) => self.go_to(id),
            Some(Follow::Url(url)) => return super::Effect::Open(url.to_string()),
            None => self.status = "Choose a link with j or k, then Enter".into(),
        }
        super::Effect::None
    }

    /// Goes to the record `id`, remembering where we were. When the filters hide it, they are
    /// cleared (and the status line says so).
    pub(super) fn go_to(&mut self, id: &str) {
        let Some(record) = self.ordered.iter().copied().find(|r| *r.id == *id) else {
            self.status = format!("{id} is not among the records browsed");
            return;
        };
        self.history.push(self.visit());
        if !self.shown.iter().any(|r| std::ptr::eq(*r, record)) {
            self.query.clear();
            self.matcher = crate::search::SearchQuery::parse("");
            self.chosen.clear();
            self.shown = self.ordered.clone();
            self.pass = None;
            self.status = "Filters cleared to show the linked record".into();
        }
        self.show_record(record);
        self.focus = Pane::Detail;
    }

    fn show_record(&mut self, record: &'a Agreement) {
        let index = self.shown.iter().position(|r| std::ptr::eq(*r, record));
        self.select(index.unwrap_or(0));
    }

    fn visit(&self) -> Visit<'a> {
        Visit {
            query: self.query.clone(),
            chosen: self.chosen.clone(),
            record: self.selected(),
        }
    }

    /// Back to the page before the last followed link: its filter, facets and record.
    pub(super) fn back(&mut self) {
        let Some(visit) = self.history.pop() else {
            self.status = "Nothing to go back to".into();
            return;
        };
        let refilter = visit.query != self.query || visit.chosen != self.chosen;
        self.query = visit.query;
        self.chosen = visit.chosen;
        if refilter {
            self.refilter();
            self.finish_pass_keeping(visit.record);
        } else if let Some(record) = visit.record {
            self.show_record(record);
        }
        self.focus = Pane::Detail;
    }

    /// Finishes the pass now (going back must land on its record) and selects `record`.
    fn finish_pass_keeping(&mut self, record: Option<&'a Agreement>) {
        self.finish_work();
        if let Some(record) = record {
            self.show_record(record);
        }
    }

    /// Esc: clears the typed filter and the facets.
    pub(super) fn clear_filters(&mut self) {
        if self.query.is_empty() && self.chosen.is_empty() {
            return;
        }
        self.query.clear();
        self.chosen.clear();
        self.refilter();
    }

    pub(super) fn toggle_facet(&mut self, facet: Facet) {
        self.chosen = toggled(&self.chosen, facet);
        self.refilter();
    }

    /// The ids of the timeline overlay's documents, in its order (day by day).
    pub(super) fn timeline_documents(&self) -> Vec<&'a str> {
        let timeline = self.dataset.timeline(&self.ordered, None);
        let days = timeline.days.iter().flat_map(|day| day.documents.iter());
        (days.chain(timeline.other_dates.iter()))
            .map(|signing| signing.id)
            .collect()
    }
}
