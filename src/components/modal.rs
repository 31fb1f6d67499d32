use crate::context::use_app_context;
use leptos::html::Dialog;
use leptos::prelude::*;
use ox_core::i18n::UiText;

/// A button that opens a modal dialog (see [`ModalDialog`]).
#[component]
pub fn Modal(
    /// Text of the opening button.
    #[prop(into)]
    button: Signal<String>,
    /// Heading of the dialog.
    #[prop(into)]
    title: Signal<String>,
    /// `data-testid` of the opening button; the dialog gets the same id with `-dialog`.
    #[prop(into)]
    testid: String,
    /// Accessible name of the opening button, where the visible text alone is too short.
    #[prop(optional, into)]
    button_label: Option<Signal<String>>,
    children: ChildrenFn,
) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <button
            type="button"
            class="tool"
            data-testid=testid.clone()
            aria-haspopup="dialog"
            aria-label=move || button_label.map(|l| l.get())
            on:click=move |_| open.set(true)
        >
            {move || button.get()}
        </button>
        <ModalDialog open title testid children />
    }
}

/// A modal dialog, in the page only while `open` (a closed dialog costs nothing, which matters for
/// a table's rows). The browser's `<dialog>` keeps focus inside, closes on Escape and gives focus
/// back to what had it, usually the button that opened it.
#[component]
pub fn ModalDialog(
    /// Whether the dialog is open; set to false when the reader closes it.
    open: RwSignal<bool>,
    /// Heading of the dialog.
    #[prop(into)]
    title: Signal<String>,
    /// The dialog's `data-testid` is this with `-dialog`.
    #[prop(into)]
    testid: String,
    children: ChildrenFn,
) -> impl IntoView {
    let lang = use_app_context().lang;
    let dialog = NodeRef::<Dialog>::new();
    // Opened as a modal once it is in the page.
    Effect::new(move |_| {
        if let Some(d) = dialog.get() {
            if open.get_untracked() && !d.open() {
                let _ = d.show_modal();
            }
        }
    });
    // Closing through the browser gives focus back before the dialog leaves the page.
    let close = move || match dialog.get_untracked() {
        Some(d) if d.open() => d.close(),
        _ => open.set(false),
    };
    let dialog_id = format!("{testid}-dialog");
    let children = StoredValue::new(children);
    view! {
        <Show when=move || open.get()>
            <dialog
                node_ref=dialog
                class="modal"
                data-testid=dialog_id.clone()
                aria-label=move || title.get()
                on:close=move |_| open.set(false)
            >
                <div class="modal-head">
                    <h2>{move || title.get()}</h2>
                    <button type="button" class="close" on:click=move |_| close()>
                        {move || UiText::Close.get(lang.get())}
                    </button>
                </div>
                {move || children.with_value(|c| c())}
            </dialog>
        </Show>
    }
}
