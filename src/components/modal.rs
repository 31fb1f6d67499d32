use crate::app::use_app_context;
use crate::i18n::T;
use leptos::html::Dialog;
use leptos::prelude::*;

/// A button that opens a modal dialog. The content is only built while the dialog is open; the
/// browser's `<dialog>` keeps focus inside and closes on Escape.
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
    let lang = use_app_context().lang;
    let open = RwSignal::new(false);
    let dialog = NodeRef::<Dialog>::new();
    Effect::new(move |_| {
        if let Some(d) = dialog.get() {
            if open.get() && !d.open() {
                let _ = d.show_modal();
            } else if !open.get() && d.open() {
                d.close();
            }
        }
    });
    let dialog_id = format!("{testid}-dialog");
    let children = StoredValue::new(children);
    view! {
        <button
            type="button"
            class="tool"
            data-testid=testid
            aria-haspopup="dialog"
            aria-label=move || button_label.map(|l| l.get())
            on:click=move |_| open.set(true)
        >
            {move || button.get()}
        </button>
        <dialog
            node_ref=dialog
            class="modal"
            data-testid=dialog_id
            aria-label=move || title.get()
            on:close=move |_| open.set(false)
        >
            <div class="modal-head">
                <h2>{move || title.get()}</h2>
                <button type="button" class="close" on:click=move |_| open.set(false)>
                    {move || T::Close.get(lang.get())}
                </button>
            </div>
            <Show when=move || open.get()>{move || children.with_value(|c| c())}</Show>
        </dialog>
    }
}
