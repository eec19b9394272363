//! JSON output: the model's own field names, pretty-printed, one document per call.

use serde::Serialize;

/// `value` as pretty-printed JSON with a final newline.
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    // The model has only string map keys and plain data, so serializing cannot fail.
    let mut text = serde_json::to_string_pretty(value).expect("model values always serialize");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_list_is_an_empty_array() {
        let records: Vec<&crate::model::Agreement> = Vec::new();
        assert_eq!(to_json(&records), "[]\n");
    }
}
