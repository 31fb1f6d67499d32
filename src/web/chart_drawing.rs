//! The charts' ECharts instances: created when ECharts has arrived and the chart is near the
//! screen, given each new spec, resized with their box, highlighted for the keyboard, disposed
//! with their component. Until ECharts has drawn, the build's drawing stands in.

use super::SpecRef;
use crate::web::echarts::{action, init, options_of, set_path, ECharts};
use leptos::html::Div;
use leptos::prelude::*;
use ox_core::charts::{ChartSpec, Item};
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Category labels on `axis` (a y axis' options) wrap at the width that suits `el`'s width.
fn set_label_width(axis: &JsValue, el: &web_sys::HtmlElement) {
    let width = ox_core::charts::label_width(f64::from(el.client_width()));
    set_path(axis, &["axisLabel", "width"], &width.into());
    set_path(axis, &["axisLabel", "overflow"], &"break".into());
    set_path(axis, &["axisLabel", "lineHeight"], &14.into());
}

/// The y axes of `options`: ECharts takes one axis object or a list of them.
fn y_axes(options: &JsValue) -> Vec<JsValue> {
    match js_sys::Reflect::get(options, &"yAxis".into()) {
        Ok(v) if js_sys::Array::is_array(&v) => js_sys::Array::from(&v).to_vec(),
        Ok(v) if v.is_object() => vec![v],
        _ => Vec::new(),
    }
}

/// `{ yAxis: [{ axisLabel: { width, overflow: "break", lineHeight } }, …] }` for `axes` y axes:
/// the labels of options already set, for a new width.
fn label_width_patch(el: &web_sys::HtmlElement, axes: u32) -> JsValue {
    let list = js_sys::Array::new();
    for _ in 0..axes.max(1) {
        let axis: JsValue = js_sys::Object::new().into();
        set_label_width(&axis, el);
        list.push(&axis);
    }
    let patch = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&patch, &"yAxis".into(), &list);
    patch.into()
}

/// Sets `options` without drawing, then draws once at the container's size: ECharts' `resize`
/// runs the update that `lazyUpdate` left pending, and zrender's `flush` paints it now rather
/// than at its next animation frame (so no frame shows the chart without its drawing).
/// Setting and then resizing each drew the whole chart, and the label widths were a third
/// drawing; after a filter, five charts drawn three times each kept the page busy for most of
/// a second at 4× slowdown.
fn draw_once(
    chart: &ECharts,
    el: &web_sys::HtmlElement,
    options: &JsValue,
    not_merge: bool,
) -> bool {
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"notMerge".into(), &not_merge.into());
    let _ = js_sys::Reflect::set(&opts, &"lazyUpdate".into(), &true.into());
    let drawn = chart.set_option_with(options, &opts).is_ok()
        && chart.resize().is_ok()
        && chart.get_zr().is_ok_and(|zr| zr.flush().is_ok());
    if drawn {
        scalable(chart, el);
    }
    drawn
}

/// Gives ECharts' drawing a `viewBox`, so a printed page can scale it to its column (see the
/// print rules in `style/main.css`) instead of ECharts drawing it afresh for the paper.
fn scalable(chart: &ECharts, el: &web_sys::HtmlElement) {
    let (Ok(w), Ok(h)) = (chart.get_width(), chart.get_height()) else {
        return;
    };
    if let Ok(Some(svg)) = el.query_selector(":scope > div > svg") {
        let _ = svg.set_attribute("viewBox", &format!("0 0 {w} {h}"));
    }
}

/// True while the page is laid out for printing: the drawing is scaled then, not redrawn.
fn printing() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("print").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// The chart of a component, for the keyboard: see [`show`] and [`clear`].
#[derive(Clone, Copy)]
pub struct Handle(StoredValue<Option<Live>, LocalStorage>);

/// Highlights `items` alone and shows the first one's tooltip,
/// scrolled into view: a chart can be taller than the window.
pub fn show(handle: Handle, el: Option<web_sys::HtmlDivElement>, items: &[Item]) {
    handle.0.with_value(|l| {
        let Some(l) = l else { return };
        for &item in l.highlighted.take().iter() {
            let _ = l.chart.dispatch_action(&action("downplay", Some(item)));
        }
        for &item in items {
            let _ = l.chart.dispatch_action(&action("highlight", Some(item)));
        }
        if let Some(&first) = items.first() {
            let _ = l.chart.dispatch_action(&action("showTip", Some(first)));
        }
        l.highlighted.replace(items.to_vec());
    });
    // ECharts puts its tooltip after its drawing, as the container's last child.
    let tip = el
        .filter(|el| el.child_element_count() > 1)
        .and_then(|el| el.last_element_child());
    if let Some(tip) = tip {
        scroll_into_view(&tip);
    }
}

/// `element.scrollIntoView({ block: "nearest" })`, through Reflect (no web-sys feature needed).
fn scroll_into_view(element: &web_sys::Element) {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"block".into(), &"nearest".into());
    if let Ok(f) = js_sys::Reflect::get(element, &"scrollIntoView".into()) {
        if let Some(f) = f.dyn_ref::<js_sys::Function>() {
            let _ = f.call1(element, &options);
        }
    }
}

/// Removes the keyboard's highlight and tooltip.
pub fn clear(handle: Handle) {
    handle.0.with_value(|l| {
        let Some(l) = l else { return };
        for &item in l.highlighted.take().iter() {
            let _ = l.chart.dispatch_action(&action("downplay", Some(item)));
        }
        let _ = l.chart.dispatch_action(&action("hideTip", None));
    });
}

/// An instance with the callbacks that must live as long as it does.
struct Live {
    chart: ECharts,
    _finished: Closure<dyn Fn()>,
    _click: Closure<dyn Fn(JsValue)>,
    _resize: Closure<dyn Fn()>,
    observer: Option<web_sys::ResizeObserver>,
    /// Number of y axes of the current options, for the label-width patch on resize.
    axes: Rc<std::cell::Cell<u32>>,
    /// The items the keyboard highlighted.
    highlighted: std::cell::RefCell<Vec<Item>>,
}

/// Puts the build's drawing of chart `slug` into `el`, kept from the prerendered page: it
/// stays until ECharts has drawn its own (see [`create`]).
fn place_drawing(el: &web_sys::HtmlElement, slug: &str) -> Option<web_sys::Element> {
    let svg = crate::web::take_prerendered_chart(slug)?;
    let _ = svg.class_list().add_1("placeholder");
    let _ = el.append_child(&svg);
    Some(svg)
}

fn create(
    el: &web_sys::HtmlElement,
    placeholder: Option<web_sys::Element>,
    on_click: Arc<dyn Fn(usize, usize) + Send + Sync>,
) -> Option<Live> {
    // The drawing from the build stays on top until ECharts has drawn (its "finished" event).
    let placeholder = std::cell::RefCell::new(placeholder);
    let finished_el = el.clone();
    let finished = Closure::<dyn Fn()>::new(move || {
        if let Some(svg) = placeholder.borrow_mut().take() {
            svg.remove();
        }
        let _ = finished_el.class_list().remove_1("stale");
    });
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"renderer".into(), &"svg".into());
    let chart = init(el, JsValue::NULL, &opts).ok()?;
    chart
        .on("finished", finished.as_ref().unchecked_ref())
        .ok()?;
    let click = Closure::<dyn Fn(JsValue)>::new(move |params: JsValue| {
        let number = |key: &str| {
            js_sys::Reflect::get(&params, &key.into())
                .ok()
                .and_then(|v| v.as_f64())
        };
        if let Some(data) = number("dataIndex") {
            on_click(number("seriesIndex").unwrap_or(0.0) as usize, data as usize);
        }
    });
    chart.on("click", click.as_ref().unchecked_ref()).ok()?;
    let resize_target: ECharts = chart.clone().unchecked_into();
    let axes = Rc::new(std::cell::Cell::new(0));
    let resize_el = el.clone();
    let resize_axes = axes.clone();
    let resize = Closure::<dyn Fn()>::new(move || {
        // The observer also reports the size the chart was just drawn at (always once after
        // `observe`, and after a new spec changed the height): nothing to draw again then.
        if printing() {
            return;
        }
        let size = (
            f64::from(resize_el.client_width()),
            f64::from(resize_el.client_height()),
        );
        let drawn = (resize_target.get_width(), resize_target.get_height());
        if let (Ok(w), Ok(h)) = drawn {
            if (w, h) == size {
                return;
            }
        }
        if resize_axes.get() > 0 {
            let patch = label_width_patch(&resize_el, resize_axes.get());
            let _ = draw_once(&resize_target, &resize_el, &patch, false);
        } else {
            let _ = resize_target.resize();
            scalable(&resize_target, &resize_el);
        }
    });
    let observer = web_sys::ResizeObserver::new(resize.as_ref().unchecked_ref()).ok();
    if let Some(o) = &observer {
        o.observe(el);
    }
    Some(Live {
        chart,
        _finished: finished,
        _click: click,
        _resize: resize,
        observer,
        axes,
        highlighted: Default::default(),
    })
}

/// What charming 0.6 cannot set. ECharts writes `aria.label.description` as the chart's
/// accessible name: the page-language description goes in here instead of ECharts' generic
/// English one. Tooltips are confined to the chart: they stay on a narrow screen, and a tooltip
/// shown from the keyboard (`showTip`) gets no arrow, which ECharts would write as HTML with a
/// `style` attribute that the CSP refuses.
fn with_page_options(options: &JsValue, description: &str) {
    set_path(
        options,
        &["aria", "label", "description"],
        &description.into(),
    );
    if js_sys::Reflect::get(options, &"tooltip".into()).is_ok_and(|t| t.is_object()) {
        set_path(options, &["tooltip", "confine"], &true.into());
        // In place at once, so it can be scrolled into view (and nothing glides about).
        set_path(options, &["tooltip", "transitionDuration"], &0.into());
    }
}

thread_local! {
    /// Chart drawings waiting for their turn, one per task after a paint.
    static QUEUE: std::cell::RefCell<std::collections::VecDeque<Box<dyn FnOnce()>>> =
        Default::default();
    static DRAWING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Draws after the next paint, each chart in a task of its own: a sort, filter or search
/// shows its table first, and the five charts never hold the page for one long task.
fn draw_later(f: impl FnOnce() + 'static) {
    QUEUE.with_borrow_mut(|q| q.push_back(Box::new(f)));
    if !DRAWING.replace(true) {
        crate::web::after_next_paint(draw_next);
    }
}

fn draw_next() {
    match QUEUE.with_borrow_mut(|q| q.pop_front()) {
        Some(f) => {
            f();
            crate::web::after_next_paint(draw_next);
        }
        None => DRAWING.set(false),
    }
}

/// Draws the newest spec into `el`, creating the instance first if there is none.
fn draw(
    el: &web_sys::HtmlElement,
    live: StoredValue<Option<Live>, LocalStorage>,
    placeholder: StoredValue<Option<web_sys::Element>, LocalStorage>,
    spec: &ChartSpec,
    on_click: &Arc<dyn Fn(usize, usize) + Send + Sync>,
) -> bool {
    match live.try_with_value(Option::is_none) {
        // The component is gone.
        None => return true,
        Some(true) => {
            let taken = placeholder.try_update_value(Option::take).flatten();
            match create(el, taken, on_click.clone()) {
                Some(l) => live.set_value(Some(l)),
                None => return false,
            }
        }
        Some(false) => {}
    }
    live.with_value(|l| {
        let Some(l) = l else { return false };
        options_of(&spec.chart).is_some_and(|options| {
            with_page_options(&options, &spec.description);
            let axes = y_axes(&options);
            l.axes.set(axes.len() as u32);
            for axis in &axes {
                set_label_width(axis, el);
            }
            // A tooltip of the old options goes first: ECharts keeps a shown tooltip over a
            // redraw with a timer of its own, which a second redraw in between leaves
            // pointing at a tooltip already taken down (seen as an exception in ECharts).
            let _ = l.chart.dispatch_action(&action("hideTip", None));
            draw_once(&l.chart, el, &options, true)
        })
    })
}

pub fn attach(
    node: NodeRef<Div>,
    spec: Memo<SpecRef>,
    ready: RwSignal<bool>,
    failed: RwSignal<bool>,
    on_click: Arc<dyn Fn(usize, usize) + Send + Sync>,
) -> Handle {
    let live: StoredValue<Option<Live>, LocalStorage> = StoredValue::new_local(None);
    let placeholder: StoredValue<Option<web_sys::Element>, LocalStorage> =
        StoredValue::new_local(None);
    // Queued and not yet drawn: later changes are drawn by the same turn, as it takes the
    // newest spec.
    let queued = Rc::new(std::cell::Cell::new(false));
    Effect::new(move |first_run: Option<()>| {
        let spec_now = spec.get();
        let ready = ready.get();
        let Some(el) = node.get() else { return };
        if first_run.is_none() {
            let drawing = place_drawing(&el, spec_now.0.id.slug());
            // No drawing from the build (the address asks for a view of its own): the line
            // saying the chart is being drawn, until ECharts has.
            if drawing.is_none() {
                let _ = el.class_list().add_1("stale");
            }
            placeholder.set_value(drawing);
        } else if live.with_value(Option::is_none) {
            // The build's drawing shows the view before this change: marked as out of date
            // until ECharts has drawn the new one.
            let _ = el.class_list().add_1("stale");
        }
        if !ready || queued.replace(true) {
            return;
        }
        let queued = queued.clone();
        let on_click = on_click.clone();
        draw_later(move || {
            queued.set(false);
            let (Some(el), Some(spec)) = (node.get_untracked(), spec.try_get_untracked()) else {
                return;
            };
            let ok = draw(&el, live, placeholder, &spec.0, &on_click);
            failed.try_set(!ok);
        });
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
    Handle(live)
}
