//! An embedded page tells the page that embeds it how tall it is, so the host's script
//! (`public/embed.js`) can size the iframe.

use ox_core::page_names::{EMBED_HEIGHT_MESSAGE, EMBED_HEIGHT_REQUEST};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Tells the page that embeds this one how tall it is, whenever that changes, so the host's
/// script can size the iframe. The message holds nothing but the height.
pub fn report_height() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let post = Closure::<dyn Fn()>::new(move || {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(root) = window.document().and_then(|d| d.document_element()) else {
            return;
        };
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &EMBED_HEIGHT_MESSAGE.into());
        let height = f64::from(root.scroll_height());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        if let Ok(Some(parent)) = window.parent() {
            if parent != window {
                let _ = parent.post_message(&message, "*");
            }
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&root);
        std::mem::forget(observer);
    }
    // A host script that loads after the embed asks once for the current height.
    let post_fn: js_sys::Function = post.as_ref().unchecked_ref::<js_sys::Function>().clone();
    let on_request =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let kind = js_sys::Reflect::get(&e.data(), &"type".into()).ok();
            if kind.and_then(|k| k.as_string()).as_deref() == Some(EMBED_HEIGHT_REQUEST) {
                let _ = post_fn.call0(&JsValue::NULL);
            }
        });
    let _ = window.add_event_listener_with_callback("message", on_request.as_ref().unchecked_ref());
    on_request.forget();
    post.forget();
}
