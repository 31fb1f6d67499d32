use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::i18n::Lang;
use ox_core::view_state::ViewState;

/// A link to this page in the other language, with the reader's view (filters, sort, section) in
/// its query: each language has its own pages, so it works without JavaScript too.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let ctx = use_app_context();
    let other = move || match ctx.lang.get() {
        Lang::De => Lang::En,
        Lang::En => Lang::De,
    };
    let href = move || {
        let address = ctx.state.with(|s| {
            ViewState {
                lang: other(),
                ..s.clone()
            }
            .address(ctx.route)
        });
        ox_core::route::link(ctx.root, &address)
    };
    view! {
        <a
            class="lang-switch"
            data-testid="lang-switch"
            href=href
            hreflang=move || other().code()
            lang=move || other().code()
        >
            {move || match other() {
                Lang::De => "Deutsch",
                Lang::En => "English",
            }}
        </a>
    }
}
