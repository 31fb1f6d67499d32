//! What every component reads: the reader's view, its language and theme, the route, and whether
//! ECharts has arrived. Provided once by the app (and by the build, for each page it renders).

use leptos::prelude::*;
use ox_core::charts::Theme;
use ox_core::lang::Lang;
use ox_core::route::Route;
use ox_core::view_state::ViewState;

/// State every component reads: what the reader is looking at, and how the system wants it shown.
#[derive(Clone, Copy)]
pub struct AppContext {
    /// The whole view state; it mirrors the URL.
    pub state: RwSignal<ViewState>,
    /// The language, derived from the state.
    pub lang: Memo<Lang>,
    /// Light or dark, following the system setting.
    pub theme: RwSignal<Theme>,
    /// The reader asked for reduced motion (charts do not animate).
    pub reduced_motion: RwSignal<bool>,
    /// The page this is: the dashboard or a chart's embed view.
    pub route: Route,
    /// ECharts has loaded: `public/boot.js` runs it only once the app has answered the reader's
    /// first tap, and the charts keep the build's drawings until then.
    pub echarts_ready: RwSignal<bool>,
}

pub fn provide_app_context(initial: ViewState, route: Route) -> AppContext {
    let state = RwSignal::new(initial);
    let ctx = AppContext {
        route,
        state,
        lang: Memo::new(move |_| state.with(|s| s.lang)),
        theme: RwSignal::new(Theme::Light),
        reduced_motion: RwSignal::new(false),
        echarts_ready: RwSignal::new(false),
    };
    provide_context(ctx);
    ctx
}

pub fn use_app_context() -> AppContext {
    expect_context::<AppContext>()
}
