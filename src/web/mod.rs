//! The browser shell: the one place that talks to the browser, each file named after what it
//! does there. In the browser these are the real thing; natively (prerendering) `native.rs` stands
//! in with the same functions doing nothing, so the components render anywhere without a
//! `cfg` of their own.

#[cfg(target_arch = "wasm32")]
pub mod chart_drawing;
#[cfg(target_arch = "wasm32")]
mod clipboard;
#[cfg(target_arch = "wasm32")]
pub mod echarts;
#[cfg(target_arch = "wasm32")]
mod embed_height;
#[cfg(target_arch = "wasm32")]
mod fetch;
#[cfg(target_arch = "wasm32")]
pub mod image_export;
#[cfg(target_arch = "wasm32")]
mod layout;
#[cfg(target_arch = "wasm32")]
mod site_url;
#[cfg(target_arch = "wasm32")]
mod system_settings;
#[cfg(target_arch = "wasm32")]
mod takeover;
#[cfg(target_arch = "wasm32")]
mod url_sync;

#[cfg(target_arch = "wasm32")]
pub use {
    clipboard::copy_text,
    fetch::load_dataset,
    layout::{after_next_paint, focus_chart, on_scroll_or_resize, rows_in_window, scroll_to},
    site_url::site_url,
    takeover::{
        clear_boot_status, has_prerendered, operator, page_weight, remove_prerendered,
        take_prerendered_chart,
    },
    url_sync::{current_route, go_to, initial_view_state},
};

/// Follows the browser for the app's lifetime: the URL, the system's settings, ECharts' arrival
/// and, in an embed, the host page.
#[cfg(target_arch = "wasm32")]
pub fn sync_with_browser(ctx: crate::context::AppContext) {
    if matches!(ctx.route, ox_core::route::Route::Embed(_)) {
        embed_height::report_height();
    }
    echarts::watch_ready(ctx.echarts_ready);
    system_settings::follow(ctx);
    url_sync::follow(ctx);
}

/// A chart spec compared by identity: every rebuild is a change worth drawing.
#[derive(Clone)]
pub struct SpecRef(pub std::sync::Arc<ox_core::charts::ChartSpec>);

impl PartialEq for SpecRef {
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
    }
}

/// Where the rows of a table body are in the window, in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RowsInWindow {
    /// The body's top, from the window's top (negative when scrolled past).
    pub top: f64,
    pub window_height: f64,
    /// The mean height of its rows.
    pub row_height: f64,
}

/// The kinds of image a chart is exported as (`image_export`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageKind {
    Svg,
    Png,
}

/// Texts that go into an exported image.
#[cfg_attr(
    not(target_arch = "wasm32"),
    expect(dead_code, reason = "only the browser draws images")
)]
pub struct ExportText {
    /// The chart's title, with the reader's filters in words.
    pub title: String,
    /// How the chart is sorted and what is recomputed.
    pub note: String,
    pub footer: String,
    pub file_stem: String,
}

#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
