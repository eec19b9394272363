//! The list pane: the columns `list` would choose at the pane's width, the selected row in
//! reverse video, the words the filter matched underlined.

use super::{Look, pane_block};
use crate::browse::{Browser, Pane};
use crate::field::Field;
use crate::model::Agreement;
use crate::render::{table_text, wrap};
use crate::search::SearchQuery;
use crate::vocab::Vocabulary;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState};

/// How far the short title is indented under the id, as in `list`.
const TITLE_INDENT: &str = "  ";

pub(super) fn draw(frame: &mut Frame, area: Rect, browser: &mut Browser, look: Look) {
    let focused = browser.focus == Pane::List;
    let title = format!(
        "Agreements {}/{}",
        browser.shown.len(),
        browser.ordered.len()
    );
    let block = pane_block(title, focused, area.x == 0);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if browser.shown.is_empty() {
        let message = "No agreement matches. Esc clears the filter and the facets.";
        frame.render_widget(Paragraph::new(message), inner);
        browser.list_rows = 1;
        return;
    }
    let chosen = browser.samples.choose(inner.width);
    // The header takes a line; a record takes the lines its cells wrap to, as in `list`.
    let room = usize::from(inner.height.saturating_sub(1)).max(1);
    let lines = |record: &Agreement| cells(record, &chosen.columns, chosen.stacked);
    // Scroll only as far as the selected record needs: walk back from it over at most a
    // screen of records, so that a jump to the end of a million costs a screen, not a million.
    if browser.selected < browser.top {
        browser.top = browser.selected;
    } else {
        let (mut used, mut first) = (0, browser.selected);
        for i in (browser.top..=browser.selected).rev() {
            used += height(&lines(browser.shown[i]));
            if used > room {
                break;
            }
            first = i;
        }
        browser.top = first;
    }
    let (mut rows, mut used) = (Vec::new(), 0);
    for record in &browser.shown[browser.top..] {
        let texts = lines(record);
        let tall = height(&texts);
        if used + tall > room && !rows.is_empty() {
            break;
        }
        used += tall;
        let found = found_words(&browser.matcher, record);
        let cells = (texts.iter().zip(&chosen.columns)).map(|(text, &(field, _))| {
            let doubtful = record.is_unconfirmed(field.name());
            Cell::from(highlighted(text, &found, look, doubtful))
        });
        rows.push(Row::new(cells.collect::<Vec<_>>()).height(tall as u16));
    }
    browser.list_rows = rows.len().max(1);
    let header = Row::new(chosen.columns.iter().enumerate().map(|(i, (field, _))| {
        let heading = match field {
            Field::Id if i == 0 && chosen.stacked => "ID / Short title",
            field => field.heading(),
        };
        Cell::from(Span::styled(heading, look.heading()))
    }));
    let widths = chosen.columns.iter().map(|&(_, w)| Constraint::Length(w));
    let table = Table::new(rows, widths)
        .header(header)
        .column_spacing(1)
        .row_highlight_style(look.cursor(focused));
    let mut state = TableState::new().with_selected(Some(browser.selected - browser.top));
    frame.render_stateful_widget(table, inner, &mut state);
}

/// The most lines a record takes: two, as in `list`, or three with the title under the id.
const MOST_LINES: usize = 2;

/// A record's cells for `columns`, wrapped to their widths, at most [`MOST_LINES`] lines
/// each (and the id's line above the title when `stacked`).
fn cells(record: &Agreement, columns: &[(Field, u16)], stacked: bool) -> Vec<String> {
    let at_most = |text: String| -> String {
        let mut lines: Vec<&str> = text.split('\n').collect();
        if lines.len() <= MOST_LINES {
            return text;
        }
        lines.truncate(MOST_LINES);
        lines.join("\n") + "…"
    };
    (columns.iter().enumerate())
        .map(|(i, &(field, width))| {
            let text = table_text(field, record);
            if i == 0 && stacked {
                let title = table_text(Field::ShortTitle, record);
                format!("{text}\n{}", at_most(wrap(&title, width, TITLE_INDENT)))
            } else if field.wraps() {
                at_most(wrap(&text, width, ""))
            } else {
                text
            }
        })
        .collect()
}

/// How many lines a row of these cells takes.
fn height(cells: &[String]) -> usize {
    cells
        .iter()
        .map(|c| c.lines().count())
        .max()
        .unwrap_or(1)
        .max(1)
}

/// The words of `record` the filter matched, as they are written there.
fn found_words(query: &SearchQuery, record: &Agreement) -> Vec<String> {
    let Some(hit) = (!query.is_empty()).then(|| query.hit(record)).flatten() else {
        return Vec::new();
    };
    let mut words: Vec<String> = (hit.matches.iter())
        .flat_map(|m| m.ranges.iter().filter_map(|r| m.text.get(r.clone())))
        .map(str::to_string)
        .collect();
    words.sort();
    words.dedup();
    words
}

/// `text` (one or more lines) as styled lines, each of `found` underlined where it occurs.
pub(super) fn highlighted(
    text: &str,
    found: &[String],
    look: Look,
    doubtful: bool,
) -> Text<'static> {
    let base = if doubtful {
        look.doubtful()
    } else {
        Style::new()
    };
    let lines = text.split('\n').map(|line| {
        let line = crate::sanitize::for_terminal(line).into_owned();
        let mut spans = Vec::new();
        let mut rest = line.as_str();
        while let Some((at, word)) = first_found(rest, found) {
            spans.push(Span::styled(rest[..at].to_string(), base));
            spans.push(Span::styled(word.to_string(), look.found()));
            rest = &rest[at + word.len()..];
        }
        spans.push(Span::styled(rest.to_string(), base));
        Line::from(spans)
    });
    Text::from(lines.collect::<Vec<_>>())
}

/// The earliest of `found` in `text`, and where.
fn first_found<'w>(text: &str, found: &'w [String]) -> Option<(usize, &'w str)> {
    (found.iter())
        .filter(|w| !w.is_empty())
        .filter_map(|w| text.find(w.as_str()).map(|at| (at, w.as_str())))
        .min_by_key(|&(at, w)| (at, std::cmp::Reverse(w.len())))
}
