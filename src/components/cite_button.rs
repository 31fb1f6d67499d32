use super::{CopyBox, Modal};
use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::i18n::UiText;

/// "Zitieren": opens the citation of a figure or a row, ready to copy.
#[component]
pub fn CiteButton(
    /// What is cited, for the button's accessible name ("Polizei", "Kennzahlen").
    #[prop(into)]
    what: Signal<String>,
    /// The citation text.
    #[prop(into)]
    text: Signal<String>,
    #[prop(into)] testid: String,
) -> impl IntoView {
    let lang = use_app_context().lang;
    let box_id = format!("{testid}-text");
    view! {
        <Modal
            button=Signal::derive(move || UiText::Cite.get(lang.get()).to_string())
            button_label=Signal::derive(move || UiText::CiteWhat.fill(lang.get(), &[("what", &what.get())]))
            title=Signal::derive(move || UiText::CiteWhat.fill(lang.get(), &[("what", &what.get())]))
            testid=testid
        >
            <CopyBox
                label=Signal::derive(move || UiText::CitationLabel.get(lang.get()).to_string())
                text=text
                testid=box_id.clone()
                rows=4
            />
        </Modal>
    }
}
