//! Fields project to the record's own JSON, and read as flat text.
use super::*;
use crate::fixture;
use crate::vocab::Vocabulary;

#[test]
fn all_fields_project_to_the_same_json_as_the_record() {
    let dataset = fixture::small();
    for record in &dataset.agreements {
        // The projection writes the status the history adds up to, and the fields that read
        // as unconfirmed: what the record says once both are written out.
        let mut written = record.clone();
        written.status = Some(record.current_status());
        let unconfirmed = record
            .unconfirmed_fields()
            .into_iter()
            .map(|f| f.to_string().into());
        written.unconfirmed = unconfirmed.collect();
        let projected = serde_json::to_string(&Projection {
            record,
            fields: Field::ALL,
        })
        .unwrap();
        assert_eq!(
            projected,
            serde_json::to_string(&written).unwrap(),
            "{}",
            record.id
        );
    }
}

#[test]
fn flat_text_joins_lists() {
    let dataset = fixture::small();
    let record = dataset.find("gas-pipeline-memo").unwrap();
    let cases = [
        (Field::Id, "gas-pipeline-memo"),
        (Field::Topics, "gas; pipeline"),
        (
            Field::Parties,
            "Test Gas Company (TGC), RU; China Test Petroleum Corporation (CTPC), CN",
        ),
        (Field::OfficialList, "false"),
        (Field::Place, "Beijing"),
    ];
    for (field, expected) in cases {
        assert_eq!(field.text(record), expected, "{field}");
    }
    assert_eq!(
        Field::Terms.text(record),
        "Capacity: 50 bcm/yr (in transit); Supply period: 30 years"
    );
}

#[test]
fn projection_keeps_the_requested_order() {
    let dataset = fixture::small();
    let record = &dataset.agreements[0];
    let fields = [Field::Signed, Field::Id];
    let json = serde_json::to_string(&Projection {
        record,
        fields: &fields,
    })
    .unwrap();
    assert_eq!(json, r#"{"signed":"2025-09-02","id":"gas-pipeline-memo"}"#);
}

#[test]
fn list_cells_are_the_json_values_and_other_cells_the_text() {
    let dataset = fixture::small();
    for record in &dataset.agreements {
        let json = serde_json::to_value(record).unwrap();
        for &field in Field::ALL {
            let cell = field.cell(record);
            if field.is_list() {
                let read: serde_json::Value = serde_json::from_str(&cell).unwrap();
                assert_eq!(read, json[field.name()], "{} {field}", record.id);
            } else {
                assert_eq!(cell, field.text(record), "{} {field}", record.id);
            }
        }
    }
    let record = dataset.find("gas-pipeline-memo").unwrap();
    assert_eq!(Field::Topics.cell(record), r#"["gas","pipeline"]"#);
}

#[test]
fn parts_say_which_fields_are_required_wrap_and_hold_lists() {
    let required: Vec<Field> = (Field::ALL.iter().copied())
        .filter(|f| f.is_required())
        .collect();
    let expected = [
        Field::Id,
        Field::Title,
        Field::ShortTitle,
        Field::Kind,
        Field::Sector,
        Field::Signed,
        Field::Summary,
        Field::OfficialList,
        Field::Confidence,
    ];
    assert_eq!(required, expected);
    for (field, wraps, list) in [
        (Field::Title, true, false),
        (Field::Place, true, false),
        (Field::Topics, true, true),
        (Field::History, true, true),
        (Field::Id, false, false),
        (Field::Signed, false, false),
        (Field::Status, false, false),
        (Field::Binding, false, false),
    ] {
        assert_eq!((field.wraps(), field.is_list()), (wraps, list), "{field}");
    }
    assert_eq!(Field::ShortTitle.heading(), "Short title");
}

/// A field added to the record has a place in every detail view (`show`, Markdown, browse): a
/// row of [`crate::render::DETAIL_FIELDS`], or one of the sections and marks written after them.
#[test]
fn every_field_has_a_place_in_the_detail_views() {
    let apart = [
        Field::Summary,
        Field::SummarySources,
        Field::OriginalTitles,
        Field::ProjectNames,
        Field::Terms,
        Field::Unconfirmed,
        Field::Notes,
        Field::Sources,
        Field::Related,
        Field::History,
    ];
    for field in Field::ALL {
        let rows = crate::render::DETAIL_FIELDS.contains(field);
        assert!(
            rows != apart.contains(field),
            "{field}: a row of DETAIL_FIELDS or a section apart, not both or neither"
        );
    }
}
