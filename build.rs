//! Compiles `data/agreements.toml`, the single source of truth, into Rust code: `embedded.rs` in
//! OUT_DIR holds one constructor expression for the whole dataset, so the binary starts without
//! parsing anything (see BENCHMARKS.md). `src/load/embedded.rs` includes it; a test checks that it
//! builds the same records as loading the TOML.
//!
//! The shape is not restated here: the build reads the data into the library's own model types
//! (compiled into this script from `src/`, as hyperfine's build script reuses its CLI), so an
//! unknown key, a bad date or a word outside a vocabulary fails the build as it fails `validate`,
//! and [`Code`] writes whatever the model's `Serialize` says back out as a constructor.

/// The library modules the model needs, at the paths they have in the library.
#[allow(dead_code, unused_imports)]
mod src {
    pub mod fold;
    pub mod model;
    pub mod parsed;
    pub mod sanitize;
    pub mod suggest;
}
use src::model::{date, vocab};
use src::{fold, model, parsed, sanitize, suggest};

use serde::ser::{self, Impossible, Serialize, SerializeSeq, SerializeStruct};
use std::fmt::Write;

fn main() {
    let source = "data/agreements.toml";
    println!("cargo::rerun-if-changed={source}");
    // The model the data is read into: a change to it changes the code written here.
    for model in ["src/model.rs", "src/model"] {
        println!("cargo::rerun-if-changed={model}");
    }
    let text = std::fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}"));
    let mut dataset: src::model::Dataset =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{source}: {e}"));
    dataset.resolve();
    // `agreements --version` names the embedded dataset's version beside the program's.
    let data_version = dataset
        .metadata
        .as_ref()
        .map_or("unversioned", |m| &m.version);
    println!("cargo::rustc-env=AGREEMENTS_DATA_VERSION={data_version}");
    let mut code = String::from("/// The dataset of data/agreements.toml.\n");
    code.push_str("pub fn dataset() -> Dataset {\n");
    // `Dataset` is the one struct whose key (`dataset`) is not its field's name (`metadata`).
    code.push_str("Dataset { metadata: ");
    write(&mut code, &dataset.metadata);
    code.push_str(", synonyms: ");
    write(&mut code, &dataset.synonyms);
    code.push_str(", events: ");
    write(&mut code, &dataset.events);
    code.push_str(", organisations: ");
    write(&mut code, &dataset.organisations);
    code.push_str(", agreements: ");
    write(&mut code, &dataset.agreements);
    code.push_str("}\n}\n");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(std::path::Path::new(&out).join("embedded.rs"), code)
        .expect("OUT_DIR is writable");
}

fn write(code: &mut String, value: &impl Serialize) {
    if let Err(Unsupported(what)) = value.serialize(Code(code)) {
        panic!("build.rs cannot write {what} as code: add it to `Code`");
    }
}

/// A serializer that writes a value as a Rust expression: structs as struct literals, lists as
/// `vec![..]`, and every text, date and vocabulary word as `lit("..")`, numbers as `int(..)` or
/// `float(..)`: helpers in `src/load/embedded.rs` that the field's type picks.
struct Code<'a>(&'a mut String);

/// Appends a piece of code; writing to a `String` cannot fail.
fn put(code: &mut String, text: &str) -> Result<(), Unsupported> {
    code.push_str(text);
    Ok(())
}

/// A kind of value the model does not use, so `Code` does not write it.
#[derive(Debug)]
struct Unsupported(String);

impl std::fmt::Display for Unsupported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Self(msg.to_string())
    }
}

/// Refuses the serializer methods the model never calls.
macro_rules! unsupported {
    ($($method:ident($($arg:ty),*) -> $ok:ty;)*) => {$(
        fn $method(self, $(_: $arg),*) -> Result<$ok, Unsupported> {
            Err(Unsupported(stringify!($method).into()))
        }
    )*};
}

impl<'a> ser::Serializer for Code<'a> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Self;
    type SerializeTuple = Impossible<(), Unsupported>;
    type SerializeTupleStruct = Impossible<(), Unsupported>;
    type SerializeTupleVariant = Impossible<(), Unsupported>;
    type SerializeMap = Impossible<(), Unsupported>;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), Unsupported>;

    fn serialize_bool(self, v: bool) -> Result<(), Unsupported> {
        put(self.0, if v { "true" } else { "false" })
    }
    fn serialize_i64(self, v: i64) -> Result<(), Unsupported> {
        put(self.0, &format!("int({v}i64)"))
    }
    fn serialize_u64(self, v: u64) -> Result<(), Unsupported> {
        put(self.0, &format!("int({v}u64)"))
    }
    fn serialize_f64(self, v: f64) -> Result<(), Unsupported> {
        put(self.0, &format!("float({v:?})"))
    }
    fn serialize_str(self, v: &str) -> Result<(), Unsupported> {
        put(self.0, &format!("lit({v:?})"))
    }
    fn serialize_none(self) -> Result<(), Unsupported> {
        put(self.0, "None")
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Unsupported> {
        self.0.push_str("Some(");
        value.serialize(Code(self.0))?;
        put(self.0, ")")
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Unsupported> {
        self.serialize_str(variant)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self, Unsupported> {
        self.0.push_str("vec![");
        Ok(self)
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Self, Unsupported> {
        let _ = write!(self.0, "{name} {{");
        Ok(self)
    }
    unsupported! {
        serialize_i8(i8) -> (); serialize_i16(i16) -> (); serialize_i32(i32) -> ();
        serialize_u8(u8) -> (); serialize_u16(u16) -> (); serialize_u32(u32) -> ();
        serialize_f32(f32) -> (); serialize_char(char) -> (); serialize_bytes(&[u8]) -> ();
        serialize_unit() -> (); serialize_unit_struct(&'static str) -> ();
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize)
            -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct_variant(&'static str, u32, &'static str, usize)
            -> Self::SerializeStructVariant;
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        _: &T,
    ) -> Result<(), Unsupported> {
        Err(Unsupported(format!("newtype struct {name}")))
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Unsupported> {
        Err(Unsupported(format!("newtype variant of {name}")))
    }
}

impl SerializeSeq for Code<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        value.serialize(Code(self.0))?;
        put(self.0, ", ")
    }
    fn end(self) -> Result<(), Unsupported> {
        put(self.0, "]")
    }
}

impl SerializeStruct for Code<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        let _ = write!(self.0, "{key}: ");
        value.serialize(Code(self.0))?;
        put(self.0, ",\n")
    }
    fn end(self) -> Result<(), Unsupported> {
        put(self.0, "}")
    }
}
