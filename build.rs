//! Compiles `data/agreements.toml`, the single source of truth, into Rust code: `embedded.rs` in
//! OUT_DIR holds one constructor expression for the whole dataset, so the binary starts without
//! parsing anything (see BENCHMARKS.md). `src/load/embedded.rs` includes it; a test checks that it
//! builds the same records as loading the TOML.
//!
//! The shapes below mirror `src/model.rs`: a field added there and not here fails to compile, and a
//! key in the data that is not here fails the build with the key's name.

use toml::Value;

/// How one field is written.
enum Ty {
    Str,
    OptStr,
    Date,
    OptDate,
    /// A closed-vocabulary word, parsed by `vocab`.
    Word,
    Bool,
    Count,
    OptNumber,
    Strs,
    One(&'static Shape),
    OptOne(&'static Shape),
    List(&'static Shape),
}

/// A struct of the model: its name and its fields, each `key` or `key=field` when the data's key
/// is not the field's name.
struct Shape(&'static str, &'static [(&'static str, Ty)]);

const SOURCE: Shape = Shape(
    "Source",
    &[
        ("url", Ty::Str),
        ("publisher", Ty::Str),
        ("side", Ty::Word),
        ("title", Ty::OptStr),
        ("published", Ty::OptDate),
        ("language", Ty::OptStr),
        ("background", Ty::Bool),
    ],
);
const METADATA: Shape = Shape(
    "Metadata",
    &[
        ("title", Ty::Str),
        ("version", Ty::Str),
        ("updated", Ty::Date),
        ("licence", Ty::Str),
        ("description", Ty::Str),
    ],
);
const STATEMENT: Shape = Shape(
    "Statement",
    &[
        ("speaker", Ty::Str),
        ("date", Ty::Date),
        ("occasion", Ty::Str),
        ("text", Ty::Str),
        ("original", Ty::OptStr),
        ("original_lang", Ty::OptStr),
        ("sources", Ty::List(&SOURCE)),
    ],
);
const NAME: Shape = Shape(
    "Name",
    &[("name", Ty::Str), ("lang", Ty::Str), ("source", Ty::Str)],
);
const RECORD_NOTE: Shape = Shape("Note", &[("text", Ty::Str), ("sources", Ty::Strs)]);
const ORIGINAL_TITLE: Shape = Shape(
    "OriginalTitle",
    &[
        ("lang", Ty::Str),
        ("text", Ty::Str),
        ("source", Ty::Str),
        ("verbatim", Ty::Bool),
    ],
);
const DAY: Shape = Shape(
    "Day",
    &[
        ("date", Ty::Date),
        ("place", Ty::Str),
        ("summary", Ty::Str),
        ("sources", Ty::List(&SOURCE)),
    ],
);
const NOTE: Shape = Shape(
    "ContextNote",
    &[
        ("title", Ty::Str),
        ("text", Ty::Str),
        ("sources", Ty::List(&SOURCE)),
    ],
);
const EVENT: Shape = Shape(
    "Event",
    &[
        ("name", Ty::Str),
        ("start", Ty::Date),
        ("end", Ty::Date),
        ("official_list_count", Ty::Count),
        ("days", Ty::List(&DAY)),
        ("notes", Ty::List(&NOTE)),
        ("statements", Ty::List(&STATEMENT)),
    ],
);
const PARTY: Shape = Shape(
    "Party",
    &[
        ("name", Ty::Str),
        ("short", Ty::OptStr),
        ("country", Ty::Word),
        ("other_names", Ty::List(&NAME)),
    ],
);
const TERM: Shape = Shape(
    "Term",
    &[
        ("label", Ty::Str),
        ("value", Ty::OptNumber),
        ("unit", Ty::OptStr),
        ("text", Ty::OptStr),
        ("source", Ty::OptStr),
        ("unconfirmed", Ty::Bool),
    ],
);
const AGREEMENT: Shape = Shape(
    "Agreement",
    &[
        ("id", Ty::Str),
        ("title", Ty::Str),
        ("short_title", Ty::Str),
        ("kind", Ty::Word),
        ("sector", Ty::Word),
        ("topics", Ty::Strs),
        ("parties", Ty::List(&PARTY)),
        ("signed", Ty::Date),
        ("place", Ty::OptStr),
        ("summary", Ty::Str),
        ("summary_sources", Ty::Strs),
        ("original_titles", Ty::List(&ORIGINAL_TITLE)),
        ("project_names", Ty::List(&NAME)),
        ("terms", Ty::List(&TERM)),
        ("official_list", Ty::Bool),
        ("confidence", Ty::Word),
        ("unconfirmed", Ty::Strs),
        ("notes", Ty::List(&RECORD_NOTE)),
        ("sources", Ty::List(&SOURCE)),
        ("related", Ty::List(&RELATED)),
    ],
);
const RELATED: Shape = Shape(
    "Related",
    &[
        ("relation", Ty::Word),
        ("id", Ty::OptStr),
        ("title", Ty::OptStr),
        ("signed", Ty::OptDate),
        ("note", Ty::OptStr),
        ("source", Ty::OptStr),
    ],
);
const DATASET: Shape = Shape(
    "Dataset",
    &[
        ("dataset=metadata", Ty::OptOne(&METADATA)),
        ("event", Ty::One(&EVENT)),
        ("agreements", Ty::List(&AGREEMENT)),
    ],
);

fn main() {
    let source = "data/agreements.toml";
    println!("cargo::rerun-if-changed={source}");
    let text = std::fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}"));
    let value: Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{source}: {e}"));
    let mut code = String::from("/// The dataset of data/agreements.toml.\n");
    code.push_str("pub fn dataset() -> Dataset {\n");
    write_struct(&mut code, &DATASET, &value, "");
    code.push_str("\n}\n");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(std::path::Path::new(&out).join("embedded.rs"), code)
        .expect("OUT_DIR is writable");
}

/// Writes `Name { field: value, ... }`; `at` names the table in messages.
fn write_struct(code: &mut String, shape: &Shape, value: &Value, at: &str) {
    let Shape(name, fields) = shape;
    let table = value
        .as_table()
        .unwrap_or_else(|| panic!("data/agreements.toml: {at} should be a table"));
    let key_and_field = |spec: &'static str| spec.split_once('=').unwrap_or((spec, spec));
    if let Some(key) = table.keys().find(|key| {
        !fields
            .iter()
            .any(|(f, _)| key_and_field(f).0 == key.as_str())
    }) {
        panic!(
            "data/agreements.toml: unknown key '{key}' in {at} (add it to build.rs and src/model.rs)"
        );
    }
    code.push_str(name);
    code.push_str(" {");
    for (spec, ty) in *fields {
        let (key, field) = key_and_field(spec);
        let at = format!("{at}.{key}");
        code.push_str(field);
        code.push_str(": ");
        match (table.get(key), ty) {
            (None, Ty::OptStr | Ty::OptDate | Ty::OptNumber | Ty::OptOne(_)) => {
                code.push_str("None")
            }
            (None, Ty::Bool) => code.push_str("false"),
            (None, Ty::Strs | Ty::List(_)) => code.push_str("Vec::new()"),
            (None, _) => panic!("data/agreements.toml: {at} is missing"),
            (Some(value), ty) => write_value(code, ty, value, &at),
        }
        code.push_str(",\n");
    }
    code.push('}');
}

fn write_value(code: &mut String, ty: &Ty, value: &Value, at: &str) {
    let text = || {
        value
            .as_str()
            .unwrap_or_else(|| panic!("data/agreements.toml: {at} should be a string"))
    };
    let literal = match ty {
        Ty::Str => format!("s({:?})", text()),
        Ty::OptStr => format!("Some(s({:?}))", text()),
        Ty::Date => format!("date({:?})", text()),
        Ty::OptDate => format!("Some(date({:?}))", text()),
        Ty::Word => format!("word({:?})", text()),
        Ty::Bool | Ty::Count => value.to_string(),
        Ty::OptNumber => format!("Some(number({:?}))", value.to_string()),
        Ty::Strs => {
            return write_list(code, value, at, |code, item, at| {
                write_value(code, &Ty::Str, item, at)
            });
        }
        Ty::One(shape) => return write_struct(code, shape, value, at),
        Ty::OptOne(shape) => {
            code.push_str("Some(");
            write_struct(code, shape, value, at);
            code.push(')');
            return;
        }
        Ty::List(shape) => {
            return write_list(code, value, at, |code, item, at| {
                write_struct(code, shape, item, at)
            });
        }
    };
    code.push_str(&literal);
}

fn write_list(
    code: &mut String,
    value: &Value,
    at: &str,
    item: impl Fn(&mut String, &Value, &str),
) {
    let items = value
        .as_array()
        .unwrap_or_else(|| panic!("data/agreements.toml: {at} should be an array"));
    code.push_str("vec![");
    for (i, value) in items.iter().enumerate() {
        item(code, value, &format!("{at}[{i}]"));
        code.push_str(", ");
    }
    code.push(']');
}
