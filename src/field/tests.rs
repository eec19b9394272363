//! Fields project to the record's own JSON, and read as flat text.
use super::*;
use crate::load;
use crate::vocab::Vocabulary;

#[test]
fn all_fields_project_to_the_same_json_as_the_record() {
    let dataset = load::embedded();
    for record in &dataset.agreements {
        let projected = serde_json::to_string(&Projection {
            record,
            fields: Field::ALL,
        })
        .unwrap();
        assert_eq!(
            projected,
            serde_json::to_string(record).unwrap(),
            "{}",
            record.id
        );
    }
}

#[test]
fn flat_text_joins_lists() {
    let dataset = load::embedded();
    let record = dataset.find("power-of-siberia-2").unwrap();
    let cases = [
        (Field::Id, "power-of-siberia-2"),
        (Field::Topics, "gas; pipeline; mongolia-transit"),
        (
            Field::Parties,
            "PJSC Gazprom (Gazprom), RU; China National Petroleum Corporation (CNPC), CN",
        ),
        (Field::OfficialList, "false"),
        (Field::Place, "Beijing"),
    ];
    for (field, expected) in cases {
        assert_eq!(field.text(record), expected, "{field}");
    }
    assert!(
        Field::Terms.text(record).starts_with(
            "Capacity: 50 bcm/yr (in transit through Mongolia); Supply period: 30 years"
        )
    );
}

#[test]
fn projection_keeps_the_requested_order() {
    let dataset = load::embedded();
    let record = &dataset.agreements[0];
    let fields = [Field::Signed, Field::Id];
    let json = serde_json::to_string(&Projection {
        record,
        fields: &fields,
    })
    .unwrap();
    assert_eq!(
        json,
        r#"{"signed":"2025-09-02","id":"health-digital-transformation"}"#
    );
}
