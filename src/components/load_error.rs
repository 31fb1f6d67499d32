use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::i18n::{load_error_message, UiText};
use ox_core::load::LoadError;

/// Says why the data cannot be shown, in the reader's language, with a way to try again.
#[component]
pub fn LoadErrorPanel(
    /// What went wrong.
    error: LoadError,
    /// Loads the dataset again.
    on_retry: impl Fn() + 'static,
) -> impl IntoView {
    let lang = use_app_context().lang;
    let error = StoredValue::new(error);
    view! {
        <section class="error-panel" role="alert" data-testid="load-error">
            <h1>{move || error.with_value(|e| load_error_message(e, lang.get()).headline)}</h1>
            <p data-testid="load-error-detail">
                {move || error.with_value(|e| load_error_message(e, lang.get()).detail)}
            </p>
            <button type="button" on:click=move |_| on_retry()>
                {move || UiText::Retry.get(lang.get())}
            </button>
        </section>
    }
}

/// Says, over the page rendered at build time, that its figures stand but filtering, sorting and
/// searching are not available, and why, with a way to try again. The copy stays as it is.
#[component]
pub fn DataUnavailableNotice(
    /// What went wrong.
    error: LoadError,
    /// Loads the dataset again.
    on_retry: impl Fn() + 'static,
) -> impl IntoView {
    let lang = use_app_context().lang;
    let error = StoredValue::new(error);
    let message = move || {
        let m = error.with_value(|e| load_error_message(e, lang.get()));
        format!("{} {}", m.headline, m.detail)
    };
    // The reader may put it away: it lies over the page.
    let hidden = RwSignal::new(false);
    view! {
            <div
                class="app-status failed data-unavailable"
                role="status"
                data-testid="data-unavailable"
                hidden=move || hidden.get()
            >
                <p>{move || UiText::InteractiveUnavailable.get(lang.get())}</p>
                <p class="detail" data-testid="data-unavailable-detail">{message}</p>
                <p class="actions">
                    <button type="button" on:click=move |_| on_retry()>
                        {move || UiText::Retry.get(lang.get())}
                    </button>
                    <button type="button" on:click=move |_| hidden.set(true)>
                        {move || UiText::HideNotice.get(lang.get())}
                    </button>
                </p>
            </div>
    }
}
