//! The pages of text every public site needs: accessibility statement with feedback contact,
//! Leichte Sprache summary, privacy. Each is its own route (`…/<slug>/`).

use crate::app::use_app_context;
use crate::model::Dataset;
use crate::route::PageId;
use leptos::prelude::*;
use std::sync::Arc;

/// One page of text.
#[component]
pub fn InfoPage(page: PageId, dataset: Arc<Dataset>) -> impl IntoView {
    let _lang = use_app_context().lang;
    let _ = dataset;
    view! { <h1 data-testid=format!("page-{}", page.slug())>{page.slug()}</h1> }
}
