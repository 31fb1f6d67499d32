use super::{DashboardData, DataTableView, EChart, Modal, SharePanel};
use crate::context::use_app_context;
use crate::web::ImageKind;
use crate::web::SpecRef;
use leptos::prelude::*;
use ox_core::charts::{build, ChartId, ChartInput, ClickTarget, Theme};
use ox_core::i18n::UiText;
use ox_core::view_state::PortfolioFilter;
use std::sync::Arc;

/// One chart with its title, computed takeaway, how it is sorted, source line and its data one
/// click away. Clicking (or tapping) a bar shows its values and a button that filters every view
/// to that body or Ressort: a tap made while scrolling must not filter the page. An active filter
/// is named above the chart, with a way to clear it.
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
    let previous = data.previous.clone();
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
            previous: previous.as_deref(),
            bodies,
            lang: lang.get(),
            theme: ctx.theme.get(),
            animate: !ctx.reduced_motion.get(),
        };
        SpecRef(Arc::new(build(id, &input)))
    });
    // The item the reader clicked, tapped or chose with Enter: (spec it belongs to, target index).
    let picked = RwSignal::new(None::<(usize, usize)>);
    let spec_key = move || spec.with(|s| Arc::as_ptr(&s.0) as usize);
    let on_select = move |index: usize| {
        let key = spec.with_untracked(|s| Arc::as_ptr(&s.0) as usize);
        picked.set(Some((key, index)));
    };
    let slug = id.slug();
    let filter_to = move |target: ClickTarget| {
        ctx.state.update(|s| match target {
            ClickTarget::Body(b) => s.body = Some(b),
            ClickTarget::Portfolio(p) => {
                s.portfolio = Some(PortfolioFilter::from_portfolio(p.as_deref()));
                s.body = None;
            }
            ClickTarget::Nothing => {}
        });
        picked.set(None);
        // The chart changes its height with the filter: keep its card in view, and the focus
        // on the chart (the button that had it is gone).
        crate::web::scroll_to(slug);
        crate::web::focus_chart(slug);
    };
    let pick_snapshot = data.snapshot.clone();
    let pick = move || {
        let (key, index) = picked.get()?;
        if key != spec_key() {
            return None;
        }
        let lang = lang.get();
        let (target, said) = spec.with(|s| {
            let target = s.0.click_targets.get(index)?.clone();
            let said =
                s.0.points
                    .iter()
                    .find(|p| p.target == Some(index))
                    .map(|p| p.announcement.clone())
                    .unwrap_or_default();
            Some((target, said))
        })?;
        let what = match &target {
            ClickTarget::Body(b) => b.clone(),
            ClickTarget::Portfolio(p) => {
                ox_core::naming::portfolio_in_text(&pick_snapshot, p.as_deref(), lang)
            }
            ClickTarget::Nothing => return None,
        };
        Some(view! {
            <div class="chart-pick" data-testid=format!("chart-pick-{slug}")>
                <p>{said}</p>
                <button
                    type="button"
                    data-testid=format!("chart-filter-{slug}")
                    on:click=move |_| filter_to(target.clone())
                >
                    {UiText::PickFilter.fill(lang, &[("what", &what)])}
                </button>
                <button
                    type="button"
                    class="close"
                    aria-label=UiText::PickClose.get(lang)
                    on:click=move |_| picked.set(None)
                >
                    "✕"
                </button>
            </div>
        })
    };
    let filter_snapshot = data.snapshot.clone();
    let active_filter = move || {
        let lang = lang.get();
        let words = ctx
            .state
            .with(|s| ox_core::cite::selection_words(s, &filter_snapshot, lang))?;
        Some(view! {
            <p class="chart-filter" data-testid=format!("chart-filtered-{slug}")>
                {UiText::ChartFiltered.fill(lang, &[("what", &words)])}
                " "
                <button
                    type="button"
                    class="link"
                    on:click=move |_| {
                        ctx.state.update(|s| {
                            s.portfolio = None;
                            s.body = None;
                            s.search.clear();
                        })
                    }
                >
                    {UiText::ClearFilter.get(lang)}
                </button>
            </p>
        })
    };
    let title = move || spec.with(|s| s.0.title.clone());
    let heading = move || {
        if embedded {
            view! { <h1 class="chart-title">{title}</h1> }.into_any()
        } else {
            view! { <h3 class="chart-title">{title}</h3> }.into_any()
        }
    };
    // The official paper beside the source line (in an embed it opens outside the host's frame).
    let official = data.snapshot.source.url.clone();
    let export_status = RwSignal::new(None::<String>);
    // Exported images are light unless the reader asks for dark, whatever the page shows.
    let export_theme = RwSignal::new(Theme::Light);
    let tools = (!embedded).then(|| {
        let export = move |kind: ImageKind| export_image(id, kind, export_theme.get_untracked(), export_status);
        view! {
            <div class="chart-tools">
                <Modal
                    button=Signal::derive(move || UiText::ShareEmbed.get(lang.get()).to_string())
                    title=Signal::derive(move || UiText::ShareEmbedTitle.fill(lang.get(), &[("title", &title())]))
                    testid=format!("share-{slug}")
                >
                    <SharePanel id spec />
                </Modal>
                <label class="tool-scheme">
                    {move || UiText::ExportScheme.get(lang.get())}
                    " "
                    <select
                        data-testid=format!("scheme-{slug}")
                        on:change=move |ev| {
                            export_theme
                                .set(
                                    if event_target_value(&ev) == "dark" {
                                        Theme::Dark
                                    } else {
                                        Theme::Light
                                    },
                                )
                        }
                    >
                        <option value="light" selected=true>{move || UiText::ThemeLight.get(lang.get())}</option>
                        <option value="dark">{move || UiText::ThemeDark.get(lang.get())}</option>
                    </select>
                </label>
                <button
                    type="button"
                    class="tool"
                    data-testid=format!("png-{slug}")
                    aria-label=move || UiText::ExportPngLabel.fill(lang.get(), &[("title", &title())])
                    on:click=move |_| export(ImageKind::Png)
                >
                    {move || UiText::ExportPng.get(lang.get())}
                </button>
                <button
                    type="button"
                    class="tool"
                    data-testid=format!("svg-{slug}")
                    aria-label=move || UiText::ExportSvgLabel.fill(lang.get(), &[("title", &title())])
                    on:click=move |_| export(ImageKind::Svg)
                >
                    {move || UiText::ExportSvg.get(lang.get())}
                </button>
                <span role="status" class="copy-status">{move || export_status.get()}</span>
            </div>
        }
    });
    view! {
        <figure class="chart-card" id=slug data-testid=format!("chart-{slug}")>
            // The caption first (a figure's caption is its first or last child): what the chart
            // says and how it is drawn; the source follows the drawing.
            <figcaption>
                {heading}
                <p class="takeaway" data-testid="takeaway">{move || spec.with(|s| s.0.takeaway.clone())}</p>
                <p class="chart-note" data-testid="chart-note">{move || spec.with(|s| s.0.note.clone())}</p>
            </figcaption>
            {active_filter}
            <EChart spec on_select />
            {pick}
            <p class="source" data-testid="chart-source">
                {move || spec.with(|s| s.0.source.clone())}
                {official.clone().map(|url| {
                    view! {
                        " · "
                        <a href=url target=embedded.then_some("_blank") rel=embedded.then_some("noopener")>
                            {move || UiText::SourceOfficial.get(lang.get())}
                        </a>
                    }
                })}
            </p>
            {tools}
            <details class="chart-data">
                <summary>{move || UiText::ShowData.get(lang.get())}</summary>
                {move || view! { <DataTableView table=spec.with(|s| s.0.table.clone()) /> }}
            </details>
        </figure>
    }
}

/// Makes the chart's image file in the browser, drawn afresh in the scheme the reader chose; its
/// title and file name say which view it shows (Ressort, body, search).
fn export_image(id: ChartId, kind: ImageKind, theme: Theme, status: RwSignal<Option<String>>) {
    use crate::web::image_export::export;
    use crate::web::ExportText;
    let ctx = use_app_context();
    let data = expect_context::<DashboardData>();
    let lang = ctx.lang.get_untracked();
    let snapshot = data.snapshot.clone();
    let bodies = if id.uses_bodies() {
        data.chart_rows
            .with_untracked(|r| r.iter().map(|&i| &snapshot.bodies[i]).collect())
    } else {
        Vec::new()
    };
    let spec = build(
        id,
        &ChartInput {
            snapshot: &snapshot,
            previous: data.previous.as_deref(),
            bodies,
            lang,
            theme,
            animate: false,
        },
    );
    let version = snapshot.id.clone();
    let url = format!(
        "{}{}",
        crate::web::site_url(ctx.root),
        ctx.state
            .with_untracked(|s| s.address(ox_core::route::Route::Dashboard))
    );
    let (words, view_slug) = ctx.state.with_untracked(|s| {
        (
            ox_core::cite::selection_words(s, &snapshot, lang),
            ox_core::cite::selection_slug(s),
        )
    });
    let text = ExportText {
        title: match (&words, id.uses_bodies()) {
            (Some(words), true) => format!("{} – {words}", spec.title),
            _ => spec.title.clone(),
        },
        note: spec.note.clone(),
        footer: UiText::ExportFooter.fill(
            lang,
            &[
                ("source", &spec.source),
                ("version", &version),
                ("url", &url),
            ],
        ),
        file_stem: match view_slug.filter(|_| id.uses_bodies()) {
            Some(v) => format!("open-xchange-{}-{v}-{version}", spec.id.slug()),
            None => format!("open-xchange-{}-{version}", spec.id.slug()),
        },
    };
    status.set(None);
    leptos::task::spawn_local(async move {
        if let Err(error) = export(&spec, theme, text, kind).await {
            status.set(Some(UiText::ExportFailed.fill(lang, &[("error", &error)])));
        }
    });
}
