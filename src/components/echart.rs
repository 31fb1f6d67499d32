use crate::charts::ChartSpec;
use crate::i18n::T;
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::Arc;

/// A chart spec compared by identity: every rebuild is a change worth drawing.
#[derive(Clone)]
pub struct SpecRef(pub Arc<ChartSpec>);

impl PartialEq for SpecRef {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// The one owner of an ECharts instance: created on first draw, updated with each new spec, resized
/// with its container, disposed with the component. charming builds the options; this binds the few
/// ECharts calls charming's renderer does not offer (SVG renderer, click events, notMerge, dispose).
#[component]
pub fn EChart(
    /// The chart to draw.
    spec: Memo<SpecRef>,
    /// Called with the ECharts `dataIndex` of a clicked item.
    on_select: impl Fn(usize) + Send + Sync + 'static,
) -> impl IntoView {
    let lang = crate::app::use_app_context().lang;
    let node = NodeRef::<Div>::new();
    let failed = RwSignal::new(false);
    draw::attach(node, spec, failed, on_select);
    view! {
        <div
            node_ref=node
            class="chart"
            role="img"
            aria-label=move || spec.with(|s| s.0.description.clone())
            data-testid=move || format!("echart-{}", spec.with(|s| s.0.id.slug()))
            style:height=move || format!("{}px", spec.with(|s| s.0.height))
        ></div>
        <Show when=move || failed.get()>
            <p class="chart-failed" role="status">{move || T::ChartFailed.get(lang.get())}</p>
        </Show>
    }
}

#[cfg(target_arch = "wasm32")]
mod draw {
    use super::*;
    use crate::echarts_js::{init, options_of, set_path, ECharts};
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    /// Category labels (body names) may take at most this share of the chart's width; longer ones
    /// wrap, so bars keep room on a 360 px phone.
    const LABEL_SHARE: f64 = 0.38;

    /// `{ yAxis: [{ axisLabel: { width, overflow: "break" } }, …] }` for `axes` y axes.
    fn label_width_patch(el: &web_sys::HtmlElement, axes: u32) -> JsValue {
        let width = (f64::from(el.client_width()) * LABEL_SHARE).max(72.0);
        let list = js_sys::Array::new();
        for _ in 0..axes.max(1) {
            let label = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&label, &"width".into(), &width.into());
            let _ = js_sys::Reflect::set(&label, &"overflow".into(), &"break".into());
            let _ = js_sys::Reflect::set(&label, &"lineHeight".into(), &14.into());
            let axis = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&axis, &"axisLabel".into(), &label);
            list.push(&axis);
        }
        let patch = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&patch, &"yAxis".into(), &list);
        patch.into()
    }

    fn y_axes(options: &JsValue) -> u32 {
        match js_sys::Reflect::get(options, &"yAxis".into()) {
            Ok(v) if js_sys::Array::is_array(&v) => js_sys::Array::from(&v).length(),
            Ok(v) if v.is_object() => 1,
            _ => 0,
        }
    }

    /// An instance with the callbacks that must live as long as it does.
    struct Live {
        chart: ECharts,
        _click: Closure<dyn Fn(JsValue)>,
        _resize: Closure<dyn Fn()>,
        observer: Option<web_sys::ResizeObserver>,
        /// Number of y axes of the current options, for the label-width patch on resize.
        axes: std::rc::Rc<std::cell::Cell<u32>>,
    }

    fn create(el: &web_sys::HtmlElement, on_select: Rc<dyn Fn(usize)>) -> Option<Live> {
        let opts = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&opts, &"renderer".into(), &"svg".into());
        let chart = init(el, JsValue::NULL, &opts).ok()?;
        let click = Closure::<dyn Fn(JsValue)>::new(move |params: JsValue| {
            let index = js_sys::Reflect::get(&params, &"dataIndex".into())
                .ok()
                .and_then(|v| v.as_f64());
            if let Some(i) = index {
                on_select(i as usize);
            }
        });
        chart.on("click", click.as_ref().unchecked_ref()).ok()?;
        let resize_target: ECharts = chart.clone().unchecked_into();
        let axes = Rc::new(std::cell::Cell::new(0));
        let resize_el = el.clone();
        let resize_axes = axes.clone();
        let resize = Closure::<dyn Fn()>::new(move || {
            let patch = label_width_patch(&resize_el, resize_axes.get());
            if resize_axes.get() > 0 {
                let _ = resize_target.set_option(&patch, false);
            }
            let _ = resize_target.resize();
        });
        let observer = web_sys::ResizeObserver::new(resize.as_ref().unchecked_ref()).ok();
        if let Some(o) = &observer {
            o.observe(el);
        }
        Some(Live {
            chart,
            _click: click,
            _resize: resize,
            observer,
            axes,
        })
    }

    /// ECharts writes `aria.label.description` as the chart's accessible name; charming cannot set
    /// it, so the page-language description goes in here instead of ECharts' generic English one.
    fn with_description(options: &JsValue, description: &str) {
        set_path(
            options,
            &["aria", "label", "description"],
            &description.into(),
        );
    }

    pub fn attach(
        node: NodeRef<Div>,
        spec: Memo<SpecRef>,
        failed: RwSignal<bool>,
        on_select: impl Fn(usize) + Send + Sync + 'static,
    ) {
        let live: StoredValue<Option<Live>, LocalStorage> = StoredValue::new_local(None);
        let on_select: Rc<dyn Fn(usize)> = Rc::new(on_select);
        Effect::new(move |_| {
            let spec = spec.get();
            let Some(el) = node.get() else { return };
            if live.with_value(Option::is_none) {
                match create(&el, on_select.clone()) {
                    Some(l) => live.set_value(Some(l)),
                    None => {
                        failed.set(true);
                        return;
                    }
                }
            }
            let ok = live.with_value(|l| {
                let Some(l) = l else { return false };
                let ok = options_of(&spec.0.chart).is_some_and(|options| {
                    with_description(&options, &spec.0.description);
                    l.axes.set(y_axes(&options));
                    l.chart.set_option(&options, true).is_ok()
                        && (l.axes.get() == 0
                            || l.chart
                                .set_option(&label_width_patch(&el, l.axes.get()), false)
                                .is_ok())
                });
                ok && l.chart.resize().is_ok()
            });
            failed.set(!ok);
        });
        on_cleanup(move || {
            live.try_update_value(|slot| {
                if let Some(l) = slot.take() {
                    if let Some(o) = &l.observer {
                        o.disconnect();
                    }
                    let _ = l.chart.dispose();
                }
            });
        });
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod draw {
    use super::*;

    /// Outside the browser there is no ECharts; the chart's table and description carry its data.
    pub fn attach(
        _node: NodeRef<Div>,
        _spec: Memo<SpecRef>,
        _failed: RwSignal<bool>,
        _on_select: impl Fn(usize) + Send + Sync + 'static,
    ) {
    }
}
