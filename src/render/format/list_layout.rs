//! Which columns the `list` table shows a person, and how wide each is. The aim: every record in
//! at most two lines, an id never broken, and the columns a reader needs most kept longest (id,
//! short title, parties, signed date), so that the 38-character ids of the live data still leave
//! room for parties at 80 columns.

use crate::field::Field;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// A column of the list table: one field, or the id with the short title under it (which saves
/// a column's width when ids are long and the terminal is narrow).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::render) enum Column {
    Field(Field),
    IdOverTitle,
}

/// How far the short title is indented under the id in [`Column::IdOverTitle`].
pub(in crate::render) const TITLE_INDENT: &str = "  ";

/// What comfy-table adds to each column: a space on either side (the table's last column has
/// none on its right: [`TRIMMED`]).
pub(in crate::render) const PADDING: u16 = 2;

/// The padding the last column goes without (see `comfy::finish`).
pub(in crate::render) const TRIMMED: u16 = 1;

/// The columns chosen for a width, and the default columns left out to fit.
#[derive(Debug, PartialEq)]
pub(in crate::render) struct Layout {
    pub columns: Vec<Column>,
    pub widths: Widths,
    pub hidden: Vec<Field>,
}

/// How wide the columns of a [`Layout`] are.
#[derive(Debug, PartialEq)]
pub(in crate::render) enum Widths {
    /// As wide as their content: no width to fit (a pipe, or `--wide`).
    Natural,
    /// These content widths, one per column, which keep every record within two lines.
    Exact(Vec<u16>),
    /// Nothing fits in two lines a record: the table wraps what it must, but never an id (the
    /// first column is at least as wide as the longest id).
    Wrap { longest_id: u16 },
}

/// The texts of one candidate column, as the table shows them, one per record.
pub(in crate::render) struct Texts<'a> {
    pub field: Field,
    pub cells: &'a [String],
}

/// One way of making the table narrower, tried in this order until the columns fit.
#[derive(Clone, Copy)]
enum Step {
    Hide(Field),
    StackTitleUnderId,
}

/// Parties are never hidden: when even the last step leaves too little room, they wrap onto
/// more lines rather than go. The event goes before the title is stacked, even when it is kept:
/// its 19-character ids would squeeze the parties to nothing, and the signed date tells the
/// events apart.
const STEPS: [Step; 5] = [
    Step::Hide(Field::Kind),
    Step::Hide(Field::Sector),
    Step::Hide(Field::Event),
    Step::StackTitleUnderId,
    Step::Hide(Field::Signed),
];

/// The layout for `width` columns of terminal (`None`: every column, unwrapped). `texts` holds
/// every candidate column, in order. When `narrow` is false (the user chose the columns), none
/// is hidden or stacked; otherwise the id and short title come first, and columns whose field
/// is in `kept` (the fields a filter constrains) are never hidden.
pub(in crate::render) fn choose(
    texts: &[Texts],
    kept: &[Field],
    narrow: bool,
    width: Option<u16>,
) -> Layout {
    let mut hidden = Vec::new();
    let mut stacked = false;
    let Some(width) = width else {
        return layout(texts, hidden, stacked, Widths::Natural);
    };
    let fits = |hidden: &[Field], stacked| {
        comfortable_widths(&columns(texts, hidden, stacked), texts, width)
    };
    let steps = if narrow { &STEPS[..] } else { &[] };
    for step in std::iter::once(None).chain(steps.iter().copied().map(Some)) {
        match step {
            None => {}
            Some(Step::Hide(field)) if kept.contains(&field) && field != Field::Event => continue,
            Some(Step::Hide(field)) if texts.iter().all(|t| t.field != field) => continue,
            Some(Step::Hide(field)) => hidden.push(field),
            Some(Step::StackTitleUnderId) => stacked = can_stack(texts),
        }
        if let Some(mut widths) = fits(&hidden, stacked) {
            // A column hidden early may fit again once a later, wider one has gone.
            for i in (0..hidden.len()).rev() {
                let mut fewer = hidden.clone();
                fewer.remove(i);
                if let Some(wider) = fits(&fewer, stacked) {
                    (hidden, widths) = (fewer, wider);
                }
            }
            return layout(texts, hidden, stacked, Widths::Exact(widths));
        }
    }
    let longest_id = max_width(cells_of(texts, Field::Id));
    layout(texts, hidden, stacked, Widths::Wrap { longest_id })
}

fn layout(texts: &[Texts], hidden: Vec<Field>, stacked: bool, widths: Widths) -> Layout {
    Layout {
        columns: columns(texts, &hidden, stacked),
        widths,
        hidden,
    }
}

/// The candidate columns but the `hidden` ones, the short title under the id when `stacked`.
fn columns(texts: &[Texts], hidden: &[Field], stacked: bool) -> Vec<Column> {
    texts
        .iter()
        .map(|t| t.field)
        .filter(|field| !hidden.contains(field))
        .filter(|&field| !(stacked && field == Field::ShortTitle))
        .map(|field| match field {
            Field::Id if stacked => Column::IdOverTitle,
            field => Column::Field(field),
        })
        .collect()
}

/// Whether the short title can go under the id: both are candidates, the id first.
fn can_stack(texts: &[Texts]) -> bool {
    texts.first().is_some_and(|t| t.field == Field::Id)
        && texts.iter().any(|t| t.field == Field::ShortTitle)
}

/// The widths that keep every record of `columns` within two lines, with the space left over
/// given to the wrapping columns; `None` when they need more than `width`.
fn comfortable_widths(columns: &[Column], texts: &[Texts], width: u16) -> Option<Vec<u16>> {
    let needed: Vec<(u16, u16)> = columns
        .iter()
        .map(|&column| match column {
            Column::IdOverTitle => {
                let ids = max_width(cells_of(texts, Field::Id));
                let titles =
                    max_width(cells_of(texts, Field::ShortTitle)) + TITLE_INDENT.len() as u16;
                let both = ids.max(titles);
                (both, both)
            }
            Column::Field(field) if field.wraps() => {
                let cells = cells_of(texts, field);
                (
                    cells.iter().map(|c| two_line_width(c)).max().unwrap_or(0),
                    max_width(cells),
                )
            }
            Column::Field(field) => {
                let widest = max_width(cells_of(texts, field));
                (widest, widest)
            }
        })
        .collect();
    let total: u16 = needed
        .iter()
        .map(|&(least, _)| least.saturating_add(PADDING))
        .fold(0, u16::saturating_add);
    let mut spare = width.saturating_add(TRIMMED).checked_sub(total)?;
    Some(
        needed
            .into_iter()
            .map(|(least, most)| {
                let extra = spare.min(most - least);
                spare -= extra;
                least + extra
            })
            .collect(),
    )
}

fn cells_of<'a>(texts: &'a [Texts], field: Field) -> &'a [String] {
    texts
        .iter()
        .find(|t| t.field == field)
        .map_or(&[], |t| t.cells)
}

fn max_width(cells: &[String]) -> u16 {
    let widest = cells.iter().map(|c| c.width()).max().unwrap_or(0);
    u16::try_from(widest).unwrap_or(u16::MAX)
}

/// The narrowest width at which `text`, wrapped at spaces, takes at most two lines: the best
/// split into two runs of words (a word wider than that is cut by the table anyway). One pass,
/// so that a long text costs its length.
pub(in crate::render) fn two_line_width(text: &str) -> u16 {
    let whole: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    let mut before = 0;
    let mut best = whole;
    for c in text.chars() {
        if c == ' ' {
            best = best.min(before.max(whole.saturating_sub(before + 1)));
        }
        before += c.width().unwrap_or(0);
    }
    u16::try_from(best).unwrap_or(u16::MAX)
}

/// `text` broken at spaces into lines of at most `width` columns, each starting with `indent`
/// (a word too long for a line keeps a line of its own). One pass over the text.
pub fn wrap(text: &str, width: u16, indent: &str) -> String {
    let width = usize::from(width);
    let mut out = String::with_capacity(text.len() + 8);
    let mut line = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let wide = word.width();
        if line > 0 && line + 1 + wide <= width {
            out.push(' ');
            line += 1;
        } else {
            if line > 0 {
                out.push('\n');
            }
            out.push_str(indent);
            line = indent.width();
        }
        out.push_str(word);
        line += wide;
    }
    out
}

#[cfg(test)]
mod tests;
