//! What the core's tests share: the repository's files they read, from the repository's root.
#![allow(dead_code, reason = "each test file uses a part")]

use ox_core::model::{parse_dataset, Dataset};
use serde_json::Value;

/// A file of the repository, by its path from the root (`public/data/dataset.json`).
pub fn repo_file(path: &str) -> String {
    let full = format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// The dataset the site ships, as text.
pub fn shipped_text() -> String {
    repo_file("public/data/dataset.json")
}

/// The dataset the site ships, parsed.
pub fn shipped() -> Dataset {
    parse_dataset(&shipped_text()).unwrap_or_else(|e| panic!("shipped dataset is invalid: {e}"))
}

/// The entries of an option that charming writes as one object when there is one and as an
/// array when there are more (`xAxis`, `yAxis`, `grid`, `title`).
pub fn entries(json: &Value, key: &str) -> Vec<Value> {
    match &json[key] {
        Value::Array(a) => a.clone(),
        Value::Null => Vec::new(),
        one => vec![one.clone()],
    }
}
