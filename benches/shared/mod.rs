//! What the benchmarks share: the datasets they measure.

use agreements::load;
use agreements::model::Dataset;
use agreements::synthetic;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// The dataset of `n` records: the embedded one for 25, generated otherwise; built once.
pub fn dataset(n: usize) -> &'static Dataset {
    static CACHE: OnceLock<Mutex<HashMap<usize, &'static Dataset>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut cache = cache.lock().unwrap();
    cache.entry(n).or_insert_with(|| {
        let dataset = if n == 25 {
            load::embedded()
        } else {
            synthetic::generate(n, 2025)
        };
        Box::leak(Box::new(dataset))
    })
}
