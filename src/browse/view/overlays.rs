//! The windows drawn over the panes: help (every key), facets, and the visit's timeline.

use super::Look;
use crate::browse::{Browser, KEYS};
use crate::render::wrap;
use crate::sanitize::for_terminal;
use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// A window of at most `width` x `height` in the middle of `area`, cleared and framed.
fn window(frame: &mut Frame, area: Rect, width: u16, height: u16, title: &str) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [rect] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    frame.render_widget(Clear, rect);
    let block = Block::new()
        .borders(Borders::ALL)
        .title(format!(" {title} "));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    inner
}

/// `lines` in `area`, scrolled so that line `cursor` is in view.
fn scrolled(frame: &mut Frame, area: Rect, lines: Vec<Line<'static>>, cursor: usize) {
    let rows = usize::from(area.height).max(1);
    let top = cursor.saturating_sub(rows - 1);
    let shown: Vec<Line> = lines.into_iter().skip(top).take(rows).collect();
    frame.render_widget(Paragraph::new(shown), area);
}

/// Every key and what it does, the descriptions wrapped to the window.
pub(super) fn help(frame: &mut Frame, area: Rect, look: Look) {
    const KEY_COLUMN: usize = 15;
    let width = area.width.min(80);
    let text_width = width.saturating_sub(2 + KEY_COLUMN as u16).max(10);
    let mut lines = Vec::new();
    for (keys, what) in KEYS {
        let wrapped = wrap(what, text_width, "");
        for (i, piece) in wrapped.split('\n').enumerate() {
            let keys = if i == 0 { keys } else { "" };
            lines.push(Line::from(vec![
                Span::styled(format!("{keys:<KEY_COLUMN$}"), look.heading()),
                Span::raw(piece.to_string()),
            ]));
        }
    }
    let height = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let inner = window(frame, area, width, height, "Keys (any key closes)");
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The facet values with their counts, chosen ones checked, the cursor's in reverse video.
pub(super) fn facets(frame: &mut Frame, area: Rect, browser: &Browser, cursor: usize, look: Look) {
    let title = "Facets: Space chooses, Esc closes";
    let mut lines = Vec::new();
    let mut cursor_line = 0;
    let mut group = "";
    for (i, &(facet, count)) in browser.facet_counts.iter().enumerate() {
        if facet.group() != group {
            group = facet.group();
            lines.push(Line::styled(group, look.heading()));
        }
        let mark = if browser.chosen.contains(&facet) {
            "[x]"
        } else {
            "[ ]"
        };
        let style = if i == cursor {
            cursor_line = lines.len();
            look.cursor(true)
        } else {
            Style::new()
        };
        let text = format!("  {mark} {:<24} {count:>7}", facet.label());
        lines.push(Line::styled(text, style));
    }
    let height = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let inner = window(frame, area, 44, height, title);
    scrolled(frame, inner, lines, cursor_line);
}

/// Each visit day by day, each day's documents under it, the cursor's in reverse video.
pub(super) fn timeline(
    frame: &mut Frame,
    area: Rect,
    browser: &Browser,
    cursor: usize,
    look: Look,
) {
    let inner = window(
        frame,
        area,
        100,
        area.height,
        "Timeline: Enter goes to a document",
    );
    let width = inner.width.saturating_sub(2);
    let timeline = browser.dataset.timeline(&browser.ordered, None);
    let mut lines = Vec::new();
    let mut cursor_line = 0;
    let mut document = 0;
    let mut documents = |lines: &mut Vec<Line<'static>>, signings: &[crate::timeline::Signing]| {
        for signing in signings {
            let style = if document == cursor {
                cursor_line = lines.len();
                look.cursor(true)
            } else {
                look.link()
            };
            let text = format!("  {}  {}", signing.id, signing.short_title);
            lines.push(Line::styled(for_terminal(&text).into_owned(), style));
            document += 1;
        }
    };
    for day in &timeline.days {
        let heading = format!("{}, {}", day.day.date, day.day.place);
        lines.push(Line::styled(
            for_terminal(&heading).into_owned(),
            look.heading(),
        ));
        let summary = wrap(&for_terminal(&day.day.summary), width, "  ");
        lines.extend(summary.split('\n').map(|l| Line::raw(l.to_string())));
        documents(&mut lines, &day.documents);
    }
    if !timeline.other_dates.is_empty() {
        lines.push(Line::styled("Signed on other days", look.heading()));
        documents(&mut lines, &timeline.other_dates);
    }
    scrolled(frame, inner, lines, cursor_line);
}
