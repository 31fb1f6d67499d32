//! The browser shell: the one place that talks to the browser, each file named after what it
//! does there. In the browser these are the real thing; natively (prerendering) `native.rs` stands
//! in with the same functions doing nothing, so the components render anywhere without a
//! `cfg` of their own.

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
        clear_boot_status, has_prerendered, page_weight, remove_prerendered, take_prerendered_chart,
    },
    url_sync::{current_route, initial_view_state},
};

/// Follows the browser for the app's lifetime: the URL, the system's settings, ECharts' arrival
/// and, in an embed, the host page.
#[cfg(target_arch = "wasm32")]
pub fn sync_with_browser(ctx: crate::app::AppContext) {
    if matches!(ctx.route, ox_core::route::Route::Embed(_)) {
        embed_height::report_height();
    }
    echarts::watch_ready(ctx.echarts_ready);
    system_settings::follow(ctx);
    url_sync::follow(ctx);
}

#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
