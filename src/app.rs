//! The app: shared view state, the dataset resource, and the page.

use crate::api::{self, LoadError};
use crate::charts::Theme;
use crate::components::{Dashboard, EmbedView, LanguageSwitch, LoadErrorPanel};
use crate::i18n::{Lang, T};
use crate::model::Dataset;
use crate::route::{dataset_path, Route};
use crate::url_state::ViewState;
use leptos::prelude::*;
use std::sync::Arc;

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
}

pub fn provide_app_context(initial: ViewState, route: Route) -> AppContext {
    let state = RwSignal::new(initial);
    let ctx = AppContext {
        route,
        state,
        lang: Memo::new(move |_| state.with(|s| s.lang)),
        theme: RwSignal::new(Theme::Light),
        reduced_motion: RwSignal::new(false),
    };
    provide_context(ctx);
    ctx
}

pub fn use_app_context() -> AppContext {
    expect_context::<AppContext>()
}

#[component]
pub fn App() -> impl IntoView {
    let route = crate::browser::current_route();
    let ctx = provide_app_context(crate::browser::initial_view_state(), route);
    crate::browser::sync_with_browser(ctx);
    let lang = ctx.lang;
    // A pinned data version loads its own frozen file, so it keeps showing what it showed.
    let data: LocalResource<Result<Arc<Dataset>, LoadError>> = LocalResource::new(move || {
        let pinned = ctx.state.with(|s| s.snapshot.clone());
        let url = format!("{}{}", route.root(), dataset_path(pinned.as_deref()));
        async move { api::load_dataset(&url).await }
    });
    let content = move || match data.get() {
        None => view! {
            <p class="status" role="status" data-testid="loading">
                {T::Loading.get(lang.get())}
            </p>
        }
        .into_any(),
        Some(Err(e)) => {
            view! { <LoadErrorPanel error=e on_retry=move || data.refetch() /> }.into_any()
        }
        Some(Ok(dataset)) => match route {
            Route::Dashboard => view! { <Dashboard dataset /> }.into_any(),
            Route::Embed(chart) => view! { <EmbedView dataset chart /> }.into_any(),
        },
    };

    match route {
        Route::Embed(_) => view! { <main id="main" class="embed-main">{content}</main> }.into_any(),
        Route::Dashboard => view! {
            <a class="skip-link" href="#main">
                {move || T::SkipLink.get(lang.get())}
            </a>
            <header class="site-header">
                <p class="site-title">{move || T::SiteTitle.get(lang.get())}</p>
                <LanguageSwitch />
            </header>
            <main id="main" tabindex="-1">{content}</main>
            <footer class="site-footer">
                <p>{move || T::Footer.get(lang.get())}</p>
            </footer>
        }
        .into_any(),
    }
}
