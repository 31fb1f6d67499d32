//! The page weight shown on the about page: what a reader's browser loads for the overview, file by
//! file, measured by the publish step on the built site (`crates/publish/src/weigh.rs`, so it is
//! never a number kept by hand).
//! The first view is the page as the server sends it; the app's files follow at the reader's
//! first sign of use (public/boot.js).

use serde::{Deserialize, Serialize};

/// Id of the JSON data block that carries the weight in the about page (`<script
/// type="application/json">`: data, never run), so the app shows the same figures as the HTML.
pub const DATA_BLOCK_ID: &str = "page-weight";

/// One file the overview loads, with its size as stored and as sent compressed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileWeight {
    /// Path from the site root, e.g. `index.html`.
    pub path: String,
    pub bytes: u64,
    pub brotli: u64,
    pub gzip: u64,
}

/// The overview's files, as measured at build time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageWeight {
    /// The day of the build, `YYYY-MM-DD`.
    pub built: String,
    /// The page as the server sends it, with what it loads by itself.
    pub first_view: Vec<FileWeight>,
    /// What the page loads as the reader scrolls near it (the other charts, as images).
    #[serde(default)]
    pub later: Vec<FileWeight>,
    /// What the interactive app adds: program, chart library, dataset.
    pub app: Vec<FileWeight>,
}

/// The size of some files as stored and as sent compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sizes {
    pub bytes: u64,
    pub brotli: u64,
    pub gzip: u64,
}

/// Sums of a list of files.
pub fn totals<'a>(files: impl IntoIterator<Item = &'a FileWeight>) -> Sizes {
    files.into_iter().fold(Sizes::default(), |sum, f| Sizes {
        bytes: sum.bytes + f.bytes,
        brotli: sum.brotli + f.brotli,
        gzip: sum.gzip + f.gzip,
    })
}

impl PageWeight {
    /// The whole weight once the app runs.
    pub fn all(&self) -> Sizes {
        totals(self.first_view.iter().chain(&self.later).chain(&self.app))
    }

    /// The data block for an HTML page ([`crate::html::data_block`]).
    pub fn data_block(&self) -> String {
        crate::html::data_block(DATA_BLOCK_ID, self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_and_a_data_block_that_cannot_end_early() {
        let f = |path: &str, n| FileWeight {
            path: path.into(),
            bytes: n,
            brotli: n / 4,
            gzip: n / 3,
        };
        let w = PageWeight {
            built: "2026-11-27".into(),
            first_view: vec![f("index.html", 1200), f("</script><b>", 300)],
            later: vec![f("c.svg", 600)],
            app: vec![f("a.wasm", 9000)],
        };
        assert_eq!(
            totals(&w.first_view),
            Sizes {
                bytes: 1500,
                brotli: 375,
                gzip: 500
            }
        );
        assert_eq!(
            w.all(),
            Sizes {
                bytes: 11_100,
                brotli: 2_775,
                gzip: 3_700
            }
        );
        let block = w.data_block();
        assert_eq!(block.matches("</script>").count(), 1);
        let json = &block[block.find('>').unwrap() + 1..block.rfind("</script>").unwrap()];
        assert_eq!(serde_json::from_str::<PageWeight>(json).unwrap(), w);
    }
}
