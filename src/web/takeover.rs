//! The take-over of the page the build rendered: its status line, its chart drawings (kept until
//! ECharts has drawn its own) and the data it carries.

use ox_core::page_names::PRERENDERED_ID;
use wasm_bindgen::JsCast;

/// Empties the status line of the prerendered page ("loading …"), where the app shows its
/// own notice over the copy instead of taking its place.
pub fn clear_boot_status() {
    let status = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(ox_core::page_names::APP_STATUS_ID));
    if let Some(status) = status {
        status.set_text_content(None);
    }
}

/// True when the page holds a copy rendered at build time.
pub fn has_prerendered() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(PRERENDERED_ID))
        .is_some()
}

thread_local! {
    /// The charts drawn at build time, by slug, kept from the removed copy of the page.
    static PRERENDERED_CHARTS: std::cell::RefCell<std::collections::HashMap<String, web_sys::Element>> =
        Default::default();
}

/// Removes the copy of the page that was rendered at build time, once the app shows its own.
/// Its chart drawings are kept for the app's charts to show until they have drawn their own
/// ([`take_prerendered_chart`]), so the takeover does not blink; only when the address asks for
/// no view of its own, since they show the default view.
pub fn remove_prerendered() {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(PRERENDERED_ID))
    else {
        return;
    };
    if super::url_sync::current_query().is_empty() {
        if let Ok(list) = el.query_selector_all("[data-testid^='echart-'] > .drawing") {
            PRERENDERED_CHARTS.with_borrow_mut(|charts| {
                for i in 0..list.length() {
                    let Some(svg) = list
                        .item(i)
                        .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                    else {
                        continue;
                    };
                    let slug = svg
                        .parent_element()
                        .and_then(|p| p.get_attribute("data-testid"))
                        .and_then(|t| t.strip_prefix("echart-").map(str::to_string));
                    if let Some(slug) = slug {
                        charts.insert(slug, svg);
                    }
                }
            });
        }
    }
    el.remove();
}

/// The drawing of chart `slug` from the page rendered at build time, once.
pub fn take_prerendered_chart(slug: &str) -> Option<web_sys::Element> {
    PRERENDERED_CHARTS.with_borrow_mut(|charts| charts.remove(slug))
}

/// What the build wrote into the page's data block `id` (`ox_core::html::data_block`), if any.
fn data_block<T: serde::de::DeserializeOwned>(id: &str) -> Option<T> {
    let text = web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .text_content()?;
    serde_json::from_str(&text).ok()
}

/// The operator the build wrote into the page's data block (every page), if any.
pub fn operator() -> Option<ox_core::operator::Operator> {
    data_block(ox_core::operator::DATA_BLOCK_ID)
}

/// The page weight the build wrote into the page's data block (about page), if any.
pub fn page_weight() -> Option<ox_core::page_weight::PageWeight> {
    data_block(ox_core::page_weight::DATA_BLOCK_ID)
}
