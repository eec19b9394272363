//! The agreements table's columns follow the fields' parts.

use super::all;
use crate::export::Type;
use crate::vocab::{Kind, Status, Vocabulary};

#[test]
fn agreement_columns_take_their_type_values_and_presence_from_the_fields() {
    let tables = all();
    let agreements = tables.iter().find(|t| t.name == "agreements").unwrap();
    let names: Vec<&str> = agreements.columns.iter().map(|c| c.name).collect();
    assert_eq!(&names[..3], ["id", "position", "title"]);
    assert!(names.contains(&"event_id") && !names.contains(&"topics"));
    let column = |name: &str| &agreements.columns[agreements.column(name).unwrap()];
    assert_eq!(column("kind").values, Some(Kind::names()));
    assert_eq!(column("status").values, Some(Status::names()));
    assert_eq!(column("title").values, None);
    let shape = |name: &str| (column(name).kind, column(name).required);
    assert_eq!(shape("signed"), (Type::Date, true));
    assert_eq!(shape("checked"), (Type::Date, false));
    assert_eq!(shape("binding"), (Type::Boolean, false));
    assert_eq!(shape("status"), (Type::Text, true));
    assert_eq!(shape("event_id"), (Type::Text, true));
    assert_eq!(shape("place"), (Type::Text, false));
    assert_eq!(
        column("summary").description,
        "what it is, in a few sentences"
    );
}
