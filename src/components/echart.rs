use crate::web::chart_drawing as draw;
use leptos::html::Div;
use leptos::prelude::*;
use ox_core::charts::{next_point, ClickTarget};
use ox_core::i18n::UiText;
use std::sync::Arc;

use crate::web::SpecRef;

/// The one owner of an ECharts instance: created on first draw, updated with each new spec, resized
/// with its container, disposed with the component. charming builds the options; this binds the few
/// ECharts calls charming's renderer does not offer (SVG renderer, click events, notMerge, dispose,
/// highlight and tooltip for the keyboard).
///
/// The chart is focusable: the arrow keys, Home and End walk through its categories (bars, events),
/// each highlighted with its tooltip and read out in a polite live region; Enter or Space selects
/// the category as a click does.
#[component]
pub fn EChart(
    /// The chart to draw.
    spec: Memo<SpecRef>,
    /// Called with the index into the spec's `click_targets` of a clicked item, or of the item
    /// the keyboard chose with Enter.
    on_select: impl Fn(usize) + Send + Sync + 'static,
) -> impl IntoView {
    let lang = crate::context::use_app_context().lang;
    let data = StoredValue::new(expect_context::<super::DashboardData>());
    let node = NodeRef::<Div>::new();
    let failed = RwSignal::new(false);
    let on_select: Arc<dyn Fn(usize) + Send + Sync> = Arc::new(on_select);
    // ECharts reports the clicked item's series and index within it; the spec knows which
    // click target that is (a chart in panels has several series per part).
    let on_select_js = on_select.clone();
    let on_click: Arc<dyn Fn(usize, usize) + Send + Sync> = Arc::new(move |series, data| {
        on_select_js(spec.with_untracked(|s| s.0.target_of(series, data)));
    });
    let ready = crate::context::use_app_context().echarts_ready;
    let chart = draw::attach(node, spec, ready, failed, on_click);
    // Where the keyboard walk is: (the spec it belongs to, stop). A new spec starts it again.
    let walk = StoredValue::new(None::<(usize, usize)>);
    let spoken = RwSignal::new(String::new());
    let spec_key = |s: &SpecRef| Arc::as_ptr(&s.0) as usize;
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        // Combinations stay the browser's and the screen reader's (Ctrl+Home, Alt+Left …).
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let key = ev.key();
        let (id, len) = spec.with_untracked(|s| (spec_key(s), s.0.points.len()));
        let current = walk.get_value().filter(|w| w.0 == id).map(|w| w.1);
        if key == "Enter" || key == " " {
            let Some(p) = current else { return };
            let target = spec.with_untracked(|s| {
                let point = s.0.points.get(p)?;
                Some((point.target?, s.0.click_targets.get(point.target?)?.clone()))
            });
            if let Some((index, target)) = target {
                ev.prevent_default();
                let lang = lang.get_untracked();
                let what = match target {
                    ClickTarget::Body(b) => b,
                    ClickTarget::Portfolio(Some(p)) => data.with_value(|d| {
                        ox_core::naming::portfolio_in_text(&d.snapshot, Some(&p), lang)
                    }),
                    ClickTarget::Portfolio(None) => UiText::NoPortfolio.get(lang).to_string(),
                    ClickTarget::Nothing => return,
                };
                on_select(index);
                spoken.set(UiText::ChartPicked.fill(lang, &[("what", &what)]));
            }
            return;
        }
        let Some(next) = next_point(&key, current, len) else {
            return;
        };
        ev.prevent_default();
        walk.set_value(Some((id, next)));
        if let Some(point) = spec.with_untracked(|s| s.0.points.get(next).cloned()) {
            draw::show(chart, node.get_untracked(), &point.items);
            spoken.set(point.announcement);
        }
    };
    let slug = move || spec.with(|s| s.0.id.slug());
    let hint_id = move || format!("chart-keys-{}", slug());
    let hint = move || {
        let selectable = spec.with(|s| s.0.points.iter().any(|p| p.target.is_some()));
        let key = if selectable {
            UiText::ChartKeys
        } else {
            UiText::ChartKeysNoSelect
        };
        key.get(lang.get())
    };
    // At build time, the chart's drawing goes into the page (the build provides the drawings; in
    // the browser there are none, and the build's stay in place until ECharts has drawn).
    let drawing = use_context::<ox_core::chart_drawings::ChartDrawings>().and_then(|c| {
        let root = crate::context::use_app_context().root;
        spec.with_untracked(|s| c.html(s.0.id.slug(), root))
    });
    // The box lets the keyboard hint lie over the chart while it has the focus: as a line below
    // it, the hint vanished on blur and moved everything under it, so a mouse press on the
    // button below the chart was released on something else.
    view! {
        <div class="chart-box">
        <div
            node_ref=node
            inner_html=drawing
            class="chart"
            role="img"
            tabindex="0"
            aria-label=move || spec.with(|s| s.0.description.clone())
            aria-describedby=hint_id
            data-testid=move || format!("echart-{}", slug())
            style:height=move || format!("{}px", spec.with(|s| s.0.height))
            data-redrawing=move || UiText::ChartRedrawing.get(lang.get())
            on:keydown=on_key
            on:blur=move |_| draw::clear(chart)
        ></div>
        <p class="chart-keys" id=hint_id>{hint}</p>
        <p class="visually-hidden" aria-live="polite" data-testid=move || format!("chart-live-{}", slug())>
            {move || spoken.get()}
        </p>
        </div>
        <Show when=move || failed.get()>
            <p class="chart-failed" role="status">{move || UiText::ChartFailed.get(lang.get())}</p>
        </Show>
    }
}
