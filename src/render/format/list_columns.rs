//! The `list` table's choice of columns for a list drawn elsewhere (`browse`): the same
//! [`list_layout::choose`] over the widest cells of each column, so a pane shows the columns
//! `list` would show at its width without laying out every record on each frame.

use super::list_layout::{self, Column, Texts, Widths};
use super::list_table::{table_text, with_kept};
use crate::field::Field;
use crate::model::Agreement;
use unicode_width::UnicodeWidthStr;

/// The least width each column beside the id keeps when nothing fits in two lines.
const MIN_REST: u16 = 12;

/// For each candidate column, the cells that decide its width: the widest, and the one that
/// needs the most width to fit in two lines.
#[derive(Debug, Clone)]
pub struct ColumnSamples {
    columns: Vec<(Field, Vec<String>)>,
    kept: Vec<Field>,
}

/// The columns chosen for a width: each field with its content width; when `stacked`, the
/// first column holds the id with the short title under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChosenColumns {
    /// Whether the short title goes under the id (each row then takes two lines).
    pub stacked: bool,
    /// The fields shown, in order, with their widths (the first is the id when `stacked`).
    pub columns: Vec<(Field, u16)>,
}

impl ColumnSamples {
    /// The samples of the default columns and the `kept` ones (fields a filter constrains),
    /// over `records`: one pass, two cells kept per column.
    pub fn of(records: &[&Agreement], kept: &[Field]) -> ColumnSamples {
        let columns = with_kept(kept)
            .into_iter()
            .map(|field| {
                let (mut widest, mut widest_two) = ((0, String::new()), (0, String::new()));
                for record in records {
                    let text = table_text(field, record);
                    let two = list_layout::two_line_width(&text);
                    let width = text.width();
                    if two > widest_two.0 {
                        widest_two = (two, text.clone());
                    }
                    if width > widest.0 {
                        widest = (width, text);
                    }
                }
                (field, vec![widest.1, widest_two.1])
            })
            .collect();
        ColumnSamples {
            columns,
            kept: kept.to_vec(),
        }
    }

    /// The columns `list` would show at `width` terminal columns.
    pub fn choose(&self, width: u16) -> ChosenColumns {
        let texts: Vec<Texts> = (self.columns.iter())
            .map(|(field, cells)| Texts {
                field: *field,
                cells,
            })
            .collect();
        let layout = list_layout::choose(&texts, &self.kept, true, Some(width));
        let fields: Vec<Field> = (layout.columns.iter())
            .map(|column| match column {
                Column::Field(field) => *field,
                Column::IdOverTitle => Field::Id,
            })
            .collect();
        let widths = match layout.widths {
            Widths::Exact(widths) => widths,
            // Nothing fits in two lines (`choose` returns `Natural` only without a width).
            Widths::Wrap { longest_id } => shared(longest_id, fields.len(), width),
            Widths::Natural => shared(width / 2, fields.len(), width),
        };
        ChosenColumns {
            stacked: layout.columns.first() == Some(&Column::IdOverTitle),
            columns: fields.into_iter().zip(widths).collect(),
        }
    }
}

/// Widths for `columns` columns in `width` when nothing fits in two lines: the id keeps its
/// `longest_id` while each other column keeps [`MIN_REST`], and they share the rest.
fn shared(longest_id: u16, columns: usize, width: u16) -> Vec<u16> {
    let rest = u16::try_from(columns.saturating_sub(1)).unwrap_or(1).max(1);
    let first = longest_id.min(width.saturating_sub(rest * MIN_REST));
    let each = width.saturating_sub(first) / rest;
    let others = std::iter::repeat_n(each.saturating_sub(2), columns.saturating_sub(1));
    std::iter::once(first).chain(others).take(columns).collect()
}
