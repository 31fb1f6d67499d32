//! Where the site's data files are, relative to the site root: the JSON at a stable and a
//! versioned URL, the table as CSV, and a Frictionless data package describing both. The build
//! writes them (`crates/publish`); the app fetches the dataset and links the downloads.

use crate::model::Dataset;

/// Paths of the downloads, relative to the site root.
pub const DATASET_PATH: &str = "data/dataset.json";
pub const CSV_PATH: &str = "data/behoerden.csv";
pub const DATAPACKAGE_PATH: &str = "data/datapackage.json";
pub const SCHEMA_PATH: &str = "data/dataset.schema.json";
/// The Atom feed of data versions and corrections.
pub const FEED_PATH: &str = "data/feed.xml";
/// The checksum manifest in each version folder, as `sha256sum -c` reads it.
pub const CHECKSUMS_NAME: &str = "SHA256SUMS";
/// Each data version's press kit, in its folder (crates/publish/src/press_kit.rs) …
pub const PRESS_KIT_NAME: &str = "pressekit.zip";
/// … and the newest one's at an address that stays.
pub const PRESS_KIT_PATH: &str = "data/pressekit.zip";

/// The versioned folder of a snapshot, e.g. `data/versions/2026-03-24`: its files never change
/// once published, because a later answer is added as a new snapshot.
pub fn version_dir(snapshot_id: &str) -> String {
    format!("data/versions/{snapshot_id}")
}

/// The dataset as it stood when `snapshot_id` was the newest: that snapshot and those before it.
pub fn dataset_as_of(dataset: &Dataset, snapshot_id: &str) -> Option<Dataset> {
    let date = &dataset.snapshot(snapshot_id)?.source.date;
    let mut out = dataset.clone();
    out.snapshots.retain(|s| &s.source.date <= date);
    Some(out)
}
