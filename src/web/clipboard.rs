//! Copying to the clipboard.

use wasm_bindgen::JsCast;

/// Copies text to the clipboard; false when the browser refuses (the text stays selectable).
pub async fn copy_text(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else {
        return false;
    };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) else {
        return false;
    };
    let Ok(write) = write.dyn_into::<js_sys::Function>() else {
        return false;
    };
    match write.call1(&clipboard, &text.into()) {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise))
            .await
            .is_ok(),
        Err(_) => false,
    }
}
