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
    let names_of = |all: &[&'static str]| Some(all.to_vec());
    let kinds: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
    let statuses: Vec<&str> = Status::ALL.iter().map(|s| s.name()).collect();
    assert_eq!(column("kind").values, names_of(&kinds));
    assert_eq!(column("status").values, names_of(&statuses));
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
