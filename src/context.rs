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
    /// The prefix that leads from this page back to the site root: it depends on the route and on
    /// the page's language, which is in its path and never changes within the page.
    pub root: &'static str,
    /// ECharts has loaded: `public/boot.js` runs it only once the app has answered the reader's
    /// first tap, and the charts keep the build's drawings until then.
    pub echarts_ready: RwSignal<bool>,
}

pub fn provide_app_context(initial: ViewState, route: Route) -> AppContext {
    let initial_lang = initial.lang;
    let state = RwSignal::new(initial);
    let ctx = AppContext {
        route,
        root: route.root(initial_lang),
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

/// The operator of this copy of the site, from the build's settings: given to the components
/// while the build renders the pages, read from the page's data block by the app.
pub fn operator() -> Option<ox_core::operator::Operator> {
    use_context::<ox_core::operator::Operator>()
}

/// Who publishes the dataset and the charts, for their citations in a language: the operator,
/// or, should the page have lost its settings, the site's name. Read once, where the component
/// is made (the context is not there when a signal recomputes).
pub fn publisher() -> impl Fn(Lang) -> String + Clone + Send + Sync + 'static {
    let name = operator().map(|o| o.name);
    move |lang| {
        name.clone()
            .unwrap_or_else(|| ox_core::i18n::UiText::SiteTitle.get(lang).to_string())
    }
}
