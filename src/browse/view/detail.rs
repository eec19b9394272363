//! The detail pane: the selected record's items under their headings, wrapped to the pane;
//! links underlined, the one under the cursor in reverse video; scrolled to the cursor.

use super::{Look, pane_block};
use crate::browse::{Browser, Pane};
use crate::render::wrap;
use crate::sanitize::for_terminal;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

/// The width of the headings' column ("Original titles") and the space after it.
const HEADINGS: usize = 16;

pub(super) fn draw(frame: &mut Frame, area: Rect, browser: &mut Browser, look: Look) {
    let focused = browser.focus == Pane::Detail;
    let title = browser.selected().map_or_else(
        || "Detail".to_string(),
        |record| for_terminal(&record.short_title).into_owned(),
    );
    let block = pane_block(title, focused, area.x == 0);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let items = browser.items();
    let text_width = usize::from(inner.width).saturating_sub(HEADINGS).max(10);
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor_lines = 0..0;
    let mut link = 0;
    for item in &items {
        let start = lines.len();
        let is_cursor = item.follow.is_some() && Some(link) == browser.target;
        let style = match () {
            _ if is_cursor && focused => look.cursor(true),
            _ if item.follow.is_some() => look.link(),
            _ if item.unconfirmed => look.doubtful(),
            _ => Style::new(),
        };
        let mut heading = Some(item.heading);
        for part in item.text.split('\n') {
            let safe = for_terminal(part);
            let wrapped = wrap(&safe, u16::try_from(text_width).unwrap_or(u16::MAX), "");
            for piece in wrapped.split('\n').flat_map(|line| cut(line, text_width)) {
                let head = heading.take().unwrap_or("");
                let pad = " ".repeat(HEADINGS.saturating_sub(head.width()));
                lines.push(Line::from(vec![
                    Span::styled(head, look.heading()),
                    Span::raw(pad),
                    Span::styled(piece.to_string(), style),
                ]));
            }
        }
        if is_cursor {
            cursor_lines = start..lines.len();
        }
        if item.follow.is_some() {
            link += 1;
        }
    }
    let rows = usize::from(inner.height);
    browser.detail_rows = rows;
    if browser.reveal {
        browser.reveal = false;
        if cursor_lines.start < browser.scroll {
            browser.scroll = cursor_lines.start;
        } else if cursor_lines.end > browser.scroll + rows {
            browser.scroll = cursor_lines
                .end
                .saturating_sub(rows)
                .min(cursor_lines.start);
        }
    }
    browser.scroll = browser.scroll.min(lines.len().saturating_sub(rows));
    let shown: Vec<Line> = lines.into_iter().skip(browser.scroll).take(rows).collect();
    frame.render_widget(Paragraph::new(shown), inner);
}

/// `line` in pieces of at most `width` columns: a word longer than a line (a URL) is cut
/// rather than lost past the pane's edge.
fn cut(line: &str, width: usize) -> Vec<String> {
    let mut pieces = vec![String::new()];
    let mut used = 0;
    for c in line.chars() {
        let wide = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + wide > width && used > 0 {
            pieces.push(String::new());
            used = 0;
        }
        if let Some(piece) = pieces.last_mut() {
            piece.push(c);
        }
        used += wide;
    }
    pieces
}
