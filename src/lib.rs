#![recursion_limit = "512"]
//! Transparency site for Schleswig-Holstein's move from Microsoft Exchange to Open-Xchange.
//!
//! The pure core (`model`, `format`, `i18n`) has no web dependencies and is tested natively; the
//! components are a thin Leptos shell over it.

pub mod charts;
pub mod cite;
pub mod embed_code;
pub mod export;
pub mod format;
pub mod i18n;
pub mod model;
pub mod naming;
pub mod notes;
pub mod page_weight;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod route;
pub mod table;
pub mod url_state;

pub mod api;
mod app;
mod browser;
#[cfg(target_arch = "wasm32")]
mod chart_export;
mod components;
#[cfg(target_arch = "wasm32")]
mod echarts_js;

pub use app::App;

/// Id of the element that holds the page as rendered at build time; the app removes it once its
/// own view is there.
pub const PRERENDERED_ID: &str = "prerendered";

/// The id of the table's last row (the totals). The prerendered page holds its first frame until
/// the parser has reached it, so the key figures and the whole table appear together (see
/// `prerender::first_frame_hint`).
pub const TOTALS_ROW_ID: &str = "summe";
