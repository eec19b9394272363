//! Drawing the browser with ratatui: the panes side by side when the terminal is wide, one
//! above the other when it is tall, the focused one alone when it is small; a status line;
//! the overlays. Every text from the dataset goes through [`crate::sanitize`] first, so no
//! escape sequence in the data reaches the terminal.

mod detail;
mod list;
mod overlays;

use super::{Browser, Overlay, Pane};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

/// How the view looks: colour or not (`--color`, `NO_COLOR`, `TERM=dumb`).
#[derive(Debug, Clone, Copy)]
pub struct Look {
    /// Whether to use colour; bold, underline and reverse video are used either way.
    pub color: bool,
}

impl Look {
    fn fg(self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }
    fn heading(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }
    fn doubtful(self) -> Style {
        self.fg(Color::Yellow)
    }
    fn link(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::UNDERLINED)
    }
    fn found(self) -> Style {
        self.fg(Color::Yellow)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }
    fn cursor(self, focused: bool) -> Style {
        if focused {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }
}

/// At least this many columns put the panes side by side.
const SIDE_BY_SIDE: u16 = 110;
/// Below SIDE_BY_SIDE, at least this many rows put the list above the detail.
const STACKED: u16 = 30;

/// Draws the whole screen for `browser`, and tells it how many rows each pane had.
pub fn draw(frame: &mut Frame, browser: &mut Browser, look: Look) {
    let area = frame.area();
    let [main, status] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    let (list_area, detail_area) = panes(main, browser.focus);
    if let Some(list_area) = list_area {
        list::draw(frame, list_area, browser, look);
    }
    if let Some(detail_area) = detail_area {
        detail::draw(frame, detail_area, browser, look);
    }
    status_line(frame, status, browser, look);
    match browser.overlay {
        Overlay::None => {}
        Overlay::Help => overlays::help(frame, main, look),
        Overlay::Facets(cursor) => overlays::facets(frame, main, browser, cursor, look),
        Overlay::Timeline(cursor) => overlays::timeline(frame, main, browser, cursor, look),
    }
}

/// The list's and the detail's areas: both when there is room, else the focused one.
fn panes(area: Rect, focus: Pane) -> (Option<Rect>, Option<Rect>) {
    if area.width >= SIDE_BY_SIDE {
        let [list, detail] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Fill(1)]).areas(area);
        (Some(list), Some(detail))
    } else if area.height >= STACKED {
        let [list, detail] =
            Layout::vertical([Constraint::Percentage(40), Constraint::Fill(1)]).areas(area);
        (Some(list), Some(detail))
    } else {
        match focus {
            Pane::List => (Some(area), None),
            Pane::Detail => (None, Some(area)),
        }
    }
}

/// Whether the screen cell at `column`, `row` of a `screen`-sized terminal is in the list pane
/// (for the mouse wheel).
pub fn over_list(screen: Rect, focus: Pane, column: u16, row: u16) -> bool {
    let [main, _] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(screen);
    let (list, _) = panes(main, focus);
    list.is_some_and(|list| list.contains(ratatui::layout::Position { x: column, y: row }))
}

/// A pane's frame: a title on its top line, bold when the pane has the keys.
fn pane_block(title: String, focused: bool, left_edge: bool) -> Block<'static> {
    let style = if focused {
        Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
    } else {
        Style::new().add_modifier(Modifier::BOLD)
    };
    let borders = if left_edge {
        Borders::TOP
    } else {
        Borders::TOP | Borders::LEFT
    };
    Block::new()
        .borders(borders)
        .title(Span::styled(format!(" {title} "), style))
}

/// The bottom line: the filter being typed, or counts, filters, order and the last message.
fn status_line(frame: &mut Frame, area: Rect, browser: &Browser, look: Look) {
    let safe = |text: &str| crate::sanitize::one_line(text).into_owned();
    let mut spans = Vec::new();
    if browser.typing {
        spans.push(Span::styled(
            format!("/{}", safe(&browser.query)),
            look.heading(),
        ));
        spans.push(Span::styled(
            " ",
            Style::new().add_modifier(Modifier::REVERSED),
        ));
        spans.push(Span::raw("  Enter keeps it, Esc clears it"));
    } else {
        let mut parts = vec![format!(
            "{} of {}",
            browser.shown.len(),
            browser.ordered.len()
        )];
        // The documents of the lists that no record holds are in no count: say how many.
        if browser.unrecorded > 0 {
            parts[0].push_str(&format!(" (+{} unrecorded)", browser.unrecorded));
        }
        if !browser.query.is_empty() {
            parts.push(format!("/{}", safe(&browser.query)));
        }
        parts.extend(
            browser
                .chosen
                .iter()
                .map(|f| format!("{}: {}", f.group().to_lowercase(), f.label())),
        );
        if let Some(key) = browser.sort {
            parts.push(format!("sort: {}", crate::vocab::Vocabulary::name(key)));
        }
        spans.push(Span::raw(parts.join(" · ")));
        if !browser.status.is_empty() {
            spans.push(Span::styled(
                format!("  {}", safe(&browser.status)),
                look.doubtful(),
            ));
        }
    }
    if let Some(percent) = browser.progress() {
        spans.push(Span::raw(format!("  filtering… {percent}%")));
    }
    let line = Line::from(spans);
    let room = usize::from(area.width).saturating_sub(line.width());
    frame.render_widget(Paragraph::new(line), area);
    const HINT: &str = " ? help  q quit";
    if room > HINT.len() + 2 {
        frame.render_widget(Line::from(HINT).right_aligned(), area);
    }
}

#[cfg(test)]
mod tests;
