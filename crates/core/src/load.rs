//! Why a dataset could not be shown, and the parsing of a fetched body. The fetching itself is the
//! browser shell's (`src/web/fetch.rs`).

use crate::model::{parse_dataset, DataError, Dataset};
use std::sync::Arc;

/// Why the dataset could not be shown.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The request did not get an answer (offline, blocked, server down).
    Network(String),
    /// The server answered with an error status.
    Http(u16),
    /// The file arrived but is not a valid dataset.
    Data(DataError),
}

impl From<DataError> for LoadError {
    fn from(e: DataError) -> Self {
        LoadError::Data(e)
    }
}

/// Parses a fetched body; the size limit is checked before anything else.
pub fn parse_response(text: &str) -> Result<Arc<Dataset>, LoadError> {
    Ok(Arc::new(parse_dataset(text)?))
}
