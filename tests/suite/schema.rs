//! The record's documented shape: JSON output validates against the shipped JSON Schema, and
//! the schema and docs/dataset.md's field table follow the library's fields and vocabularies.

use crate::common::json_value_of;
use agreements::vocab::{Confidence, Country, Kind, Sector, Side, Vocabulary};
use serde_json::Value;

#[test]
fn json_output_validates_against_the_shipped_schema() {
    let schema: Value =
        serde_json::from_str(include_str!("../../schema/agreement.schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let list = json_value_of(&["list", "--format", "json"]);
    for record in list.as_array().unwrap() {
        let errors: Vec<String> = validator
            .iter_errors(record)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", record["id"]);
    }
    // `show` adds the links from both sides: declared, incoming, and to an outside document.
    for id in [
        "power-of-siberia-2",
        "gazprom-cnpc-strategic-cooperation",
        "bolshoy-ussuriysky-roadmap",
    ] {
        let shown = json_value_of(&["show", id, "--format", "json"]);
        let errors: Vec<String> = validator
            .iter_errors(&shown)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{id}: {errors:?}");
    }
    // Python's jsonschema, the most used validator, compiles the schema and agrees.
    if crate::common::python_has("jsonschema") {
        let script = r#"
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
records = json.load(sys.stdin)
validator = jsonschema.Draft202012Validator(schema)
errors = [f"{r['id']}: {e.message}" for r in records for e in validator.iter_errors(r)]
broken = dict(records[0], topics=["Gas"])
print(json.dumps({"errors": errors, "checked": len(records), "capital_refused": not validator.is_valid(broken)}))
"#;
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/agreement.schema.json");
        let mut python = std::process::Command::new("python3")
            .args(["-c", script, path])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let input = serde_json::to_vec(&list).unwrap();
        std::io::Write::write_all(&mut python.stdin.take().unwrap(), &input).unwrap();
        let output = python.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{stderr}");
        let seen: Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(seen["errors"], serde_json::json!([]), "{seen}");
        assert_eq!(seen["checked"], list.as_array().unwrap().len());
        assert_eq!(seen["capital_refused"], true);
    }
    // The schema is strict enough to catch a broken record.
    let mut broken = list[0].clone();
    broken["sector"] = "enrgy".into();
    assert!(!validator.is_valid(&broken));
    broken = list[0].clone();
    broken.as_object_mut().unwrap().remove("sources");
    assert!(!validator.is_valid(&broken));
}

#[test]
fn schema_vocabularies_match_the_library() {
    let schema: Value =
        serde_json::from_str(include_str!("../../schema/agreement.schema.json")).unwrap();
    let properties = &schema["properties"];
    let names = |value: &Value| -> Vec<String> {
        value["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    fn all<V: Vocabulary>() -> Vec<String> {
        V::ALL.iter().map(|v| v.name().to_string()).collect()
    }
    assert_eq!(names(&properties["kind"]), all::<Kind>());
    assert_eq!(names(&properties["sector"]), all::<Sector>());
    assert_eq!(names(&properties["confidence"]), all::<Confidence>());
    assert_eq!(
        names(&properties["parties"]["items"]["properties"]["country"]),
        all::<Country>()
    );
    assert_eq!(
        names(&properties["sources"]["items"]["properties"]["side"]),
        all::<Side>()
    );
    assert_eq!(
        names(&properties["unconfirmed"]["items"]),
        agreements::load::UNCONFIRMABLE_FIELDS.map(|field| field.name().to_string())
    );
}

/// The record's shape is written once, in `Field`: docs/dataset.md's field table and the JSON
/// Schema's keys and value lists are held to it and to the vocabularies.
#[test]
fn the_field_table_and_the_schema_follow_the_fields_and_vocabularies() {
    use agreements::field::Field;
    let fields = Field::names();
    let readme = include_str!("../../docs/dataset.md");
    let documented: Vec<&str> = readme
        .lines()
        .filter_map(|line| line.strip_prefix("| `"))
        .filter_map(|rest| rest.split('`').next())
        .take_while(|name| *name != "links")
        .skip_while(|name| *name != "id")
        .collect();
    assert_eq!(
        documented, fields,
        "docs/dataset.md's field table, in order"
    );

    let schema: Value =
        serde_json::from_str(include_str!("../../schema/agreement.schema.json")).unwrap();
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(required, fields, "the schema's required keys");
    let words = |value: &Value| -> Vec<String> {
        value
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    let names = |all: Vec<&str>| all.into_iter().map(String::from).collect::<Vec<_>>();
    let properties = &schema["properties"];
    assert_eq!(words(&properties["kind"]["enum"]), names(Kind::names()));
    assert_eq!(words(&properties["sector"]["enum"]), names(Sector::names()));
    assert_eq!(
        words(&properties["confidence"]["enum"]),
        names(Confidence::names())
    );
    let party = &properties["parties"]["items"]["properties"];
    assert_eq!(words(&party["country"]["enum"]), names(Country::names()));
    let source = &properties["sources"]["items"]["properties"];
    assert_eq!(words(&source["side"]["enum"]), names(Side::names()));
    let relation = &properties["related"]["items"]["properties"]["relation"];
    let relations = agreements::vocab::Relation::names();
    assert_eq!(words(&relation["enum"]), names(relations));
}
