//! Any bytes given to the loader, as TOML and as JSON, must give a dataset or an error, never a
//! panic; a dataset that loads must render in every format without panicking.
#![no_main]

use agreements::load;
use agreements::render::{self, Format, Terminal};
use agreements::vocab::Vocabulary;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for loaded in [
        load::from_toml_str(text, "fuzz.toml"),
        load::from_json_str(text, "fuzz.json"),
    ] {
        match loaded {
            Ok(loaded) => {
                let records: Vec<_> = loaded.dataset.agreements.iter().collect();
                let narrow = Terminal {
                    width: Some(40),
                    color: true,
                };
                for &format in Format::ALL {
                    render::list(&records, records.len(), None, format, narrow);
                    if let Some(first) = records.first() {
                        render::record(first, format, narrow);
                    }
                }
            }
            Err(error) => {
                let _ = error.to_string();
            }
        }
    }
});
