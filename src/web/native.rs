//! Outside the browser (the build renders the components natively) the shell does nothing, so
//! every component renders anywhere: the same functions as in the browser, without effects.

use super::RowsInWindow;
use crate::context::AppContext;
use ox_core::load::LoadError;
use ox_core::model::Dataset;
use ox_core::page_weight::PageWeight;
use ox_core::route::Route;
use ox_core::view_state::ViewState;
use std::sync::Arc;

/// Outside the browser (prerendering) nothing is painted: `f` runs at once.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    f()
}

/// Outside the browser nothing has focus.
pub fn focus_chart(_slug: &str) {}

/// Outside the browser nothing scrolls.
pub fn on_scroll_or_resize(_f: impl Fn() + Clone + Send + Sync + 'static) {}

/// Outside the browser nothing has a place on a screen.
pub fn rows_in_window(_tbody: &leptos::web_sys::Element) -> Option<RowsInWindow> {
    None
}

pub fn has_prerendered() -> bool {
    false
}

pub fn remove_prerendered() {}

/// Outside the browser there is no status line.
pub fn clear_boot_status() {}

/// Outside the browser links stay relative to the site root.
pub fn site_url(_root: &str) -> String {
    String::new()
}

pub async fn copy_text(_text: String) -> bool {
    false
}

pub fn current_route() -> Route {
    Route::Dashboard
}

/// Outside the browser there is nowhere to go.
pub fn go_to(_href: &str) {}

pub fn initial_view_state() -> ViewState {
    ViewState::default()
}

pub fn sync_with_browser(_ctx: AppContext) {}

pub fn scroll_to(_id: &str) {}

/// Outside the browser there is nothing to fetch from.
pub async fn load_dataset(_url: &str) -> Result<Arc<Dataset>, LoadError> {
    Err(LoadError::Network("not running in a browser".into()))
}

/// Outside the browser the operator comes from the build itself (the settings, as context).
pub fn operator() -> Option<ox_core::operator::Operator> {
    None
}

/// Outside the browser the page weight comes from the build itself (the about page's context).
pub fn page_weight() -> Option<PageWeight> {
    None
}

/// Outside the browser there is no ECharts; the chart's table and description carry its data.
pub mod chart_drawing {
    use super::super::SpecRef;
    use leptos::html::Div;
    use leptos::prelude::*;
    use std::sync::Arc;

    #[derive(Clone, Copy)]
    pub struct Handle;

    /// Outside the browser there is no ECharts; the chart's table and description carry its data.
    pub fn attach(
        _node: NodeRef<Div>,
        _spec: Memo<SpecRef>,
        _ready: RwSignal<bool>,
        _failed: RwSignal<bool>,
        _on_click: Arc<dyn Fn(usize, usize) + Send + Sync>,
    ) -> Handle {
        Handle
    }

    pub fn show(
        _handle: Handle,
        _el: Option<leptos::web_sys::HtmlDivElement>,
        _items: &[ox_core::charts::Item],
    ) {
    }

    pub fn clear(_handle: Handle) {}
}

/// Outside the browser there is nothing to draw an image with.
pub mod image_export {
    use super::super::{ExportText, ImageKind};
    use ox_core::charts::{ChartSpec, Theme};

    pub async fn export(
        _spec: &ChartSpec,
        _theme: Theme,
        _text: ExportText,
        _kind: ImageKind,
    ) -> Result<(), String> {
        Err("not running in a browser".into())
    }
}
