//! The app: loads the dataset once and shows the loading state, the error, or the page.

use crate::api::{self, LoadError};
use crate::components::{LoadErrorPanel, Overview};
use crate::i18n::{Lang, T};
use crate::model::Dataset;
use leptos::prelude::*;
use std::sync::Arc;

/// State every component reads: the reader's language.
#[derive(Clone, Copy)]
pub struct AppContext {
    pub lang: RwSignal<Lang>,
}

pub fn provide_app_context() -> AppContext {
    let ctx = AppContext {
        lang: RwSignal::new(Lang::De),
    };
    provide_context(ctx);
    ctx
}

pub fn use_app_context() -> AppContext {
    expect_context::<AppContext>()
}

#[component]
pub fn App() -> impl IntoView {
    let ctx = provide_app_context();
    let lang = ctx.lang;
    let data: LocalResource<Result<Arc<Dataset>, LoadError>> =
        LocalResource::new(|| api::load_dataset(api::DATASET_URL));

    view! {
        <a class="skip-link" href="#main">
            {move || lang.get().pick("Zum Inhalt springen", "Skip to content")}
        </a>
        <header class="site-header">
            <p class="site-title">{move || T::SiteTitle.get(lang.get())}</p>
        </header>
        <main id="main" tabindex="-1">
            {move || match data.get() {
                None => {
                    view! {
                        <p class="status" role="status" data-testid="loading">
                            {T::Loading.get(lang.get())}
                        </p>
                    }
                        .into_any()
                }
                Some(Err(e)) => {
                    view! { <LoadErrorPanel error=e on_retry=move || data.refetch() /> }.into_any()
                }
                Some(Ok(dataset)) => view! { <Overview dataset /> }.into_any(),
            }}
        </main>
    }
}
