//! The data core: the dataset's types, how it is parsed and checked, and the figures derived from it.
//! Plain Rust on plain types, with no web dependencies, so it is tested natively.

mod continuity;
mod dataset;
mod derive;
mod error;
mod parse;
pub mod sort;

pub use continuity::{continuity_problems, predecessors};
pub use dataset::*;
pub use derive::*;
pub use error::*;
pub use parse::{parse_dataset, MAX_COUNT, MAX_DATASET_BYTES, SCHEMA_VERSION};
