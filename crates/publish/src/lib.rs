//! The build step, run by Trunk after each build (`Trunk.toml`) on its staging folder: everything
//! that happens once per build and never in the reader's browser. It moves Trunk's start script
//! into a file (CSP) and makes the app start on the reader's first use, writes the downloads from
//! the dataset (each data version with its SHA256SUMS, and the feed of versions and corrections),
//! draws the charts, renders every route to HTML from the site's own components,
//! measures the page weight and precompresses every text asset.

pub mod checksums;
pub mod compress;
pub mod csv;
pub mod datapackage;
pub mod feed;
pub mod findable;
pub mod import;
pub mod lazy_start;
pub mod pages;
pub mod prerender;
pub mod press_kit;
pub mod previews;
pub mod relative;
pub mod settings;
pub mod start_script;
pub mod tags;
pub mod weigh;

pub use csv::{bodies_csv, CSV_DECIMAL, CSV_DELIMITER};
pub use datapackage::datapackage;
pub use pages::{page_file, rebase_relative, routes, SiteFile};
