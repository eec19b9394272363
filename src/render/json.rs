//! JSON and JSON Lines: the model's own field names, one document or one object per line.

use serde::Serialize;

/// `value` as pretty-printed JSON with a final newline.
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    // The model has only string map keys and plain data, so serializing cannot fail.
    let mut text = serde_json::to_string_pretty(value).expect("model values always serialize");
    text.push('\n');
    text
}

/// Each item as compact JSON on a line of its own.
pub fn to_lines<T: Serialize>(items: impl IntoIterator<Item = T>) -> String {
    items
        .into_iter()
        .map(|item| serde_json::to_string(&item).expect("model values always serialize") + "\n")
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_list_is_an_empty_array_or_nothing() {
        let records: Vec<&crate::model::Agreement> = Vec::new();
        assert_eq!(to_json(&records), "[]\n");
        assert_eq!(to_lines(records), "");
    }

    #[test]
    fn lines_are_one_object_each() {
        assert_eq!(to_lines([1, 2]), "1\n2\n");
    }
}
