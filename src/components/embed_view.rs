use super::dashboard::provide_dashboard_data;
use super::{ChartCard, SnapshotBar};
use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::charts::ChartId;
use ox_core::i18n::UiText;
use ox_core::model::Dataset;
use ox_core::route::{link, Route};
use ox_core::view_state::ViewState;
use std::sync::Arc;

/// One chart for a press page: title, takeaway, chart, source, its data, and a link to the full
/// site with the same view. It fills the width the host gives it.
#[component]
pub fn EmbedView(dataset: Arc<Dataset>, chart: Option<ChartId>) -> impl IntoView {
    let ctx = use_app_context();
    let lang = ctx.lang;
    provide_dashboard_data(&dataset);
    let Some(id) = chart else {
        return view! {
            <p class="error-panel" role="alert" data-testid="embed-unknown">
                {move || UiText::EmbedUnknown.get(lang.get())}
            </p>
        }
        .into_any();
    };
    // The full site, showing this chart with the embed's language, filter and data version.
    let full_site = move || {
        let s = ctx.state.get();
        let view = ViewState {
            section: Some(id.slug().to_string()),
            theme: None,
            ..s
        };
        link(ctx.root, &view.address(Route::Dashboard))
    };
    view! {
        <div class="embed" data-testid="embed">
            <SnapshotBar dataset=dataset.clone() />
            <ChartCard id embedded=true />
            <p class="embed-link">
                <a href=full_site target="_blank" rel="noopener" data-testid="embed-full-site">
                    {move || UiText::EmbedFullSite.get(lang.get())}
                </a>
            </p>
        </div>
    }
    .into_any()
}
