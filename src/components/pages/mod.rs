//! The pages of text every public site needs: about the site (with its page weight), accessibility statement with feedback contact,
//! Leichte Sprache summary, privacy, Impressum. Each is its own route (`…/<slug>/`); the texts
//! are in `ox_core::i18n::PageText`, the operator's contact comes from the build's settings
//! ([`contact_block`]).

mod about;
mod accessibility;
mod contact_block;
mod easy_language;
mod imprint;
mod privacy;

use crate::context::use_app_context;
use about::About;
use accessibility::AccessibilityStatement;
use contact_block::ContactBlock;
use easy_language::EasyLanguage;
use imprint::Imprint;
use leptos::prelude::*;
use ox_core::i18n::PageText;
use ox_core::model::Dataset;
use ox_core::route::{PageId, Route};
use ox_core::view_state::ViewState;
use privacy::Privacy;
use std::sync::Arc;

/// List items of page texts, in the reader's language.
fn list_items(lang: Memo<ox_core::i18n::Lang>, keys: &'static [PageText]) -> impl IntoView {
    keys.iter()
        .map(|&k| view! { <li>{move || k.get(lang.get())}</li> })
        .collect_view()
}

/// One page of text, with a link back to the dashboard in the reader's language.
#[component]
pub fn InfoPage(page: PageId, dataset: Arc<Dataset>) -> impl IntoView {
    let ctx = use_app_context();
    let lang = ctx.lang;
    let root = ctx.root;
    let content = match page {
        PageId::About => {
            let snapshot = Arc::new(dataset.latest().clone());
            view! { <About snapshot /> }.into_any()
        }
        PageId::Accessibility => view! { <AccessibilityStatement /> }.into_any(),
        PageId::EasyLanguage => {
            let snapshot = Arc::new(dataset.latest().clone());
            view! { <EasyLanguage snapshot /> }.into_any()
        }
        PageId::Privacy => view! { <Privacy /> }.into_any(),
        PageId::Imprint => {
            let snapshot = Arc::new(dataset.latest().clone());
            view! { <Imprint snapshot /> }.into_any()
        }
    };
    let back = move || {
        let home = ViewState {
            lang: lang.get(),
            ..ViewState::default()
        }
        .address(Route::Dashboard);
        ox_core::route::link(root, &home)
    };
    view! {
        <article class="text-page">
            {content}
            <p class="back">
                <a href=back data-testid="back-to-dashboard">
                    {move || PageText::BackToDashboard.get(lang.get())}
                </a>
            </p>
        </article>
    }
}
