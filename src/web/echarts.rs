//! The few ECharts calls the app makes itself (charming builds the options). Every call may throw
//! inside ECharts, so each is caught: an error in a chart must not unwind through the app.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    pub type ECharts;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    pub fn init(
        el: &web_sys::HtmlElement,
        theme: JsValue,
        opts: &JsValue,
    ) -> Result<ECharts, JsValue>;

    #[wasm_bindgen(method, catch, js_name = setOption)]
    pub fn set_option(this: &ECharts, option: &JsValue, not_merge: bool) -> Result<(), JsValue>;

    /// `setOption(option, { notMerge, lazyUpdate })`.
    #[wasm_bindgen(method, catch, js_name = setOption)]
    pub fn set_option_with(this: &ECharts, option: &JsValue, opts: &JsValue)
        -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch)]
    pub fn resize(this: &ECharts) -> Result<(), JsValue>;

    /// zrender, ECharts' drawing layer: `flush` paints what an update left pending.
    pub type ZRender;

    #[wasm_bindgen(method, catch, js_name = getZr)]
    pub fn get_zr(this: &ECharts) -> Result<ZRender, JsValue>;

    #[wasm_bindgen(method, catch)]
    pub fn flush(this: &ZRender) -> Result<(), JsValue>;

    /// The width ECharts last drew at.
    #[wasm_bindgen(method, catch, js_name = getWidth)]
    pub fn get_width(this: &ECharts) -> Result<f64, JsValue>;

    /// The height ECharts last drew at.
    #[wasm_bindgen(method, catch, js_name = getHeight)]
    pub fn get_height(this: &ECharts) -> Result<f64, JsValue>;

    #[wasm_bindgen(method, catch)]
    pub fn dispose(this: &ECharts) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch)]
    pub fn on(this: &ECharts, event: &str, handler: &js_sys::Function) -> Result<(), JsValue>;

    /// `dispatchAction`: the chart's own actions, here `highlight`, `downplay`, `showTip` and
    /// `hideTip` for the keyboard walk through a chart.
    #[wasm_bindgen(method, catch, js_name = dispatchAction)]
    pub fn dispatch_action(this: &ECharts, payload: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch, js_name = renderToSVGString)]
    pub fn render_to_svg_string(this: &ECharts) -> Result<String, JsValue>;
}

/// charming's options as a plain JS object. Through JSON text rather than serde-wasm-bindgen:
/// serde_json is in the bundle anyway, and a second serializer for all of charming's option types
/// would add much to the WebAssembly.
pub fn options_of(chart: &charming::Chart) -> Option<JsValue> {
    use serde::Serialize;
    chart
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()
}

/// The payload of an action on one data item (`{ type, seriesIndex, dataIndex }`), or on the
/// whole chart when `item` is none (`{ type }`).
pub fn action(kind: &str, item: Option<ox_core::charts::Item>) -> JsValue {
    let payload = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&payload, &"type".into(), &kind.into());
    if let Some(item) = item {
        let _ = js_sys::Reflect::set(&payload, &"seriesIndex".into(), &item.series.into());
        let _ = js_sys::Reflect::set(&payload, &"dataIndex".into(), &item.index.into());
    }
    payload.into()
}

/// Sets `value` at `path` inside `target`, creating objects on the way.
pub fn set_path(target: &JsValue, path: &[&str], value: &JsValue) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut node = target.clone();
    for key in parents {
        let existing = js_sys::Reflect::get(&node, &(*key).into())
            .ok()
            .filter(|v| v.is_object());
        node = match existing {
            Some(v) => v,
            None => {
                let made: JsValue = js_sys::Object::new().into();
                let _ = js_sys::Reflect::set(&node, &(*key).into(), &made);
                made
            }
        };
    }
    let _ = js_sys::Reflect::set(&node, &(*last).into(), value);
}

/// Sets `ready` once ECharts has loaded: at once when it is there, else when `public/boot.js`
/// says so (`ox:echarts`), which it does only once the app has answered the reader's first use.
pub fn watch_ready(ready: RwSignal<bool>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if js_sys::Reflect::has(&window, &"echarts".into()).unwrap_or(false) {
        ready.set(true);
        return;
    }
    let on_load = Closure::<dyn Fn()>::new(move || ready.set(true));
    let _ = window.add_event_listener_with_callback(
        ox_core::page_names::ECHARTS_READY_EVENT,
        on_load.as_ref().unchecked_ref(),
    );
    // The listener lives as long as the page.
    on_load.forget();
}
