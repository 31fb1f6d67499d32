//! The app: the dataset resource and the page around it.

use crate::components::{
    Dashboard, DataUnavailableNotice, EmbedView, InfoPage, LanguageSwitch, LoadErrorPanel,
};
use crate::context::{provide_app_context, use_app_context};
use leptos::prelude::*;
use ox_core::i18n::UiText;
use ox_core::load::LoadError;
use ox_core::model::Dataset;
use ox_core::route::{dataset_path, PageId, Route};
use std::sync::Arc;

#[component]
pub fn App() -> impl IntoView {
    let route = crate::web::current_route();
    let ctx = provide_app_context(crate::web::initial_view_state(), route);
    // Who runs this copy of the site: from the build's settings, in the page's data block.
    if let Some(operator) = crate::web::operator() {
        provide_context(operator);
    }
    let root = ctx.root;
    crate::web::sync_with_browser(ctx);
    let lang = ctx.lang;
    // A pinned data version loads its own frozen file, so it keeps showing what it showed.
    // Only the pinned version decides which file to load; other view changes must not refetch.
    let pinned = Memo::new(move |_| ctx.state.with(|s| s.snapshot.clone()));
    // A pinned version's file knows no later answers: the newest is loaded beside it, so the page
    // can say that there is a newer one.
    let newest = LocalResource::new(move || {
        let pinned = pinned.get();
        let url = format!("{root}{}", dataset_path(None));
        async move {
            match pinned {
                Some(_) => crate::web::load_dataset(&url).await.ok(),
                None => None,
            }
        }
    });
    provide_context(crate::components::NewestData(newest));
    let data: LocalResource<Result<Arc<Dataset>, LoadError>> = LocalResource::new(move || {
        let pinned = pinned.get();
        let url = format!("{root}{}", dataset_path(pinned.as_deref()));
        async move { crate::web::load_dataset(&url).await }
    });
    // Where the server sent a prerendered page, it stays until the app can show the data itself;
    // the app then takes its place in one step, with the same layout. When the data cannot be
    // shown, the copy stays too, with a notice: it holds the published figures, table and charts,
    // and the reader keeps what they were reading. Not so where the address pins a data version:
    // the copy shows the newest one.
    let keep_copy = move || pinned.get_untracked().is_none() && crate::web::has_prerendered();
    move || match data.get() {
        // Until the app has its data, the copy stays; later (another data version loading), the
        // page says it is loading.
        None if crate::web::has_prerendered() => ().into_any(),
        Some(Err(e)) if keep_copy() => {
            crate::web::clear_boot_status();
            view! { <DataUnavailableNotice error=e on_retry=move || data.refetch() /> }.into_any()
        }
        None => view! {
            <Shell route>
                <p class="status" role="status" data-testid="loading">
                    {UiText::Loading.get(lang.get())}
                </p>
            </Shell>
        }
        .into_any(),
        Some(result) => {
            crate::web::remove_prerendered();
            let content = match result {
                Ok(dataset) => route_view(route, dataset),
                Err(e) => {
                    view! { <LoadErrorPanel error=e on_retry=move || data.refetch() /> }.into_any()
                }
            };
            view! { <Shell route>{content}</Shell> }.into_any()
        }
    }
}

/// The view of a route once the dataset is there; the same function renders it at build time.
pub fn route_view(route: Route, dataset: Arc<Dataset>) -> AnyView {
    match route {
        Route::Dashboard => view! { <Dashboard dataset /> }.into_any(),
        Route::Embed(chart) => view! { <EmbedView dataset chart /> }.into_any(),
        Route::Page(page) => view! { <InfoPage page dataset /> }.into_any(),
    }
}

/// The chrome around every page: skip link, header with language switch, footer with the links
/// every public page needs. An embed is only its chart, with a small footer.
#[component]
pub fn Shell(route: Route, children: Children) -> impl IntoView {
    let ctx = use_app_context();
    let (lang, root) = (ctx.lang, ctx.root);
    // In an embed the links open outside the host page's iframe.
    let target = matches!(route, Route::Embed(_)).then_some("_blank");
    let rel = target.map(|_| "noopener");
    // The links lead to the pages in the reader's language.
    let home = move || ox_core::route::link(root, &Route::Dashboard.path(lang.get()));
    let footer_links = move || {
        let lang = lang.get();
        PageId::ALL
            .into_iter()
            .map(|p| {
                let label = p.name();
                view! {
                    <li>
                        <a
                            href=format!("{root}{}", Route::Page(p).path(lang))
                            target=target
                            rel=rel
                            data-testid=format!("footer-{}", p.slug())
                        >
                            {label.get(lang)}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    match route {
        Route::Embed(_) => view! {
            <main id="main" class="embed-main">{children()}</main>
            <footer class="embed-footer">
                <ul class="footer-links">{footer_links}</ul>
            </footer>
        }
        .into_any(),
        _ => view! {
            <a class="skip-link" href="#main">
                {move || UiText::SkipLink.get(lang.get())}
            </a>
            <header class="site-header">
                <p class="site-title">
                    <a href=home>
                        {move || UiText::SiteTitle.get(lang.get())}
                    </a>
                </p>
                <LanguageSwitch />
            </header>
            <main id="main" tabindex="-1">{children()}</main>
            <footer class="site-footer">
                <nav aria-label=move || UiText::FooterNav.get(lang.get())>
                    <ul class="footer-links">{footer_links}</ul>
                </nav>
                <p>{move || UiText::Footer.get(lang.get())}</p>
                {crate::context::operator().map(|o| view! {
                    <p data-testid="footer-operator">
                        {move || UiText::OperatedBy.fill(lang.get(), &[("name", &o.name)])}
                    </p>
                })}
            </footer>
        }
        .into_any(),
    }
}
