use super::echart::SpecRef;
use super::{DashboardData, DataTableView, EChart};
use crate::app::use_app_context;
use crate::charts::{build, ChartId, ChartInput, ClickTarget};
use crate::i18n::T;
use crate::url_state::PortfolioFilter;
use leptos::prelude::*;
use std::sync::Arc;

/// One chart with its title, computed takeaway, source line and its data one click away.
/// Clicking a bar filters every other view to that body or Ressort.
#[component]
pub fn ChartCard(id: ChartId) -> impl IntoView {
    let ctx = use_app_context();
    let lang = ctx.lang;
    let data = expect_context::<DashboardData>();
    let snapshot = data.snapshot.clone();
    let rows = data.rows;
    let spec = Memo::new(move |_| {
        // Charts get the rows in printed order; each sorts as its message needs.
        let mut indices = rows.get();
        indices.sort_unstable();
        let input = ChartInput {
            snapshot: &snapshot,
            bodies: indices.iter().map(|&i| &snapshot.bodies[i]).collect(),
            lang: lang.get(),
            theme: ctx.theme.get(),
            animate: !ctx.reduced_motion.get(),
        };
        SpecRef(Arc::new(build(id, &input)))
    });
    let on_select = move |index: usize| {
        let target = spec.with_untracked(|s| s.0.click_targets.get(index).cloned());
        ctx.state.update(|s| match target {
            Some(ClickTarget::Body(b)) => s.body = Some(b),
            Some(ClickTarget::Portfolio(p)) => {
                s.portfolio = Some(PortfolioFilter::from_portfolio(p.as_deref()));
                s.body = None;
            }
            _ => {}
        });
    };
    let slug = id.slug();
    view! {
        <figure class="chart-card" id=slug data-testid=format!("chart-{slug}")>
            <h3>{move || spec.with(|s| s.0.title.clone())}</h3>
            <p class="takeaway" data-testid="takeaway">{move || spec.with(|s| s.0.takeaway.clone())}</p>
            <EChart spec on_select />
            <figcaption class="source">{move || spec.with(|s| s.0.source.clone())}</figcaption>
            <details class="chart-data">
                <summary>{move || T::ShowData.get(lang.get())}</summary>
                {move || view! { <DataTableView table=spec.with(|s| s.0.table.clone()) /> }}
            </details>
        </figure>
    }
}
