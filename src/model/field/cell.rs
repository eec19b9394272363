//! A field as a CSV or TSV cell: lists as their JSON arrays, so that they read back whole.

use super::{Field, Projection};
use crate::model::Agreement;

impl Field {
    /// The field as a CSV or TSV cell that a program can read back without loss: a list is
    /// the JSON array that `--format json` gives (items keep every key, such as a term's
    /// `unconfirmed`), anything else its flat [`text`](Field::text).
    pub fn cell(self, record: &Agreement) -> String {
        if !self.is_list() {
            return self.text(record);
        }
        // The projection on this one field is `{"name":VALUE}`: the cell is VALUE, in the
        // order and form the JSON output gives it.
        let object = serde_json::to_string(&Projection {
            record,
            fields: &[self],
        })
        .unwrap_or_default();
        let key = crate::vocab::Vocabulary::name(self);
        let value = object.get(key.len() + 4..object.len().saturating_sub(1));
        value.unwrap_or_default().to_string()
    }
}
