use super::echart::SpecRef;
use super::{DashboardData, DataTableView, EChart, Modal, SharePanel};
use crate::app::use_app_context;
use crate::charts::{build, ChartId, ChartInput, ClickTarget};
use crate::i18n::T;
use crate::url_state::PortfolioFilter;
use leptos::prelude::*;
use std::sync::Arc;

/// One chart with its title, computed takeaway, source line and its data one click away.
/// Clicking a bar filters every other view to that body or Ressort.
#[component]
pub fn ChartCard(
    id: ChartId,
    /// In an embed, the card is the page: no share dialog, and the title is the page's heading.
    #[prop(optional)]
    embedded: bool,
) -> impl IntoView {
    let ctx = use_app_context();
    let lang = ctx.lang;
    let data = expect_context::<DashboardData>();
    let snapshot = data.snapshot.clone();
    let rows = data.chart_rows;
    let spec = Memo::new(move |_| {
        // Charts get the rows in printed order; each sorts as its message needs.
        let bodies = if id.uses_bodies() {
            rows.with(|r| r.iter().map(|&i| &snapshot.bodies[i]).collect())
        } else {
            Vec::new()
        };
        let input = ChartInput {
            snapshot: &snapshot,
            bodies,
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
    let title = move || spec.with(|s| s.0.title.clone());
    let heading = move || {
        if embedded {
            view! { <h1 class="chart-title">{title}</h1> }.into_any()
        } else {
            view! { <h3 class="chart-title">{title}</h3> }.into_any()
        }
    };
    let export_status = RwSignal::new(None::<String>);
    let tools = (!embedded).then(|| {
        let export = move |kind: ImageKind| export_image(spec, kind, export_status);
        view! {
            <div class="chart-tools">
                <Modal
                    button=Signal::derive(move || T::ShareEmbed.get(lang.get()).to_string())
                    title=Signal::derive(move || T::ShareEmbedTitle.fill(lang.get(), &[("title", &title())]))
                    testid=format!("share-{slug}")
                >
                    <SharePanel id spec />
                </Modal>
                <button
                    type="button"
                    class="tool"
                    data-testid=format!("png-{slug}")
                    aria-label=move || T::ExportPngLabel.fill(lang.get(), &[("title", &title())])
                    on:click=move |_| export(ImageKind::Png)
                >
                    {move || T::ExportPng.get(lang.get())}
                </button>
                <button
                    type="button"
                    class="tool"
                    data-testid=format!("svg-{slug}")
                    aria-label=move || T::ExportSvgLabel.fill(lang.get(), &[("title", &title())])
                    on:click=move |_| export(ImageKind::Svg)
                >
                    {move || T::ExportSvg.get(lang.get())}
                </button>
                <span role="status" class="copy-status">{move || export_status.get()}</span>
            </div>
        }
    });
    view! {
        <figure class="chart-card" id=slug data-testid=format!("chart-{slug}")>
            {heading}
            <p class="takeaway" data-testid="takeaway">{move || spec.with(|s| s.0.takeaway.clone())}</p>
            <EChart spec on_select />
            <figcaption class="source">{move || spec.with(|s| s.0.source.clone())}</figcaption>
            {tools}
            <details class="chart-data">
                <summary>{move || T::ShowData.get(lang.get())}</summary>
                {move || view! { <DataTableView table=spec.with(|s| s.0.table.clone()) /> }}
            </details>
            // Printed pages show every chart's data; a closed <details> would not print.
            <div class="print-only" aria-hidden="true">
                {move || view! { <DataTableView table=spec.with(|s| s.0.table.clone()) /> }}
            </div>
        </figure>
    }
}

#[derive(Clone, Copy)]
enum ImageKind {
    Png,
    Svg,
}

/// Makes the chart's image file in the browser; the status says when it fails.
#[cfg(target_arch = "wasm32")]
fn export_image(spec: Memo<SpecRef>, kind: ImageKind, status: RwSignal<Option<String>>) {
    use crate::chart_export::{export, ExportText, ImageKind as Kind};
    let ctx = use_app_context();
    let data = expect_context::<DashboardData>();
    let spec = spec.get_untracked().0;
    let lang = ctx.lang.get_untracked();
    let version = data.snapshot.id.clone();
    let url = crate::browser::site_url(ctx.route);
    let text = ExportText {
        footer: T::ExportFooter.fill(
            lang,
            &[
                ("source", &spec.source),
                ("version", &version),
                ("url", &url),
            ],
        ),
        file_stem: format!("open-xchange-{}-{version}", spec.id.slug()),
    };
    let theme = ctx.theme.get_untracked();
    let kind = match kind {
        ImageKind::Png => Kind::Png,
        ImageKind::Svg => Kind::Svg,
    };
    status.set(None);
    leptos::task::spawn_local(async move {
        if let Err(error) = export(&spec, theme, text, kind).await {
            status.set(Some(T::ExportFailed.fill(lang, &[("error", &error)])));
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn export_image(_spec: Memo<SpecRef>, _kind: ImageKind, _status: RwSignal<Option<String>>) {}
