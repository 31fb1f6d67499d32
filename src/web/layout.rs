//! Timing and place on the screen: after the next paint, on scroll or resize, where rows are,
//! scrolling to a section and focusing a chart.

use super::RowsInWindow;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Runs `f` in a task of its own after the next frame is painted: from an animation frame
/// callback (which runs before that frame's paint), a timeout queues the task behind it.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    let f = std::cell::Cell::new(Some(f));
    request_animation_frame(move || {
        if let Some(f) = f.take() {
            set_timeout(f, std::time::Duration::ZERO);
        }
    });
}

/// Runs `f` at the start of the frame after the window is scrolled or resized, once per frame,
/// for as long as the calling component lives: where the layout is done already, so reading
/// where things are costs nothing.
pub fn on_scroll_or_resize(f: impl Fn() + Clone + Send + Sync + 'static) {
    let pending = StoredValue::new(false);
    let schedule = move || {
        if !pending.get_value() {
            pending.set_value(true);
            let f = f.clone();
            request_animation_frame(move || {
                pending.set_value(false);
                f();
            });
        }
    };
    let scroll = window_event_listener(leptos::ev::scroll, {
        let schedule = schedule.clone();
        move |_| schedule()
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| schedule());
    on_cleanup(move || {
        scroll.remove();
        resize.remove();
    });
}

/// Where the rows of a table body are in the window (`None` without rows).
pub fn rows_in_window(tbody: &web_sys::Element) -> Option<RowsInWindow> {
    let rows = tbody.child_element_count();
    let rect = tbody.get_bounding_client_rect();
    let height = web_sys::window()?.inner_height().ok()?.as_f64()?;
    (rows > 0).then(|| RowsInWindow {
        top: rect.top(),
        window_height: height,
        row_height: rect.height() / f64::from(rows),
    })
}

/// Scrolls the section named in the URL into view once it exists.
pub fn scroll_to(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        el.scroll_into_view();
    }
}

/// Gives the chart `slug` the keyboard focus, without scrolling: after a filter chosen from
/// below the chart the button is gone, and the reader goes on where they were.
pub fn focus_chart(slug: &str) {
    let selector = format!("body > main [data-testid=echart-{slug}]");
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"preventScroll".into(), &true.into());
        if let Ok(f) = js_sys::Reflect::get(&el, &"focus".into()) {
            if let Some(f) = f.dyn_ref::<js_sys::Function>() {
                let _ = f.call1(&el, &options);
            }
        }
    }
}
