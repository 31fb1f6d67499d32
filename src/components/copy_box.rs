use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::i18n::UiText;

/// A text to copy (link, embed code, citation): shown in full, selectable, with a copy button.
#[component]
pub fn CopyBox(
    /// What the text is.
    #[prop(into)]
    label: Signal<String>,
    /// The text.
    #[prop(into)]
    text: Signal<String>,
    /// `data-testid` of the text field.
    #[prop(into)]
    testid: String,
    /// Visible lines of the text field.
    #[prop(default = 3)]
    rows: u32,
) -> impl IntoView {
    let lang = use_app_context().lang;
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let value = text.get_untracked();
        leptos::task::spawn_local(async move {
            copied.set(Some(crate::web::copy_text(value).await));
        });
    };
    view! {
        <div class="copy-box">
            <label>
                <span class="copy-label">{move || label.get()}</span>
                <textarea readonly rows=rows data-testid=testid prop:value=move || text.get()></textarea>
            </label>
            <button type="button" on:click=copy>
                {move || UiText::Copy.get(lang.get())}
            </button>
            <span class="copy-status" role="status">
                {move || match copied.get() {
                    Some(true) => UiText::Copied.get(lang.get()),
                    Some(false) => UiText::CopyFailed.get(lang.get()),
                    None => "",
                }}
            </span>
        </div>
    }
}
