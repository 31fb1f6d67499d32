use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::i18n::Lang;

/// Switches between German and English; the choice goes into the URL with the rest of the view.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let ctx = use_app_context();
    let other = move || match ctx.lang.get() {
        Lang::De => Lang::En,
        Lang::En => Lang::De,
    };
    view! {
        <button
            type="button"
            class="lang-switch"
            data-testid="lang-switch"
            lang=move || other().code()
            on:click=move |_| ctx.state.update(|s| s.lang = other())
        >
            {move || match other() {
                Lang::De => "Deutsch",
                Lang::En => "English",
            }}
        </button>
    }
}
