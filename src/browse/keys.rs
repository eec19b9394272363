//! Keys in, effects out: what each key does in each state of the browser.

use super::{Browser, Follow, Overlay, Pane};
use crate::render::cite::{self, CiteStyle};

/// A key or mouse action, independent of the terminal library that read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A printable character.
    Char(char),
    /// A character with Control held.
    Ctrl(char),
    /// The up arrow.
    Up,
    /// The down arrow.
    Down,
    /// The left arrow.
    Left,
    /// The right arrow.
    Right,
    /// Page Up.
    PageUp,
    /// Page Down.
    PageDown,
    /// Home.
    Home,
    /// End.
    End,
    /// Enter.
    Enter,
    /// Escape.
    Esc,
    /// Tab.
    Tab,
    /// Shift-Tab.
    BackTab,
    /// Backspace.
    Backspace,
    /// The mouse wheel, up or down, over the list (`true`) or the detail.
    Wheel { up: bool, over_list: bool },
}

/// What the caller must do after a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Nothing beyond drawing the new state.
    None,
    /// Leave the browser.
    Quit,
    /// Open this URL with the system's opener.
    Open(String),
    /// Put this text on the clipboard; `what` names it for the status line.
    Copy { what: &'static str, text: String },
}

/// Every key, as the help overlay and docs/usage.md list them: (keys, what they do). Each
/// description fits a 60-column terminal's help window on one line.
pub const KEYS: [(&str, &str); 17] = [
    ("↑ ↓  j k", "move; in the detail, from link to link"),
    ("PgUp PgDn", "a page up or down"),
    ("g G  Home End", "first, last"),
    ("Tab  ← →  h l", "switch between the list and the detail"),
    ("Enter", "read the record; follow the link"),
    ("Backspace  b", "back to before the link was followed"),
    ("/", "filter as you type; Enter keeps it"),
    ("f", "facets: sector, kind, country, status..."),
    ("s", "sort: signed, id, title, sector, kind"),
    ("Esc", "clear filter and facets; close a window"),
    ("t", "the visit day by day"),
    ("o", "open the source in a browser"),
    ("y", "copy the id (OSC 52)"),
    ("c", "copy a one-line citation (OSC 52)"),
    ("?", "this help"),
    ("mouse wheel", "scroll the pane under the pointer"),
    ("q  Ctrl-C", "quit"),
];

impl<'a> Browser<'a> {
    /// Does what `key` does now, and says what the caller must do.
    pub fn press(&mut self, key: Key) -> Effect {
        if key == Key::Ctrl('c') {
            return Effect::Quit;
        }
        if self.typing {
            self.type_key(key);
            return Effect::None;
        }
        match self.overlay {
            Overlay::Help => self.overlay = Overlay::None,
            Overlay::Facets(cursor) => self.facets_key(key, cursor),
            Overlay::Timeline(cursor) => self.timeline_key(key, cursor),
            Overlay::None => return self.pane_key(key),
        }
        Effect::None
    }

    fn type_key(&mut self, key: Key) {
        let before = self.query.len();
        match key {
            Key::Char(c) => self.query.push(c),
            Key::Backspace => {
                self.query.pop();
            }
            Key::Ctrl('u') => self.query.clear(),
            Key::Enter | Key::Tab => self.typing = false,
            Key::Esc => {
                self.typing = false;
                self.query.clear();
            }
            _ => {}
        }
        if self.query.len() != before {
            self.refilter();
        }
    }

    fn pane_key(&mut self, key: Key) -> Effect {
        self.status.clear();
        match key {
            Key::Char('q') => return Effect::Quit,
            Key::Char('?') => self.overlay = Overlay::Help,
            Key::Char('/') => {
                self.typing = true;
                self.focus = Pane::List;
            }
            Key::Char('f') => self.overlay = Overlay::Facets(0),
            Key::Char('t') => self.overlay = Overlay::Timeline(0),
            Key::Char('s') => self.next_sort(),
            Key::Esc => self.clear_filters(),
            Key::Tab | Key::BackTab => self.toggle_focus(),
            Key::Left | Key::Char('h') => self.focus = Pane::List,
            Key::Right | Key::Char('l') => self.focus_detail(),
            Key::Backspace | Key::Char('b') => self.back(),
            Key::Enter if self.focus == Pane::List => self.focus_detail(),
            Key::Enter => return self.follow(),
            Key::Char('o') => return self.open(),
            Key::Char('y') => return self.copy_id(),
            Key::Char('c') => return self.copy_citation(),
            Key::Wheel { up, over_list } => self.wheel(up, over_list),
            key => self.move_by(key),
        }
        Effect::None
    }

    fn facets_key(&mut self, key: Key, cursor: usize) {
        let last = self.facet_counts.len().saturating_sub(1);
        let cursor = match key {
            Key::Esc | Key::Char('f' | 'q') => return self.overlay = Overlay::None,
            Key::Char(' ') | Key::Enter => {
                if let Some(&(facet, _)) = self.facet_counts.get(cursor) {
                    self.toggle_facet(facet);
                }
                cursor
            }
            other => super::moves::moved(other, cursor, last, 10).unwrap_or(cursor),
        };
        self.overlay = Overlay::Facets(cursor);
    }

    fn timeline_key(&mut self, key: Key, cursor: usize) {
        let documents = self.timeline_documents();
        let last = documents.len().saturating_sub(1);
        let cursor = match key {
            Key::Esc | Key::Char('t' | 'q') => return self.overlay = Overlay::None,
            Key::Enter => {
                if let Some(&id) = documents.get(cursor) {
                    self.overlay = Overlay::None;
                    self.go_to(id);
                }
                return;
            }
            other => super::moves::moved(other, cursor, last, 10).unwrap_or(cursor),
        };
        self.overlay = Overlay::Timeline(cursor);
    }

    /// Opens the source under the detail's cursor, or the record's first source.
    fn open(&mut self) -> Effect {
        let url = match self.current_follow() {
            Some(Follow::Url(url)) if self.focus == Pane::Detail => Some(url.to_string()),
            _ => (self.selected()).and_then(|r| r.sources.first().map(|s| s.url.to_string())),
        };
        url.map_or(Effect::None, Effect::Open)
    }

    fn copy_id(&mut self) -> Effect {
        match self.selected() {
            Some(record) => Effect::Copy {
                what: "id",
                text: record.id.to_string(),
            },
            None => Effect::None,
        }
    }

    fn copy_citation(&mut self) -> Effect {
        let Some(record) = self.selected() else {
            return Effect::None;
        };
        let options = cite::Options {
            dataset: self.dataset,
            accessed: None,
            max_sources: 1,
        };
        let text = cite::render(&[record], CiteStyle::Line, options);
        Effect::Copy {
            what: "citation",
            text: text.trim_end().to_string(),
        }
    }

    /// Says in the status line what became of an effect (the caller carried it out).
    pub fn report(&mut self, message: impl Into<String>) {
        self.status = message.into();
    }
}
